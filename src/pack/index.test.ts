import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../catalogue/validate.js';
import { readPackIndex } from '../catalogue/pack.js';
import { listOffer, packCatalogue } from './index.js';

const offer = {
  id: 'o-1',
  title: { de: 'Migrationsberatung', ar: 'استشارة الهجرة', en: 'Migration advice' },
  summary: { de: 'Beratung zu Aufenthalt und Arbeit.', 'de-x-ls': 'Wir beraten Sie. Die Beratung kostet nichts.', ar: 'استشارة حول الإقامة والعمل.', en: 'Advice on residence and work.' },
  description: { de: 'Lange Beschreibung.' },
  machineTranslated: ['ar'],
  translatedFrom: 'de',
  checked: '2026-10-01',
  updated: '2026-09-01',
  booking: 'https://beratung.example.org/termin',
  bring: { de: 'Pass' },
  audience: { de: 'Erwachsene' },
  costNote: { de: 'Kostenlos' },
  wheelchair: 'partly' as const,
  notice: { text: { de: 'Bis 4. Januar geschlossen', ar: 'مغلق حتى 4 يناير' }, until: '2027-01-04' },
};

describe('packs: what a list part carries of the next-step and freshness fields', () => {
  it('carries wheelchair access, the notice in the part’s language and the checked date', () => {
    const lite = listOffer(offer, 'en', 'de');
    expect(lite.wheelchair).toBe('partly');
    expect(lite.notice).toEqual({ text: { de: 'Bis 4. Januar geschlossen' }, until: '2027-01-04' });
    expect(lite.checked).toBe('2026-10-01');
    expect(lite).not.toHaveProperty('updated');
    expect(listOffer(offer, 'ar', 'de').notice).toEqual({ text: { ar: 'مغلق حتى 4 يناير' }, until: '2027-01-04' });
  });

  it('leaves the detail fields to the full offer', () => {
    const lite = listOffer(offer, 'de', 'de');
    for (const key of ['booking', 'bring', 'audience', 'costNote', 'description']) expect(lite).not.toHaveProperty(key);
  });

  it('carries the updated date when there is no checked one, as the age notice reads it', () => {
    const { checked: _c, ...unchecked } = offer;
    expect(listOffer(unchecked, 'de', 'de').updated).toBe('2026-09-01');
  });

  it('puts Easy German next to German, and nowhere else', () => {
    expect(listOffer(offer, 'de', 'de').summary).toEqual({ de: 'Beratung zu Aufenthalt und Arbeit.', 'de-x-ls': 'Wir beraten Sie. Die Beratung kostet nichts.' });
    expect(listOffer(offer, 'en', 'de').summary).toEqual({ en: 'Advice on residence and work.' });
  });

  it('carries the original title and summary with a machine-translated text, for "show original"', () => {
    const lite = listOffer(offer, 'ar', 'de');
    expect(lite.machineTranslated).toEqual(['ar']);
    expect(lite.translatedFrom).toBe('de');
    expect(lite.title).toEqual({ ar: 'استشارة الهجرة', de: 'Migrationsberatung' });
    expect(lite.summary).toEqual({ ar: 'استشارة حول الإقامة والعمل.', de: 'Beratung zu Aufenthalt und Arbeit.' });
    // English is not machine-translated here: no original needed beyond the usual German title.
    expect(listOffer(offer, 'en', 'de').summary).toEqual({ en: 'Advice on residence and work.' });
  });

  it('writes every new field into the full offers and the catalogue head, and each part validates clean', async () => {
    const { catalogue } = validateCatalogue({
      format: 'willkommen-catalogue',
      version: 1,
      checkAfterMonths: 6,
      corrections: { url: 'https://example.org/korrektur?eintrag={id}', email: 'korrektur@example.org' },
      offers: [offer],
      events: [{ id: 'e-1', title: 'Café', start: '2026-12-01', wheelchair: 'yes', booking: 'https://cafe.example.org/anmeldung', checked: '2026-11-01' }],
      jobs: [{ id: 'j-1', title: 'Koch', checked: '2026-11-02', machineTranslated: ['en'], translatedFrom: 'de' }],
    });
    const pack = await packCatalogue(catalogue, { generated: '2026-11-30T12:00:00Z' });
    const parts = new Map(pack.files.map((f) => [f.name, JSON.parse(f.text)]));
    const full = parts.get(pack.index.offers!.details.files[0]);
    expect(full.offers[0]).toEqual(catalogue.offers[0]);
    expect(full.checkAfterMonths).toBe(6);
    expect(full.corrections).toEqual({ url: 'https://example.org/korrektur?eintrag={id}', email: 'korrektur@example.org' });
    expect(parts.get(pack.index.events!.file).events[0]).toMatchObject({ wheelchair: 'yes', booking: 'https://cafe.example.org/anmeldung', checked: '2026-11-01' });
    expect(parts.get(pack.index.jobs!.file).jobs[0]).toMatchObject({ checked: '2026-11-02', machineTranslated: ['en'] });
    expect(Object.keys(pack.index.offers!.lists)).toEqual(['ar', 'de', 'en']);
    for (const [name, part] of parts) {
      if (name === 'index.json') continue;
      expect(validateCatalogue(part).problems, name).toEqual([]);
    }
  });
});

describe('packs: the first part of a list is small, so the first cards wait for little', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...offer, id: `o-${i + 1}` }));
  const packOf = async (n: number, options: { listSize?: number; firstSize?: number } = {}) => {
    const { catalogue } = validateCatalogue({ format: 'willkommen-catalogue', version: 1, offers: many(n) });
    return packCatalogue(catalogue, options);
  };
  const sizes = (pack: Awaited<ReturnType<typeof packOf>>, lang: string) =>
    pack.index.offers!.lists[lang].map((name) => JSON.parse(pack.files.find((f) => f.name === name)!.text).offers.length);

  it('writes 100 offers first, then parts of listSize, and names firstSize in the index', async () => {
    const pack = await packOf(2350);
    expect(sizes(pack, 'de')).toEqual([100, 1000, 1000, 250]);
    expect(pack.index.offers).toMatchObject({ count: 2350, listSize: 1000, firstSize: 100 });
    // The first part holds the catalogue's first offers, in order.
    expect(JSON.parse(pack.files.find((f) => f.name === pack.index.offers!.lists.ar[0])!.text).offers.at(-1).id).toBe('o-100');
  });

  it('writes one part for a list that fits in the first, and no firstSize where it equals listSize', async () => {
    expect(sizes(await packOf(80), 'en')).toEqual([80]);
    const even = await packOf(250, { listSize: 100, firstSize: 100 });
    expect(sizes(even, 'de')).toEqual([100, 100, 50]);
    expect(even.index.offers!.firstSize).toBeUndefined();
  });

  it('reads back what it writes, and reports a list with the wrong number of parts', async () => {
    const pack = await packOf(2350, { firstSize: 50 });
    const text = pack.files.find((f) => f.name === 'index.json')!.text;
    const problems: string[] = [];
    const out = { ignore: (path: (string | number)[], _kind: string, message: string) => problems.push(`${path.join('.')}: ${message}`) } as never;
    const index = readPackIndex(JSON.parse(text), out);
    expect(index).toMatchObject({ offers: { count: 2350, firstSize: 50, listSize: 1000 } });
    expect(typeof index === 'object' && index.offers!.lists.de).toHaveLength(4);
    expect(problems).toEqual([]);
    const short = JSON.parse(text);
    short.offers.lists.de.pop();
    readPackIndex(short, out);
    expect(problems).toEqual(['offers.lists.de: needs 4 parts']);
  });
});
