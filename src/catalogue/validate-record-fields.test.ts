import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { languageCode, languageCodes } from './languages.js';
import { CatalogueSchema } from './schema.js';
import { validateCatalogue, type Problem } from './validate.js';
import { packCatalogue } from '../pack/index.js';

const doc = (extra: Record<string, unknown> = {}, offer: Record<string, unknown> = {}) => ({
  format: 'willkommen-catalogue',
  version: 1,
  offers: [{ id: 'o-1', title: { de: 'Migrationsberatung', 'de-x-ls': 'Beratung für Menschen aus anderen Ländern' }, ...offer }],
  ...extra,
});
const offerOf = (offer: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const result = validateCatalogue(doc(extra, offer));
  return { ...result, offer: result.catalogue.offers[0] as Record<string, unknown> };
};
/** The problems at one path, so a field is seen to be reported exactly once. */
const at = (problems: Problem[], path: string) => problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));

describe('Easy German (de-x-ls) as a language tag', () => {
  it('is accepted in texts, language lists, machineTranslated and translatedFrom, unchanged', () => {
    const { offer, problems, catalogue } = offerOf({
      summary: { 'de-x-ls': 'Wir helfen Ihnen. Die Beratung kostet nichts.' },
      languages: ['de', 'de-x-ls'],
      machineTranslated: ['ar'],
      translatedFrom: 'de',
      description: { de: 'Beratung', ar: 'استشارة' },
    }, { defaultLanguage: 'de-x-ls' });
    expect(problems).toEqual([]);
    expect(offer.title).toEqual({ de: 'Migrationsberatung', 'de-x-ls': 'Beratung für Menschen aus anderen Ländern' });
    expect(offer.languages).toEqual(['de', 'de-x-ls']);
    expect(catalogue.defaultLanguage).toBe('de-x-ls');
    expect(v.safeParse(CatalogueSchema, catalogue).success).toBe(true);
  });

  it('is not mangled by the case repair, and the table knows its names', () => {
    expect(languageCode('de-x-ls')).toBe('de-x-ls');
    expect(languageCode('DE-X-LS')).toBe('de-x-ls');
    expect(languageCode('de_DE_x_ls')).toBe('de-DE-x-ls');
    expect(languageCode('Leichte Sprache')).toBe('de-x-ls');
    expect(languageCodes('Deutsch, Leichte Sprache und Arabisch').codes).toEqual(['de', 'de-x-ls', 'ar']);
    expect(languageCode('de-x')).toBeUndefined();
  });

  it('repairs the case of an Easy German key in a text and reports it once', () => {
    const { offer, problems } = offerOf({ summary: { 'DE-X-LS': 'Wir helfen.' } });
    expect(offer.summary).toEqual({ 'de-x-ls': 'Wir helfen.' });
    expect(at(problems, '$.offers[0].summary')).toEqual([expect.objectContaining({ code: 'language-repaired', action: 'repaired' })]);
  });
});

describe('checked', () => {
  it('accepts a date or a date-time', () => {
    expect(offerOf({ checked: '2026-03-01' }).offer.checked).toBe('2026-03-01');
    expect(offerOf({ checked: '2026-03-01T10:00:00+01:00' }).offer.checked).toBe('2026-03-01T10:00:00+01:00');
  });

  it('repairs German dates and local times as other dates, once', () => {
    const { offer, problems } = offerOf({ checked: '1.3.2026' });
    expect(offer.checked).toBe('2026-03-01');
    expect(at(problems, '$.offers[0].checked')).toEqual([expect.objectContaining({ code: 'date-repaired' })]);
    const local = offerOf({ checked: '2026-07-01 09:30' });
    expect(local.offer.checked).toBe('2026-07-01T09:30:00+02:00');
    expect(local.problems.map((p) => p.code)).toEqual(['no-offset']);
  });

  it('removes what is not a date and keeps the offer', () => {
    const { offer, problems } = offerOf({ checked: 'last spring' });
    expect(offer).not.toHaveProperty('checked');
    expect(offer.id).toBe('o-1');
    expect(at(problems, '$.offers[0].checked')).toEqual([expect.objectContaining({ code: 'bad-date', action: 'removed', severity: 'warning' })]);
  });

  it('is read on events and jobs too', () => {
    const { catalogue, problems } = validateCatalogue({
      format: 'willkommen-catalogue',
      version: 1,
      events: [{ id: 'e-1', title: 'Café', start: '2026-05-01', checked: '02.04.2026' }],
      jobs: [{ id: 'j-1', title: 'Koch', checked: 'soon' }],
    });
    expect(catalogue.events[0].checked).toBe('2026-04-02');
    expect(catalogue.jobs[0]).not.toHaveProperty('checked');
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.events[0].checked', 'date-repaired'], ['$.jobs[0].checked', 'bad-date']]);
  });
});

