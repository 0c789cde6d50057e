import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../catalogue/url.js';
import { validateCatalogue } from '../../catalogue/validate.js';
import { memorySource } from '../source.js';
import { hasMarkup, plainText, shorten, stripTags } from '../text.js';
import type { Fetched, ImportOptions, ImportResult, ImportSource } from '../types.js';
import { scanPage } from './html.js';
import { parseHoursText } from './hours.js';
import { germanLevel } from './job.js';
import { parseJsonLenient } from './json.js';
import { frequency } from './schedule.js';
import { importSchemaOrg } from './index.js';

const FIXTURES = join(__dirname, '../../../tests/fixtures/import/schema-org');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const FIXTURE_NAMES = ['guestrow-integration.html', 'veranstaltungen.jsonld', 'stellen.json', 'beratungsstellen.jsonld'];

type Rec = Record<string, any>;
const offers = (r: ImportResult) => r.document.offers as Rec[];
const events = (r: ImportResult) => r.document.events as Rec[];
const jobs = (r: ImportResult) => r.document.jobs as Rec[];
const unmapped = (r: ImportResult, field: string, value: string) => r.unmapped.find((u) => u.field === field && u.value === value);
const byTitle = (list: Rec[], title: string) => list.find((x) => (typeof x.title === 'string' ? x.title : x.title.de) === title);

function importFiles(files: Record<string, string>, options?: ImportOptions, kind?: ImportSource['kind']): Promise<ImportResult> {
  return importSchemaOrg(memorySource(files, kind ? { kind } : {}), options);
}

/** The validator keeps every record, changes nothing, and finds nothing to say twice. */
function expectClean(result: ImportResult): void {
  const doc = JSON.parse(JSON.stringify(result.document));
  const first = validateCatalogue(doc);
  expect(first.dropped).toBe(0);
  expect(first.catalogue.offers).toHaveLength(offers(result).length);
  expect(first.catalogue.events).toHaveLength(events(result).length);
  expect(first.catalogue.jobs).toHaveLength(jobs(result).length);
  expect(first.problems).toEqual([]);
  const second = validateCatalogue(JSON.parse(JSON.stringify(first.catalogue)));
  expect(second.dropped).toBe(0);
  expect(second.problems).toEqual([]);
}

/** Every string anywhere in a value (iteratively). */
function allStrings(value: unknown): string[] {
  const out: string[] = [];
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
  return out;
}

function allLinks(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' && (k === 'url' || k === 'website')) out.push(x);
      else stack.push(x);
    }
  }
  return out;
}

