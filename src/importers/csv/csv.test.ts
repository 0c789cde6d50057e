import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../catalogue/validate.js';
import { decodeText, memorySource } from '../source.js';
import type { ImportOptions, ImportResult, ImportSource } from '../types.js';
import { columnMeaning, importCsv } from './index.js';
import columnTable from './columns.json';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/import/csv/${name}`, import.meta.url)));
const template = (name: string) => new Uint8Array(readFileSync(new URL(`../../../templates/${name}`, import.meta.url)));

type Offer = Record<string, any>;

/** Imports, validates, and validates the validated catalogue again. */
async function run(source: ImportSource, options?: ImportOptions) {
  const result = await importCsv(source, options);
  const first = validateCatalogue(structuredClone(result.document));
  const again = validateCatalogue(JSON.parse(JSON.stringify(first.catalogue)));
  const offers = result.document.offers as Offer[];
  return { result, first, again, offers, byId: (id: string) => offers.find((o) => o.id === id)! };
}

const fromBytes = (name: string, bytes: Uint8Array) => memorySource({ [name]: decodeText(bytes) });
const unmapped = (result: ImportResult, field: string) => result.unmapped.filter((u) => u.field === field).map((u) => u.value);

describe('decodeText: files saved by spreadsheet programs', () => {
  it('reads Windows-1252 bytes of German words', () => {
    // "Straße;Öffnungszeiten" as Excel saves it on German Windows ("CSV (Trennzeichen-getrennt)").
    const bytes = new Uint8Array([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0xd6, 0x66, 0x66, 0x6e, 0x75, 0x6e, 0x67, 0x73, 0x7a, 0x65, 0x69, 0x74, 0x65, 0x6e]);
    expect(decodeText(bytes)).toBe('Straße;Öffnungszeiten');
  });

  it('reads UTF-8 with and without a byte order mark', () => {
    const utf8 = new TextEncoder().encode('Straße;Öffnungszeiten');
    expect(decodeText(utf8)).toBe('Straße;Öffnungszeiten');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Straße;Öffnungszeiten');
  });
});

describe('the templates', () => {
  it('the example imports with no problems at all', async () => {
    const { result, first, again, offers, byId } = await run(fromBytes('angebote-offers-beispiel.csv', template('angebote-offers-beispiel.csv')));
    expect(result.read).toBe(12);
    expect(offers).toHaveLength(12);
    expect(result.skipped).toEqual([]);
    expect(result.unmapped).toEqual([]);
    expect(first.problems).toEqual([]);
    expect(first.dropped).toBe(0);
    expect(again.problems).toEqual([]);
    expect(first.catalogue.offers).toHaveLength(12);

    // Every row names real places, several languages and hours the kit can read.
    for (const offer of offers) {
      expect(offer.title).toHaveProperty('de');
      expect(offer.title).toHaveProperty('ar');
      expect(offer.title).toHaveProperty('uk');
      expect(offer.title).toHaveProperty('fa');
      expect(offer.organization.name).toMatch(/\(Beispiel\)$/);
      expect(offer.contact.email).toMatch(/\.example\.org$/);
      expect(offer.contact.phone).toMatch(/ 0000 /);
      expect(offer.openingHours.weekly?.length || offer.openingHours.appointmentOnly).toBeTruthy();
    }
    expect(byId('hro-migrationsberatung')).toMatchObject({
      categories: ['migration-counselling', 'legal'],
      languages: ['de', 'en', 'ar', 'fa'],
      location: { postalCode: '18055', locality: 'Rostock', region: 'rostock', lat: 54.0903, lon: 12.1335 },
      openingHours: {
        weekly: [
          { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
          { days: ['tu'], opens: '14:00', closes: '18:00' },
        ],
      },
      cost: 'free',
      updated: '2026-10-14',
    });
    expect(byId('j-wohnungssuche').location.postalCode).toBe('07743');
    expect(byId('j-wohnungssuche').openingHours).toEqual({ appointmentOnly: true });
    expect(byId('mv-online-beratung')).toMatchObject({ online: true, languages: ['uk', 'ru', 'de'] });
    expect(byId('gth-bewerbungswerkstatt').temporarilyClosed).toBe(true);
    expect(byId('hst-integrationskurs').cost).toBe('reduced');
    expect(byId('hgw-asylverfahrensberatung').languages).toContain('prs');
    expect(first.catalogue.regions.map((r) => r.id)).toContain('vorpommern-ruegen');
    expect(first.catalogue.regions.find((r) => r.id === 'vorpommern-ruegen')?.name).toBe('Vorpommern-Rügen');
  });

  it('the empty template has every column and no rows', async () => {
    const empty = decodeText(template('angebote-offers.csv'));
    const example = decodeText(template('angebote-offers-beispiel.csv'));
    expect(empty.split(/\r?\n/)[0]).toBe(example.split(/\r?\n/)[0]);
    const { result, offers, first } = await run(memorySource({ 'angebote-offers.csv': empty }));
    expect(offers).toEqual([]);
    expect(result.unmapped).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(first.problems).toEqual([]);
  });

  it('both files start with a byte order mark (Excel then opens them as UTF-8) and use semicolons', () => {
    for (const name of ['angebote-offers.csv', 'angebote-offers-beispiel.csv']) {
      const bytes = template(name);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(decodeText(bytes).split('\n')[0]).toContain(';Titel / title;');
    }
  });
});

describe('a sheet kept by hand in German Excel (Windows-1252, semicolons, mistakes)', () => {
  const load = () => run(fromBytes('angebote.csv', fixture('messy-windows-1252.csv')));

  it('keeps every row with a title, skips the others with their line, and validates clean', async () => {
    const { result, first, again, offers } = await load();
    expect(result.read).toBe(9);
    expect(offers.map((o) => o.id)).toEqual(['1', '2', 'sprachcafe', 'sprachcafe-2', '4', '5', 'cafe-ue-7']);
    expect(result.skipped).toEqual([
      { at: 'angebote.csv line 4', reason: expect.stringContaining('the id "2" is already used in angebote.csv line 3') },
      { at: 'angebote.csv line 8', reason: expect.stringContaining('has no title') },
    ]);
    expect(first.dropped).toBe(0);
    expect(first.problems).toEqual([]);
    expect(again.problems).toEqual([]);
    expect(first.catalogue.offers).toHaveLength(7);
  });

  it('reads decimal commas, en dashes, apostrophes and numbers Excel changed', async () => {
    const { byId } = await load();
    const one = byId('1');
    expect(one.title).toEqual({ de: 'Sprachkurs A1 für Frauen', en: 'German course A1 for women' });
    expect(one.location).toEqual({ street: 'Domstraße 3', postalCode: '18273', locality: 'Güstrow', region: 'landkreis-rostock', lat: 53.794, lon: 12.176 });
    expect(one.contact).toEqual({
      phone: '03843 0000 111',
      email: 'info@frauenzentrum-guestrow.example.org',
      website: 'https://www.frauenzentrum-guestrow.example.org',
    });
    expect(one.openingHours.weekly).toEqual([
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
      { days: ['tu'], opens: '14:00', closes: '18:00' },
    ]);
    expect(one.categories).toEqual(['language', 'family']);
    expect(one.languages).toEqual(['de', 'ar', 'prs']);
    expect(byId('2').location.postalCode).toBe('18055');
    expect(byId('2').openingHours.weekly).toHaveLength(2);
    expect(byId('4').location).toMatchObject({ postalCode: '07743', lat: 50.9295, lon: 11.5857 });
    expect(byId('4').openingHours).toEqual({ appointmentOnly: true });
    expect(byId('4').cost).toBe('paid');
    expect(byId('5')).toMatchObject({ online: true, temporarilyClosed: true, cost: 'reduced', categories: ['work'], updated: '2026-10-14' });
    expect(byId('5').contact.phone).toBe('+4903610000555');
    expect(byId('5').openingHours.weekly).toEqual([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }]);
    expect(byId('cafe-ue-7').contact).toEqual({ phone: '03643 0000 901', email: 'Info@begegnung.example.org', website: 'http://begegnung.example.org' });
    expect(byId('cafe-ue-7').categories).toEqual(['community']);
  });

  it('keeps hours it cannot read as a note and lists every mistake once', async () => {
    const { result, byId } = await load();
    expect(byId('sprachcafe').openingHours).toEqual({ note: { de: 'Mo-Fr 9-25' } });
    expect(byId('sprachcafe-2').openingHours).toEqual({ note: { de: 'Di 15–17 Uhr, in den Ferien geschlossen\nBitte klingeln.' } });
    expect(unmapped(result, 'opening hours')).toEqual(['Mo-Fr 9-25', 'Di 15–17 Uhr, in den Ferien geschlossen']);
    expect(result.unmapped.find((u) => u.value === 'Mo-Fr 9-25')).toMatchObject({
      reason: expect.stringMatching(/^opening hours not understood \(“9–25” is not a time range\)/),
      at: 'angebote.csv line 6',
    });
    expect(unmapped(result, 'column')).toEqual(['Ansprechpartner', 'Bemerkung intern']);
    expect(unmapped(result, 'website').sort()).toEqual(['=HYPERLINK("https://evil.example.org";"Klick")', 'javascript:alert(1)']);
    expect(unmapped(result, 'category')).toEqual(['Sport']);
    // "Leichte Sprache" is Easy German, a language of its own (de-x-ls).
    expect(unmapped(result, 'language')).toEqual([]);
    expect(byId('4').languages).toEqual(['de-x-ls', 'de']);
    expect(unmapped(result, 'email')).toEqual(['wohnen(at)wohnhilfe-jena.example.org']);
    expect(unmapped(result, 'phone').sort()).toEqual(['+49 (0)361 0000 555 (Mo-Fr)', '3,81E+09']);
    expect(result.unmapped.find((u) => u.value === '3,81E+09')?.reason).toContain('format the column as text');
    expect(unmapped(result, 'updated')).toEqual(['31.02.2026']);
    expect(unmapped(result, 'appointment only')).toEqual(['vielleicht']);
    expect(unmapped(result, 'latitude/longitude')).toEqual(['50,9787 / (empty)']);
    expect(unmapped(result, 'id')).toEqual(['café/ü 7']);
    expect(unmapped(result, 'cost')).toEqual(['5 €']);
    expect(result.unmapped).toHaveLength(15);
    expect(result.unmapped.every((u) => u.count === 1 && u.at?.startsWith('angebote.csv line '))).toBe(true);
  });
});

describe('other shapes of the same sheet', () => {
  it('English headers, commas, a text over several lines, texts in English', async () => {
    const { result, first, again, byId } = await run(fromBytes('offers.csv', fixture('english-comma.csv')), { defaultLanguage: 'en' });
    expect(result.read).toBe(3);
    expect(result.skipped).toEqual([]);
    expect(result.unmapped).toEqual([]);
    expect(first.dropped).toBe(0);
    expect(first.problems).toEqual([]);
    expect(again.problems).toEqual([]);
    expect(first.catalogue.defaultLanguage).toBe('en');
    expect(byId('en-1')).toMatchObject({
      title: { en: 'Legal advice for refugees', ar: 'استشارات قانونية للاجئين', uk: 'Юридична консультація для біженців' },
      description: { en: 'Bring all letters you received.\nWe speak English and Arabic.' },
      organization: { name: 'Legal Aid Erfurt (Beispiel)', url: 'https://legal-aid-erfurt.example.org' },
      openingHours: {
        weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
        appointmentOnly: false,
        note: { en: 'Closed on public holidays', de: 'An Feiertagen geschlossen' },
      },
    });
    expect(byId('en-2').openingHours.weekly).toEqual([{ days: ['tu', 'th'], opens: '13:00', closes: '17:00' }]);
    expect(byId('en-2').cost).toBe('reduced');
    expect(byId('en-3')).toMatchObject({ online: true, cost: 'paid', openingHours: { appointmentOnly: true }, contact: { website: 'https://example.org/club' } });
    expect(byId('en-3').languages).toEqual(['uk', 'ru', 'de']);
  });

  it('tab separated, UTF-8 with a byte order mark', async () => {
    const { result, first, offers } = await run(fromBytes('offers.tsv', fixture('tabs.tsv')));
    expect(result.unmapped).toEqual([]);
    expect(first.problems).toEqual([]);
    expect(offers.map((o) => [o.id, o.title.de, o.openingHours.weekly[0].days.join(','), o.cost])).toEqual([
      ['tab-1', 'Nähcafé', 'mo,we,fr', 'free'],
      ['tab-2', 'Fahrradwerkstatt', 'tu,th', 'free'],
    ]);
  });

  it('reads every CSV of a folder or zip, with ids unique across the files', async () => {
    const header = 'id;Titel;Ort\n';
    const { result, offers, first } = await run(memorySource({ 'b/west.csv': `${header};Sprachcafé;Rostock\n`, 'a/ost.csv': `${header};Sprachcafé;Greifswald\nx;Nähcafé;Stralsund\n`, 'README.md': '# notes' }));
    expect(offers.map((o) => o.id)).toEqual(['sprachcafe', 'x', 'sprachcafe-2']);
    expect(result.read).toBe(3);
    expect(first.dropped).toBe(0);
  });

  it('reads a published sheet from a web address, and says so when the address gives a web page', async () => {
    const csv = 'Titel,Öffnungszeiten\nSprachcafé,Mi 16-18\n';
    const url = (text: string, contentType = 'text/csv') =>
      memorySource({}, { kind: 'url', label: 'https://docs.example.org/sheet/pub?output=csv', fetch: async (u) => ({ url: u, status: 200, contentType, text }) });
    const { offers } = await run(url(csv));
    expect(offers).toEqual([{ id: 'sprachcafe', title: { de: 'Sprachcafé' }, openingHours: { weekly: [{ days: ['we'], opens: '16:00', closes: '18:00' }] } }]);
    await expect(importCsv(url('<!doctype html><title>Sign in</title>', 'text/html'))).rejects.toThrow(/web page, not a CSV file/);
  });

  it('says what to do with an Excel workbook, a UTF-16 text file and a file that is not the template', async () => {
    const workbook = memorySource({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }, { kind: 'zip' });
    await expect(importCsv(workbook)).rejects.toThrow(/CSV UTF-8/);
    await expect(importCsv(memorySource({ 'angebote.xls': '\u00d0\u00cf\u0011\u00e0' }))).rejects.toThrow(/CSV UTF-8/);
    await expect(importCsv(memorySource({ 'notes.md': '#', 'b.ods': 'x' }))).rejects.toThrow(/workbook/);
    await expect(importCsv(memorySource({ 'notes.md': '#', 'readme.txt': 'x' }))).rejects.toThrow(/no CSV file/);
    const utf16 = await importCsv(memorySource({ 'angebote.txt': '\u00ff\u00fei\u0000d\u0000' }));
    expect(utf16.skipped[0].reason).toContain('Unicode Text');
    const other = await importCsv(memorySource({ 'services.csv': 'service_id,service_name\n1,Food bank\n' }));
    expect(other.document.offers).toEqual([]);
    expect(other.skipped[0].reason).toContain('no title column');
    expect(unmapped(other, 'column')).toEqual(['service_id', 'service_name']);
  });

  it('passes title, publisher and time zone to the document and reports progress', async () => {
    const progress: string[] = [];
    const { result } = await run(memorySource({ 'a.csv': 'Titel\nSprachcafé\n' }), {
      title: 'Hilfe in Rostock',
      publisher: { name: 'Stadt Rostock (Beispiel)', url: 'https://rostock.example.org' },
      timeZone: 'Europe/Berlin',
      onProgress: (m) => progress.push(m),
    });
    expect(result.document).toMatchObject({ title: 'Hilfe in Rostock', publisher: { name: 'Stadt Rostock (Beispiel)' }, timeZone: 'Europe/Berlin' });
    expect(progress).toEqual(['a.csv: 1 rows']);
  });
});

describe('columns', () => {
  it.each([
    ['Öffnungszeiten', 'openingHours', undefined],
    ['oeffnungszeiten', 'openingHours', undefined],
    ['Offnungszeiten', 'openingHours', undefined],
    ['opening hours', 'openingHours', undefined],
    ['opening_hours', 'openingHours', undefined],
    ['Opening-Hours', 'openingHours', undefined],
    ['Öffnungszeiten / opening hours', 'openingHours', undefined],
    ['Straße', 'street', undefined],
    ['STRASSE', 'street', undefined],
    ['E-Mail', 'email', undefined],
    ['e_mail', 'email', undefined],
    ['PLZ', 'postalCode', undefined],
    ['postal code', 'postalCode', undefined],
    ['Website Träger / organization website', 'organizationUrl', undefined],
    ['Website', 'website', undefined],
    ['Titel', 'title', 'de'],
    ['Titel / title', 'title', 'de'],
    ['title_ar', 'title', 'ar'],
    ['Titel_ar', 'title', 'ar'],
    ['titel-uk', 'title', 'uk'],
    ['Titel (Arabisch)', 'title', 'ar'],
    ['title Arabic', 'title', 'ar'],
    ['title_pt-BR', 'title', 'pt-BR'],
    ['title_prs', 'title', 'prs'],
    ['Kurzbeschreibung (Leichte Sprache)', 'summary', 'de-x-ls'],
    ['summary_de-x-ls', 'summary', 'de-x-ls'],
    ['Kurzbeschreibung_fa / summary_fa', 'summary', 'fa'],
    ['Hinweis Öffnungszeiten_en', 'hoursNote', 'en'],
    ['hours_note_uk', 'hoursNote', 'uk'],
  ])('%s', (header, key, lang) => {
    expect(columnMeaning(header)).toEqual(lang ? { key, lang } : { key });
  });

  it.each(['Ansprechpartner', 'title_url', 'Titel / Beschreibung', 'Titel / title_ar', 'street_ar', 'Titel neu', '__proto__', ''])('%j is not a column', (header) => {
    expect(columnMeaning(header)).toBeUndefined();
  });

  it('every German, English and other name means its own column', () => {
    for (const spec of columnTable.columns) {
      for (const name of [spec.de, spec.en, ...spec.aliases]) expect(columnMeaning(name)?.key, name).toBe(spec.key);
    }
  });
});

describe('values', () => {
  const one = async (header: string, cell: string) => {
    const { result, offers, first } = await run(memorySource({ 'a.csv': `Titel;${header}\nX;"${cell.replace(/"/g, '""')}"\n` }));
    expect(first.dropped).toBe(0);
    expect(first.problems).toEqual([]);
    return { offer: offers[0], result };
  };

  it.each([
    ['Sprache, Gesundheit', ['language', 'health']],
    ['health; housing', ['health', 'housing']],
    ['Kinder, Eltern, Frauen', ['family']],
    ['Schule, Ausbildung, Studium', ['education']],
    ['Asyl- und Aufenthaltsrecht', ['legal']],
    ['Sprache und Integrationskurse', ['language']],
    ['Arbeit und Beruf', ['work', 'career']],
    ['migration-counselling, crisis', ['migration-counselling', 'crisis']],
    ['Migration counselling', ['migration-counselling']],
    ['الصحة', ['health']],
    ['Житло', ['housing']],
    ['Krise / Treffpunkte', ['crisis', 'community']],
  ])('categories %j', async (cell, ids) => {
    const { offer, result } = await one('Kategorien', cell);
    expect(offer.categories).toEqual(ids);
    expect(result.unmapped).toEqual([]);
  });

  it.each([
    ['kostenlos', 'free'], ['Gratis', 'free'], ['free of charge', 'free'], ['0 €', 'free'], ['keine', 'free'],
    ['ermäßigt', 'reduced'], ['Reduced', 'reduced'], ['kostenpflichtig', 'paid'], ['paid', 'paid'],
  ])('cost %j', async (cell, cost) => {
    expect((await one('Kosten', cell)).offer.cost).toBe(cost);
  });

  it.each([['14.10.2026', '2026-10-14'], ['2026-10-14', '2026-10-14'], ['1.2.2026', '2026-02-01'], ['14.10.2026 00:00', '2026-10-14'], ['2026-10-14T09:30:00Z', '2026-10-14']])(
    'updated %j',
    async (cell, date) => {
      expect((await one('Stand', cell)).offer.updated).toBe(date);
    },
  );

  it.each(['14.10.26', '10/14/2026', '46309', '2026-02-30', 'gestern'])('updated %j is left out and reported', async (cell) => {
    const { offer, result } = await one('Stand', cell);
    expect(offer.updated).toBeUndefined();
    expect(unmapped(result, 'updated')).toEqual([cell]);
  });

  it.each([['ja', true], ['x', true], ['Yes', true], ['nein', false], ['no', false], ['0', false]])('online %j', async (cell, value) => {
    expect((await one('online', cell)).offer.online).toBe(value);
  });

  it.each([
    ['54,0887', '12,1405', 54.0887, 12.1405],
    ['54.0887', '12.1405', 54.0887, 12.1405],
    ["'54,0887", ' 12,1405 ', 54.0887, 12.1405],
  ])('coordinates %j %j', async (lat, lon, la, lo) => {
    const { offers } = await run(memorySource({ 'a.csv': `Titel;Breitengrad;Längengrad\nX;"${lat}";"${lon}"\n` }));
    expect(offers[0].location).toEqual({ lat: la, lon: lo });
  });

  it.each([
    ['540.887', '12,1405'],
    ['54,0887', ''],
    ['54°05′', '12°08′'],
    ['91', '12'],
    ['54', '181'],
    ['=54', '12'],
  ])('coordinates %j %j are left out together and reported', async (lat, lon) => {
    const { offers, result, first } = await run(memorySource({ 'a.csv': `Titel;Breitengrad;Längengrad\nX;"${lat}";"${lon}"\n` }));
    expect(offers[0].location).toBeUndefined();
    expect(unmapped(result, 'latitude/longitude')).toHaveLength(1);
    expect(first.dropped).toBe(0);
  });

  it('rows without an id get a stable id from the title, never one written in another row', async () => {
    const csv = 'id;Titel\n;Sprachcafé am Markt\n;Sprachcafé am Markt\nsprachcafe-am-markt-2;Anderes Angebot\n;Sprachcafé am Markt\n;مقهى اللغة\n';
    const { offers } = await run(memorySource({ 'a.csv': csv }));
    expect(offers.map((o) => o.id)).toEqual(['sprachcafe-am-markt', 'sprachcafe-am-markt-3', 'sprachcafe-am-markt-2', 'sprachcafe-am-markt-4', 'offer']);
    const again = await run(memorySource({ 'a.csv': csv }));
    expect(again.offers.map((o) => o.id)).toEqual(offers.map((o) => o.id));
  });

  it('a row with only a title in another language is kept', async () => {
    const { offers, first } = await run(memorySource({ 'a.csv': 'Titel;title_en;title_ar\n;;دورة لغة\n' }));
    expect(offers).toEqual([{ id: 'offer', title: { ar: 'دورة لغة' } }]);
    expect(first.problems).toEqual([]);
  });

  it('at most 30 languages a text; further language columns are reported', async () => {
    const codes = ['en', 'ar', 'fa', 'prs', 'ps', 'uk', 'ru', 'tr', 'ku', 'kmr', 'ckb', 'ti', 'so', 'fr', 'es', 'sq', 'pl', 'ro', 'vi', 'sr', 'bs', 'hr', 'ka', 'hy', 'ur', 'hi', 'bn', 'zh', 'it', 'am', 'om'];
    const header = ['Titel', ...codes.map((c) => `title_${c}`)].join(';');
    const { offers, result, first } = await run(memorySource({ 'a.csv': `${header}\n${['T', ...codes.map((c) => `T ${c}`)].join(';')}\n` }));
    expect(Object.keys(offers[0].title)).toHaveLength(30);
    expect(unmapped(result, 'column')).toEqual(['title_am', 'title_om']);
    expect(first.problems).toEqual([]);
  });

  it('two columns with the same meaning: the first filled one wins, the second is reported once', async () => {
    const { offers, result } = await run(memorySource({ 'a.csv': 'Titel;title;Ort\nA;B;Rostock\n;C;Jena\n' }));
    expect(offers.map((o) => o.title.de)).toEqual(['A', 'C']);
    expect(result.unmapped).toEqual([expect.objectContaining({ field: 'column', value: 'title', count: 1 })]);
  });
});