describe('machineTranslated and translatedFrom', () => {
  it('accepts a list of language tags and the original language', () => {
    const { offer, problems } = offerOf({ machineTranslated: ['ar', 'fa', 'uk'], translatedFrom: 'de' });
    expect(problems).toEqual([]);
    expect(offer.machineTranslated).toEqual(['ar', 'fa', 'uk']);
    expect(offer.translatedFrom).toBe('de');
  });

  it('splits a list written as text and repairs names, like languages', () => {
    const { offer, problems } = offerOf({ machineTranslated: 'Arabisch, fa; UK', translatedFrom: 'Deutsch' });
    expect(offer.machineTranslated).toEqual(['ar', 'fa', 'uk']);
    expect(offer.translatedFrom).toBe('de');
    expect(at(problems, '$.offers[0].machineTranslated').map((p) => p.code)).toEqual(['language-repaired']);
    expect(at(problems, '$.offers[0].translatedFrom').map((p) => p.code)).toEqual(['language-repaired']);
  });

  it('removes what is not a language and keeps the rest', () => {
    const { offer, problems } = offerOf({ machineTranslated: ['ar', 'Klingonisch', 7], translatedFrom: 'Deutsch?' });
    expect(offer.machineTranslated).toEqual(['ar']);
    expect(offer).not.toHaveProperty('translatedFrom');
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.offers[0].machineTranslated[1]', 'bad-language'],
      ['$.offers[0].machineTranslated[2]', 'wrong-type'],
      ['$.offers[0].translatedFrom', 'bad-language'],
    ]);
  });

  it('removes the original language from the machine-translated ones', () => {
    const { offer, problems } = offerOf({ machineTranslated: ['de', 'ar'] });
    expect(offer.machineTranslated).toEqual(['ar']);
    expect(problems).toEqual([expect.objectContaining({ path: '$.offers[0].machineTranslated', code: 'bad-value', action: 'removed' })]);
    expect(offerOf({ machineTranslated: ['en'], translatedFrom: 'en', title: { en: 'Advice', de: 'Beratung' } }).offer).not.toHaveProperty('machineTranslated');
  });

  it('notes once when the title has no text in the original language', () => {
    const { offer, problems } = offerOf({ title: { ar: 'استشارة' }, machineTranslated: ['ar'] });
    expect(offer.machineTranslated).toEqual(['ar']);
    expect(problems).toEqual([expect.objectContaining({ path: '$.offers[0].machineTranslated', code: 'missing-original', action: 'kept' })]);
  });
});

