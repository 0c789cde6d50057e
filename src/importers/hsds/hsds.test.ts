import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../catalogue/categories.js';
import type { Offer } from '../../catalogue/schema.js';
import { validateCatalogue } from '../../catalogue/validate.js';
import { openSource } from '../../cli/source.js';
import { memorySource } from '../source.js';
import type { Fetched, ImportOptions, ImportResult, ImportSource } from '../types.js';
import { MAX_PAGES, importHsds } from './index.js';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/import/hsds/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function run(input: string | ImportSource, options?: ImportOptions): Promise<ImportResult> {
  const source = typeof input === 'string' ? await openSource(input) : input;
  return importHsds(source, options);
}

function offersOf(result: ImportResult): Offer[] {
  return result.document.offers as Offer[];
}

function offer(result: ImportResult, id: string): Offer {
  const found = offersOf(result).find((o) => o.id === id);
  if (!found) throw new Error(`no offer ${id}; ids: ${offersOf(result).map((o) => o.id).join(', ')}`);
  return found;
}

/** The import passes the validator with nothing dropped and nothing to report, twice. */
function expectClean(result: ImportResult) {
  const made = offersOf(result).length;
  const first = validateCatalogue(structuredClone(result.document));
  expect(first.dropped).toBe(0);
  expect(first.catalogue.offers).toHaveLength(made);
  expect(first.problems).toEqual([]);
  const second = validateCatalogue(structuredClone(first.catalogue));
  expect(second.dropped).toBe(0);
  expect(second.problems).toEqual([]);
  return first.catalogue;
}

function unmapped(result: ImportResult, field: string, value?: string) {
  return result.unmapped.filter((u) => u.field === field && (value === undefined || u.value === value));
}

