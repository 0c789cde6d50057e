import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRecurrenceRules, occurrencesOf } from '../../calendar/occurrences.js';
import type { CatalogueEvent, Offer } from '../../catalogue/schema.js';
import { validateCatalogue } from '../../catalogue/validate.js';
import { memorySource } from '../source.js';
import type { Fetched, ImportResult } from '../types.js';
import { toPlainText } from '../text.js';
import { importIntegreat } from './index.js';
import { parseBase } from './read.js';
import { cleanRecurrence, inferRecurrence } from './recurrence.js';
import { ImportLog } from '../log.js';

const DIR = 'tests/fixtures/import/integreat';
const FIXTURES = ['de/locations.json', 'de/events.json', 'ar/locations.json', 'ar/events.json'];
const fixture = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const folder = () => Object.fromEntries(FIXTURES.map((f) => [f, fixture(f)]));
const BASE = 'https://cms.integreat-app.de/api/v3/rostock/de/';

type Doc = { offers: Offer[]; events: CatalogueEvent[]; categories?: { id: string; name: unknown }[]; defaultLanguage: string; timeZone: string };
const doc = (r: ImportResult) => r.document as unknown as Doc;
const offer = (r: ImportResult, id: string) => doc(r).offers.find((o) => o.id === id)!;
const event = (r: ImportResult, id: string) => doc(r).events.find((e) => e.id === id)!;

/** The validator keeps every record the importer made, and a second run finds nothing at all. */
function expectClean(result: ImportResult) {
  const input = structuredClone(result.document);
  const first = validateCatalogue(input);
  expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(first.dropped).toBe(0);
  expect(first.catalogue.offers).toHaveLength(doc(result).offers.length);
  expect(first.catalogue.events).toHaveLength(doc(result).events.length);
  expect(first.problems).toEqual([]);
  const again = validateCatalogue(structuredClone(first.catalogue));
  expect(again.problems).toEqual([]);
  expect(again.dropped).toBe(0);
}

/** A fake API: answers the addresses of the saved fixtures. */
function fakeApi(overrides: Record<string, Fetched | Error> = {}) {
  const answers: Record<string, string> = {
    [`${BASE}locations/`]: fixture('de/locations.json'),
    [`${BASE}events/?combine_recurring=True`]: fixture('de/events.json'),
    'https://cms.integreat-app.de/api/v3/rostock/ar/locations/': fixture('ar/locations.json'),
    'https://cms.integreat-app.de/api/v3/rostock/ar/events/?combine_recurring=True': fixture('ar/events.json'),
  };
  const asked: string[] = [];
  const fetch = async (url: string): Promise<Fetched> => {
    asked.push(url);
    const override = overrides[url];
    if (override instanceof Error) throw override;
    if (override) return override;
    if (url in answers) return { url, status: 200, contentType: 'application/json', text: answers[url] };
    return { url, status: 404, contentType: 'application/json', text: '{"error":"not found"}' };
  };
  return { asked, source: memorySource({}, { kind: 'url', label: BASE, fetch }) };
}