describe('schema-org importer: fixtures', () => {
  it('reads the ld+json blocks of a municipality page, skipping the broken one', async () => {
    const r = await importFiles({ 'guestrow-integration.html': fixture('guestrow-integration.html') });
    expect(offers(r).map((o) => o.title)).toEqual(['Integrationsbeauftragte der Barlachstadt Güstrow', 'Uwe Johnson-Bibliothek (Beispiel)']);
    expect(events(r).map((e) => e.title)).toEqual(['Sprachcafé im Bibliothekssaal', 'Interkulturelle Woche 2026', 'Sprechstunde für Geflüchtete aus der Ukraine']);
    expect(jobs(r)).toHaveLength(1);
    expect(r.read).toBe(8);
    // The broken block is skipped with its place on the page; commented-out, textarea and JavaScript copies are not read.
    expect(r.skipped).toEqual([{ at: 'guestrow-integration.html block 4 (line 115)', reason: expect.stringMatching(/^the JSON-LD block is not valid JSON \(.+\); it is skipped$/) }]);
    const titles = JSON.stringify(r.document);
    for (const ghost of ['Alte Veranstaltung', 'Aus JavaScript', 'Im Textfeld', 'Kaputter Block', 'Mikrodaten-Termin']) expect(titles).not.toContain(ghost);
    expect(unmapped(r, 'page', 'microdata or RDFa')).toBeDefined();
    expect(unmapped(r, 'JSON', 'repaired block')?.reason).toBe('line breaks or tabs inside text and a comma before a closing bracket repaired');

    const office = offers(r)[0];
    expect(office).toMatchObject({
      id: 'schema-guestrow.example.org-leben-integration-beauftragte',
      description: 'Beratung zu Ankommen, Sprache, Arbeit & Wohnen.\nTermine auch ohne Anmeldung.',
      categories: ['migration-counselling', 'community'],
      languages: ['de', 'en', 'ar'],
      organization: { name: 'Barlachstadt Güstrow (Beispiel)', url: 'https://guestrow.example.org/' },
      location: { street: 'Markt 1', postalCode: '18273', locality: 'Güstrow', lat: 53.7939, lon: 12.1765 },
      contact: { phone: '+49 3843 0000 1234', email: 'integration@guestrow.example.org' },
      openingHours: { weekly: [{ days: ['tu', 'th'], opens: '09:00', closes: '12:00' }, { days: ['th'], opens: '14:00', closes: '18:00' }] },
    });
    // A relative link in a file has nothing to resolve against: removed and reported.
    expect(office.contact.website).toBeUndefined();
    expect(unmapped(r, 'link', 'relative address')?.count).toBe(2);
    // The town itself is only the publisher and employer: not an offer.
    expect(unmapped(r, 'type', 'GovernmentOrganization')?.reason).toMatch(/not listed as an offer/);

    const cafe = events(r)[0];
    expect(cafe).toMatchObject({
      start: '2026-09-02T16:00:00+02:00', // the first Wednesday on or after 1 September
      end: '2026-09-02T17:30:00+02:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261216T235959Z',
      location: { street: 'Am Wall 2', postalCode: '18273', locality: 'Güstrow', lat: 53.795, lon: 12.173 },
      offer: office.id, // its organizer is imported as an offer
      cost: 'free',
      languages: ['de'],
    });
    expect(events(r)[1]).toMatchObject({ start: '2026-09-20', end: '2026-09-27', offer: 'schema-guestrow-integration.html-bibliothek' });
    expect(events(r)[2].description).toBe('Erste Zeile\nzweite Zeile mit Tabulator');

    expect(jobs(r)[0]).toMatchObject({
      title: 'Sachbearbeitung (m/w/d) in der Ausländerbehörde',
      description: 'Sie beraten Menschen aus aller Welt.\n\n• Deutschkenntnisse (C1)\n• Verwaltungsausbildung',
      employer: { name: 'Barlachstadt Güstrow (Beispiel)', url: 'https://guestrow.example.org/' },
      employmentType: ['FULL_TIME'],
      germanLevel: 'C1',
      datePosted: '2026-06-01',
      validThrough: '2026-08-31T23:59:00+02:00',
      apply: { email: 'bewerbung@guestrow.example.org' },
    });
    expect(unmapped(r, 'property', 'JobPosting.baseSalary')?.reason).toBe('the catalogue has no field for pay');
    expectClean(r);
  });

  it('reads a @graph of events: offsets in summer and winter, schedules, languages, prefixes', async () => {
    const r = await importFiles({ 'veranstaltungen.jsonld': fixture('veranstaltungen.jsonld') });
    expect(events(r)).toHaveLength(8);
    expect(r.read).toBe(12);
    // Times without an offset are read in Europe/Berlin with the offset of their date, and reported.
    expect(byTitle(events(r), 'Interkulturelles Sommerfest')).toMatchObject({
      start: '2026-07-14T16:00:00+02:00',
      end: '2026-07-14T21:00:00+02:00',
      description: 'Musik, Essen und Begegnung für alle.\n\nEintritt frei.',
      location: { street: 'Anger 12', postalCode: '99084', locality: 'Erfurt', lat: 50.976, lon: 11.034 },
      languages: ['de', 'ar', 'fa'],
      categories: ['community'],
      cost: 'free',
    });
    expect(byTitle(events(r), 'Infoabend: Ausbildung in Deutschland')).toMatchObject({
      start: '2026-12-01T18:00:00+01:00',
      end: '2026-12-01T19:30:00+01:00',
      url: 'https://termine.example.org/anmeldung/infoabend',
      cost: 'free',
    });
    expect(unmapped(r, 'time zone', 'time without offset')).toMatchObject({ reason: 'read in Europe/Berlin, with the offset of that date' });

    // A weekly course from its schedule: the first occurrence is the start.
    expect(byTitle(events(r), 'Deutschkurs für Frauen (A1) mit Kinderbetreuung')).toMatchObject({
      id: 'schema-termine.example.org-kurse-deutsch-a1-frauen',
      start: '2026-09-01T17:30:00+02:00',
      end: '2026-09-01T19:00:00+02:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261217T235959Z',
      categories: ['language'],
      languages: ['de'],
    });
    expect(unmapped(r, 'schedule', 'exceptDate')).toBeDefined();
    expect(byTitle(events(r), 'Elterncafé am ersten Freitag')).toMatchObject({
      start: '2026-10-02T15:00:00+02:00',
      end: '2026-10-02T17:00:00+02:00',
      recurrence: 'FREQ=MONTHLY;BYDAY=1FR;COUNT=6',
      categories: ['family'],
    });
    expect(byTitle(events(r), 'Online-Sprechstunde Anerkennung ausländischer Abschlüsse')).toMatchObject({
      online: true,
      url: 'https://meet.example.org/anerkennung',
      location: { locality: 'Weimar' },
      categories: ['career'],
    });
    expect(events(r).find((e) => typeof e.title === 'object')?.title).toEqual({ de: 'Sprachcafé', en: 'Language café', ar: 'مقهى اللغة' });
    expect(byTitle(events(r), 'Fest der Kulturen')).toMatchObject({ start: '2026-06-20', end: '2026-06-21', location: { street: 'Markt 1', postalCode: '07743', locality: 'Jena' } });
    expect(byTitle(events(r), 'Integrationskurs mit Alphabetisierung')).toMatchObject({
      start: '2026-09-07T08:30:00+02:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270326T235959Z',
      description: 'Lesen und Schreiben lernen, dann Deutsch bis B1.',
    });
    // A cancelled event is not shown as happening.
    expect(byTitle(events(r), 'Stadtführung für Neuangekommene')).toBeUndefined();
    expect(r.skipped).toEqual([{ at: 'veranstaltungen.jsonld $["@graph"][7]', reason: 'event left out: the event is cancelled' }]);
    for (const [field, value] of [['type', 'Person'], ['type', 'BreadcrumbList'], ['property', 'Event.performer'], ['property', 'Event.subEvent'], ['property', 'PostalAddress.addressRegion']]) {
      expect(unmapped(r, field, value), `${field} ${value}`).toBeDefined();
    }
    // The place the events refer to is used, not reported.
    expect(unmapped(r, 'type', 'Place')).toBeUndefined();
    expectClean(r);
  });

  it('reads a list of job postings', async () => {
    const r = await importFiles({ 'stellen.json': fixture('stellen.json') });
    expect(jobs(r)).toHaveLength(5);
    expect(r.read).toBe(7);
    expect(r.skipped).toEqual([{ at: 'stellen.json $[5]', reason: 'job left out: it has no title' }]);
    const [care, apprentice, kitchen, interpreter, kita] = jobs(r);
    expect(care).toMatchObject({
      employer: { name: 'Pflegedienst Boddenblick gGmbH (Beispiel)', url: 'https://pflege-greifswald.example.org' },
      employmentType: ['FULL_TIME', 'PART_TIME'],
      location: { street: 'Lange Straße 1', postalCode: '17489', locality: 'Greifswald', lat: 54.096, lon: 13.3878 },
      field: 'pflegehilfskrafte',
      germanLevel: 'B1',
      datePosted: '2026-05-04',
      validThrough: '2026-07-31',
      apply: { email: 'Bewerbung@pflege-greifswald.example.org', phone: '+49 3834 0000 1234' },
    });
    expect(unmapped(r, 'link', 'javascript:')).toBeDefined(); // in sameAs
    expect(unmapped(r, 'location', 'more than one place')).toBeDefined();
    expect(apprentice).toMatchObject({
      employer: { name: 'Hafenlogistik Wismar GmbH (Beispiel)', url: 'https://logistik-wismar.example.org' },
      employmentType: ['APPRENTICESHIP'],
      field: 'logistik-und-verkehr',
      germanLevel: 'B2',
      requirements: 'Gute Deutschkenntnisse (B2), Führerschein von Vorteil',
      validThrough: '2026-09-30T12:00:00+02:00',
      apply: { url: 'https://logistik-wismar.example.org/karriere/azubi-lager' },
    });
    expect(kitchen).toMatchObject({ employer: { name: 'Restaurant Am Hafen Stralsund (Beispiel)' }, employmentType: ['MINI_JOB', 'PART_TIME'], apply: { phone: '+49 3831 0000 4321' } });
    expect(kitchen.germanLevel).toBeUndefined(); // "Englisch B2" is not a German level
    expect(interpreter).toMatchObject({ employmentType: ['CONTRACTOR'], germanLevel: 'C1', apply: { url: 'https://sprachmittlung-thueringen.example.org/mitmachen' } });
    expect(interpreter.employer).toBeUndefined();
    expect(unmapped(r, 'job', 'no employer')).toBeDefined();
    expect(kita).toMatchObject({ employer: { url: 'https://kita-ostthueringen.example.org' }, employmentType: ['FULL_TIME', 'PART_TIME'], datePosted: '2026-06-10T08:00:00+02:00' });
    expect(kita.germanLevel).toBeUndefined(); // B1 and C1 named: not clear
    expect(unmapped(r, 'job', 'several German levels')).toBeDefined();
    for (const property of ['JobPosting.baseSalary', 'JobPosting.offers', 'JobPosting.jobLocationType']) expect(unmapped(r, 'property', property)).toBeDefined();
    // The employer defined beside the postings is not an offer.
    expect(offers(r)).toHaveLength(0);
    expect(unmapped(r, 'type', 'Organization')).toBeDefined();
    expectClean(r);
  });

  it('reads a list of organisations and services', async () => {
    const r = await importFiles({ 'beratungsstellen.jsonld': fixture('beratungsstellen.jsonld') });
    expect(offers(r)).toHaveLength(7);
    expect(r.read).toBe(7);
    expect(r.skipped).toEqual([]);
    const [mbe, office, recognition, jobcentre, crisis, clinic, housing] = offers(r);
    expect(mbe).toMatchObject({
      categories: ['migration-counselling'],
      languages: ['de', 'ar', 'ru', 'uk'],
      contact: { phone: '+49 395 0000 1234 (Mo–Do)', email: 'MBE-NB@example.org', website: 'https://www.mbe-neubrandenburg.example.org' },
      cost: 'free',
      openingHours: { weekly: [{ days: ['mo', 'tu'], opens: '09:00', closes: '12:00' }, { days: ['th'], opens: '13:00', closes: '17:30' }] },
    });
    expect(unmapped(r, 'language', 'Klingonisch')).toMatchObject({ count: 1, reason: 'not a language the kit knows' });
    // Who it is for, when it was last checked, where to book, wheelchair access (an amenity feature that says no).
    expect(mbe).toMatchObject({ audience: 'Zugewanderte ab 27 Jahren', checked: '2026-10-01', booking: 'https://mbe-neubrandenburg.example.org/termin', wheelchair: 'no' });
    expect(office.wheelchair).toBeUndefined();
    expect(office).toMatchObject({
      categories: ['legal'],
      location: { street: 'Am Wall 3-5', postalCode: '18273', locality: 'Güstrow' },
      openingHours: { weekly: [{ days: ['mo', 'tu', 'th'], opens: '08:00', closes: '12:00' }, { days: ['tu'], opens: '14:00', closes: '18:00' }] },
    });
    expect(recognition).toMatchObject({
      categories: ['career'],
      organization: { name: 'IQ Netzwerk Thüringen (Beispiel)', url: 'https://iq-thueringen.example.org' },
      location: { street: 'Juri-Gagarin-Ring 150', postalCode: '99084', locality: 'Erfurt' },
      contact: { phone: '+49 361 0000 5678', website: 'https://iq-thueringen.example.org/beratung' },
      languages: ['en', 'fr'],
    });
    expect(jobcentre).toMatchObject({ categories: ['work'], languages: ['de', 'en', 'prs'], contact: { email: 'team-neu@jobcenter-weimar.example.org' } });
    expect(unmapped(r, 'opening hours', 'validFrom/validThrough')).toBeDefined();
    expect(unmapped(r, 'opening hours', 'hours for particular dates')).toBeDefined();
    expect(crisis.openingHours.weekly).toEqual([{ days: ['fr', 'sa'], opens: '20:00', closes: '24:00' }, { days: ['sa', 'su'], opens: '00:00', closes: '02:00' }]);
    expect(crisis.categories).toEqual(['crisis']);
    expect(clinic).toMatchObject({ categories: ['health'], location: { lat: 50.9272, lon: 11.5861 }, openingHours: { note: 'nach Vereinbarung' }, cost: 'free' });
    expect(unmapped(r, 'coordinates', 'latitude and longitude swapped')).toBeDefined();
    expect(housing).toMatchObject({ categories: ['housing'], contact: { email: 'kontakt@wohnen-stralsund.example.org' } });
    expect(unmapped(r, 'property', 'Service.areaServed')).toBeDefined();
    expectClean(r);
  });

  it('reads who an event is for, where to register and wheelchair access of its place', async () => {
    const event = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Erste-Hilfe-Kurs',
      startDate: '2027-02-06T09:00:00+01:00',
      audience: [{ '@type': 'PeopleAudience', audienceType: 'Eltern' }, 'Jugendliche ab 14'],
      location: { '@type': 'Place', name: 'DRK-Haus', address: 'Lange Straße 1, 18055 Rostock', amenityFeature: { '@type': 'LocationFeatureSpecification', name: 'Rollstuhlgerecht', value: 'true' } },
      offers: { '@type': 'Offer', price: 0, description: 'Kostenlos, mit Anmeldung' },
      potentialAction: { '@type': 'ScheduleAction', target: 'https://drk-rostock.example.org/anmeldung' },
    };
    const r = await importFiles({ 'kurs.jsonld': JSON.stringify(event) });
    expect(events(r)[0]).toMatchObject({ audience: 'Eltern\n\nJugendliche ab 14', booking: 'https://drk-rostock.example.org/anmeldung', wheelchair: 'yes', cost: 'free' });
    expect(events(r)[0]).not.toHaveProperty('costNote');
    expectClean(r);
  });

  it('reads a folder of all fixtures at once, passing over other files', async () => {
    const files: Record<string, string> = { 'LIESMICH.txt': 'nicht lesen' };
    for (const name of FIXTURE_NAMES) files[`export/${name}`] = fixture(name);
    const progress: string[] = [];
    const r = await importFiles(files, { onProgress: (m) => progress.push(m) });
    expect([offers(r).length, events(r).length, jobs(r).length]).toEqual([9, 11, 6]);
    expect(r.read).toBe(34);
    expect(r.skipped).toHaveLength(3);
    expect(unmapped(r, 'file', '.txt')).toBeDefined();
    expect(progress.filter((m) => m.startsWith('read '))).toHaveLength(4);
    expect(new Set(events(r).map((e) => e.id)).size).toBe(11);
    expectClean(r);
  });

  it('reads a zip archive, a .json file that holds a page, and the options', async () => {
    const zip = await importFiles({ 'a/stellen.json': fixture('stellen.json'), 'b/seite.htm': fixture('guestrow-integration.html') }, {}, 'zip');
    expect(jobs(zip)).toHaveLength(6);
    // A single file is read by its content, whatever its name.
    const page = await importFiles({ 'export.json': fixture('guestrow-integration.html') });
    expect(events(page)).toHaveLength(3);
    const ny = await importFiles({ 'v.jsonld': fixture('veranstaltungen.jsonld') }, { timeZone: 'America/New_York', defaultLanguage: 'en', title: '<b>Termine</b>', publisher: { name: 'Landkreis', url: 'javascript:alert(1)' } });
    expect(ny.document).toMatchObject({ timeZone: 'America/New_York', defaultLanguage: 'en', title: 'Termine', publisher: { name: 'Landkreis' } });
    expect(byTitle(events(ny), 'Infoabend: Ausbildung in Deutschland')?.start).toBe('2026-12-01T18:00:00-05:00');
    expect(byTitle(events(ny), 'Interkulturelles Sommerfest')?.start).toBe('2026-07-14T16:00:00-04:00');
    expect(unmapped(ny, 'time zone', 'time without offset')?.reason).toBe('read in America/New_York, with the offset of that date');
    // Texts of a document with "@language": "de" stay German when the default language is English.
    expect(byTitle(events(ny), 'Interkulturelles Sommerfest')).toBeDefined();
    expectClean(ny);
    const bad = await importFiles({ 'v.jsonld': fixture('veranstaltungen.jsonld') }, { timeZone: 'Mars/Olympus' });
    expect(bad.document.timeZone).toBe('Europe/Berlin');
    expect(unmapped(bad, 'time zone', 'Mars/Olympus')).toBeDefined();
    const mapped = await importFiles({ 'b.jsonld': fixture('beratungsstellen.jsonld') }, { categoryMap: { Patenschaften: 'community', Ausländerbehörde: 'migration-counselling', LocalBusiness: 'nonsense' } });
    expect(offers(mapped)[1].categories).toEqual(['migration-counselling']);
    expect(offers(mapped).at(-1)!.categories).toEqual(['housing', 'community']);
    expect(unmapped(mapped, 'category', 'nonsense')).toBeDefined();
  });
});