describe('next-step fields', () => {
  it('accepts booking, bring, audience, costNote, wheelchair and notice', () => {
    const fields = {
      booking: 'https://example.org/termin',
      bring: { de: 'Pass, Meldebescheinigung', 'de-x-ls': 'Bitte bringen Sie Ihren Pass mit.' },
      audience: 'Frauen mit Kindern unter 3 Jahren',
      costNote: '5 € im Monat, frei mit Bildungskarte',
      wheelchair: 'partly',
      notice: { text: { de: 'Bis 12. Januar geschlossen' }, until: '2027-01-12' },
    };
    const { offer, problems, catalogue } = offerOf(fields);
    expect(problems).toEqual([]);
    expect(offer).toMatchObject(fields);
    expect(v.safeParse(CatalogueSchema, catalogue).success).toBe(true);
  });

  it.each([
    ['ja', 'yes'], ['Yes', 'yes'], [true, 'yes'], ['true', 'yes'], ['barrierefrei', 'yes'],
    ['teilweise', 'partly'], ['partial', 'partly'], ['Eingeschränkt barrierefrei', 'partly'],
    ['nein', 'no'], [false, 'no'], ['nicht barrierefrei', 'no'],
  ])('reads wheelchair %j as "%s" and reports the repair once', (value, expected) => {
    const { offer, problems } = offerOf({ wheelchair: value });
    expect(offer.wheelchair).toBe(expected);
    expect(problems).toEqual([expect.objectContaining({ path: '$.offers[0].wheelchair', code: 'value-repaired', action: 'repaired' })]);
  });

  it('removes a wheelchair value it cannot read', () => {
    const { offer, problems } = offerOf({ wheelchair: 'ask at the door' });
    expect(offer).not.toHaveProperty('wheelchair');
    expect(problems).toEqual([expect.objectContaining({ path: '$.offers[0].wheelchair', code: 'bad-value', action: 'removed' })]);
  });

  it('repairs a booking link without a scheme and removes a dangerous one', () => {
    expect(offerOf({ booking: 'www.example.org/termin' }).offer.booking).toBe('https://www.example.org/termin');
    const { offer, problems } = offerOf({ booking: 'javascript:alert(1)' });
    expect(offer).not.toHaveProperty('booking');
    expect(problems).toEqual([expect.objectContaining({ path: '$.offers[0].booking', code: 'unsafe-link' })]);
    // Hidden characters in a link are not cleaned away: the link is refused.
    expect(offerOf({ booking: 'https://exa\u202emple.org/' }).problems.map((p) => p.code)).toEqual(['unsafe-link']);
  });

  it('removes texts that are too long or not text, once each', () => {
    const { offer, problems } = offerOf({ bring: 'x'.repeat(1001), audience: ['Frauen'], costNote: { de: '' } });
    expect(offer).not.toHaveProperty('bring');
    expect(offer).not.toHaveProperty('audience');
    expect(offer).not.toHaveProperty('costNote');
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.offers[0].bring', 'too-long'], ['$.offers[0].audience', 'wrong-type']]);
  });

  it('reads a notice written as text alone, and removes a bad until but keeps the notice', () => {
    const text = offerOf({ notice: 'Heute geschlossen' });
    expect(text.offer.notice).toEqual({ text: 'Heute geschlossen' });
    expect(text.problems).toEqual([expect.objectContaining({ path: '$.offers[0].notice', code: 'value-repaired' })]);
    const german = offerOf({ notice: { text: 'Umzug', until: '12.1.2027' } });
    expect(german.offer.notice).toEqual({ text: 'Umzug', until: '2027-01-12' });
    expect(german.problems.map((p) => [p.path, p.code])).toEqual([['$.offers[0].notice.until', 'date-repaired']]);
    const bad = offerOf({ notice: { text: 'Umzug', until: 'bald' } });
    expect(bad.offer.notice).toEqual({ text: 'Umzug' });
    expect(bad.problems.map((p) => [p.path, p.code])).toEqual([['$.offers[0].notice.until', 'bad-date']]);
  });

  it('removes a notice without text', () => {
    const { offer, problems } = offerOf({ notice: { until: '2027-01-12' } });
    expect(offer).not.toHaveProperty('notice');
    expect(problems).toEqual([expect.objectContaining({ path: '$.offers[0].notice', code: 'empty', action: 'removed' })]);
    expect(offerOf({ notice: 12 }).problems.map((p) => p.code)).toEqual(['wrong-type']);
  });

  it('reads booking, bring, audience, wheelchair and notice on events; costNote only on offers', () => {
    const { catalogue, problems } = validateCatalogue({
      format: 'willkommen-catalogue',
      version: 1,
      events: [{ id: 'e-1', title: 'Café', start: '2026-05-01', booking: 'https://example.org/anmelden', bring: 'Nichts', audience: 'Alle', wheelchair: 'ja', notice: { text: 'Neuer Raum' }, costNote: 'frei' }],
    });
    expect(catalogue.events[0]).toMatchObject({ booking: 'https://example.org/anmelden', bring: 'Nichts', audience: 'Alle', wheelchair: 'yes', notice: { text: 'Neuer Raum' } });
    expect(catalogue.events[0]).not.toHaveProperty('costNote');
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.events[0].wheelchair', 'value-repaired']]);
  });
});