/** Every string of a document, with its path. */
function strings(value: unknown, path = '$', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** A folder of fixture files as a source held in memory (optionally without some files). */
function folderSource(name: string, without: string[] = []): ImportSource {
  const files: Record<string, string> = {};
  for (const file of readdirSync(fixture(name))) {
    if (!without.includes(file)) files[file] = readFileSync(join(fixture(name), file), 'utf8');
  }
  return memorySource(files, { label: name, kind: 'folder' });
}

function json(value: unknown, url = 'https://api.example.org'): Fetched {
  return { url, status: 200, contentType: 'application/json', text: JSON.stringify(value) };
}

function service(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Service ${id}`,
    description: `Advice number ${id} in Rostock.`,
    service_at_locations: [
      {
        location: {
          id: `loc-${id}`,
          name: 'Beratungsstelle',
          latitude: 54.0887,
          longitude: 12.14,
          addresses: [{ address_1: 'Lange Straße 12', city: 'Rostock', postal_code: '18055', country: 'DE' }],
        },
      },
    ],
    ...extra,
  };
}

describe('next-step fields', () => {
  it('reads wheelchair access from accessibility entries, and says which it cannot read', async () => {
    const at = (id: string, accessibility: unknown[]) => service(id, { service_at_locations: [{ location: { ...service(id).service_at_locations[0].location, accessibility } }] });
    const result = await run(memorySource({ 'services.json': JSON.stringify({ contents: [
      at('a', [{ description: 'Eingang stufenlos' }]),
      at('b', [{ description: 'Teilweise barrierefrei', details: 'Aufzug bis 2. Stock' }]),
      at('c', [{ description: 'Wheelchair accessible entrance' }, { description: 'Restroom not wheelchair accessible' }]),
      at('d', [{ description: 'Induction loop at the counter' }]),
    ] }) }));
    expect(offersOf(result).map((o) => o.wheelchair)).toEqual(['yes', 'partly', 'partly', undefined]);
    expect(unmapped(result, 'accessibility').map((u) => u.value)).toEqual(['Induction loop at the counter']);
    expectClean(result);
  });

  it('keeps eligibility and fees too long for their fields in the description', async () => {
    const long = 'x '.repeat(600).trim();
    const result = await run(memorySource({ 'services.json': JSON.stringify(service('long', { eligibility_description: long, fees_description: `Fees vary. ${long}` })) }));
    const [offer] = offersOf(result);
    expect(offer.audience).toBeUndefined();
    expect(offer.costNote).toBeUndefined();
    expect(offer.description).toContain(`Eligibility: ${long}`);
    expect(offer.description).toContain(`Fees: Fees vary. ${long}`);
    expectClean(result);
  });

  it('reads required documents and accessibility of a 2.x data package', async () => {
    const result = await run(memorySource({
      'services.csv': 'id,name,assured_date\ns1,Migrationsberatung Suhl,01.02.2026\n',
      'locations.csv': 'id,name,latitude,longitude\nl1,Beratungsstelle,50.609,10.693\n',
      'services_at_location.csv': 'id,service_id,location_id\nsl1,s1,l1\n',
      'accessibility_for_disabilities.csv': 'id,location_id,accessibility,details\na1,l1,Rollstuhlgerecht,Rampe am Seiteneingang\n',
      'required_documents.csv': 'id,service_id,document\nd1,s1,Pass\nd2,s1,Meldebescheinigung\n',
    }));
    expect(offersOf(result)[0]).toMatchObject({ wheelchair: 'yes', bring: 'Pass, Meldebescheinigung', checked: '2026-02-01' });
    expectClean(result);
  });
});

describe('HSDS 3.0 JSON', () => {
  it('maps a full service: one offer per place, linked by organisation', async () => {
    const result = await run(fixture('hsds3-service.json'));
    const catalogue = expectClean(result);
    expect(result.read).toBe(1);
    expect(catalogue.defaultLanguage).toBe('en');
    const stralsund = offer(result, 'hsds-7f3c2a10-0000-4000-8000-000000000010-loc-stralsund');
    const greifswald = offer(result, 'hsds-7f3c2a10-0000-4000-8000-000000000010-loc-greifswald');
    expect(offersOf(result)).toHaveLength(2);
    expect(stralsund.organization).toEqual({ name: 'Beispiel Integrationsdienst Stralsund gGmbH', url: 'https://integrationsdienst-beispiel.example.org' });
    expect(greifswald.organization).toEqual(stralsund.organization);
    expect(stralsund.title).toBe('Advice for newcomers from Ukraine');
    expect(stralsund.summary).toContain('Консультації українською');
    expect(stralsund.description).toContain('In the town hall annex, room 3.');
    // Who it is for, what to bring, when last checked, the alert and wheelchair access have fields of their own.
    expect(stralsund.audience).toBe('People who fled from Ukraine\nAges 18 and over');
    expect(stralsund.description).not.toContain('Eligibility');
    expect(stralsund.bring).toBe('Passport or ID card, Residence permit');
    expect(stralsund.checked).toBe('2026-02-01');
    expect(stralsund.notice).toEqual({ text: 'Closed on 24 and 31 December.' });
    expect(stralsund.wheelchair).toBe('yes');
    expect(greifswald.wheelchair).toBe('no');
    expect(greifswald.audience).toBe(stralsund.audience);
    expect(stralsund.location).toEqual({ street: 'Alter Markt 1, Nebengebäude', postalCode: '18439', locality: 'Stralsund', lat: 54.3091, lon: 13.0818 });
    expect(greifswald.location).toMatchObject({ locality: 'Greifswald', lat: 54.0931, lon: 13.3879 });
    // The phone's quotes removed, its extension appended; the place's own phone first.
    expect(stralsund.contact).toEqual({
      phone: '+49 3831 0000 222 ext. 14',
      email: 'ukraine@integrationsdienst-beispiel.example.org',
      website: 'https://integrationsdienst-beispiel.example.org/ukraine',
    });
    expect(greifswald.contact?.phone).toBe('+49 3834 0000 333');
    // Times with an offset and 12-hour times; the place's own schedule wins.
    expect(stralsund.openingHours).toEqual({
      weekly: [
        { days: ['mo', 'we'], opens: '09:00', closes: '13:00' },
        { days: ['th'], opens: '14:00', closes: '18:00' },
      ],
      note: 'Walk-in hours',
    });
    expect(greifswald.openingHours).toEqual({ weekly: [{ days: ['tu'], opens: '10:00', closes: '15:00' }] });
    expect(stralsund.languages).toEqual(['uk', 'ru', 'ase']);
    expect(greifswald.languages).toEqual(['uk', 'ru', 'ase', 'pl']);
    expect(unmapped(result, 'language', 'Crimean Tatar')).toHaveLength(1);
    expect(stralsund.categories).toEqual(['migration-counselling', 'legal']);
    expect(stralsund.cost).toBe('free');
    expect(stralsund.updated).toBe('2026-02-11T08:00:00+01:00');
    expect(result.document.categories).toBeUndefined();
  });

  it('maps a list: virtual places are online, places without coordinates keep their address', async () => {
    const result = await run(fixture('hsds3-list.json'));
    expectClean(result);
    expect(result.read).toBe(3);
    expect(offersOf(result)).toHaveLength(3);
    const shelter = offer(result, 'hsds-svc-frauen-loc-nb');
    expect(shelter.location).toEqual({ street: 'Treptower Straße 1', postalCode: '17033', locality: 'Neubrandenburg' });
    expect(shelter.categories).toEqual(['crisis']);
    expect(shelter.languages).toEqual(['ar', 'fa', 'ti']);
    expect(shelter.cost).toBe('free');
    const video = offer(result, 'hsds-svc-video-loc-virtual');
    expect(video.online).toBe(true);
    expect(video.location).toBeUndefined();
    expect(video.contact?.website).toBe('https://videodolmetschen-beispiel.example.org');
    const hotline = offer(result, 'hsds-svc-hotline');
    expect(hotline.online).toBe(true);
    expect(hotline.temporarilyClosed).toBe(true);
  });

  it('reads a service at location, an organisation with its services and the tabular.json form', async () => {
    const sal = { id: 'sal-1', description: 'At the harbour.', location: service('x').service_at_locations[0].location, service: { id: 's-sal', name: 'Harbour advice', organization: { name: 'Hafenhilfe Beispiel e.V.' } } };
    const organization = { id: 'o-1', name: 'Beispiel e.V.', website: 'beispiel.example.org', services: [service('s-a'), service('s-b')] };
    const tabular = {
      'services.csv': [{ id: 'tab-1', organization_id: 'o', name: 'Tabular service', minimum_age: 16 }],
      'organizations.csv': [{ id: 'o', name: 'Tabular e.V.' }],
    };
    const results = await Promise.all([sal, organization, tabular].map((doc) => run(memorySource({ 'in.json': JSON.stringify(doc) }))));
    results.forEach(expectClean);
    expect(offer(results[0], 'hsds-s-sal-loc-x')).toMatchObject({ title: 'Harbour advice', summary: 'At the harbour.', organization: { name: 'Hafenhilfe Beispiel e.V.' } });
    expect(offersOf(results[1]).map((o) => [o.id, o.organization?.name])).toEqual([
      ['hsds-s-a-loc-s-a', 'Beispiel e.V.'],
      ['hsds-s-b-loc-s-b', 'Beispiel e.V.'],
    ]);
    expect(offer(results[2], 'hsds-tab-1')).toMatchObject({ title: 'Tabular service', organization: { name: 'Tabular e.V.' }, audience: 'Ages 16 and over' });
  });

  it('reads a folder of JSON files and a single services.csv', async () => {
    const folder = memorySource(
      {
        'export/one.json': JSON.stringify(service('one')),
        'export/more.json': JSON.stringify({ total_pages: 1, contents: [service('two'), service('three')] }),
        'export/broken.json': '{"id": ',
        'export/readme.txt': 'Export of 2026-03-01',
      },
      { kind: 'folder' },
    );
    const fromFolder = await run(folder);
    expectClean(fromFolder);
    expect(offersOf(fromFolder).map((o) => o.id)).toEqual(['hsds-two-loc-two', 'hsds-three-loc-three', 'hsds-one-loc-one']);
    expect(fromFolder.skipped).toEqual([{ at: 'export/broken.json', reason: expect.stringMatching(/is not JSON/) }]);
    const csv = await run(memorySource({ 'services.csv': 'id,name,website,fees\nc1,Sprachcafé Schwerin,sprachcafe.example.org,kostenlos\n' }));
    expectClean(csv);
    // Without a table of places nothing says the service is online.
    expect(offersOf(csv)).toEqual([{ id: 'hsds-c1', title: 'Sprachcafé Schwerin', contact: { website: 'https://sprachcafe.example.org' }, cost: 'free' }]);
  });

  it('writes its labels in the default language asked for', async () => {
    const result = await run(fixture('hsds3-service.json'), { defaultLanguage: 'de', title: 'Hilfe in Vorpommern', publisher: { name: 'Landkreis Beispiel' } });
    const catalogue = expectClean(result);
    expect(catalogue.defaultLanguage).toBe('de');
    expect(catalogue.title).toBe('Hilfe in Vorpommern');
    expect(catalogue.publisher).toEqual({ name: 'Landkreis Beispiel' });
    expect(offersOf(result)[0].audience).toBe('People who fled from Ukraine\nAlter: ab 18 Jahren');
    expect(offersOf(result)[0].description).toContain('So melden Sie sich an: Come to the walk-in hours or call.');
  });
});

describe('an HSDS API', () => {
  it('follows the /services pages of a base address, fully nested', async () => {
    const seen: string[] = [];
    const pages = [[service('a'), service('b')], [service('c'), service('d')], [service('e')]];
    const fetch = async (url: string): Promise<Fetched> => {
      seen.push(url);
      const u = new URL(url);
      if (u.pathname === '/hsds') return json({ version: '3.0', openapi_url: 'https://example.org/openapi.json' }, url);
      if (u.pathname === '/hsds/services') {
        const page = Number(u.searchParams.get('page'));
        return json({ total_items: 5, total_pages: 3, page_number: page, size: pages[page - 1].length, first_page: page === 1, last_page: page === 3, empty: false, contents: pages[page - 1] }, url);
      }
      return { url, status: 404, contentType: 'text/plain', text: 'not found' };
    };
    const progress: string[] = [];
    const result = await run(memorySource({}, { kind: 'url', label: 'https://api.example.org/hsds/', fetch }), { onProgress: (m) => progress.push(m) });
    expectClean(result);
    expect(result.read).toBe(5);
    expect(offersOf(result).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e'].map((id) => `hsds-${id}-loc-${id}`));
    expect(seen).toEqual([
      'https://api.example.org/hsds/',
      'https://api.example.org/hsds/services?page=1&per_page=100&full=true',
      'https://api.example.org/hsds/services?page=2&per_page=100&full=true',
      'https://api.example.org/hsds/services?page=3&per_page=100&full=true',
    ]);
    expect(progress).toContain('page 3 of 3: 1 service');
  });

  it('downloads the details of services that a list gives in part', async () => {
    const seen: string[] = [];
    const fetch = async (url: string): Promise<Fetched> => {
      seen.push(url);
      if (url.includes('/services/')) {
        const id = url.split('/').pop() as string;
        if (id === 'broken') return { url, status: 500, contentType: 'text/plain', text: 'oops' };
        return json(service(id, { organization: { name: 'Full e.V.' } }), url);
      }
      return json({ total_pages: 1, page_number: 1, contents: [{ id: 'thin-1', name: 'Thin one' }, { id: 'broken', name: 'Broken one' }] }, url);
    };
    const result = await run(memorySource({}, { kind: 'url', label: 'https://api.example.org/services', fetch }));
    expectClean(result);
    expect(seen).toContain('https://api.example.org/services/thin-1');
    expect(offer(result, 'hsds-thin-1-loc-thin-1')).toMatchObject({ organization: { name: 'Full e.V.' }, location: { locality: 'Rostock' } });
    expect(offer(result, 'hsds-broken')).toMatchObject({ title: 'Broken one' });
    expect(unmapped(result, 'service details', 'broken')).toHaveLength(1);
  });

  it(`stops after ${MAX_PAGES} pages, at a repeated page and at a page that fails`, async () => {
    let calls = 0;
    const endless = async (url: string): Promise<Fetched> => {
      calls++;
      const page = Number(new URL(url).searchParams.get('page'));
      return json({ total_pages: 99_999, page_number: page, last_page: false, contents: [service(`p${page}`)] }, url);
    };
    const result = await run(memorySource({}, { kind: 'url', label: 'https://api.example.org/services', fetch: endless }));
    expect(calls).toBe(MAX_PAGES);
    expect(offersOf(result)).toHaveLength(MAX_PAGES);
    expect(result.skipped.some((s) => s.reason.includes(`more than ${MAX_PAGES} pages`))).toBe(true);

    const same = async (url: string): Promise<Fetched> => json({ total_pages: 50, contents: [service('same')] }, url);
    const repeated = await run(memorySource({}, { kind: 'url', label: 'https://api.example.org/services', fetch: same }));
    expect(offersOf(repeated)).toHaveLength(1);

    const failing = async (url: string): Promise<Fetched> =>
      url.includes('page=2') ? { url, status: 502, contentType: 'text/html', text: '<h1>Bad gateway</h1>' } : json({ total_pages: 3, contents: [service('ok')] }, url);
    const partial = await run(memorySource({}, { kind: 'url', label: 'https://api.example.org/services', fetch: failing }));
    expect(offersOf(partial)).toHaveLength(1);
    expect(partial.skipped[0].reason).toMatch(/^page 2 could not be read .*502/);
  });

  it('reads a single JSON file and a data package from the web', async () => {
    const files: Record<string, string> = {
      'https://data.example.org/one.json': JSON.stringify(service('one')),
      'https://data.example.org/pkg/datapackage.json': JSON.stringify({ resources: [{ name: 'service', path: 'services.csv' }, { name: 'organization', path: 'organizations.csv' }, { name: 'phone', path: 'phones.csv' }] }),
      'https://data.example.org/pkg/services.csv': 'id,organization_id,name,url\nw1,o1,Web package service,www.example.org\n',
      'https://data.example.org/pkg/organizations.csv': 'id,name\no1,Web e.V.\n',
    };
    const fetch = async (url: string): Promise<Fetched> => (files[url] ? { url, status: 200, contentType: '', text: files[url] } : { url, status: 404, contentType: '', text: '' });
    const one = await run(memorySource({}, { kind: 'url', label: 'https://data.example.org/one.json', fetch }));
    expectClean(one);
    expect(offersOf(one).map((o) => o.id)).toEqual(['hsds-one-loc-one']);
    const pkg = await run(memorySource({}, { kind: 'url', label: 'https://data.example.org/pkg/datapackage.json', fetch }));
    expectClean(pkg);
    expect(offer(pkg, 'hsds-w1')).toMatchObject({ organization: { name: 'Web e.V.' }, contact: { website: 'https://www.example.org' } });
    expect(unmapped(pkg, 'file', 'phones.csv')[0].reason).toMatch(/could not be downloaded/);
  });

  it('says plainly when the address gives nothing', async () => {
    const fetch = async (url: string): Promise<Fetched> => ({ url, status: 404, contentType: 'text/html', text: 'Not found' });
    await expect(run(memorySource({}, { kind: 'url', label: 'https://api.example.org/hsds', fetch }))).rejects.toThrow(/HTTP status 404/);
    const html = async (url: string): Promise<Fetched> => ({ url, status: 200, contentType: 'text/html', text: '<html>hello</html>' });
    await expect(run(memorySource({}, { kind: 'url', label: 'https://api.example.org/hsds', fetch: html }))).rejects.toThrow(/not JSON/);
  });
});

describe('HSDS 3.0 tabular data package', () => {
  it('reads the package: counts, places, organisations', async () => {
    const result = await run(fixture('hsds3-package'));
    const catalogue = expectClean(result);
    expect(result.read).toBe(8);
    expect(offersOf(result)).toHaveLength(9);
    expect(result.skipped).toEqual([{ at: 'services.csv line 9', reason: 'the service "Winter emergency shelter 2019" has the status "inactive"' }]);
    expect(catalogue.title).toBe('Beispiel-Hilfeverzeichnis Mecklenburg-Vorpommern und Thüringen');
    // One service at three places: three offers with the same organisation.
    const mbe = offersOf(result).filter((o) => o.id.startsWith('hsds-svc-mbe-'));
    expect(mbe.map((o) => o.location?.locality)).toEqual(['Rostock', 'Güstrow', 'Wismar']);
    expect(new Set(mbe.map((o) => JSON.stringify(o.organization))).size).toBe(1);
    expect(mbe[0].organization).toEqual({ name: 'Wohlfahrtsverband Beispiel Mecklenburg e.V.', url: 'https://wfv-beispiel.example.org' });
    // Files the descriptor lists but the package lacks: each reported once.
    expect(unmapped(result, 'file').map((u) => [u.value, u.count])).toEqual([['funding.csv', 1], ['programs.csv', 1]]);
    // A service whose organisation is missing: kept, without organisation.
    expect(offer(result, 'hsds-svc-wohnen-loc-jena').organization).toBeUndefined();
    expect(unmapped(result, 'organization', 'org-gone')).toHaveLength(1);
  });

  it('keeps coordinates where they are usable and places without them', async () => {
    const result = await run(fixture('hsds3-package'));
    expect(offer(result, 'hsds-svc-mbe-loc-rostock').location).toEqual({ street: 'Lange Straße 12, 2. Etage', postalCode: '18055', locality: 'Rostock', lat: 54.0887, lon: 12.14 });
    expect(offer(result, 'hsds-svc-mbe-loc-guestrow').location).toMatchObject({ lat: 53.7939, lon: 12.1764 });
    expect(unmapped(result, 'coordinates', '12.1764, 53.7939')[0].reason).toMatch(/swapped/);
    // The physical address, not the post-office box.
    expect(offer(result, 'hsds-svc-mbe-loc-wismar').location).toEqual({ street: 'Lübsche Straße 20', postalCode: '23966', locality: 'Wismar' });
    expect(offer(result, 'hsds-svc-wohnen-loc-jena').location).toMatchObject({ postalCode: '07743', lat: 50.9271, lon: 11.5892 });
    expect(offer(result, 'hsds-svc-tafel-loc-gera').location).toEqual({ street: 'Sorge 50', postalCode: '07545', locality: 'Gera' });
    expect(offer(result, 'hsds-svc-online').online).toBe(true);
  });

  it('reads phones, links and e-mail addresses as directories write them', async () => {
    const result = await run(fixture('hsds3-package'));
    expect(offer(result, 'hsds-svc-mbe-loc-rostock').contact).toEqual({
      phone: '+49 381 0000 1234 ext. 12',
      email: 'MBE@wfv-beispiel.example.org',
      website: 'https://www.wfv-beispiel.example.org/mbe',
    });
    expect(offer(result, 'hsds-svc-mbe-loc-wismar').contact?.phone).toBe('+49 3841 0000 5678 x57471');
    // A fax is no phone to call; the place's mobile number is.
    expect(offer(result, 'hsds-svc-mbe-loc-guestrow').contact?.phone).toBe('+49 3843 0000 1000 (cell)');
    expect(offer(result, 'hsds-svc-psz-loc-nordhausen').contact?.phone).toBe('03631 0000 4321 ext. 1');
    // No phone of the service: the organisation's.
    expect(offer(result, 'hsds-svc-tafel-loc-gera').contact?.phone).toBe('0365 0000 3333');
    // An SMS number is not a voice line.
    expect(offer(result, 'hsds-svc-kita-loc-weimar').contact?.phone).toBeUndefined();
    expect(offer(result, 'hsds-svc-wohnen-loc-jena').contact).toEqual({ email: 'Wohnen@beratung-beispiel.example.org' });
    expect(unmapped(result, 'link', 'http//wohnen-beispiel.example.org')).toHaveLength(1);
  });

  it('groups opening hours and reports the lines it cannot read', async () => {
    const result = await run(fixture('hsds3-package'));
    expect(offer(result, 'hsds-svc-mbe-loc-rostock').openingHours).toEqual({
      weekly: [
        { days: ['mo', 'tu', 'th'], opens: '09:00', closes: '12:00' },
        { days: ['tu'], opens: '13:00', closes: '16:00' },
      ],
    });
    // No hours of its own: the service's.
    expect(offer(result, 'hsds-svc-mbe-loc-guestrow').openingHours).toEqual({ weekly: [{ days: ['we'], opens: '09:00', closes: '15:00' }] });
    // Its own hours, of which one line is good.
    expect(offer(result, 'hsds-svc-mbe-loc-wismar').openingHours).toEqual({ weekly: [{ days: ['fr'], opens: '10:00', closes: '12:00' }] });
    expect(unmapped(result, 'time', '6:300pm')).toHaveLength(1);
    expect(unmapped(result, 'schedule', '17:00–09:00')[0].reason).toMatch(/closes before it opens/);
    expect(offer(result, 'hsds-svc-deutsch-loc-erfurt').openingHours).toEqual({
      weekly: [{ days: ['mo', 'tu', 'we', 'th'], opens: '18:00', closes: '20:30' }],
      note: 'New courses start every two months.',
    });
    expect(offer(result, 'hsds-svc-kita-loc-weimar').openingHours).toEqual({
      weekly: [
        { days: ['fr'], opens: '15:00', closes: '17:30' },
        { days: ['sa'], opens: '10:00', closes: '12:00' },
      ],
      note: 'Family breakfast on the first Saturday of the month.',
    });
    expect(unmapped(result, 'schedule', 'MONTHLY 1SA')).toHaveLength(1);
    expect(unmapped(result, 'schedule', 'valid until 2020-12-31')).toHaveLength(1);
    expect(offer(result, 'hsds-svc-psz-loc-nordhausen').openingHours?.weekly).toEqual([{ days: ['tu'], opens: '09:00', closes: '12:30' }]);
  });

  it('maps languages from a table and reports what is no language', async () => {
    const result = await run(fixture('hsds3-package'));
    expect(offer(result, 'hsds-svc-mbe-loc-rostock').languages).toEqual(['ar', 'uk', 'ru']);
    expect(offer(result, 'hsds-svc-mbe-loc-guestrow').languages).toEqual(['ar', 'uk', 'ru', 'prs']);
    expect(offer(result, 'hsds-svc-deutsch-loc-erfurt').languages).toEqual(['de', 'en']);
    expect(offer(result, 'hsds-svc-kita-loc-weimar').languages).toEqual(['ar', 'fa', 'ku']);
    expect(offer(result, 'hsds-svc-online').languages).toEqual(['ase', 'ps', 'uk']);
    expect(unmapped(result, 'language').map((u) => u.value).sort()).toEqual(['all languages', 'translators available']);
  });

  it('maps taxonomy terms to categories and makes categories of its own for the rest', async () => {
    const result = await run(fixture('hsds3-package'));
    const categories = (id: string) => offer(result, id).categories;
    expect(categories('hsds-svc-mbe-loc-rostock')).toEqual(['migration-counselling']);
    expect(categories('hsds-svc-deutsch-loc-erfurt')).toEqual(['language']);
    expect(categories('hsds-svc-wohnen-loc-jena')).toEqual(['housing']);
    expect(categories('hsds-svc-kita-loc-weimar')).toEqual(['family']);
    expect(categories('hsds-svc-psz-loc-nordhausen')).toEqual(['health']);
    expect(categories('hsds-svc-online')).toEqual(['youth']);
    expect(categories('hsds-svc-tafel-loc-gera')).toEqual(['food']);
    const listed = result.document.categories as { id: string; name: unknown }[];
    expect(listed.map((c) => c.id)).toEqual([...DEFAULT_CATEGORIES.map((c) => c.id), 'youth', 'food']);
    // A name from the data is in the data's language; a name from the AIRS labels is English.
    expect(listed.slice(-2)).toEqual([{ id: 'youth', name: 'Youth' }, { id: 'food', name: { en: 'Food' } }]);
    expect(unmapped(result, 'taxonomy term').map((u) => [u.value, u.count])).toEqual([['Youth', 1], ['Food Pantries (BD-1800.2000)', 1]]);
  });

  it('lets the caller map terms (by name or code) and then needs no categories of its own', async () => {
    const result = await run(fixture('hsds3-package'), { categoryMap: { Youth: 'family', 'BD-1800.2000': 'community' } });
    expectClean(result);
    expect(offer(result, 'hsds-svc-online').categories).toEqual(['family']);
    expect(offer(result, 'hsds-svc-tafel-loc-gera').categories).toEqual(['community']);
    expect(result.document.categories).toBeUndefined();
    expect(unmapped(result, 'taxonomy term')).toEqual([]);
  });

  it('reads costs only where they are certain, and texts as plain text', async () => {
    const result = await run(fixture('hsds3-package'));
    expect(offer(result, 'hsds-svc-mbe-loc-rostock').cost).toBe('free');
    expect(offer(result, 'hsds-svc-deutsch-loc-erfurt').cost).toBe('paid');
    expect(offer(result, 'hsds-svc-deutsch-loc-erfurt').costNote).toBe('45 € per course module; Course module (80 lessons): 45 EUR');
    const tafel = offer(result, 'hsds-svc-tafel-loc-gera');
    expect(tafel.cost).toBeUndefined();
    expect(tafel.costNote).toBe('1 € per visit (reduced for families with children)');
    expect(tafel.description).toBeUndefined();
    expect(offer(result, 'hsds-svc-psz-loc-nordhausen').summary).toBe('Counselling for people who experienced war, flight and violence.\n\nAlso by video & phone.');
    expect(offer(result, 'hsds-svc-mbe-loc-rostock').updated).toBe('2026-03-02T09:15:00Z');
    expect(offer(result, 'hsds-svc-wohnen-loc-jena').updated).toBe('2026-03-20');
  });

  it('finds the files by their names without datapackage.json', async () => {
    const result = await run(folderSource('hsds3-package', ['datapackage.json']));
    expectClean(result);
    expect(offersOf(result)).toHaveLength(9);
    expect(unmapped(result, 'file')).toEqual([]);
  });
});

describe('HSDS 1.x/2.x and Ohana-like packages', () => {
  it('reads services that hang off locations (Ohana)', async () => {
    const result = await run(fixture('ohana-package'));
    expectClean(result);
    expect(result.read).toBe(7);
    expect(offersOf(result).map((o) => o.id)).toEqual(['hsds-1-1', 'hsds-2-2', 'hsds-3-3', 'hsds-4-4', 'hsds-5-1', 'hsds-6-99']);
    expect(result.skipped[0].reason).toContain('"defunct"');
    const tutoring = offer(result, 'hsds-1-1');
    expect(tutoring.organization).toEqual({ name: 'Lakeside Family Services', url: 'https://lakesidefamily.example.org' });
    expect(tutoring.languages).toEqual(['es', 'ht', 'ase']);
    expect(tutoring.categories).toEqual(['education']);
    expect(tutoring.cost).toBe('free');
    // Weekday numbers (ISO 8601: 2 = Tuesday, 4 = Thursday); the location's yearly holiday.
    expect(tutoring.openingHours).toEqual({ weekly: [{ days: ['tu', 'th'], opens: '15:00', closes: '18:00' }], note: 'Closed every year on January 1' });
    const legal = offer(result, 'hsds-5-1');
    expect(legal.contact).toEqual({ phone: '(217) 555-0101 ext. 57471', email: 'legalhelp@lakesidefamily.example.org', website: 'https://lakesidefamily.example.org' });
    expect(legal.openingHours?.weekly).toEqual([
      { days: ['mo', 'tu', 'we'], opens: '09:00', closes: '17:00' },
      { days: ['th'], opens: '09:00', closes: '19:00' },
      { days: ['fr'], opens: '09:00', closes: '13:00' },
    ]);
    expect(legal.categories).toEqual(['legal']);
    expect(legal.languages).toEqual(['es', 'fr', 'ht', 'ase']);
  });

  it('repairs what Ohana data gets wrong and reports the rest', async () => {
    const result = await run(fixture('ohana-package'));
    const clinic = offer(result, 'hsds-3-3');
    expect(clinic.location).toEqual({ street: '2600 River Road', postalCode: '94063-1234', locality: 'Riverbend', lat: 37.477, lon: -122.213 });
    expect(clinic.contact?.phone).toBe('217-555-0103 ext. 1');
    expect(clinic.cost).toBe('paid');
    expect(clinic.languages).toEqual(['vi', 'yue']);
    expect(clinic.openingHours).toEqual({
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '17:00' }],
      note: 'Closed from December 24, 2099 to December 26, 2099\nNovember 26, 2099: open 09:00–13:00',
    });
    expect(unmapped(result, 'schedule', '13:00–09:00')).toHaveLength(1);
    expect(unmapped(result, 'holiday schedule', '2015-12-24')[0].reason).toMatch(/in the past/);
    const pantry = offer(result, 'hsds-2-2');
    expect(pantry.openingHours).toBeUndefined();
    expect(unmapped(result, 'time', '6:300pm')).toHaveLength(1);
    expect(pantry.cost).toBe('free');
    expect(pantry.description).toBeUndefined();
    expect(pantry.contact?.phone).toBe('217 555 0102 (cell)');
    const telehealth = offer(result, 'hsds-4-4');
    expect(telehealth).toMatchObject({ online: true, contact: { phone: '1-800-555-0199', website: 'https://riverbend-clinic.example.org/telehealth' } });
    expect(telehealth.location).toBeUndefined();
    expect(telehealth.cost).toBeUndefined();
    expect(telehealth.costNote).toBe('Sliding scale based on income');
    expect(telehealth.description).toBeUndefined();
    expect(telehealth.openingHours?.weekly).toEqual([{ days: ['su'], opens: '10:00', closes: '12:00' }]);
    expect(offer(result, 'hsds-6-99')).toEqual({ id: 'hsds-6-99', title: 'Holiday toy drive', summary: 'Toys for children in December.', categories: ['goods'] });
    expect(unmapped(result, 'location', '99')).toHaveLength(1);
    expect(unmapped(result, 'taxonomy term').map((u) => u.value)).toEqual(['Food Pantry (102-04)', 'Toys & Gifts (104-06)']);
    expect(unmapped(result, 'language', 'translators available')).toHaveLength(1);
  });

  it('reads the 2.x layout without datapackage.json, with AIRS codes as term ids', async () => {
    const result = await run(fixture('hsds2-package'));
    expectClean(result);
    expect(result.read).toBe(4);
    expect(offersOf(result).map((o) => [o.id, o.categories])).toEqual([
      ['hsds-s1-l1', ['work']],
      ['hsds-s1-l2', ['work']],
      ['hsds-s2-l2', ['housing']],
      ['hsds-s3-l3', ['crisis']],
      ['hsds-s4-l1', ['arbeit-und-beruf']],
    ]);
    const suhl = offer(result, 'hsds-s1-l1');
    expect(suhl.openingHours).toEqual({ weekly: [{ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }] });
    expect(offer(result, 'hsds-s1-l2').openingHours).toEqual({ weekly: [{ days: ['th'], opens: '13:00', closes: '17:00' }] });
    expect(suhl.contact?.phone).toBe('03681 0000 100 ext. 23');
    expect(suhl.languages).toEqual(['ar', 'fa', 'de']);
    expect(suhl.audience).toContain('Refugees and migrants with a work permit');
    // Only a postal address: used for the place.
    expect(offer(result, 'hsds-s3-l3').location).toMatchObject({ street: 'Karlstraße 2', locality: 'Eisenach', lat: 50.9807 });
    expect(offer(result, 'hsds-s3-l3').openingHours).toEqual({ note: 'Open day and night' });
    expect(unmapped(result, 'schedule', '00:00–00:00')).toHaveLength(1);
    expect(unmapped(result, 'weekday', '9')).toHaveLength(1);
    expect((result.document.categories as { id: string; name: string }[]).at(-1)).toEqual({ id: 'arbeit-und-beruf', name: 'Arbeit und Beruf' });

    const mapped = await run(fixture('hsds2-package'), { categoryMap: { 'Anerkennung ausländischer Abschlüsse': 'career' } });
    expect(offer(mapped, 'hsds-s4-l1').categories).toEqual(['career']);
    expect(mapped.document.categories).toBeUndefined();
  });
});

describe('hostile input', () => {
  const script = '<script>alert(1)</script>';
  const hostile = {
    id: 'evil/../1 <b>',
    name: `<img src=x onerror=alert(1)>Free ${script}advice\u202e\u0000 &lt;script&gt;alert(2)&lt;/script&gt;`,
    description: `<style>p{}</style><p>Text ${script}</p>\u0007<iframe src="javascript:alert(3)"></iframe> a < b and c > d`,
    url: 'JaVaScRiPt:alert(1)',
    email: 'x@example.org<script>',
    fees_description: `<b>Free</b>`,
    eligibility_description: '<a href="javascript:alert(1)">everyone</a>',
    application_process: 'x'.repeat(30_000),
    last_modified: '<script>',
    organization: { name: `<b>Org</b>${script}`, website: ' javascript:alert(1)', proto_marker: { polluted: true } },
    phones: [{ number: 'javascript:alert(1)' }, { number: `+49 381 0000 1234 ${script}` }],
    languages: [{ name: `Arabic${script}` }, { name: '<b>Farsi</b>' }, { name: 'ALL' }],
    schedules: [{ byday: `MO,${script}`, opens_at: '09:00', closes_at: '12:00' }, { byday: 'TU', opens_at: '<b>9</b>', closes_at: '12:00', description: script }],
    attributes: [{ taxonomy_term: { name: `${script}<b>Term</b>`, taxonomy: 'x' } }, { taxonomy_term: { name: 'constructor' } }, { taxonomy_term: { name: '__proto__' } }],
    service_at_locations: [
      {
        location: {
          id: 'l\u202e1',
          name: script,
          url: 'java\tscript:alert(1)',
          latitude: 'NaN',
          longitude: 'Infinity',
          addresses: [{ address_1: `Lange Straße 1${script}`, city: `<b>Rostock</b>`, postal_code: '18055<script>' }],
        },
      },
      { location: { id: 'l2', url: 'data:text/html,<script>alert(1)</script>', latitude: 1e308, longitude: -1e308 } },
      { location: { id: 'l3', url: '//evil.example.org/x', latitude: 91, longitude: 200 } },
      { location: { id: 'l4', url: 'https://user:pw@evil.example.org/', latitude: '54.1', longitude: '' } },
      { location: { id: 'l5', url: '&#106;avascript:alert(1)', location_type: 'physical' } },
    ],
  };

  it('keeps markup as plain text, drops dangerous links and never crashes', async () => {
    const huge = { id: 'huge', name: 'T'.repeat(100_000), description: `${'word '.repeat(250_000)}end`, organization: { name: 'O'.repeat(5_000) } };
    // Lists nested 5,000 deep (written as text: JSON.stringify would run out of stack).
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const text = JSON.stringify([hostile, huge, { id: 'deep', name: 'Deep', attributes: 'DEEP', service_at_locations: 'DEEP' }, null, 42, 'text', [1, 2]])
      .replace('"proto_marker"', '"__proto__"')
      .replaceAll('"DEEP"', deep);
    const result = await run(memorySource({ 'hostile.json': text }));
    const catalogue = expectClean(result);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(offersOf(result).length).toBe(7);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'not an HSDS service (found null)',
      'not an HSDS service (found number)',
      'not an HSDS service (found string)',
      'not an HSDS service (found a list)',
    ]);
    for (const [path, value] of strings(result.document)) {
      expect(MARKUP.test(value), `${path}: ${value.slice(0, 80)}`).toBe(false);
      expect(HIDDEN.test(value), path).toBe(false);
      expect(value).not.toMatch(/javascript:|data:text/i);
    }
    const first = offersOf(result)[0];
    expect(first.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
    expect(first.title).toBe('Free advice');
    expect(first.contact).toEqual({ phone: '+49 381 0000 1234' });
    expect(first.organization).toEqual({ name: 'Org' });
    expect(first.location).toEqual({ street: 'Lange Straße 1', postalCode: '18055', locality: 'Rostock' });
    expect(first.languages).toEqual(['ar', 'fa']);
    expect(first.openingHours).toBeUndefined();
    for (const o of offersOf(result)) {
      expect(o.contact?.website ?? 'https://x').toMatch(/^https?:\/\//);
      expect(o.location?.lat).toBeUndefined();
    }
    expect(unmapped(result, 'link').length).toBeGreaterThanOrEqual(6);
    const big = offersOf(result).find((o) => o.id === 'hsds-huge') as Offer;
    expect((big.title as string).length).toBeLessThanOrEqual(300);
    expect((big.description as string).length).toBeLessThanOrEqual(20_000);
    expect((big.organization?.name ?? '').length).toBeLessThanOrEqual(300);
    expect(catalogue.offers.find((o) => o.id === 'hsds-deep')?.title).toBe('Deep');
  });

  it('reads hostile CSV without crashing', async () => {
    const rows = [
      'id,__proto__,constructor,name,description,url,organization_id',
      `1,x,y,"<b>Café</b> ${script}","<p>Hello</p>",javascript:alert(1),o1`,
      `2,,,"Unclosed quote,still,here`,
      `3,,,Big,"${'z'.repeat(1_100_000)}",,o1`,
      `4,,,"=cmd|' /C calc'!A0",Spreadsheet formula,www.example.org,o1`,
    ].join('\n');
    const result = await run(memorySource({ 'services.csv': rows, 'organizations.csv': `id,name\no1,"Org ${script}"\n` }, { kind: 'folder' }));
    expectClean(result);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const cafe = offersOf(result).find((o) => o.id === 'hsds-1') as Offer;
    expect(cafe).toMatchObject({ title: 'Café', summary: 'Hello', organization: { name: 'Org' } });
    expect(cafe.contact).toBeUndefined();
    for (const [, value] of strings(result.document)) expect(MARKUP.test(value)).toBe(false);
  });

  it('reads cells built to make pattern matching slow in linear time', async () => {
    const n = 200_000;
    const evil = {
      id: `${'-.'.repeat(n)}x`,
      name: `Slow ${'<'.repeat(n)}`,
      description: `${'(('.repeat(n)} ${'<a'.repeat(n)}> ${'&amp;'.repeat(n)}`,
      fees_description: `${'.'.repeat(n)}`,
      eligibility_description: `a${' '.repeat(n)}b`,
      url: `${'a.'.repeat(n)}org`,
      languages: [`Arabic${' '.repeat(n)}x`, `${'('.repeat(n)}`],
      phones: [{ number: `1${' '.repeat(n)}2` }, { number: '+49 381 0000 1234', extension: '9'.repeat(n) }],
      schedules: [{ byday: `MO${' '.repeat(n)}-`, opens_at: `9${' '.repeat(n)}x`, closes_at: `${' '.repeat(n)}uhr` }, { weekday: `Monday${' '.repeat(n)}to`, opens_at: '9', closes_at: '10' }],
      attributes: [{ taxonomy_term: { code: `B${'-1234'.repeat(n)}`, name: `T${' '.repeat(n)}` } }],
      service_at_locations: [{ location: { id: '-'.repeat(n), latitude: `${' '.repeat(n)}1`, coordinates: `[${' '.repeat(n)}1,2`, addresses: [{ address_1: `P${' '.repeat(n)}O Box`, postal_code: '1'.repeat(n) }] } }],
    };
    const started = performance.now();
    const result = await run(memorySource({ 'evil.json': JSON.stringify(evil) }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expectClean(result);
    const [only] = offersOf(result);
    expect(only.id.length).toBeLessThanOrEqual(100);
    expect(only.title).toMatch(/^Slow/);
  });

  it('refuses what is not HSDS with a plain message', async () => {
    await expect(run(memorySource({ 'a.json': '{"broken": ' }))).rejects.toThrow(/not JSON/);
    await expect(run(memorySource({ 'a.json': '{"hello": "world", "n": [1, 2]}' }))).rejects.toThrow(/no HSDS services/);
    await expect(run(memorySource({ 'notes.txt': 'hi', 'b.md': '#' }, { kind: 'folder' }))).rejects.toThrow(/no HSDS data/);
    await expect(run(memorySource({ 'datapackage.json': '{"resources": []}', 'readme.txt': '' }, { kind: 'folder' }))).rejects.toThrow(/no services table/);
  });
});