describe('schema-org importer: web addresses', () => {
  const page = fixture('guestrow-integration.html');
  const fetchOf = (answer: Partial<Fetched>) => async (url: string): Promise<Fetched> => ({ url, status: 200, contentType: 'text/html; charset=utf-8', text: page, ...answer });

  it('reads a page by its address, resolving relative links and ids against it', async () => {
    const asked: string[] = [];
    const source = memorySource({}, {
      kind: 'url',
      label: 'https://guestrow.example.org/leben/integration',
      fetch: async (url) => {
        asked.push(url);
        return fetchOf({})(url);
      },
    });
    const r = await importSchemaOrg(source);
    expect(asked).toEqual(['https://guestrow.example.org/leben/integration']);
    expect(offers(r)[0].contact.website).toBe('https://guestrow.example.org/leben/integration');
    expect(events(r)[1].url).toBe('https://guestrow.example.org/termine/interkulturelle-woche');
    // "#bibliothek" is now an id on the page's address.
    expect(offers(r)[1].id).toBe('schema-guestrow.example.org-leben-integration-bibliothek');
    expect(events(r)[1].offer).toBe(offers(r)[1].id);
    expect(unmapped(r, 'link', 'relative address')).toBeUndefined();
    expectClean(r);
  });

  it('reads JSON by content type or content, and refuses what is neither', async () => {
    const json = fixture('stellen.json');
    const byType = await importSchemaOrg(memorySource({}, { kind: 'url', label: 'https://jobs.example.org/feed', fetch: fetchOf({ contentType: 'application/ld+json', text: json }) }));
    expect(jobs(byType)).toHaveLength(5);
    const byContent = await importSchemaOrg(memorySource({}, { kind: 'url', label: 'https://jobs.example.org/feed', fetch: fetchOf({ contentType: '', text: json }) }));
    expect(jobs(byContent)).toHaveLength(5);
    await expect(importSchemaOrg(memorySource({}, { kind: 'url', label: 'https://x.example.org/', fetch: fetchOf({ status: 404, text: 'Not found' }) }))).rejects.toThrow(/answered 404/);
    await expect(importSchemaOrg(memorySource({}, { kind: 'url', label: 'https://x.example.org/a.pdf', fetch: fetchOf({ contentType: 'application/pdf', text: '%PDF-1.7' }) }))).rejects.toThrow(/neither a web page nor JSON/);
  });
});