describe('integreat: saved answers of two languages', () => {
  it('reads POIs and events of de and ar into one catalogue', async () => {
    const result = await importIntegreat(memorySource(folder(), { label: DIR }), { languages: ['de', 'ar'] });
    const d = doc(result);
    expect(result.read).toBe(45);
    expect(d.defaultLanguage).toBe('de');
    expect(d.timeZone).toBe('Europe/Berlin');
    expect(d.offers).toHaveLength(11);
    expect(d.events).toHaveLength(11);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'not an Integreat location (not a JSON object)',
      'has no title in any language',
      'has no usable start (event.start)',
    ]);
    expectClean(result);
  });

  it('reads every language of the folder when none is named, the default first', async () => {
    const result = await importIntegreat(memorySource(folder(), { label: DIR }));
    expect(doc(result).defaultLanguage).toBe('de');
    expect(offer(result, 'integreat-rostock-101').title).toEqual({
      de: 'Migrationsberatung für Erwachsene – Beispielverein Rostock',
      ar: 'استشارة الهجرة للبالغين – جمعية المثال روستوك',
    });
  });

  it('maps a POI: texts, place, contact, hours, category, organization, date', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de', 'ar'] });
    const mbe = offer(result, 'integreat-rostock-101');
    expect(mbe.description).toEqual({
      de: 'Wir beraten Sie zu Aufenthalt, Arbeit & Wohnen.\n\nUnsere Themen:\n\n• Integrationskurs\n• Anerkennung von Abschlüssen\n\nBeratung auf Deutsch, Englisch und Arabisch.\nBitte bringen Sie Ihre Unterlagen mit.',
      ar: 'نقدم لكم الاستشارة حول الإقامة والعمل والسكن.\n\nيرجى إحضار مستنداتكم.',
    });
    expect(mbe.summary).toEqual({ de: 'Wir beraten Sie zu Aufenthalt, Arbeit & Wohnen. Unsere Themen: Integrationskurs Anerkennung von Abschlüssen' });
    expect(mbe.location).toEqual({ street: 'Doberaner Straße 21', postalCode: '18057', locality: 'Rostock', lat: 54.0901, lon: 12.1237 });
    expect(mbe.contact).toEqual({ website: 'https://www.example.org/mbe-rostock', email: 'mbe-rostock@example.org', phone: '+49 381 0000 1234' });
    expect(mbe.organization).toEqual({ name: 'Beispielverein Rostock e. V.', url: 'https://www.example.org' });
    expect(mbe.updated).toBe('2026-03-02T10:15:00.123+01:00');
    expect(mbe.openingHours).toEqual({
      weekly: [
        { days: ['mo', 'tu', 'fr'], opens: '09:00', closes: '12:00' },
        { days: ['mo'], opens: '13:00', closes: '16:00' },
        { days: ['th'], opens: '13:00', closes: '18:00' },
      ],
    });
    // Appointment only on one day of four: the hours stay, the offer is not marked, and that is said.
    expect(result.unmapped).toContainEqual(expect.objectContaining({ field: 'opening hours', value: 'appointment only on some days' }));
    // "Beratung" fits no default category: a category of its own, named in both languages.
    expect(mbe.categories).toEqual(['integreat-category-13']);
    expect(doc(result).categories).toContainEqual({ id: 'integreat-category-13', name: { de: 'Beratung', ar: 'استشارة' } });
    // The eleven default categories are kept beside the ones made here.
    expect(doc(result).categories!.map((c) => c.id)).toEqual(expect.arrayContaining(['language', 'health', 'community', 'education']));
  });

  it('maps Integreat categories to default ones where clear', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de', 'ar'] });
    expect(offer(result, 'integreat-rostock-103').categories).toEqual(['community']); // Treffpunkt
    expect(offer(result, 'integreat-rostock-104').categories).toEqual(['health']); // Gesundheit
    expect(offer(result, 'integreat-rostock-108').categories).toEqual(['education']); // Bildung
    expect(offer(result, 'integreat-rostock-102').categories).toEqual(['integreat-category-1']); // Behörde/Amt
  });

  it('a category map of the caller wins', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de'], categoryMap: { 'Behörde/Amt': 'legal', '13': 'migration-counselling' } });
    expect(offer(result, 'integreat-rostock-102').categories).toEqual(['legal']);
    expect(offer(result, 'integreat-rostock-101').categories).toEqual(['migration-counselling']);
    expectClean(result);
  });

  it('appointment only, temporarily closed, contacts list, older answers', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de', 'ar'] });
    const office = offer(result, 'integreat-rostock-102');
    expect(office.openingHours).toEqual({ weekly: [{ days: ['mo', 'tu', 'th', 'fr'], opens: '08:30', closes: '12:00' }], appointmentOnly: true });
    // No website of its own; the appointment link is the booking link. The e-mail's domain in lower case.
    expect(office.contact).toEqual({ email: 'Auslaenderbehoerde@example.org', phone: '0381 0000 2222' });
    expect(office.booking).toBe('https://termine.example.org/rostock');
    // Its Arabic title only repeats the German one: not shown as a translation.
    expect(office.title).toEqual({ de: 'Ausländerbehörde (Beispiel)' });
    expect(office.description).toEqual({ de: 'Termine nur nach Vereinbarung. Buchen Sie online.', ar: 'المواعيد فقط بالحجز المسبق.' });

    const cafe = offer(result, 'integreat-rostock-103');
    expect(cafe.temporarilyClosed).toBe(true);
    expect(cafe.openingHours).toBeUndefined();
    expect(cafe.contact).toEqual({ website: 'https://sprachcafe.example.org' });
    // The Arabic record names no other language: matched by the POI id.
    expect(cafe.title).toEqual({ de: 'Sprachcafé Lütten Klein', ar: 'مقهى اللغة لوتن كلاين' });

    const jobcenter = offer(result, 'integreat-rostock-107');
    expect(jobcenter.contact).toEqual({ website: 'https://www.example.org/jobcenter-stralsund', email: 'integration-stralsund@example.org', phone: '+49 170 0000 4444' });
    expect(jobcenter.title).toEqual({ de: 'Jobcenter-Sprechstunde Stralsund' });

    const vhs = offer(result, 'integreat-rostock-108');
    expect(vhs.location).toEqual({ street: 'Lübsche Straße 37', postalCode: '23966', locality: 'Wismar', lat: 53.8925, lon: 11.461 });
    expect(vhs.contact?.website).toBe('https://www.example.org/vhs-wismar');
    expect(vhs.description).toEqual({ de: 'Integrationskurse und Alphabetisierung.\n\nAnmeldung im Sekretariat.' });
    expect(vhs.updated).toBe('2024-11-20');

    // Empty strings everywhere: nothing made of them.
    expect(offer(result, 'integreat-rostock-109')).toEqual({
      id: 'integreat-rostock-109',
      title: { de: 'Integrationskurse Erfurt' },
      categories: ['education'],
      location: { locality: 'Erfurt', lat: 50.9787, lon: 11.0328 },
    });
    // Only in Arabic: an offer with Arabic texts.
    expect(offer(result, 'integreat-rostock-111').title).toEqual({ ar: 'مكتب الاستشارة في غوسترو' });
  });

  it('repairs broken hours, coordinates and phone numbers, and reports them', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de'] });
    const health = offer(result, 'integreat-rostock-104');
    expect(health.location).toEqual({ street: 'Maxim-Gorki-Straße 52', postalCode: '18106', locality: 'Rostock' });
    expect(health.openingHours?.weekly).toEqual([
      { days: ['mo'], opens: '09:00', closes: '12:00' },
      { days: ['we'], opens: '00:00', closes: '24:00' },
      { days: ['fr'], opens: '18:00', closes: '24:00' },
    ]);
    expect(health.contact).toEqual({ phone: '038100003333' });
    const reasons = result.unmapped.map((u) => `${u.field}: ${u.value}: ${u.reason}`);
    expect(reasons).toContain('opening time: 25:00–26:00: not a time of day; this slot was left out');
    expect(reasons).toContain('opening time: 16:00–14:00: closes before it opens; this slot was left out');
    expect(reasons).toContain('coordinates: 13.3815, 54.096: latitude and longitude were swapped; swapped back');
    expect(offer(result, 'integreat-rostock-106').location).toMatchObject({ lat: 54.096, lon: 13.3815 });
  });

  it('keeps markup and dangerous links out', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de'] });
    const clothes = offer(result, 'integreat-rostock-105');
    expect(clothes.title).toEqual({ de: 'Kleiderkammer Schwerin' });
    expect(clothes.description).toEqual({ de: 'Kostenlose Kleidung für alle.\n\nSpenden nehmen wir gern an.\n\nMehr' });
    expect(clothes.location).toEqual({ street: 'Mecklenburgstraße 4', postalCode: '19053', locality: 'Schwerin', lat: 53.6288, lon: 11.4148 });
    expect(clothes.organization).toEqual({ name: 'Kleiderkammer e. V.' });
    expect(clothes.contact).toBeUndefined();
    expect(offer(result, 'integreat-rostock-106').title).toEqual({ de: 'Frauenberatung Greifswald' });
    const dropped = result.unmapped.filter((u) => /not a safe web address/.test(u.reason)).map((u) => u.value);
    expect(dropped).toEqual(expect.arrayContaining(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'javascript:alert(document.domain)']));
    const text = JSON.stringify(result.document);
    expect(text).not.toMatch(/<script|<img|<iframe|<b>|onclick|javascript:|data:text|evil\.example/i);
    expectClean(result);
  });
});