describe('size', () => {
  const temp = mkdtempSync(join(tmpdir(), 'hsds-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('imports a 100,000-row services.csv in a few seconds', async () => {
    const lines = ['id,organization_id,name,description,url,email,status,fees_description,last_modified'];
    for (let i = 0; i < 100_000; i++) {
      lines.push(`svc-${i},org-${i % 50},Beratung ${i} in Rostock,"Beratung Nummer ${i}. Консультації українською. مشاوره به زبان فارسی.",beratung${i % 100}.example.org/s/${i},s${i}@example.org,active,${i % 2 ? 'Free' : '5 € per visit'},2026-01-02`);
    }
    const orgs = ['id,name,website', ...Array.from({ length: 50 }, (_, i) => `org-${i},Verein ${i} e.V.,verein${i}.example.org`)];
    const source = memorySource({ 'services.csv': lines.join('\n'), 'organizations.csv': orgs.join('\n') }, { kind: 'folder' });
    const started = performance.now();
    const result = await importHsds(source);
    const importMs = performance.now() - started;
    const validation = validateCatalogue(result.document);
    const totalMs = performance.now() - started;
    console.log(`HSDS: 100,000 services imported in ${Math.round(importMs)} ms, validated in ${Math.round(totalMs - importMs)} ms`);
    expect(result.read).toBe(100_000);
    expect(validation.dropped).toBe(0);
    expect(validation.catalogue.offers).toHaveLength(100_000);
    expect(validation.problems).toEqual([]);
    expect(validation.catalogue.offers[99_998]).toMatchObject({ id: 'hsds-svc-99998', cost: 'paid', organization: { name: 'Verein 48 e.V.' }, contact: { website: 'https://beratung98.example.org/s/99998' } });
    expect(totalMs).toBeLessThan(20_000);
  }, 60_000);

  it('imports the package that make-large.mjs writes', async () => {
    const folder = join(temp, 'large');
    execFileSync(process.execPath, [fixture('make-large.mjs'), folder, '400']);
    const result = await run(folder);
    expectClean(result);
    expect(result.read).toBe(400);
    const offers = offersOf(result);
    expect(offers.length).toBeGreaterThan(400);
    expect(offers.filter((o) => o.location?.lat !== undefined).length).toBeGreaterThan(0);
    expect(offers.filter((o) => o.location && o.location.lat === undefined).length).toBeGreaterThan(0);
    expect(unmapped(result, 'time', '6:300pm').length + unmapped(result, 'schedule').length).toBeGreaterThan(0);
    expect(offers.every((o) => !o.contact?.website || /^https:\/\//.test(o.contact.website))).toBe(true);
  });
});

describe('a package written in German', () => {
  it('reads German fee words and writes the extension in German', async () => {
    const source = memorySource({
      'services.csv': 'id,name,description,fees_description\ns1,Migrationsberatung Rostock,Beratung für Zugewanderte.,keine Gebühren\ns2,Sprachcafé Jena,Deutsch üben.,5 € pro Monat\n',
      'phones.csv': 'id,service_id,number,extension\np1,s1,0381 0000 1234,12\n',
    });
    const result = await run(source, { defaultLanguage: 'de' });
    const [counselling, cafe] = offersOf(result);
    expect(counselling).toMatchObject({ cost: 'free', contact: { phone: '0381 0000 1234 Durchwahl 12' } });
    expect(cafe.cost).toBe('paid');
    expect(cafe.costNote).toBe('5 € pro Monat');
    expectClean(result);
  });
});