describe('malicious input', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '=HYPERLINK("https://evil.example.org";"Klick")',
    "+cmd|' /C calc'!A0",
    '-2+3+cmd|\' /C calc\'!A0',
    '@SUM(1+1)*cmd|\' /C calc\'!A0',
    'Te\u202Ext\u0007',
  ];
  const links = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.org',
    'https://user:secret@evil.example.org',
    'https://example.org/\u202Egro.live',
    'https://exa mple.org',
    '=HYPERLINK("javascript:alert(1)")',
    '\\\\evil\\share',
  ];

  it('keeps markup and formulas as plain text, drops every dangerous link, and validates with nothing dropped', async () => {
    const header = 'id;Titel;Kurzbeschreibung;Beschreibung;Träger;Website Träger;Straße;Ort;Region;Telefon;E-Mail;Website;Öffnungszeiten;Hinweis Öffnungszeiten;Kategorien;Sprachen';
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = hostile.map((text, i) =>
      [`h${i}`, text, text, text, text, links[i], text, text, text, text, text, links[links.length - 1 - i], text, text, text, text].map(quote).join(';'),
    );
    const rest = links.slice(hostile.length).map((link, i) => [`l${i}`, 'Link', '', '', 'Träger (Beispiel)', link, '', '', '', '', '', link, '', '', '', ''].map(quote).join(';'));
    const { result, first, again, offers } = await run(memorySource({ 'a.csv': [header, ...rows, ...rest].join('\n') }));

    expect(offers).toHaveLength(hostile.length + links.length - hostile.length);
    for (let i = 0; i < hostile.length; i++) {
      const offer = offers[i];
      expect(offer.title.de).toBe(hostile[i]);
      expect(offer.summary.de).toBe(hostile[i]);
      expect(offer.organization.name).toBe(hostile[i]);
      expect(offer.organization.url).toBeUndefined();
      expect(offer.contact?.website).toBeUndefined();
      expect(offer.contact?.phone).toBeUndefined();
      // The hours cell cannot be read, so it is kept as the note, before the note column.
      expect(offer.openingHours.note.de).toBe(`${hostile[i]}\n${hostile[i]}`);
    }
    for (const offer of offers) {
      expect(JSON.stringify(offer)).not.toMatch(/"(?:url|website)":"(?!https?:\/\/)/);
    }
    const droppedLinks = result.unmapped.filter((u) => u.field === 'website' || u.field === 'organization website');
    expect(droppedLinks.reduce((n, u) => n + u.count, 0)).toBe(hostile.length * 2 + (links.length - hostile.length) * 2);
    expect(first.dropped).toBe(0);
    expect(first.catalogue.offers).toHaveLength(offers.length);
    expect(first.problems.every((p) => p.severity === 'warning')).toBe(true);
    // Markup is shown as plain text; the validator says so each time. Nothing else is left to report.
    expect(again.problems.filter((p) => !/markup/i.test(p.message))).toEqual([]);
    expect(again.dropped).toBe(0);
  });

  it('a 1 MB cell is shortened; a longer one skips its row, and the rows after it are still read', async () => {
    const huge = 'Beratung '.repeat(111_112).slice(0, 1_000_000);
    const csv = `id;Titel;Beschreibung\na;Eins;"${huge}"\nb;Zwei;"${huge}x"\nc;Drei;kurz\n`;
    const started = performance.now();
    const { result, first, offers } = await run(memorySource({ 'a.csv': csv }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(offers.map((o) => o.id)).toEqual(['a', 'c']);
    expect(offers[0].description.de.length).toBeLessThanOrEqual(20_000);
    expect(offers[0].description.de.endsWith('…')).toBe(true);
    expect(unmapped(result, 'description')).toHaveLength(1);
    expect(result.skipped).toEqual([{ at: 'a.csv line 3', reason: expect.stringContaining('longer than 1,000,000 characters') }]);
    expect(first.dropped).toBe(0);
  });

  it('shortens over-long titles and notes at a word boundary', async () => {
    const long = 'Deutschkurs '.repeat(100);
    const { offers, result, first } = await run(memorySource({ 'a.csv': `Titel;Öffnungszeiten\n"${long}";"${long}"\n` }));
    expect(offers[0].title.de.length).toBeLessThanOrEqual(300);
    expect(offers[0].title.de).toMatch(/Deutschkurs…$/);
    expect(offers[0].openingHours.note.de.length).toBeLessThanOrEqual(1_000);
    expect(unmapped(result, 'title')).toHaveLength(1);
    expect(first.dropped).toBe(0);
    expect(first.problems).toEqual([]);
  });

  it('ids, regions and columns named like object internals stay plain data', async () => {
    const { offers, first, result } = await run(memorySource({ 'a.csv': 'id;Titel;Region;__proto__;constructor\n__proto__;A;__proto__;x;y\nconstructor;B;constructor;x;y\n' }));
    expect(offers.map((o) => o.id)).toEqual(['proto', 'constructor']);
    expect(first.catalogue.regions.map((r) => r.id)).toEqual(['proto', 'constructor']);
    expect(unmapped(result, 'column')).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(first.dropped).toBe(0);
  });

  it('a broken quote, empty files and a header without rows do not crash', async () => {
    for (const text of ['', '\n\n', 'Titel', 'Titel;Ort\n"Sprachcafé;Rostock\nNähcafé;Jena\n', ';;;\n;;;\n', '\u0000\u0001\u0002']) {
      const result = await importCsv(memorySource({ 'a.csv': text }));
      expect(validateCatalogue(result.document).dropped).toBe(0);
    }
  });

  it('100,000 rows finish in a few seconds, every row kept', async () => {
    const header = 'id;Titel;title_en;Kategorien;Sprachen;PLZ;Ort;Region;Breitengrad;Längengrad;Telefon;Website;Öffnungszeiten;Kosten;Stand';
    const hours = ['Mo–Fr 9–12, Di 14–18', '"Mo-Do 8:00-16:00 Uhr; Fr 8-12"', 'nach Vereinbarung', 'in den Ferien geschlossen'];
    const lines = [header];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        [i % 2 ? `o-${i}` : '', `Sprachkurs ${i % 500}`, 'Language course', 'Sprache, Bildung', 'Deutsch, Arabisch', '18055', 'Rostock', `region ${i % 50}`,
          `54,${String(i).padStart(5, '0')}`, '12,1405', `0381 0000 ${i % 10_000}`, `https://example.org/${i}`, hours[i % hours.length], 'kostenlos', '14.10.2026'].join(';'),
      );
    }
    const text = lines.join('\n');
    const started = performance.now();
    const result = await importCsv(memorySource({ 'a.csv': text }));
    const imported = performance.now() - started;
    const validated = validateCatalogue(result.document);
    const total = performance.now() - started;
    console.log(`100,000 rows: import ${Math.round(imported)} ms, import + validation ${Math.round(total)} ms`);
    expect(result.read).toBe(100_000);
    expect(result.skipped).toEqual([]);
    expect((result.document.offers as unknown[]).length).toBe(100_000);
    expect(new Set((result.document.offers as Offer[]).map((o) => o.id)).size).toBe(100_000);
    expect(result.unmapped).toEqual([expect.objectContaining({ field: 'opening hours', count: 25_000 })]);
    expect(validated.dropped).toBe(0);
    expect(validated.catalogue.offers).toHaveLength(100_000);
    expect(imported).toBeLessThan(10_000);
  }, 60_000);
});