describe('schema-org importer: malicious input', () => {
  const DANGEROUS_LINKS = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'jav&#x09;ascript:alert(1)',
    '%6Aavascript:alert(1)',
    'ja\u200bvascript:alert(1)',
    '\u202ejavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https://user:secret@evil.example.org/',
    'javascript://example.org/%0Aalert(1)',
  ];
  const MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)><b onclick="alert(2)">fett</b>&lt;script&gt;alert(3)&lt;/script&gt;<<b>i>';

  function maliciousGraph(): unknown {
    const graph: unknown[] = [];
    DANGEROUS_LINKS.forEach((link, i) => {
      graph.push({
        '@type': 'Event',
        '@id': `${link}#e${i}`,
        name: `Fest ${i} ${MARKUP}`,
        description: `${MARKUP} Beschreibung\u202e gespiegelt`,
        startDate: '2026-07-01T18:00:00+02:00',
        url: link,
        location: { '@type': 'Place', name: MARKUP, address: { '@type': 'PostalAddress', streetAddress: `${MARKUP}Markt 1`, postalCode: '<b>18055</b>', addressLocality: `Rostock${MARKUP}` } },
        offers: { '@type': 'Offer', url: link, price: '<script>0</script>' },
        keywords: MARKUP,
        inLanguage: MARKUP,
        __proto__: { polluted: true },
        constructor: { prototype: { polluted: true } },
      });
      graph.push({
        '@type': 'JobPosting',
        title: `Stelle ${i} ${MARKUP}`,
        description: MARKUP,
        hiringOrganization: { '@type': 'Organization', name: `Firma ${MARKUP}`, url: link, sameAs: [link, `${link}/x`] },
        applicationContact: [link, { '@type': 'ContactPoint', url: link, email: `${link}@example.org`, telephone: link }],
        url: link,
        employmentType: MARKUP,
        occupationalCategory: MARKUP,
      });
      graph.push({
        '@type': 'NGO',
        name: `Verein ${i} ${MARKUP}`,
        description: MARKUP,
        url: link,
        sameAs: link,
        email: `<a href="${link}">mail</a>`,
        telephone: `<script>${link}</script>`,
        address: `${MARKUP}, 18055 Rostock`,
        openingHours: MARKUP,
        knowsLanguage: [MARKUP, 'constructor', '__proto__', 'toString'],
        openingHoursSpecification: { '@type': 'OpeningHoursSpecification', dayOfWeek: ['constructor', '__proto__', 'Monday'], opens: MARKUP, closes: '12:00' },
      });
    });
    return { '@context': 'https://schema.org', '@graph': graph };
  }

  it('keeps no markup, no dangerous link and no polluted prototype', async () => {
    // JSON.parse makes "__proto__" an own key, as a downloaded document would have it.
    const text = JSON.stringify(maliciousGraph());
    const withProto = text
      .replace(/"keywords":/g, '"__proto__":{"polluted":true},"keywords":')
      .replace(/"@graph":\[/, '"@graph":[{"@type":"__proto__","@id":"__proto__","__proto__":{"@type":"Event"}},{"@type":["constructor","toString"],"name":"x"},');
    const r = await importFiles({ 'boese.jsonld': withProto });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(events(r)).toHaveLength(DANGEROUS_LINKS.length);
    expect(jobs(r)).toHaveLength(DANGEROUS_LINKS.length);
    expect(offers(r)).toHaveLength(DANGEROUS_LINKS.length);
    for (const s of allStrings(r.document)) {
      expect(hasMarkup(s), s).toBe(false);
      expect(s).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
    }
    for (const link of allLinks(r.document)) {
      expect(link).toMatch(/^https?:\/\//);
      expect(safeUrl(link)).toBeDefined();
      expect(link.toLowerCase()).not.toMatch(/javascript|vbscript|data:|secret@/);
    }
    // The only link that survives is the harmless https one without a user name: none of them here.
    expect(allLinks(r.document)).toEqual([]);
    expect(JSON.stringify(r.document)).not.toMatch(/alert\(|onerror|onclick/);
    expect(unmapped(r, 'link', 'javascript:')!.count).toBeGreaterThan(10);
    expect(unmapped(r, 'type', '(unusual type name)')).toBeDefined(); // "__proto__"
    expect(unmapped(r, 'type', 'constructor')).toBeDefined();
    expect(unmapped(r, 'language', 'constructor')).toBeDefined(); // never read as a language code
    for (const e of events(r)) expect(e.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
    expectClean(r);
  });

  it('resolves nothing dangerous against a page address either', async () => {
    const html = `<html><script type="application/ld+json">${JSON.stringify(maliciousGraph())}</script></html>`;
    const r = await importSchemaOrg(memorySource({}, { kind: 'url', label: 'https://stadt.example.org/seite', fetch: async (url) => ({ url, status: 200, contentType: 'text/html', text: html }) }));
    for (const link of allLinks(r.document)) {
      expect(link.toLowerCase()).not.toMatch(/javascript|vbscript|data:|secret@|&#|&colon;/);
      expect(safeUrl(link)).toBeDefined();
    }
    expectClean(r);
  });

  it('survives objects nested 10,000 levels deep without overflowing the stack', async () => {
    const depth = 10_000;
    const deep = (inner: string) => `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;
    const deepArray = `${'['.repeat(depth)}{"@type":"Event","name":"Ganz tief","startDate":"2026-01-01"}${']'.repeat(depth)}`;
    const doc = `{"@context":"https://schema.org","@graph":[
      {"@type":"Event","name":"Tief verschachtelt","startDate":"2026-05-01","description":${deep('"x"')},"location":${deep('{"@id":"#ort"}')},"eventSchedule":${deep('1')}},
      {"@type":"Organization","name":"Verein","address":${deep('"Markt 1"')},"knowsLanguage":${deep('"de"')},"openingHoursSpecification":${deep('{}')}},
      ${deepArray},
      ${deep('{"@type":"Event","@id":"#ort","name":"Ort"}')}
    ]}`;
    const started = Date.now();
    const r = await importFiles({ 'tief.jsonld': doc });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(events(r).map((e) => e.title)).toEqual(['Tief verschachtelt']);
    expect(offers(r).map((o) => o.title)).toEqual(['Verein']);
    expect(unmapped(r, 'JSON', 'objects nested too deep')).toBeDefined();
    // The same in a page.
    const page = await importFiles({ 'tief.html': `<script type="application/ld+json">${doc}</script>` });
    expect(events(page)).toHaveLength(1);
    expectClean(r);
  });

  it('shortens a 50 MB text quickly', async () => {
    const huge = `${'<p>Sehr langer Text mit <b>Markup</b> und &amp; Entitäten. '.repeat(900_000)}`.slice(0, 50 * 1024 * 1024);
    expect(huge.length).toBe(50 * 1024 * 1024);
    const doc = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Event', name: huge, description: 'kurz', startDate: '2026-05-01', url: `https://example.org/${huge.slice(0, 10_000)}` },
        { '@type': 'JobPosting', title: 'Stelle', description: huge, hiringOrganization: huge.slice(0, 1_000_000) },
        { '@type': 'NGO', name: 'Verein', description: huge, address: huge.slice(0, 1_000_000), openingHours: huge.slice(0, 1_000_000), telephone: huge.slice(0, 1_000_000), email: huge.slice(0, 1_000_000) },
      ],
    });
    const started = Date.now();
    const r = await importFiles({ 'gross.jsonld': doc });
    expect(Date.now() - started).toBeLessThan(10_000);
    const event = events(r)[0];
    expect(event.title.length).toBeLessThanOrEqual(300);
    expect(event.title.endsWith('…')).toBe(true);
    expect(event.url).toBeUndefined();
    expect(jobs(r)[0].employer.name.length).toBeLessThanOrEqual(300);
    expect(offers(r)[0].description.length).toBeLessThanOrEqual(20_000);
    expect(unmapped(r, 'text', 'title')).toBeDefined();
    expectClean(r);
  }, 30_000);

  it('reads 100,000 events in one @graph within seconds, keeping the 50,000 a catalogue holds', async () => {
    const graph = Array.from({ length: 100_000 }, (_, i) => ({
      '@type': i % 3 === 0 ? 'EducationEvent' : 'Event',
      '@id': `https://termine.example.org/e/${i}`,
      name: `Sprachcafé ${i}`,
      description: i % 2 ? 'Deutsch üben <b>bei Tee</b>' : 'Offener Treff',
      startDate: i % 2 ? `2026-${String((i % 12) + 1).padStart(2, '0')}-14T18:00` : '2026-03-29T02:30:00+02:00',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Markt 1', postalCode: '18055', addressLocality: 'Rostock' } },
    }));
    const text = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph });
    const started = Date.now();
    const r = await importFiles({ 'viele.jsonld': text });
    const took = Date.now() - started;
    expect(events(r)).toHaveLength(50_000);
    expect(r.read).toBe(100_000);
    expect(r.skipped).toHaveLength(10_000); // the log keeps the first 10,000 reasons
    expect(r.skipped[0].reason).toBe('the catalogue holds at most 50,000 events; this one is left out');
    expect(took).toBeLessThan(8_000);
    console.log(`100,000 events: imported in ${took} ms`);
    const check = Date.now();
    const v = validateCatalogue(JSON.parse(JSON.stringify(r.document)));
    expect(v.dropped).toBe(0);
    expect(v.problems).toEqual([]);
    console.log(`50,000 events validated in ${Date.now() - check} ms`);
  }, 60_000);
});