describe('integreat: events', () => {
  it('one recurring event from a combined event with its rule', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de', 'ar'] });
    expect(event(result, 'integreat-rostock-event-501')).toEqual({
      id: 'integreat-rostock-event-501',
      title: { de: 'Deutsch-Café', ar: 'مقهى اللغة الألمانية' },
      description: { de: 'Jeden Dienstag Deutsch sprechen.', ar: 'كل يوم ثلاثاء.' },
      start: '2026-01-06T15:00:00+01:00',
      end: '2026-01-06T17:00:00+01:00',
      location: { street: 'Warnowallee 31', postalCode: '18107', locality: 'Rostock', lat: 54.1409, lon: 12.0626 },
      url: 'https://cms.integreat-app.de/rostock/de/events/deutsch-cafe/',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      offer: 'integreat-rostock-103',
    });
  });

  it('occurrences listed one by one become one recurring event, in both languages', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de', 'ar'] });
    const hours = doc(result).events.filter((e) => JSON.stringify(e.title).includes('Sprechstunde'));
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatchObject({
      id: 'integreat-rostock-event-502',
      title: { de: 'Offene Sprechstunde Migrationsberatung', ar: 'ساعة استشارة مفتوحة' },
      start: '2026-05-04T10:00:00+02:00',
      end: '2026-05-04T12:00:00+02:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260525T235959',
      url: 'https://cms.integreat-app.de/rostock/de/events/sprechstunde/',
      offer: 'integreat-rostock-101',
    });
    // The rule gives exactly the listed dates, no more.
    await loadRecurrenceRules();
    const dates = occurrencesOf(hours[0], 0, 'Europe/Berlin', new Date('2026-04-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z')).map((o) => o.start.toISOString());
    expect(dates).toEqual(['2026-05-04T08:00:00.000Z', '2026-05-11T08:00:00.000Z', '2026-05-18T08:00:00.000Z', '2026-05-25T08:00:00.000Z']);
    expect(result.unmapped).toContainEqual(expect.objectContaining({ field: 'event occurrence', value: 'Offene Sprechstunde Migrationsberatung', count: 3 }));
  });

  it('the same event entered on regular dates is one event; on irregular dates it stays apart', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de'] });
    const sewing = doc(result).events.filter((e) => JSON.stringify(e.title).includes('Nähcafé'));
    expect(sewing).toHaveLength(1);
    expect(sewing[0].recurrence).toBe('FREQ=WEEKLY;BYDAY=WE;UNTIL=20260617T235959');
    const daily = doc(result).events.filter((e) => JSON.stringify(e.title).includes('Ferienprogramm'));
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({ start: '2026-07-20T09:00:00+02:00', recurrence: 'FREQ=DAILY;UNTIL=20260724T235959' });
    const parents = doc(result).events.filter((e) => JSON.stringify(e.title).includes('Elterncafé'));
    expect(parents.map((e) => e.start)).toEqual(['2026-05-05T09:30:00+02:00', '2026-05-08T09:30:00+02:00', '2026-05-19T09:30:00+02:00']);
    expect(parents.every((e) => e.recurrence === undefined)).toBe(true);
    expect(new Set(parents.map((e) => e.id)).size).toBe(3);
  });

  it('times without an offset, all-day events, online events, ends before starts', async () => {
    const result = await importIntegreat(memorySource(folder()), { languages: ['de'] });
    expect(event(result, 'integreat-rostock-event-520')).toMatchObject({ start: '2026-03-10T18:00:00+01:00', end: '2026-03-10T20:00:00+01:00', offer: 'integreat-rostock-107' });
    expect(result.unmapped).toContainEqual(expect.objectContaining({ field: 'time zone', value: 'Europe/Berlin', reason: 'date-time without an offset; read as local time in Europe/Berlin' }));
    const fest = event(result, 'integreat-rostock-event-530');
    expect(fest.start).toBe('2026-07-11');
    expect(fest.end).toBeUndefined();
    expect(fest.offer).toBeUndefined();
    expect(event(result, 'integreat-rostock-event-550')).toMatchObject({ online: true, url: 'https://meet.example.org/anerkennung' });
    expect(event(result, 'integreat-rostock-event-550').location).toBeUndefined();
    const bad = event(result, 'integreat-rostock-event-560');
    expect(bad).toMatchObject({ title: { de: 'Kochabend' }, description: { de: 'Wir kochen.' }, start: '2026-05-14T19:00:00+02:00' });
    expect(bad.end).toBeUndefined();
    expect(bad.online).toBeUndefined();
  });

  it('reads a time without offset in the given time zone', async () => {
    const events = JSON.stringify([
      { id: 1, title: 'Sommerabend', content: '', event: { id: 9, start_date: '2026-07-10', start_time: '18:00:00', end_date: '2026-07-10', end_time: '20:00:00', all_day: false } },
    ]);
    const berlin = await importIntegreat(memorySource({ 'events.json': events }));
    expect(doc(berlin).events[0]).toMatchObject({ start: '2026-07-10T18:00:00+02:00', end: '2026-07-10T20:00:00+02:00' });
    const london = await importIntegreat(memorySource({ 'events.json': events }), { timeZone: 'Europe/London' });
    expect(doc(london).events[0]).toMatchObject({ start: '2026-07-10T18:00:00+01:00' });
    expect(doc(london).timeZone).toBe('Europe/London');
  });
});