describe('checkAfterMonths', () => {
  it('is 12 by default and accepts a whole number from 1 to 120', () => {
    expect(validateCatalogue(doc()).catalogue.checkAfterMonths).toBe(12);
    const { catalogue, problems } = validateCatalogue(doc({ checkAfterMonths: 6 }));
    expect(catalogue.checkAfterMonths).toBe(6);
    expect(problems).toEqual([]);
    expect(v.safeParse(CatalogueSchema, catalogue).success).toBe(true);
  });

  it('repairs a number written as text', () => {
    const { catalogue, problems } = validateCatalogue(doc({ checkAfterMonths: ' 24 ' }));
    expect(catalogue.checkAfterMonths).toBe(24);
    expect(problems).toEqual([expect.objectContaining({ path: '$.checkAfterMonths', code: 'value-repaired' })]);
  });

  it.each([[0], [121], [6.5], ['ein Jahr'], [true]])('ignores %j with an error and uses 12', (value) => {
    const { catalogue, problems } = validateCatalogue(doc({ checkAfterMonths: value }));
    expect(catalogue.checkAfterMonths).toBe(12);
    expect(catalogue.offers).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ path: '$.checkAfterMonths', code: 'bad-value', severity: 'error' })]);
  });
});

describe('corrections', () => {
  const template = 'https://example.org/korrektur?eintrag={id}&titel={title}&seite={page}';

  it('accepts an https URL template with its placeholders as written, and an address', () => {
    const { catalogue, problems } = validateCatalogue(doc({ corrections: { url: template, email: 'korrektur@example.org' } }));
    expect(problems).toEqual([]);
    expect(catalogue.corrections).toEqual({ url: template, email: 'korrektur@example.org' });
    expect(v.safeParse(CatalogueSchema, catalogue).success).toBe(true);
    expect(validateCatalogue(doc()).catalogue).not.toHaveProperty('corrections');
  });

  it('repairs a URL without a scheme and an address with mailto:', () => {
    const { catalogue, problems } = validateCatalogue(doc({ corrections: { url: 'example.org/fehler?id={id}', email: 'mailto:Korrektur@Example.org' } }));
    expect(catalogue.corrections).toEqual({ url: 'https://example.org/fehler?id={id}', email: 'Korrektur@example.org' });
    expect(problems.map((p) => [p.path, p.code])).toEqual([['$.corrections.url', 'link-repaired'], ['$.corrections.email', 'email-repaired']]);
  });

  it('reads text alone as the address or the URL it is', () => {
    expect(validateCatalogue(doc({ corrections: 'korrektur@example.org' })).catalogue.corrections).toEqual({ email: 'korrektur@example.org' });
    expect(validateCatalogue(doc({ corrections: template })).catalogue.corrections).toEqual({ url: template });
  });

  it('removes a URL that is not https, or unsafe, with an error, and keeps the address', () => {
    const plain = validateCatalogue(doc({ corrections: { url: 'http://example.org/korrektur?id={id}', email: 'korrektur@example.org' } }));
    expect(plain.catalogue.corrections).toEqual({ email: 'korrektur@example.org' });
    expect(plain.problems).toEqual([expect.objectContaining({ path: '$.corrections.url', code: 'not-https', severity: 'error', action: 'removed' })]);
    const unsafe = validateCatalogue(doc({ corrections: { url: 'javascript:alert({id})' } }));
    expect(unsafe.catalogue).not.toHaveProperty('corrections');
    expect(unsafe.problems).toEqual([expect.objectContaining({ path: '$.corrections.url', code: 'unsafe-link', severity: 'error' })]);
  });

  it('keeps a placeholder it does not fill and says so once', () => {
    const { catalogue, problems } = validateCatalogue(doc({ corrections: { url: 'https://example.org/k?e={id}&n={name}&x={name}' } }));
    expect(catalogue.corrections?.url).toBe('https://example.org/k?e={id}&n={name}&x={name}');
    expect(problems).toEqual([expect.objectContaining({ path: '$.corrections.url', code: 'unknown-placeholder', action: 'kept' })]);
    expect(problems[0].message).toContain('{name}');
  });

  it('removes a bad address with an error', () => {
    const { catalogue, problems } = validateCatalogue(doc({ corrections: { email: 'no address' } }));
    expect(catalogue).not.toHaveProperty('corrections');
    expect(problems).toEqual([expect.objectContaining({ path: '$.corrections.email', code: 'bad-email', severity: 'error' })]);
  });
});