describe('schema-org importer: parts', () => {
  it('finds ld+json blocks however the script tag is written', () => {
    const html = [
      '<script type="application/ld+json">{"a":1}</script>',
      "<script type='application/ld+json' async>{\"a\":2}</script>",
      '<script id=x type=application/ld+json data-y="a>b">{"a":3}</script>',
      '<ScRiPt\nTYPE = "APPLICATION/LD+JSON"\n>\n<![CDATA[{"a":4}]]></sCrIpT >',
      '<script type="application/ld+json">/*<![CDATA[*/{"a":5}/*]]>*/</script>',
      '<script type="application/ld+json"><!-- {"a":6} --></script>',
      '<!-- <script type="application/ld+json">{"a":"commented"}</script> -->',
      '<script type="text/javascript">var s = "<script type=\'application/ld+json\'>{}";</script>',
      '<style>script { content: "<script type=application/ld+json>" }</style>',
      '<script type="application/json">{"a":"plain json"}</script>',
      '<script type="application/ld+json">{"a":7}',
    ].join('\n');
    const scan = scanPage(html);
    expect(scan.blocks.map((b) => b.text)).toEqual(['{"a":1}', '{"a":2}', '{"a":3}', '{"a":4}', '{"a":5}', '{"a":6}', '{"a":7}']);
    expect(scan.blocks.map((b) => b.line)).toEqual([1, 2, 3, 4, 8, 9, 14]);
    expect(parseJsonLenient('{"a":1,}')).toEqual({ ok: true, value: { a: 1 }, repaired: 'a comma before a closing bracket' });
    expect(parseJsonLenient('{"a":').ok).toBe(false);
  });

  it('scans hostile pages in linear time', () => {
    for (const page of ['<script'.repeat(200_000), '<!--'.repeat(200_000), `<a title="${'>'.repeat(100_000)}`, '<script type="application/ld+json">'.repeat(50_000), `${'<a '.repeat(300_000)}`]) {
      const started = Date.now();
      scanPage(page);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    for (const text of ['<a'.repeat(500_000), '<'.repeat(1_000_000), `${'<b>'.repeat(300_000)}`, '&#x3c;a&#x3e;'.repeat(100_000)]) {
      const started = Date.now();
      const clean = plainText(text, { readLimit: 2_000_000 });
      expect(hasMarkup(clean)).toBe(false);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('makes plain text of markup', () => {
    expect(plainText('<p>Eins</p><p>Zwei&nbsp;&amp;&#32;drei</p><script>alert(1)</script><style>p{}</style>vier')).toBe('Eins\n\nZwei & drei\nvier');
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;Text')).toBe('Text');
    expect(plainText('a < b und c > d')).toBe('a ‹ b und c > d');
    expect(plainText('a <b und c> d')).toBe('a d');
    expect(plainText('<<b>i>kursiv')).toBe('kursiv');
    expect(plainText('<<<b>i>b>x')).toBe('‹b>x');
    expect(plainText('Kinder <6 Jahre')).toBe('Kinder <6 Jahre');
    expect(plainText('x&#0;y&#x202E;z&#xD800;')).toBe('xyz');
    expect(stripTags('<!-- kommentar > mit spitze --> Text')).toBe(' Text');
    expect(shorten('Ein recht langer Satz mit vielen Wörtern', 20)).toBe('Ein recht langer…');
  });

  it('reads the German level only where the text is clear', () => {
    expect(germanLevel('Deutsch B1 erforderlich')).toBe('B1');
    expect(germanLevel('German B2 or better')).toBe('B2');
    expect(germanLevel('Deutschkenntnisse (B1)')).toBe('B1');
    expect(germanLevel('Deutschkenntnisse auf Niveau B2')).toBe('B2');
    expect(germanLevel('Sie haben B2-Deutschkenntnisse')).toBe('B2');
    expect(germanLevel('Deutsch B1–B2')).toBe('B1');
    expect(germanLevel('Englisch B2, Deutschland-weit')).toBeUndefined();
    expect(germanLevel('Deutsch B1, später Deutsch C1')).toBe('ambiguous');
    expect(germanLevel('A1 Autobahn')).toBeUndefined();
  });

  it('reads repeat frequencies and opening-hours texts', () => {
    expect(frequency('P1W')).toEqual(['WEEKLY', 1]);
    expect(frequency('P14D')).toEqual(['WEEKLY', 2]);
    expect(frequency('P1D')).toEqual(['DAILY', 1]);
    expect(frequency('P1M')).toEqual(['MONTHLY', 1]);
    expect(frequency('monatlich')).toEqual(['MONTHLY', 1]);
    expect(frequency('PT1H')).toBeUndefined();
    expect(frequency('constructor')).toBeUndefined();
    expect(parseHoursText('Mo-Fr 09:00-17:00')).toEqual([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
    expect(parseHoursText('Mo,We 10:00-12:00 14:00-16:00')).toEqual([
      { days: ['mo', 'we'], opens: '10:00', closes: '12:00' },
      { days: ['mo', 'we'], opens: '14:00', closes: '16:00' },
    ]);
    expect(parseHoursText('Sa-Mo 10-14 Uhr')).toEqual([{ days: ['sa', 'su', 'mo'], opens: '10:00', closes: '14:00' }]);
    expect(parseHoursText('Mo-Do 8.00 bis 12.00 Uhr, Fr geschlossen')).toEqual([{ days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '12:00' }]);
    expect(parseHoursText('24/7')).toEqual([{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }]);
    expect(parseHoursText('nach Vereinbarung')).toBeUndefined();
    expect(parseHoursText('09:00-17:00')).toBeUndefined();
  });

  it('reads schedules: phase of a two-weekly series, daily series, summer and winter starts', async () => {
    const schedule = (s: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', '@id': 'https://x.example.org/e', name: 'Treff', eventSchedule: { '@type': 'Schedule', ...s }, ...extra });
    const run = async (s: Record<string, unknown>, extra?: Record<string, unknown>) => events(await importFiles({ 'e.json': schedule(s, extra) }))[0];
    // Starts on a Friday, every other Monday: the first Monday of the series is ten days later.
    expect(await run({ repeatFrequency: 'P2W', byDay: 'Monday', startDate: '2026-03-20', startTime: '10:00' })).toMatchObject({ start: '2026-03-30T10:00:00+02:00', recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' });
    expect(await run({ repeatFrequency: 'P1D', startDate: '2026-01-05', endDate: '2026-01-09', startTime: '09:00', endTime: '10:00' })).toMatchObject({ start: '2026-01-05T09:00:00+01:00', end: '2026-01-05T10:00:00+01:00', recurrence: 'FREQ=DAILY;UNTIL=20260109T235959Z' });
    // The event's own dates give what the schedule leaves out.
    expect(await run({ repeatFrequency: 'P1W', byDay: 'https://schema.org/Saturday' }, { startDate: '2026-10-20T14:00:00+02:00', endDate: '2026-11-28T16:00:00+01:00' })).toMatchObject({ start: '2026-10-24T14:00:00+02:00', recurrence: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261128T235959Z' });
    // An all-day series.
    expect(await run({ repeatFrequency: 'P1M', byMonthDay: 15, startDate: '2026-01-01' })).toMatchObject({ start: '2026-01-15', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15' });
    // Days but no frequency: weekly, reported.
    expect(await run({ byDay: ['Tuesday'], startDate: '2026-02-02', startTime: '18:00' })).toMatchObject({ start: '2026-02-03T18:00:00+01:00', recurrence: 'FREQ=WEEKLY;BYDAY=TU' });
    // A schedule in another zone: the start keeps its instant.
    expect(await run({ repeatFrequency: 'P1W', byDay: 'Monday', startDate: '2026-06-01', startTime: '09:00', scheduleTimezone: 'Europe/London' })).toMatchObject({ start: '2026-06-01T10:00:00+02:00' });
    // A series that ends before its first day has no date: the event is skipped.
    const none = await importFiles({ 'e.json': schedule({ repeatFrequency: 'P1W', byDay: 'Monday', startDate: '2026-06-02', endDate: '2026-06-05' }) });
    expect(events(none)).toHaveLength(0);
    expect(none.skipped[0].reason).toBe('event left out: the schedule has no date between its start and its end');
    // A time skipped by the change to summer time moves on and is reported.
    const gap = await importFiles({ 'e.json': JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', name: 'Nachts', startDate: '2026-03-29T02:30' }) });
    expect(events(gap)[0].start).toBe('2026-03-29T03:30:00+02:00');
    expect(unmapped(gap, 'time zone', 'time skipped by the change to summer time')).toBeDefined();
  });

  it('follows lists, pages and references, and reads each record once', async () => {
    const doc = {
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      mainEntity: {
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, item: { '@type': 'Event', '@id': 'https://x.example.org/a', name: 'A', startDate: '2026-05-01', organizer: { '@id': 'https://x.example.org/verein' } } },
          { '@type': 'ListItem', position: 2, item: { '@id': 'https://x.example.org/a' } },
          { '@type': 'ListItem', position: 3, item: { '@type': 'JobPosting', title: 'B', hiringOrganization: { '@id': 'https://x.example.org/verein' } } },
        ],
      },
    };
    const other = { '@context': { s: 'http://schema.org/' }, '@type': 's:NGO', '@id': 'https://x.example.org/verein', 's:name': 'Verein X', 's:openingHours': 'Mo 10:00-12:00' };
    const r = await importFiles({ 'liste.json': JSON.stringify(doc), 'verein.json': JSON.stringify(other) });
    expect(events(r).map((e) => e.title)).toEqual(['A']);
    expect(jobs(r)[0].employer).toEqual({ name: 'Verein X' });
    // An employer with opening hours serves visitors: it stays an offer, and hosts the event.
    expect(offers(r).map((o) => o.title)).toEqual(['Verein X']);
    expect(events(r)[0].offer).toBe(offers(r)[0].id);
    expect(unmapped(r, 'type', 'CollectionPage')).toBeDefined();
    expectClean(r);
  });

  it('reads odd values without failing, and what it makes is clean', async () => {
    const weird: unknown[] = [null, 42, 'str', [], {}, { '@graph': 'x' }, { '@graph': null }, { '@type': 5 }, { '@type': [null, {}, 'Event'], name: { '@id': 'x' }, startDate: 20260101 },
      { '@type': 'Event', name: 2026, startDate: '2026-02-30' }, { '@type': 'Event', name: 'x', startDate: '2026-01-01', location: 5, eventSchedule: 'P1W' },
      { '@type': 'Event', name: 'y', startDate: '2026-01-01T10:00:00+99:00' },
      { '@type': 'Event', name: 'z', eventSchedule: { repeatFrequency: 'P1W', byDay: { '@id': 'schema:Monday' }, startDate: '2026-01-01', startTime: '25:00' } },
      { '@type': 'Event', name: 'w', eventSchedule: [{ repeatFrequency: 'P1W', byDay: 'Monday', startDate: '2026-01-01', startTime: '10:00', endTime: '09:00' }, { byMonthDay: [0, 40, 15], startDate: '2026-01-01' }] },
      { '@type': 'Event', '@id': { x: 1 }, name: [[['deep']]], startDate: ['2026-01-01', '2026-01-02'], endDate: '2025-01-01' },
      { '@type': 'JobPosting', title: { '@value': 'T', '@language': 'xx-invalid-tag-!!' }, hiringOrganization: [null, 5, { name: '' }, 'Firma'], employmentType: [5, null, 'FULL_TIME'], validThrough: 'morgen', applicationContact: [5, 'tel:+49 381 0000 1234', 'x@y'] },
      { '@type': 'Organization', name: 'O', openingHoursSpecification: [5, 'x', { dayOfWeek: 5, opens: 9, closes: null }], openingHours: [5, null, 'Mo-Fr 25:00-26:00', 'Mo 10:00-09:00'], geo: { latitude: 'NaN', longitude: 'Infinity' }, address: { postalCode: 18055, streetAddress: ['a', 'b'] }, telephone: 123, email: 5 },
      { '@type': 'ItemList', itemListElement: [5, null, 'https://x', { '@type': 'ListItem' }, { '@type': 'ListItem', item: { '@type': 'ItemList', itemListElement: { '@id': '#self' } } }] },
      { '@context': [null, 5, { '@language': 5, s: 5 }], '@type': 's:Event' },
      { '@type': 'Course', hasCourseInstance: [5, { '@type': 'CourseInstance' }] },
    ];
    for (const w of weird) {
      for (const text of [JSON.stringify(w), `<script type="application/ld+json">${JSON.stringify(w)}</script>`]) expectClean(await importFiles({ 'a.json': text }));
    }
    const all = await importFiles({ 'a.json': JSON.stringify(weird) });
    expect([offers(all).length, events(all).length, jobs(all).length]).toEqual([1, 4, 1]);
    expect(unmapped(all, 'schedule', '25:00')).toBeDefined();
    expect(unmapped(all, 'date', '2026-02-30')).toBeDefined();
  });
});