describe('integreat: the content API', () => {
  it('downloads locations and events of each language and merges them', async () => {
    const api = fakeApi();
    const result = await importIntegreat(api.source, { languages: ['de', 'ar'] });
    expect(api.asked).toEqual([
      'https://cms.integreat-app.de/api/v3/rostock/de/locations/',
      'https://cms.integreat-app.de/api/v3/rostock/de/events/?combine_recurring=True',
      'https://cms.integreat-app.de/api/v3/rostock/ar/locations/',
      'https://cms.integreat-app.de/api/v3/rostock/ar/events/?combine_recurring=True',
    ]);
    const fromFolder = await importIntegreat(memorySource(folder()), { languages: ['de', 'ar'] });
    expect(result.document).toEqual(fromFolder.document);
    expect(result.read).toBe(45);
    expectClean(result);
  });

  it('without languages: only the language of the address', async () => {
    const api = fakeApi();
    const result = await importIntegreat(api.source);
    expect(api.asked).toHaveLength(2);
    expect(offer(result, 'integreat-rostock-101').title).toEqual({ de: 'Migrationsberatung für Erwachsene – Beispielverein Rostock' });
  });

  it('a language that fails is reported; the others are read', async () => {
    const api = fakeApi({
      'https://cms.integreat-app.de/api/v3/rostock/ar/locations/': new Error('connection reset'),
      'https://cms.integreat-app.de/api/v3/rostock/ar/events/?combine_recurring=True': { url: '', status: 500, contentType: 'text/html', text: '<h1>Server Error</h1>' },
    });
    const result = await importIntegreat(api.source, { languages: ['de', 'ar', 'fa'] });
    expect(doc(result).offers).toHaveLength(10);
    expect(result.skipped).toContainEqual({ at: 'https://cms.integreat-app.de/api/v3/rostock/ar/locations/', reason: 'cannot be downloaded (connection reset)' });
    expect(result.skipped).toContainEqual({ at: 'https://cms.integreat-app.de/api/v3/rostock/ar/events/?combine_recurring=True', reason: 'the server answered with status 500' });
    expect(result.skipped).toContainEqual({ at: 'https://cms.integreat-app.de/api/v3/rostock/fa/locations/', reason: 'the server answered with status 404' });
    expectClean(result);
  });

  it('an answer that is not JSON is reported; nothing at all read is an error', async () => {
    const fetch = async (url: string): Promise<Fetched> => ({ url, status: 200, contentType: 'text/html', text: '<!doctype html><p>Wartung</p>' });
    await expect(importIntegreat(memorySource({}, { kind: 'url', label: BASE, fetch }))).rejects.toThrow(/nothing could be read from Integreat.*not readable as JSON/);
    await expect(importIntegreat(memorySource({}, { kind: 'url', label: 'ftp://example.org/x', fetch }))).rejects.toThrow(/not an address of Integreat's content API/);
    await expect(importIntegreat(memorySource({}, { kind: 'url', label: 'https://cms.integreat-app.de/api/v3/', fetch }))).rejects.toThrow(/should end with the region and the language/);
  });

  it('finds the language segment in the address forms Integreat has used', () => {
    expect(parseBase('https://cms.integreat-app.de/api/v3/augsburg/de/')).toEqual({ prefix: 'https://cms.integreat-app.de/api/v3/augsburg/', suffix: '', lang: 'de', region: 'augsburg' });
    expect(parseBase('https://cms.integreat-app.de/api/v3/augsburg/de')).toMatchObject({ lang: 'de', region: 'augsburg' });
    expect(parseBase('https://cms.integreat-app.de/api/v3/augsburg/de/locations/')).toMatchObject({ lang: 'de', region: 'augsburg' });
    expect(parseBase('https://cms.integreat-app.de/augsburg/de/wp-json/extensions/v3/')).toEqual({
      prefix: 'https://cms.integreat-app.de/augsburg/',
      suffix: 'wp-json/extensions/v3/',
      lang: 'de',
      region: 'augsburg',
    });
    expect(parseBase('javascript:alert(1)')).toBeUndefined();
  });
});

describe('integreat: folder layouts and languages', () => {
  it('one language without a language folder: the default language', async () => {
    const files = { 'locations.json': fixture('de/locations.json'), 'events.json': fixture('de/events.json') };
    const result = await importIntegreat(memorySource(files));
    expect(offer(result, 'integreat-rostock-101').title).toEqual({ de: 'Migrationsberatung für Erwachsene – Beispielverein Rostock' });
    const arabic = await importIntegreat(memorySource({ 'locations.json': fixture('ar/locations.json') }), { languages: ['ar'] });
    expect(doc(arabic).defaultLanguage).toBe('ar');
    expect(offer(arabic, 'integreat-rostock-101').title).toEqual({ ar: 'استشارة الهجرة للبالغين – جمعية المثال روستوك' });
  });

  it('files named locations.<lang>.json, in a subfolder', async () => {
    const files = {
      'export/locations.de.json': fixture('de/locations.json'),
      'export/locations.ar.json': fixture('ar/locations.json'),
      'export/events.de.json': fixture('de/events.json'),
    };
    const result = await importIntegreat(memorySource(files), { languages: ['de', 'ar'] });
    expect(offer(result, 'integreat-rostock-106').title).toEqual({ de: 'Frauenberatung Greifswald', ar: 'استشارة النساء غرايفسفالد' });
    expect(doc(result).events).toHaveLength(11);
  });

  it('Integreat’s German in simple language (de-si) is read as Easy German, de-x-ls, next to German', async () => {
    const files = { 'de/locations.json': fixture('de/locations.json'), 'de-si/locations.json': fixture('de-si/locations.json') };
    const result = await importIntegreat(memorySource(files));
    expect(result.unmapped.filter((u) => u.field === 'language')).toEqual([]);
    expect(JSON.stringify(result.document)).not.toContain('de-SI');
    expect(doc(result).offers).toHaveLength(10);
    const mbe = offer(result, 'integreat-rostock-101');
    expect(mbe.title).toEqual({ de: 'Migrationsberatung für Erwachsene – Beispielverein Rostock', 'de-x-ls': 'Beratung für Menschen aus anderen Ländern – Beispielverein Rostock' });
    expect((mbe.description as Record<string, string>)['de-x-ls']).toBe('Sie sind neu in Deutschland?\n\nWir beraten Sie.\nZum Beispiel zu Wohnung und Arbeit.\n\nDie Beratung kostet nichts.');
    expectClean(result);
  });

  it('a folder without saved answers is an error; a language without files is reported', async () => {
    await expect(importIntegreat(memorySource({ 'readme.txt': 'x', 'data.csv': 'a,b' }))).rejects.toThrow(/no saved Integreat answers/);
    const result = await importIntegreat(memorySource({ 'de/locations.json': '[]' }), { languages: ['de', 'uk'] });
    expect(result.skipped).toContainEqual({ at: 'memory', reason: 'no locations.json or events.json for the language "uk"' });
  });

  it('broken files are reported; nothing readable at all is an error', async () => {
    const result = await importIntegreat(memorySource({ 'de/locations.json': '{"results": []}', 'de/events.json': fixture('de/events.json'), 'ar/events.json': '[{"id": 1,' }));
    expect(result.skipped).toContainEqual({ at: 'de/locations.json', reason: 'not a list of Integreat records (the endpoints answer with a JSON list)' });
    expect(result.skipped).toContainEqual(expect.objectContaining({ at: 'ar/events.json', reason: expect.stringMatching(/^not readable as JSON/) }));
    expect(doc(result).events).toHaveLength(11);
    await expect(importIntegreat(memorySource({ 'de/locations.json': '{"results": []}', 'de/events.json': '[{"id": 1,' }))).rejects.toThrow(
      /nothing could be read from Integreat \(de\/locations.json: not a list of Integreat records.*de\/events.json: not readable as JSON/,
    );
  });
});

describe('integreat: HTML to plain text', () => {
  it('keeps paragraphs and line breaks, decodes references, drops scripts, styles, frames and comments', () => {
    const html = '<h1>Titel</h1><p>Erste&nbsp;Zeile<br/>zweite   Zeile</p><!-- x --><script type="text/javascript">alert("<p>")</script><style>p{}</style><iframe src=x>frame</iframe><p title="a>b">Stra&szlig;e &#8211; &#x1F600; &amp;amp;</p>';
    expect(toPlainText(html, { max: 1000, breaks: 'paragraphs' }).text).toBe('Titel\n\nErste Zeile\nzweite Zeile\n\nStraße – 😀 &amp;');
    expect(toPlainText('<b>Frauen</b>beratung\n Greifswald', { max: 300, breaks: 'none' }).text).toBe('Frauenberatung Greifswald');
  });

  it('removes markup that only appears after decoding, and control characters', () => {
    expect(toPlainText('&lt;script&gt;alert(1)&lt;/script&gt;Text', { max: 1000, breaks: 'paragraphs' }).text).toBe('Text');
    expect(toPlainText('&lt;&lt;b&gt;b&gt;fett', { max: 1000, breaks: 'paragraphs' }).text).not.toMatch(/<\s*\/?\s*[a-z!?][^>]*>/i);
    expect(toPlainText('a < 5 und c > d', { max: 1000, breaks: 'paragraphs' }).text).toBe('a < 5 und c > d');
    // "< b und c >" reads as a tag to the validator: the "<" is shown as "‹".
    expect(toPlainText('a < b und c > d', { max: 1000, breaks: 'paragraphs' }).text).toBe('a ‹ b und c > d');
    // Decoded markup that is not closed hides nothing.
    expect(toPlainText('Bitte &lt;script&gt; nicht eingeben, danke', { max: 1000, breaks: 'paragraphs' }).text).toBe('Bitte nicht eingeben, danke');
    expect(toPlainText('Kein\u202eTrick\u0007 hier', { max: 1000, breaks: 'paragraphs' }).text).toBe('KeinTrick hier');
  });

  it('shortens long text at a word and says so', () => {
    const out = toPlainText(`<p>${'Wort '.repeat(10_000)}</p>`, { max: 20_000, breaks: 'paragraphs' });
    expect(out.shortened).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(20_000);
    expect(out.text.endsWith('Wort…')).toBe(true);
  });

  it('takes linear time on broken and hostile markup', () => {
    const started = performance.now();
    for (const html of ['<'.repeat(1_000_000), '<a '.repeat(300_000), '<a "'.repeat(300_000), '<script>'.repeat(100_000), '&#'.repeat(500_000), `<p>${'x'.repeat(5_000_000)}`]) {
      const out = toPlainText(html, { max: 20_000, breaks: 'paragraphs' });
      expect(out.text.length).toBeLessThanOrEqual(20_000);
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('integreat: recurrence rules', () => {
  it('cleans Integreat rules', () => {
    const log = new ImportLog();
    expect(cleanRecurrence('DTSTART:20230414T050000\nRRULE:FREQ=WEEKLY;BYDAY=MO', '2026-01-01', log, 'x')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(cleanRecurrence('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=+2MO;UNTIL=20261231T235959', '2026-01-01', log, 'x')).toBe('FREQ=MONTHLY;BYDAY=+2MO;UNTIL=20261231T235959');
    expect(cleanRecurrence('FREQ=daily;interval=2;COUNT=5', '2026-01-01', log, 'x')).toBe('FREQ=DAILY;INTERVAL=2;COUNT=5');
    expect(cleanRecurrence('RRULE:FREQ=WEEKLY;UNTIL=20251231', '2026-01-01', log, 'x')).toBeUndefined();
    expect(cleanRecurrence('RRULE:FREQ=HOURLY', '2026-01-01', log, 'x')).toBeUndefined();
    expect(cleanRecurrence('RRULE:FREQ=WEEKLY;BYDAY=MO;X-EVIL=<script>', '2026-01-01', log, 'x')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(cleanRecurrence('jeden Montag', '2026-01-01', log, 'x')).toBeUndefined();
    expect(log.unmappedList().map((u) => u.field)).toEqual(expect.arrayContaining(['recurrence rule', 'recurrence rule part']));
  });

  it('finds a rule only in regular dates', () => {
    expect(inferRecurrence(['2026-05-04', '2026-05-11', '2026-05-18'], false)).toBe('FREQ=WEEKLY;BYDAY=MO;UNTIL=20260518T235959');
    expect(inferRecurrence(['2026-05-04', '2026-05-18', '2026-06-01'], false)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20260601T235959');
    expect(inferRecurrence(['2026-05-04', '2026-05-05', '2026-05-06'], true)).toBe('FREQ=DAILY;UNTIL=20260506');
    expect(inferRecurrence(['2026-05-05', '2026-05-07', '2026-05-12', '2026-05-14'], false)).toBe('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260514T235959');
    expect(inferRecurrence(['2026-05-05', '2026-05-07', '2026-05-14'], false)).toBeUndefined();
    expect(inferRecurrence(['2026-05-05', '2026-05-08', '2026-05-19'], false)).toBeUndefined();
    expect(inferRecurrence(['2026-05-05'], false)).toBeUndefined();
  });
});

describe('integreat: hostile input', () => {
  const poi = (n: number, extra: Record<string, unknown> = {}) => ({
    id: 5000 + n,
    path: `/weimar/de/locations/ort-${n}/`,
    title: `Ort ${n}`,
    content: `<p>Beschreibung ${n}</p>`,
    excerpt: `Beschreibung ${n}`,
    available_languages: {},
    location: { id: n, name: `Ort ${n}`, address: 'Goetheplatz 1', town: 'Weimar', postcode: '99423', latitude: 50.9803, longitude: 11.3256 },
    category: { id: 8, name: 'Gesundheit', icon: 'health' },
    opening_hours: null,
    ...extra,
  });

  it('barrier_free is wheelchair access where the region has said it, and nothing where it is null', async () => {
    const pois = [poi(1, { barrier_free: true }), poi(2, { barrier_free: false }), poi(3, { barrier_free: null }), poi(4, { barrier_free: 'vielleicht' })];
    const result = await importIntegreat(memorySource({ 'locations.json': JSON.stringify(pois) }));
    expect(doc(result).offers.map((o) => o.wheelchair)).toEqual(['yes', 'no', undefined, undefined]);
    expectClean(result);
  });

  it('javascript: and disguised links in every link field are dropped and counted', async () => {
    const links = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example.org', '&#106;avascript:alert(1)', 'https://user:pw@evil.example.org', 'https://exa\u200bmple.org', '/relative/path'];
    const pois = links.map((link, n) => poi(n, { website: link, appointment_url: link, organization: { name: 'Verein', website: link }, contacts: [{ website: link, email: `<script>@x`, phone_number: 'javascript:1' }] }));
    const events = links.map((link, n) => ({ id: n, title: `Termin ${n}`, url: link, meeting_url: link, content: '', event: { id: n, start: '2026-09-01T10:00:00+02:00', end: '2026-09-01T11:00:00+02:00', all_day: false }, location: { id: null } }));
    const result = await importIntegreat(memorySource({ 'locations.json': JSON.stringify(pois), 'events.json': JSON.stringify(events) }));
    expect(doc(result).offers).toHaveLength(links.length);
    expect(doc(result).events).toHaveLength(links.length);
    for (const o of doc(result).offers) expect(o.contact).toBeUndefined();
    for (const o of doc(result).offers) expect(o.organization).toEqual({ name: 'Verein' });
    for (const e of doc(result).events) expect(e.url).toBeUndefined();
    const websites = result.unmapped.filter((u) => u.field === 'website');
    expect(websites.reduce((n, u) => n + u.count, 0)).toBe(links.length);
    expectClean(result);
  });

  it('markup and script in every text field, huge fields, prototype keys', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(1)><b onmouseover="x">Name</b>&lt;svg onload=alert(1)&gt;';
    const record = poi(1, {
      title: `${evil} ${'Langer Titel '.repeat(100)}`,
      content: `<p>${'Absatz mit Text. '.repeat(300_000)}</p>`,
      excerpt: evil.repeat(1000),
      meta_description: evil,
      location: { id: 1, name: evil, address: evil, town: evil, postcode: '<b>99423</b>', latitude: '50,9803', longitude: 11.3256 },
      category: { id: 99, name: evil, icon: '__proto__' },
      organization: { name: evil },
      opening_hours: Array.from({ length: 7 }, () => ({ allDay: false, closed: false, appointmentOnly: false, timeSlots: Array.from({ length: 500 }, (_, i) => ({ start: `${String(i % 24).padStart(2, '0')}:00`, end: `${String((i % 23) + 1).padStart(2, '0')}:30` })) })),
    });
    const polluted = JSON.parse(JSON.stringify(record).replace('"id":5001', '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":5001'));
    const event = { id: 1, title: evil, content: evil, event: { id: 1, start: '2026-09-01T10:00:00+02:00', all_day: false }, location: { id: 1, address: evil, town: evil, latitude: null, longitude: null }, recurrence_rule: `RRULE:FREQ=WEEKLY;BYDAY=${'MO,'.repeat(10_000)}MO` };
    const result = await importIntegreat(memorySource({ 'locations.json': JSON.stringify([polluted]), 'events.json': JSON.stringify([event]) }), { categoryMap: { constructor: 'x', toString: 'y' } as Record<string, string> });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const o = doc(result).offers[0];
    expect((o.title as Record<string, string>).de.length).toBeLessThanOrEqual(300);
    expect((o.title as Record<string, string>).de).toMatch(/^Name Langer Titel .*…$/);
    expect((o.description as Record<string, string>).de.length).toBeLessThanOrEqual(20_000);
    expect(o.location).toEqual({ street: 'Name', locality: 'Name', postalCode: '99423', lat: 50.9803, lon: 11.3256 });
    expect(o.openingHours!.weekly!.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(result.document)).not.toMatch(/<\s*\/?\s*[a-z!?][^>]*>|onerror|onload|polluted/i);
    expect(result.unmapped).toContainEqual(expect.objectContaining({ field: 'title', reason: 'longer than 300 characters; shortened' }));
    expect(result.unmapped).toContainEqual(expect.objectContaining({ field: 'content', reason: 'longer than 20000 characters; shortened' }));
    expectClean(result);
  });

  it('reads 100,000 POIs in a few seconds', async () => {
    const started = performance.now();
    const hours = [{ allDay: false, closed: false, appointmentOnly: false, timeSlots: [{ start: '09:00', end: '12:00' }] }, ...Array.from({ length: 6 }, () => ({ allDay: false, closed: true, appointmentOnly: false, timeSlots: [] }))];
    const pois = Array.from({ length: 100_000 }, (_, n) =>
      poi(n, { website: n % 3 ? `https://example.org/ort/${n}` : 'javascript:void(0)', phone_number: '+49 3643 0000 1234', opening_hours: hours }),
    );
    const text = JSON.stringify(pois);
    const built = performance.now();
    const result = await importIntegreat(memorySource({ 'locations.json': text }));
    const took = performance.now() - built;
    expect(doc(result).offers).toHaveLength(100_000);
    expect(result.read).toBe(100_000);
    expect(result.skipped).toEqual([]);
    expect(result.unmapped).toContainEqual(expect.objectContaining({ field: 'website', value: 'javascript:void(0)', count: 33_334 }));
    expect(doc(result).offers[99_998]).toMatchObject({ id: 'integreat-weimar-99998', categories: ['health'], contact: { website: 'https://example.org/ort/99998', phone: '+49 3643 0000 1234' } });
    console.log(`integreat: 100,000 POIs generated in ${Math.round(built - started)} ms, imported in ${Math.round(took)} ms`);
    // A few seconds on a laptop; the bound leaves room for a busy test machine.
    expect(took).toBeLessThan(15_000);
    const checked = validateCatalogue(result.document);
    expect(checked.dropped).toBe(0);
    expect(checked.catalogue.offers).toHaveLength(100_000);
  }, 30_000);
});
