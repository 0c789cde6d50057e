import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Catalogue, LangMap, Offer } from '../../catalogue/schema.js';
import { localText } from '../../catalogue/text.js';
import { validateCatalogue } from '../../catalogue/validate.js';
import { memorySource } from '../source.js';
import {
  HSDS_CATALOGUE_ID_TERM,
  HSDS_CATEGORY_TAXONOMY,
  exportHsds,
  hsdsUri,
  uuidV5,
  type HsdsExport,
  type HsdsService,
  type HsdsServicePage,
} from './export.js';
import { importHsds } from './index.js';

// The official Open Referral schemas, stored unchanged (see tests/fixtures/hsds-3.0-schema/README.md).
const SCHEMA_DIR = fileURLToPath(new URL('../../../tests/fixtures/hsds-3.0-schema/', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(SCHEMA_DIR + path, 'utf8'));
const SERVICE_LIST_URI = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/service_list.json';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
/** A fully nested service (schedules, locations, addresses, phones, attributes…). */
const validateService: ValidateFunction = ajv.compile(readJson('compiled/service_with_definitions.json'));
ajv.addSchema(readJson('compiled/service_list.json'), SERVICE_LIST_URI);
ajv.addSchema(readJson('openapi.json'), 'hsds-openapi.json');
/** The answer of `GET /services` as the HSDS 3.0 openapi.json describes it (Page + contents). */
const validateServicesPage: ValidateFunction = ajv.compile({
  $ref: 'hsds-openapi.json#/paths/~1services/get/responses/200/content/application~1json/schema',
});

function schemaErrors(result: HsdsExport): string[] {
  const errors: string[] = [];
  if (!validateServicesPage(result.document)) {
    errors.push(...(validateServicesPage.errors ?? []).map((e) => `page ${e.instancePath} ${e.message}`));
  }
  for (const service of result.document.contents) {
    const name = service.name;
    if (!validateService(service)) {
      errors.push(...(validateService.errors ?? []).map((e) => `${name}: ${e.instancePath} ${e.message}`));
    }
  }
  return errors;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// ---------------------------------------------------------------------------------------------
// A small catalogue: offers in Mecklenburg-Vorpommern and Thuringia (fictional organisations).

const FIXTURE = {
  format: 'willkommen-catalogue',
  version: 1,
  title: { de: 'Testkatalog', en: 'Test catalogue' },
  publisher: { name: 'Netzwerk Willkommen (Test)', url: 'https://willkommen.example.org/' },
  defaultLanguage: 'de',
  timeZone: 'Europe/Berlin',
  regions: [
    { id: 'rostock', name: { de: 'Rostock', en: 'Rostock' } },
    { id: 'jena', name: { de: 'Jena', en: 'Jena' } },
  ],
  offers: [
    {
      id: 'rostock-beratung',
      title: { de: 'Migrationsberatung Rostock', en: 'Migration counselling Rostock', ar: 'استشارات الهجرة في روستوك' },
      summary: { de: 'Beratung zu Aufenthalt und Arbeit.', en: 'Advice on residence and work.' },
      description: { de: 'Bitte bringen Sie Ihre Papiere mit.', en: 'Please bring your papers.', ar: 'يرجى إحضار أوراقكم.' },
      categories: ['migration-counselling', 'legal'],
      languages: ['de', 'ar', 'en', 'fa'],
      organization: { name: 'Brücken Rostock e. V.', url: 'https://bruecken-rostock.example.org/' },
      location: { street: 'Kröpeliner Straße 12', postalCode: '18055', locality: 'Rostock', region: 'rostock', lat: 54.0887, lon: 12.1405 },
      contact: { phone: '+49 381 0000 1234', email: 'beratung@bruecken-rostock.example.org', website: 'https://bruecken-rostock.example.org/beratung' },
      openingHours: {
        weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' }],
        note: { de: 'An Feiertagen geschlossen.', en: 'Closed on public holidays.' },
      },
      cost: 'free',
      updated: '2026-10-01',
    },
    {
      id: 'rostock-sprachcafe',
      title: { de: 'Sprachcafé in der Südstadt', en: 'Language café in Südstadt', ar: 'مقهى اللغة في زودشتات' },
      categories: ['language', 'community'],
      languages: ['de', 'uk', 'ru'],
      organization: { name: 'Brücken Rostock e. V.' },
      location: { street: 'Südring 90', postalCode: '18059', locality: 'Rostock', region: 'rostock', lat: 54.0702, lon: 12.1129 },
      contact: { phone: '+49 381 0000 5678' },
      openingHours: {
        weekly: [
          { days: ['tu'], opens: '15:00', closes: '17:00' },
          { days: ['th', 'tu'], opens: '17:30', closes: '19:00' },
        ],
      },
      cost: 'free',
      updated: '2026-09-15T10:30+02:00',
    },
    {
      id: 'rostock-online',
      title: { de: 'Online-Beratung per Video', en: 'Online counselling by video', ar: 'استشارة عبر الفيديو' },
      categories: ['migration-counselling'],
      languages: ['de', 'ar'],
      organization: { name: 'Brücken Rostock e. V.' },
      online: true,
      contact: { website: 'https://bruecken-rostock.example.org/video' },
      openingHours: { appointmentOnly: true },
    },
    {
      id: 'jena-familie',
      title: { de: 'Familienzentrum am Löbdergraben', en: 'Family centre at Löbdergraben' },
      description: { de: 'Krabbelgruppe und Elternberatung.' },
      categories: ['family'],
      languages: ['de', 'en', 'tr'],
      organization: { name: 'Familiennetz Jena gGmbH', url: 'https://familiennetz-jena.example.org/' },
      location: { street: 'Löbdergraben 4', postalCode: '07743', locality: 'Jena', region: 'jena', lat: 50.9271, lon: 11.5892 },
      contact: { phone: '+49 3641 0000 222', email: 'kontakt@familiennetz-jena.example.org' },
      openingHours: {
        weekly: [
          { days: ['mo', 'we'], opens: '08:00', closes: '12:00' },
          { days: ['mo', 'we'], opens: '13:00', closes: '16:00' },
        ],
      },
      cost: 'reduced',
    },
    {
      id: 'erfurt-wohnen',
      title: { de: 'Wohnraumhilfe Erfurt' },
      categories: ['housing'],
      organization: { name: 'Wohnraumhilfe Erfurt e. V.' },
      location: { street: 'Juri-Gagarin-Ring 150', postalCode: '99084', locality: 'Erfurt', lat: 50.9787, lon: 11.0328 },
      temporarilyClosed: true,
      cost: 'paid',
    },
    {
      id: 'weimar-treff',
      title: { de: 'Begegnungstreff Weimar', en: 'Meeting point Weimar' },
      organization: { name: 'Bürgerhaus Weimar', url: 'https://bürgerhaus-weimar.example.org/' },
      location: { locality: 'Weimar' },
      contact: { email: 'treff@bürgerhaus-weimar.example.org' },
    },
  ],
  events: [
    { id: 'ev-1', title: { de: 'Sprachcafé-Fest' }, start: '2026-12-03T18:00:00+01:00' },
    { id: 'ev-2', title: { de: 'Infoabend' }, start: '2026-12-10' },
  ],
  jobs: [{ id: 'job-1', title: { de: 'Pflegehilfskraft' }, employer: { name: 'Klinikum Beispiel' } }],
};

function validFixture(): Catalogue {
  const { catalogue, dropped } = validateCatalogue(structuredClone(FIXTURE));
  expect(dropped).toBe(0);
  expect(catalogue.offers).toHaveLength(FIXTURE.offers.length);
  return catalogue;
}

const byCatalogueId = (result: HsdsExport, id: string): HsdsService => {
  const service = result.document.contents.find((s) =>
    s.attributes.some((a) => a.taxonomy_term.code === HSDS_CATALOGUE_ID_TERM && a.value === id),
  );
  if (!service) throw new Error(`no service for ${id}`);
  return service;
};

const allIds = (value: unknown, out: string[] = []): string[] => {
  if (Array.isArray(value)) for (const v of value) allIds(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' || k.endsWith('_id')) { if (v !== undefined) out.push(v as string); }
      else allIds(v, out);
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------

describe('uuidV5', () => {
  it('gives the RFC 4122 name-based UUIDs (checked against the published DNS example and node:crypto)', () => {
    const dns = Uint8Array.from('6ba7b8109dad11d180b400c04fd430c8'.match(/../g)!.map((h) => parseInt(h, 16)));
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    for (const name of ['', 'a', 'o-0001', 'ü'.repeat(40), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'x'.repeat(1000), 'مرحبا']) {
      const hash = createHash('sha1').update(Buffer.concat([Buffer.from(dns), Buffer.from(name, 'utf8')])).digest('hex');
      const expected = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-${((parseInt(hash[16], 16) & 0x3) | 0x8).toString(16)}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
      expect(uuidV5(name, dns)).toBe(expected);
    }
  });
});

describe('hsdsUri', () => {
  it('keeps plain web links and escapes what RFC 3986 does not allow', () => {
    expect(hsdsUri('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(hsdsUri('https://bürgerhaus-weimar.example.org/ä|x^y[1]')).toBe('https://xn--brgerhaus-weimar-jzb.example.org/%C3%A4%7Cx%5Ey%5B1%5D');
    expect(hsdsUri('https://example.org/100%?a=%zz#x#y')).toBe('https://example.org/100%25?a=%25zz#x%23y');
  });
  it('refuses anything that is not an http(s) link', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'mailto:a@example.org', '/relative', 'https://user:pw@example.org/', 'https://exa mple.org/', '']) {
      expect(hsdsUri(bad)).toBeUndefined();
    }
  });
});

describe('exportHsds: small catalogue', () => {
  const catalogue = validFixture();
  const result = exportHsds(catalogue);

  it('is the /services page of the HSDS 3.0 API and every service passes the official schema', () => {
    expect(schemaErrors(result)).toEqual([]);
    expect(result.document).toMatchObject({ total_items: 6, total_pages: 1, page_number: 1, size: 6, first_page: true, last_page: true, empty: false });
    expect(result.language).toBe('de');
    expect(result.counts).toEqual({ services: 6, organizations: 4, locations: 6, schedules: 6 });
  });

  it('counts events and jobs, which HSDS has no place for', () => {
    expect(result.skipped).toEqual({ events: 2, jobs: 1 });
  });

  it('turns Mon–Fri 9–12 into one weekly schedule MO,TU,WE,TH,FR with the note', () => {
    const service = byCatalogueId(result, 'rostock-beratung');
    expect(service.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '12:00', description: 'An Feiertagen geschlossen.' }),
    ]);
    expect(service.schedules[0].service_id).toBe(service.id);
  });

  it('writes weekdays in calendar order, one schedule per slot', () => {
    const cafe = byCatalogueId(result, 'rostock-sprachcafe');
    expect(cafe.schedules.map((s) => `${s.byday} ${s.opens_at}-${s.closes_at}`)).toEqual(['TU 15:00-17:00', 'TU,TH 17:30-19:00']);
  });

  it('maps contact, address, coordinates, cost and status', () => {
    const service = byCatalogueId(result, 'rostock-beratung');
    expect(service.name).toBe('Migrationsberatung Rostock');
    expect(service.description).toBe('Beratung zu Aufenthalt und Arbeit.\n\nBitte bringen Sie Ihre Papiere mit.');
    expect(service.url).toBe('https://bruecken-rostock.example.org/beratung');
    expect(service.email).toBe('beratung@bruecken-rostock.example.org');
    expect(service.phones).toEqual([{ id: expect.stringMatching(UUID), service_id: service.id, number: '+49 381 0000 1234' }]);
    expect(service.status).toBe('active');
    expect(service.fees_description).toBe('Kostenlos');
    expect(service.cost_options).toEqual([expect.objectContaining({ amount: 0, currency: 'EUR' })]);
    expect(service.last_modified).toBe('2026-10-01T00:00:00+02:00');
    const [sal] = service.service_at_locations;
    expect(sal.location).toMatchObject({ location_type: 'physical', latitude: 54.0887, longitude: 12.1405, name: 'Brücken Rostock e. V.' });
    expect(sal.location.addresses).toEqual([
      expect.objectContaining({ address_1: 'Kröpeliner Straße 12', postal_code: '18055', city: 'Rostock', region: 'Rostock', country: 'DE', address_type: 'physical' }),
    ]);
    expect(byCatalogueId(result, 'rostock-sprachcafe').last_modified).toBe('2026-09-15T10:30:00+02:00');
    const erfurt = byCatalogueId(result, 'erfurt-wohnen');
    expect(erfurt.status).toBe('temporarily closed');
    expect(erfurt.fees_description).toBe('Kostenpflichtig');
    expect(erfurt.cost_options).toEqual([]);
    expect(byCatalogueId(result, 'jena-familie').fees_description).toBe('Ermäßigt');
  });

  it('shares one organization (one id) between the offers of one organisation', () => {
    const ids = ['rostock-beratung', 'rostock-sprachcafe', 'rostock-online'].map((id) => byCatalogueId(result, id));
    const orgIds = new Set(ids.map((s) => s.organization?.id));
    expect(orgIds.size).toBe(1);
    expect(ids.every((s) => s.organization_id === s.organization?.id)).toBe(true);
    expect(ids[1].organization).toEqual({ id: ids[0].organization_id, name: 'Brücken Rostock e. V.', description: '', website: 'https://bruecken-rostock.example.org/' });
    expect(byCatalogueId(result, 'jena-familie').organization_id).not.toBe(ids[0].organization_id);
  });

  it('gives an online offer a virtual location with its link and no address', () => {
    const online = byCatalogueId(result, 'rostock-online');
    expect(online.service_at_locations).toHaveLength(1);
    expect(online.service_at_locations[0].location).toEqual({
      id: expect.stringMatching(UUID),
      location_type: 'virtual',
      name: 'Brücken Rostock e. V.',
      url: 'https://bruecken-rostock.example.org/video',
    });
    expect(online.schedules).toEqual([{ id: expect.stringMatching(UUID), service_id: online.id, notes: 'Nur nach Terminvereinbarung' }]);
  });

  it('writes categories as terms of the willkommen-categories taxonomy and keeps the catalogue id', () => {
    const service = byCatalogueId(result, 'rostock-beratung');
    const terms = service.attributes.filter((a) => a.taxonomy_term.taxonomy === HSDS_CATEGORY_TAXONOMY).map((a) => a.taxonomy_term);
    expect(terms.map((t) => [t.code, t.name])).toEqual([
      ['migration-counselling', 'Migrationsberatung'],
      ['legal', 'Asyl- und Aufenthaltsrecht'],
    ]);
    expect(terms.every((t) => t.taxonomy_id === terms[0].taxonomy_id && t.taxonomy_detail.id === t.taxonomy_id)).toBe(true);
    const other = byCatalogueId(result, 'rostock-online').attributes.find((a) => a.taxonomy_term.code === 'migration-counselling');
    expect(other?.taxonomy_term_id).toBe(terms[0].id);
    expect(service.attributes.every((a) => a.link_id === service.id && a.link_entity === 'service')).toBe(true);
  });

  it('lists the languages spoken with names in the document language', () => {
    const service = byCatalogueId(result, 'rostock-beratung');
    expect(service.languages.map((l) => [l.code, l.name])).toEqual([
      ['de', 'Deutsch'],
      ['ar', 'Arabisch'],
      ['en', 'Englisch'],
      ['fa', 'Persisch'],
    ]);
  });

  it('takes every text in the language asked for, falling back to the default language', () => {
    const en = exportHsds(catalogue, { language: 'en' });
    expect(schemaErrors(en)).toEqual([]);
    expect(en.language).toBe('en');
    expect(byCatalogueId(en, 'rostock-beratung').name).toBe('Migration counselling Rostock');
    expect(byCatalogueId(en, 'rostock-beratung').fees_description).toBe('Free of charge');
    expect(byCatalogueId(en, 'rostock-beratung').schedules[0].description).toBe('Closed on public holidays.');
    expect(byCatalogueId(en, 'erfurt-wohnen').name).toBe('Wohnraumhilfe Erfurt');
    expect(byCatalogueId(en, 'jena-familie').description).toBe('Krabbelgruppe und Elternberatung.');
    const ar = exportHsds(catalogue, { language: 'ar' });
    expect(byCatalogueId(ar, 'rostock-beratung').name).toBe('استشارات الهجرة في روستوك');
    expect(byCatalogueId(ar, 'rostock-online').schedules[0].notes).toBe('بموعد مسبق فقط');
    expect(byCatalogueId(ar, 'rostock-beratung').attributes[0].taxonomy_term.name).toBe('استشارات الهجرة');
    // The ids do not depend on the language.
    expect(ar.document.contents.map((s) => s.id)).toEqual(result.document.contents.map((s) => s.id));
  });

  it('makes stable, unique UUIDs, scoped by the publisher', () => {
    const again = exportHsds(validFixture());
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(result.document));
    const ids = allIds(result.document.contents.map((s) => ({ ...s, organization: undefined, organization_id: undefined, attributes: s.attributes.map((a) => a.id) })));
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    const own = result.document.contents.flatMap((s) => [s.id, ...s.service_at_locations.flatMap((l) => [l.id, l.location.id]), ...s.schedules.map((x) => x.id), ...s.phones.map((x) => x.id), ...s.attributes.map((x) => x.id), ...s.languages.map((x) => x.id)]);
    expect(new Set(own).size).toBe(own.length);
    const other = exportHsds(catalogue, { idScope: 'https://other.example.org/' });
    expect(other.document.contents[0].id).not.toBe(result.document.contents[0].id);
  });

  it('leaves out what HSDS formats refuse and says so', () => {
    const weimar = byCatalogueId(result, 'weimar-treff');
    expect(weimar.email).toBeUndefined();
    expect(weimar.organization?.website).toBe('https://xn--brgerhaus-weimar-jzb.example.org/');
    expect(result.leftOut).toEqual([
      expect.objectContaining({ field: 'contact.email', value: 'treff@bürgerhaus-weimar.example.org', count: 1 }),
    ]);
    // A place known only by its town still gets an address (HSDS requires the other lines: empty).
    expect(weimar.service_at_locations[0].location.addresses?.[0]).toMatchObject({ address_1: '', city: 'Weimar', postal_code: '', state_province: '' });
    expect(weimar.service_at_locations[0].location.latitude).toBeUndefined();
  });

  it('exports an empty catalogue as an empty page', () => {
    const empty = exportHsds({ ...catalogue, offers: [], events: [], jobs: [] });
    expect(empty.document).toEqual({ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
    expect(schemaErrors(empty)).toEqual([]);
  });
});

describe('exportHsds: the sample catalogue (demo/catalogue.json)', () => {
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../../demo/catalogue.json', import.meta.url)), 'utf8'));
  const { catalogue } = validateCatalogue(raw);
  const result = exportHsds(catalogue);

  it('exports all 402 offers, each valid against the official schema', () => {
    expect(result.document.contents).toHaveLength(402);
    expect(result.document.total_items).toBe(402);
    expect(schemaErrors(result)).toEqual([]);
    expect(result.skipped).toEqual({ events: 78, jobs: 96 });
    expect(result.leftOut).toEqual([]);
    const services = new Set(result.document.contents.map((s) => s.id));
    expect(services.size).toBe(402);
  });

  it('keeps hours, phones, links and shared organisations', () => {
    const source = catalogue.offers.find((o) => o.id === 'o-0059')!;
    const slot = source.openingHours!.weekly!.find((s) => s.days.join() === 'mo,tu,we,th,fr' && s.opens === '09:00')!;
    const service = byCatalogueId(result, 'o-0059');
    expect(service.schedules).toContainEqual(expect.objectContaining({ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: slot.closes }));
    const withPhone = catalogue.offers.filter((o) => o.contact?.phone).length;
    expect(result.document.contents.filter((s) => s.phones.length === 1).length).toBe(withPhone);
    const withLink = catalogue.offers.filter((o) => o.contact?.website).length;
    expect(result.document.contents.filter((s) => s.url).length).toBe(withLink);
    const names = new Set(catalogue.offers.map((o) => o.organization?.name));
    expect(result.counts.organizations).toBe(names.size);
    const shared = new Map<string, Set<string>>();
    for (const s of result.document.contents) {
      if (!s.organization) continue;
      shared.set(s.organization.name, (shared.get(s.organization.name) ?? new Set()).add(s.organization.id));
    }
    expect([...shared.values()].every((ids) => ids.size === 1)).toBe(true);
    const online = catalogue.offers.filter((o) => o.online).length;
    expect(result.document.contents.filter((s) => s.service_at_locations.some((l) => l.location.location_type === 'virtual')).length).toBe(online);
  });
});

describe('exportHsds: hostile and huge input', () => {
  it('never writes a dangerous link and keeps markup as inert text', () => {
    const catalogue = validFixture();
    // A catalogue a program made by hand, not validated: the export checks links itself.
    const hostile: Offer = {
      id: 'evil',
      title: { de: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
      description: { de: '<b>fett</b> &amp; \u202eevil'.repeat(1000) },
      organization: { name: '<iframe src="javascript:alert(3)">', url: 'javascript:alert(4)' },
      contact: { website: 'java\nscript:alert(5)', email: '"><script>@example.org', phone: '<svg onload=alert(6)>' },
      location: { street: '<a href="javascript:alert(7)">x</a>', locality: 'Rostock' },
      online: true,
    };
    const result = exportHsds({ ...catalogue, offers: [hostile] });
    expect(schemaErrors(result)).toEqual([]);
    const service = result.document.contents[0];
    expect(service.name).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(service.url).toBeUndefined();
    expect(service.email).toBeUndefined();
    expect(service.organization?.website).toBeUndefined();
    expect(service.service_at_locations[1].location.url).toBeUndefined();
    expect(JSON.stringify(result.document)).not.toMatch(/"(?:url|website)":"javascript/i);
    expect(result.leftOut.map((u) => u.field).sort()).toEqual(['contact.email', 'contact.website', 'organization.url']);
    // The output is JSON data: parsing it back gives the same strings, nothing executes.
    expect(JSON.parse(JSON.stringify(result.document)).contents[0].name).toBe(service.name);
  });

  it('exports 100,000 offers in a few seconds', () => {
    const base = validFixture();
    const offers: Offer[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `o-${i}`,
      title: { de: `Angebot ${i}`, en: `Offer ${i}` },
      categories: [i % 2 ? 'language' : 'health'],
      languages: ['de', 'ar'],
      organization: { name: `Träger ${i % 500}` },
      location: { street: `Straße ${i}`, postalCode: '18055', locality: 'Rostock', lat: 54 + (i % 100) / 1000, lon: 12 },
      contact: { phone: '+49 381 0000 1234' },
      openingHours: { weekly: [{ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }] },
      cost: 'free',
    }));
    const started = performance.now();
    const result = exportHsds({ ...base, offers });
    const elapsed = performance.now() - started;
    expect(result.document.contents).toHaveLength(100_000);
    expect(result.counts.organizations).toBe(500);
    expect(new Set(result.document.contents.map((s) => s.id)).size).toBe(100_000);
    const sample = { ...result, document: { ...result.document, contents: result.document.contents.filter((_, i) => i % 997 === 0) } };
    expect(schemaErrors(sample).filter((e) => !e.startsWith('page'))).toEqual([]);
    console.info(`hsds export of 100,000 offers: ${Math.round(elapsed)} ms`);
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Round trip through the HSDS importer.

const weekly = (offer: Offer | undefined) =>
  (offer?.openingHours?.weekly ?? []).flatMap((s) => s.days.map((d) => `${d} ${s.opens}-${s.closes}`)).sort();
const title = (value: LangMap | undefined) => localText(value, 'de', 'de')?.text;

async function roundTrip(catalogue: Catalogue, document?: HsdsServicePage) {
  const exported = document ?? exportHsds(catalogue).document;
  const imported = await importHsds(memorySource({ 'services.json': JSON.stringify(exported) }), { defaultLanguage: catalogue.defaultLanguage });
  const validated = validateCatalogue(structuredClone(imported.document));
  return { imported, back: validated.catalogue, validated };
}

/**
 * What of an offer HSDS carries, in the export's language: every field of the catalogue's offers
 * except those HSDS has no place for (see docs/import/hsds-export.md): the region of the
 * location (HSDS addresses hold its name, the catalogue an id from its list of regions), an
 * organisation's link where some offers of the organisation have none (HSDS shares one
 * organization record between them), and which languages were machine-translated from which
 * (HSDS holds one language).
 */
function carried(offer: Offer) {
  const { location, organization, openingHours: hours } = offer;
  return {
    id: offer.id,
    title: title(offer.title),
    summary: title(offer.summary),
    description: title(offer.description),
    categories: offer.categories,
    languages: offer.languages,
    organization: organization?.name,
    location: location && { street: location.street, postalCode: location.postalCode, locality: location.locality, lat: location.lat, lon: location.lon },
    online: offer.online ?? false,
    contact: offer.contact,
    // HSDS cannot say "not by appointment": false and no value are the same.
    openingHours: hours && { weekly: hours.weekly, note: title(hours.note), appointmentOnly: hours.appointmentOnly ?? false },
    temporarilyClosed: offer.temporarilyClosed ?? false,
    cost: offer.cost,
    costNote: title(offer.costNote),
    updated: offer.updated,
    checked: offer.checked,
    booking: offer.booking,
    bring: title(offer.bring),
    audience: title(offer.audience),
    wheelchair: offer.wheelchair,
    notice: offer.notice && { text: title(offer.notice.text), until: offer.notice.until },
  };
}
const CARRIED = ['id', 'title', 'summary', 'description', 'categories', 'languages', 'organization', 'location', 'online', 'contact', 'openingHours', 'temporarilyClosed', 'cost', 'costNote', 'updated', 'checked', 'booking', 'bring', 'audience', 'wheelchair', 'notice'];
/** What HSDS, one language a document, cannot say. */
const ONE_LANGUAGE = ['machineTranslated', 'translatedFrom'];

describe('round trip: export, then import with importHsds', () => {
  it('keeps titles, addresses, coordinates and hours', async () => {
    const catalogue = validFixture();
    const { back, validated } = await roundTrip(catalogue);
    expect(validated.dropped).toBe(0);
    expect(back.offers).toHaveLength(catalogue.offers.length);
    for (const offer of catalogue.offers) {
      const again = back.offers.find((o) => title(o.title) === title(offer.title));
      expect(again, title(offer.title)).toBeDefined();
      if (offer.location?.street) {
        expect(again?.location).toMatchObject({ street: offer.location.street, postalCode: offer.location.postalCode, locality: offer.location.locality });
      }
      if (offer.location?.lat !== undefined) {
        expect(again?.location?.lat).toBeCloseTo(offer.location.lat, 5);
        expect(again?.location?.lon).toBeCloseTo(offer.location.lon!, 5);
      }
      expect(weekly(again)).toEqual(weekly(offer));
    }
  });

  describe('the sample catalogue (demo/catalogue.json)', () => {
    const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../../demo/catalogue.json', import.meta.url)), 'utf8'));
    const { catalogue } = validateCatalogue(raw);
    const trip = roundTrip(catalogue);

    it('gives back the 402 offers, one per service, with their catalogue ids, clean and with nothing to report', async () => {
      const { imported, back, validated } = await trip;
      expect(catalogue.offers).toHaveLength(402);
      expect(imported.read).toBe(402);
      expect(back.offers.map((o) => o.id)).toEqual(catalogue.offers.map((o) => o.id));
      expect(validated.dropped).toBe(0);
      expect(validated.problems).toEqual([]);
      expect(imported.skipped).toEqual([]);
      expect(imported.unmapped).toEqual([]);
      // The kit's own taxonomies: categories by id, the catalogue id never a category of its own.
      expect(imported.document.categories).toBeUndefined();
      expect(back.offers.flatMap((o) => o.categories ?? []).filter((c) => !catalogue.categories?.some((k) => k.id === c))).toEqual([]);
    });

    it('keeps every field HSDS has a place for, equal for every offer', async () => {
      const { back } = await trip;
      const fields = new Set(catalogue.offers.flatMap((o) => Object.keys(o)));
      expect([...fields].filter((f) => !CARRIED.includes(f))).toEqual(ONE_LANGUAGE);
      const byId = new Map(back.offers.map((o) => [o.id, o]));
      for (const offer of catalogue.offers) expect(carried(byId.get(offer.id)!), offer.id).toEqual(carried(offer));
      // Online offers with an address stay one offer, online and at that address.
      const both = catalogue.offers.filter((o) => o.online && o.location);
      expect(both.length).toBeGreaterThan(0);
      for (const o of both) expect(byId.get(o.id)).toMatchObject({ online: true, location: { locality: o.location!.locality } });
      // Offers whose summary and description the export wrote apart get both back apart.
      expect(back.offers.filter((o) => o.description).length).toBe(catalogue.offers.filter((o) => o.description).length);
    });

    it('loses only what HSDS has no place for: the region id, and a link of the organisation some of its offers lack', async () => {
      const { back } = await trip;
      const byId = new Map(back.offers.map((o) => [o.id, o]));
      const orgUrl = new Map<string, string>();
      for (const o of catalogue.offers) if (o.organization?.url && !orgUrl.has(o.organization.name)) orgUrl.set(o.organization.name, o.organization.url);
      for (const offer of catalogue.offers) {
        const again = byId.get(offer.id)!;
        expect(again.location?.region).toBeUndefined();
        expect(again.organization).toEqual({ name: offer.organization!.name, ...(orgUrl.has(offer.organization!.name) ? { url: orgUrl.get(offer.organization!.name) } : {}) });
      }
      expect(catalogue.offers.filter((o) => o.location?.region).length).toBeGreaterThan(0);
    });
  });

  it('maps categories of the kit that are not default ones straight to their ids, and reports none', async () => {
    const base = validFixture();
    const catalogue = { ...base, categories: [{ id: 'sprachcafe', name: { de: 'Sprachcafés', en: 'Language cafés' } }], offers: [{ ...base.offers[1], categories: ['sprachcafe', 'language'] }] } as Catalogue;
    const { imported, back } = await roundTrip(catalogue);
    expect(imported.unmapped).toEqual([]);
    expect(back.offers[0]).toMatchObject({ id: 'rostock-sprachcafe', categories: ['sprachcafe', 'language'] });
    expect(imported.document.categories).toContainEqual({ id: 'sprachcafe', name: 'Sprachcafés' });
  });

  it('makes an id of its own where the catalogue id is missing, no id or taken, and says so', async () => {
    const catalogue = validFixture();
    const document = structuredClone(exportHsds(catalogue).document);
    const idAttribute = (s: HsdsService) => s.attributes.find((a) => a.taxonomy_term.code === HSDS_CATALOGUE_ID_TERM)!;
    const [first, second, third, fourth] = document.contents;
    idAttribute(second).value = first.attributes.at(-1)!.value;
    idAttribute(third).value = 'kein gültiger Schlüssel!';
    fourth.attributes = fourth.attributes.filter((a) => a.taxonomy_term.code !== HSDS_CATALOGUE_ID_TERM);
    const { imported, back } = await roundTrip(catalogue, document);
    expect(back.offers.map((o) => o.id)).toEqual([
      'rostock-beratung',
      `hsds-${second.id}-${second.service_at_locations[0].location.id}`,
      `hsds-${third.id}-${third.service_at_locations[0].location.id}`,
      `hsds-${fourth.id}-${fourth.service_at_locations[0].location.id}`,
      'erfurt-wohnen',
      'weimar-treff',
    ]);
    expect(imported.unmapped.map((u) => [u.field, u.value])).toEqual([
      ['catalogue id', 'rostock-beratung'],
      ['catalogue id', 'kein gültiger Schlüssel!'],
    ]);
    // Without the attribute it is HSDS like any other: the organisation's link stands in for the offer's.
    expect(back.offers[3].contact?.website).toBe('https://familiennetz-jena.example.org/');
  });

  it('reads the catalogue id and categories from a tabular package as well', async () => {
    const files = {
      'services.csv': 'id,name,description\ns1,Sprachcafé,Kurz.\n\ns2,Beratung,\n',
      'attributes.csv': 'id,link_id,link_entity,taxonomy_term_id,value\na1,s1,service,t-id,o-0001\na2,s1,service,t-lang,\na3,s2,service,t-id,o-0002\n',
      'taxonomy_terms.csv': 'id,code,name,taxonomy\nt-id,catalogue-id,Catalogue id,willkommen-catalogue\nt-lang,language,Sprachkurse,willkommen-categories\n',
    };
    const imported = await importHsds(memorySource(files, { kind: 'folder' }));
    expect((imported.document.offers as Offer[]).map((o) => [o.id, o.categories])).toEqual([
      ['o-0001', ['language']],
      ['o-0002', undefined],
    ]);
    expect(imported.unmapped).toEqual([]);
  });
});