describe('feeds', () => {
  const folder = 'https://example.org/katalog/feeds/';

  it('accepts the https address of the feeds\' folder', () => {
    const { catalogue, problems } = validateCatalogue(doc({ feeds: { url: folder } }));
    expect(problems).toEqual([]);
    expect(catalogue.feeds).toEqual({ url: folder });
    expect(v.safeParse(CatalogueSchema, catalogue).success).toBe(true);
    expect(validateCatalogue(doc()).catalogue).not.toHaveProperty('feeds');
  });

  it('adds the "/" of a folder, repairs a bare host name and reads text alone as the address', () => {
    const slash = validateCatalogue(doc({ feeds: { url: 'https://example.org/katalog/feeds' } }));
    expect(slash.catalogue.feeds).toEqual({ url: folder });
    expect(slash.problems).toEqual([expect.objectContaining({ path: '$.feeds.url', code: 'link-repaired', action: 'repaired' })]);
    expect(validateCatalogue(doc({ feeds: { url: 'example.org/katalog/feeds/' } })).catalogue.feeds).toEqual({ url: folder });
    const text = validateCatalogue(doc({ feeds: folder }));
    expect(text.catalogue.feeds).toEqual({ url: folder });
    expect(text.problems.map((p) => [p.path, p.code])).toEqual([['$.feeds', 'value-repaired']]);
    // Validating the repaired catalogue again finds nothing to repair.
    expect(validateCatalogue(slash.catalogue).problems).toEqual([]);
    expect(v.safeParse(CatalogueSchema, slash.catalogue).success).toBe(true);
  });

  it('removes an address that is not https, unsafe, or not a folder\'s, with an error', () => {
    for (const [url, code] of [['http://example.org/feeds/', 'not-https'], ['javascript:alert(1)', 'unsafe-link'], ['https://example.org/feeds/?v=2', 'bad-link'], ['https://example.org/feeds/#top', 'bad-link']]) {
      const { catalogue, problems } = validateCatalogue(doc({ feeds: { url } }));
      expect(catalogue, url).not.toHaveProperty('feeds');
      expect(problems, url).toEqual([expect.objectContaining({ path: '$.feeds.url', code, severity: 'error', action: 'removed' })]);
    }
    const empty = validateCatalogue(doc({ feeds: {} }));
    expect(empty.catalogue).not.toHaveProperty('feeds');
    expect(empty.problems).toEqual([expect.objectContaining({ path: '$.feeds', code: 'empty', severity: 'error' })]);
    expect(v.safeParse(CatalogueSchema, { ...validateCatalogue(doc()).catalogue, feeds: { url: 'http://example.org/feeds/' } }).success).toBe(false);
  });

  it('comes with the head of a pack, in its index and its parts', async () => {
    const { catalogue } = validateCatalogue(doc({ feeds: { url: folder }, events: [{ id: 'e-1', title: 'Sprachcafé', start: '2026-10-06T18:00:00+02:00' }] }));
    const pack = await packCatalogue(catalogue, { generated: '2026-10-01T00:00:00Z' });
    const index = JSON.parse(pack.files[0].text);
    expect(index.catalogue.feeds).toEqual({ url: folder });
    const read = validateCatalogue(index);
    expect(read.catalogue.feeds).toEqual({ url: folder });
    expect(read.problems).toEqual([]);
    for (const part of pack.files.slice(1)) expect(validateCatalogue(JSON.parse(part.text)).catalogue.feeds).toEqual({ url: folder });
  });
});

describe('old catalogues', () => {
  it('stay valid and get only the default checkAfterMonths', () => {
    const { catalogue, problems } = validateCatalogue({ format: 'willkommen-catalogue', version: 1, offers: [{ id: 'a', title: 'Kurs', updated: '2025-01-01' }] });
    expect(problems).toEqual([]);
    expect(catalogue.offers[0]).toEqual({ id: 'a', title: 'Kurs', updated: '2025-01-01' });
    expect(catalogue.checkAfterMonths).toBe(12);
  });
});
