import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueError } from './errors.js';
import * as v from 'valibot';
import { CatalogueSchema } from './schema.js';
import { PROBLEM_CODES, validateCatalogue, type Problem } from './validate.js';

const hostileText = readFileSync(new URL('../../tests/fixtures/hostile-catalogue.json', import.meta.url), 'utf8');
const hostile = () => validateCatalogue(JSON.parse(hostileText));

const minimal = (extra: Record<string, unknown> = {}) => ({
  format: 'willkommen-catalogue',
  version: 1,
  offers: [{ id: 'o-1', title: 'Sprachkurs' }],
  ...extra,
});

function problemsAt(problems: Problem[], prefix: string) {
  return problems.filter((p) => p.path.startsWith(prefix));
}

describe('validateCatalogue: documents that are not catalogues', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'hello'],
    ['an object without format', { offers: [] }],
    ['another format', { format: 'hsds', version: 1 }],
    ['a newer version', { format: 'willkommen-catalogue', version: 2 }],
    ['a version as text', { format: 'willkommen-catalogue', version: '1' }],
  ])('refuses %s with one clear message', (_label, doc) => {
    expect(() => validateCatalogue(doc)).toThrow(CatalogueError);
    try {
      validateCatalogue(doc);
    } catch (error) {
      expect((error as CatalogueError).kind).toBe('not-catalogue');
      expect((error as CatalogueError).message).toMatch(/catalogue/);
    }
  });

  it('tells a maintainer to update the kit for a newer format version', () => {
    expect(() => validateCatalogue({ format: 'willkommen-catalogue', version: 2 })).toThrow(/version 2.*Update the kit/);
  });
});

describe('validateCatalogue: a good catalogue', () => {
  it('keeps records, fills defaults and reports nothing', () => {
    const { catalogue, problems, dropped } = validateCatalogue(minimal());
    expect(problems).toEqual([]);
    expect(dropped).toBe(0);
    expect(catalogue.offers.map((o) => o.id)).toEqual(['o-1']);
    expect(catalogue.timeZone).toBe('Europe/Berlin');
    expect(catalogue.defaultLanguage).toBe('de');
    expect(catalogue.categories).toHaveLength(11);
    expect(catalogue.events).toEqual([]);
  });

  it('uses the catalogue’s own categories instead of the defaults', () => {
    const { catalogue } = validateCatalogue(minimal({ categories: [{ id: 'x', name: 'X' }] }));
    expect(catalogue.categories.map((c) => c.id)).toEqual(['x']);
  });

  it('ignores unknown fields so the format can grow', () => {
    const { catalogue, problems } = validateCatalogue(minimal({ futureField: 1, offers: [{ id: 'o-1', title: 'T', rating: 5 }] }));
    expect(problems).toEqual([]);
    expect(catalogue.offers[0]).not.toHaveProperty('rating');
  });

  it('refuses an unknown time zone but keeps the catalogue', () => {
    const { catalogue, problems } = validateCatalogue(minimal({ timeZone: 'Mars/Olympus' }));
    expect(catalogue.timeZone).toBe('Europe/Berlin');
    expect(problems[0]).toMatchObject({ path: '$.timeZone', severity: 'error' });
  });
});

describe('validateCatalogue: the hostile fixture', () => {
  const source = JSON.parse(hostileText) as { offers: unknown[]; events: unknown[]; jobs: unknown[] };
  const { catalogue, problems, dropped, repaired, removed } = hostile();
  const ids = (list: { id: string }[]) => list.map((r) => r.id);
  const offer = (id: string) => catalogue.offers.find((o) => o.id === id);
  const indexOf = (id: string) => (source.offers as { id?: string }[]).findIndex((o) => o?.id === id);

  it('drops only the records that cannot be shown: no usable id or title, a repeated id, an event without a start', () => {
    const droppedOffers = ['bad-title-empty', 'bad-title-html-object', 'bad-long-title', 'bad id with spaces', `bad-id-${'x'.repeat(300)}`];
    const expectedOffers = (source.offers as { id?: unknown }[])
      .map((o) => (o && typeof o === 'object' && !Array.isArray(o) && typeof o.id === 'string' ? o.id : undefined))
      .filter((id, i, all): id is string => id !== undefined && !droppedOffers.includes(id) && all.indexOf(id) === i);
    expect(ids(catalogue.offers)).toEqual(expectedOffers);
    expect(catalogue.offers).toHaveLength(58);
    expect(ids(catalogue.events)).not.toContain('bad-event-start');
    expect(ids(catalogue.events)).not.toContain('bad-event-feb-30');
    expect(catalogue.events).toHaveLength(24);
    expect(catalogue.jobs).toHaveLength(23);
    expect(ids(catalogue.categories)).toEqual(['language', 'community']);
    expect(ids(catalogue.regions)).toEqual(['rostock', 'bad-region-name']);
    // 10 offers (5 without a usable id or title, 3 not objects, 1 without an id, 1 repeated id), 2 events, 2 categories.
    expect(dropped).toBe(source.offers.length - 58 + 2 + 2);
    expect(problems.filter((p) => p.action === 'dropped')).toHaveLength(dropped);
    expect(repaired).toBeGreaterThan(0);
    expect(removed).toBeGreaterThan(80);
  });

  it('keeps every record with a dangerous link, without the link, and reports it once', () => {
    for (let i = 0; i < 18; i++) {
      const website = problemsAt(problems, `$.offers[${6 + i}].contact.website`);
      expect(website, `website variant ${i}`).toHaveLength(1);
      expect(website[0]).toMatchObject({ severity: 'warning', action: 'removed', code: expect.stringMatching(/^(unsafe|bad)-link$/) });
      expect(offer(`bad-website-${i}`)?.contact).toBeUndefined();
      expect(offer(`bad-website-${i}`)?.organization?.url).toBe('https://verein.example.org/');
      expect(problemsAt(problems, `$.offers[${24 + i}].organization.url`)).toHaveLength(1);
      expect(offer(`bad-organization-url-${i}`)?.organization).toEqual({ name: 'Verein' });
      expect(catalogue.events.find((e) => e.id === `bad-event-url-${i}`)?.url).toBeUndefined();
      expect(catalogue.jobs.find((j) => j.id === `bad-apply-url-${i}`)?.apply).toBeUndefined();
    }
    expect(problemsAt(problems, '$.offers[6].contact.website')[0].code).toBe('unsafe-link');
    const kept = JSON.stringify(catalogue);
    expect(kept).not.toMatch(/javascript|vbscript|data:text|file:|evil\.example/i);
  });

  it('reports each problem once', () => {
    const keys = problems.map((p) => `${p.path} ${p.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every problem a code of the documented list', () => {
    for (const p of problems) expect(PROBLEM_CODES).toContain(p.code);
  });

  it('gives a catalogue that the schema accepts, and that validates again without any problem or markup note lost', () => {
    expect(v.safeParse(CatalogueSchema, catalogue).success).toBe(true);
    const again = validateCatalogue(JSON.parse(JSON.stringify(catalogue)));
    expect(again.dropped).toBe(0);
    // What is left are notes on records kept as written: markup shown as text, coordinates that look swapped.
    expect(again.problems.filter((p) => p.action !== 'kept')).toEqual([]);
    expect(again.catalogue).toEqual(catalogue);
  });

  it('keeps markup as literal text and warns about it', () => {
    const title = catalogue.offers[0].title as Record<string, string>;
    expect(title.de).toBe('Titel <script>alert(document.cookie)</script><img src=x onerror="alert(1)"><b onclick="x()">fett</b>');
    expect(problemsAt(problems, '$.offers[0].title.de')[0]).toMatchObject({ severity: 'warning', code: 'markup', message: expect.stringMatching(/HTML/) });
  });

  it('removes right-to-left override characters and says so', () => {
    const title = catalogue.offers[0].title as Record<string, string>;
    expect(title.ar).not.toMatch(/\u202e/);
    expect(title.ar.startsWith('عنوان')).toBe(true);
    expect(problems.some((p) => p.path === '$.offers[0].title.ar' && p.code === 'hidden-characters' && /direction override/.test(p.message))).toBe(true);
  });

  it('reports the first id of a duplicate as the winner', () => {
    const dup = problems.find((p) => /duplicate id "ok-duplicate"/.test(p.message));
    expect(dup).toMatchObject({ path: '$.offers[5].id', severity: 'error', code: 'duplicate-id', action: 'dropped' });
    expect(dup?.message).toContain('$.offers[4]');
    expect((catalogue.offers[4].title as Record<string, string>).de).toMatch(/^Titel/);
  });

  it('explains in plain words what was removed and keeps the rest of the record', () => {
    const at = (id: string) => problemsAt(problems, `$.offers[${indexOf(id)}]`).filter((p) => p.code !== 'markup' && p.code !== 'hidden-characters').map((p) => `${p.path} ${p.message}`).join('\n');
    expect(at('bad-categories-string')).toMatch(/categories "language" was read as a list of 1/);
    expect(offer('bad-categories-string')?.categories).toEqual(['language']);
    expect(at('bad-online-string')).toMatch(/online must be true or false, found "yes"|online "yes" was read as true/);
    expect(at('bad-lat-string')).toMatch(/location\.lat "54\.1" was read as the number 54\.1/);
    expect(offer('bad-lat-string')?.location).toMatchObject({ lat: 54.1, lon: 12.1 });
    expect(at('bad-lat-range')).toMatch(/location\.lat 123\.4 is not a latitude.*removed/);
    expect(offer('bad-lat-range')?.location).toEqual({ locality: 'Rostock' });
    expect(at('bad-lon-range')).toMatch(/location\.lon -200 is not a longitude/);
    expect(at('bad-lat-only')).toMatch(/both lat and lon/);
    expect(offer('bad-lat-only')?.location).toEqual({ locality: 'Rostock' });
    expect(at('bad-megabyte-description')).toMatch(/description\.de is too long \(at most 20000 characters\); removed/);
    expect(offer('bad-megabyte-description')?.description).toBeUndefined();
    expect(offer('bad-too-many-languages')?.languages).toEqual(['de']);
    expect(at('bad-updated-date')).toMatch(/updated "2026-02-30" is not a date/);
    expect(at('bad-opening-time')).toMatch(/openingHours\.weekly\[0\] opens "25:00" is not a time/);
    expect(at('bad-opening-order')).toMatch(/closes \(09:00\) before it opens \(14:00\)/);
    expect(offer('bad-opening-day')?.openingHours?.weekly).toEqual([{ days: ['mo'], opens: '09:00', closes: '12:00' }]);
    expect(at('bad-cost')).toMatch(/cost "priceless" is not a known cost/);
    expect(at('bad-email')).toMatch(/contact\.email .* is not an email address; removed/);
    expect(at('bad-phone')).toMatch(/contact\.phone "javascript:alert\(1\)" is not a phone number/);
    expect(offer('bad-title-number')?.title).toBe('42');
  });

  it('explains why a record was dropped', () => {
    const message = (id: string) => problems.find((p) => p.action === 'dropped' && p.message.includes(`"${id}"`))?.message;
    expect(message('bad-title-empty')).toBe('has no text in any language; offer "bad-title-empty" dropped');
    expect(message('bad-long-title')).toMatch(/^is too long \(at most 300 characters\); offer "bad-long-title" dropped$/);
    expect(problems.find((p) => p.path === `$.offers[${indexOf('bad id with spaces')}].id`)).toMatchObject({ code: 'bad-id', action: 'dropped', message: expect.stringMatching(/is not an id \(letters, digits and \. _ : - only\); offer dropped/) });
    expect(problemsAt(problems, `$.offers[${source.offers.indexOf(null)}]`)[0]).toMatchObject({ code: 'not-object', message: 'must be an object, found null; offer dropped' });
    expect(problems.find((p) => p.message.includes('"bad-event-start"'))?.message).toMatch(/has no usable start \("yesterday" is not a date/);
  });

  it('warns about swapped coordinates but keeps the record', () => {
    expect(problemsAt(problems, '$.offers[2].location')[0]).toMatchObject({ severity: 'warning', code: 'swapped-coordinates', message: expect.stringMatching(/swapped/) });
  });

  it('removes unknown category and offer references with a warning', () => {
    expect(catalogue.offers[3].categories).toEqual(['language']);
    expect(catalogue.events[1].offer).toBeUndefined();
    expect(problems.some((p) => p.path === '$.offers[3].categories' && p.code === 'unknown-category' && /unknown category "no-such-category"/.test(p.message))).toBe(true);
  });

  it('repairs or removes broken event dates and rules, and bad job fields, keeping the records', () => {
    const event = (id: string) => catalogue.events.find((e) => e.id === id);
    expect(event('bad-event-start-no-offset')?.start).toBe('2026-12-01T18:00:00+01:00');
    expect(problems.find((p) => p.code === 'no-offset')?.message).toMatch(/read in Europe\/Berlin/);
    expect(event('bad-event-end-before-start')?.end).toBeUndefined();
    expect(problems.some((p) => p.code === 'ends-before-start')).toBe(true);
    expect(event('bad-event-rrule')?.recurrence).toBeUndefined();
    expect(event('bad-event-rrule-injection')?.recurrence).toBeUndefined();
    const job = (id: string) => catalogue.jobs.find((j) => j.id === id);
    expect(job('bad-job-level')?.germanLevel).toBeUndefined();
    expect(job('bad-job-type')?.employmentType).toBeUndefined();
    expect(job('bad-job-no-employer')?.employer).toBeUndefined();
    expect(job('bad-job-date')?.datePosted).toBe('2026-10-14');
  });

  it('keeps the publisher without its bad link, as an error a maintainer sees', () => {
    expect(catalogue.publisher?.url).toBeUndefined();
    expect(catalogue.publisher?.name).toMatch(/^Test/);
    expect(problemsAt(problems, '$.publisher.url')[0]).toMatchObject({ severity: 'error', code: 'unsafe-link' });
  });

  it('does not let __proto__ or constructor keys pollute objects', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((catalogue.offers[1] as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(catalogue.offers[1])).toBe(Object.prototype);
  });
});

describe('validateCatalogue: repairs of everyday data', () => {
  const one = (offer: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    validateCatalogue(minimal({ offers: [{ id: 'o-1', title: 'Beratung', ...offer }], ...extra }));

  it.each([
    ['www.example.org', 'https://www.example.org'],
    ['example.org/kurse?x=1', 'https://example.org/kurse?x=1'],
    ['  https://example.org/a  ', 'https://example.org/a'],
    ['beratung.example.org:8080/', 'https://beratung.example.org:8080/'],
  ])('gives the website %j a scheme', (website, expected) => {
    const { catalogue, problems } = one({ contact: { website } });
    expect(catalogue.offers[0].contact?.website).toBe(expected);
    expect(problems).toEqual([expect.objectContaining({ code: 'link-repaired', action: 'repaired', path: '$.offers[0].contact.website' })]);
  });

  it.each(['javascript:alert(1)', '//evil.example.org', 'localhost', 'ftp://example.org/x', 'not a link', 'https://user:pw@example.org'])('removes the website %j, never repairs it', (website) => {
    const { catalogue, problems } = one({ contact: { website, phone: '0381 0000 1234' } });
    expect(catalogue.offers[0].contact).toEqual({ phone: '0381 0000 1234' });
    expect(problems).toHaveLength(1);
    expect(problems[0].action).toBe('removed');
  });

  it.each([
    [' Info@Beratung.Example.ORG ', 'Info@beratung.example.org'],
    ['mailto:kontakt@example.org', 'kontakt@example.org'],
    ['kontakt @ example.org', 'kontakt@example.org'],
    ['a@example.org; b@example.org', 'a@example.org'],
  ])('repairs the e-mail %j', (email, expected) => {
    expect(one({ contact: { email } }).catalogue.offers[0].contact?.email).toBe(expected);
  });

  it.each([
    ['(650) 780-7525 x57471', '(650) 780-7525 x57471'],
    ['tel:+49 381 0000 1234', '+49 381 0000 1234'],
    ['0381 0000 1234 ext. 1 (Mo-Fr)', '0381 0000 1234 ext. 1 (Mo-Fr)'],
    ['+49 (0)3641 0000-12 (cell)', '+49 (0)3641 0000-12 (cell)'],
  ])('keeps the phone %j for display', (phone, expected) => {
    expect(one({ contact: { phone } }).catalogue.offers[0].contact?.phone).toBe(expected);
  });

  it('normalises day names and 12-hour times in opening hours', () => {
    const { catalogue, problems } = one({
      openingHours: { weekly: [{ days: ['Monday', 'Di', 'wed'], opens: '9:00am', closes: '12:30 PM' }, { days: 'Fr', opens: '13', closes: '17.30' }, { days: ['sa'], opens: '6:300pm', closes: '8pm' }] },
    });
    expect(catalogue.offers[0].openingHours?.weekly).toEqual([
      { days: ['mo', 'tu', 'we'], opens: '09:00', closes: '12:30' },
      { days: ['fr'], opens: '13:00', closes: '17:30' },
    ]);
    expect(problems.filter((p) => p.code === 'weekday-repaired')).toHaveLength(4);
    expect(problems.find((p) => p.code === 'bad-time')).toMatchObject({ path: '$.offers[0].openingHours.weekly[2]', message: expect.stringMatching(/"6:300pm" is not a time/) });
  });

  it('reads languages written as names, and reports those it does not know', () => {
    const { catalogue, problems } = one({ languages: 'Spanish, Haitian Creole, ASL and translators available' });
    expect(catalogue.offers[0].languages).toEqual(['es', 'ht', 'ase']);
    expect(problems.find((p) => p.code === 'bad-language')?.message).toMatch(/"translators available" is not a language/);
    expect(one({ languages: ['DE', 'Arabisch', 'de_AT'] }).catalogue.offers[0].languages).toEqual(['de', 'ar', 'de-AT']);
  });

  it('reads category names, German decimal commas and German dates', () => {
    const { catalogue } = one({ categories: ['Migrationsberatung', 'language'], location: { lat: '54,0887', lon: '12,1405' }, updated: '20.10.2026', cost: 'Kostenlos' });
    expect(catalogue.offers[0]).toMatchObject({ categories: ['migration-counselling', 'language'], location: { lat: 54.0887, lon: 12.1405 }, updated: '2026-10-20', cost: 'free' });
  });

  it('reads a local time in the catalogue’s zone with the offset of that day', () => {
    const doc = minimal({ events: [{ id: 'e1', title: 'Sprachcafé', start: '2026-07-01T18:00', end: '2026-12-01 20:00' }] });
    const { catalogue } = validateCatalogue(doc);
    expect(catalogue.events[0].start).toBe('2026-07-01T18:00:00+02:00');
    expect(catalogue.events[0].end).toBe('2026-12-01T20:00:00+01:00');
  });

  it('finds nothing for names of Object’s own members', () => {
    const { catalogue } = one({ cost: 'constructor', languages: ['toString'], openingHours: { weekly: [{ days: ['__proto__'], opens: '9', closes: '12' }] } });
    expect(catalogue.offers[0]).toEqual({ id: 'o-1', title: 'Beratung' });
    const jobs = validateCatalogue(minimal({ jobs: [{ id: 'j', title: 'Job', employmentType: ['constructor', 'hasOwnProperty'] }] })).catalogue.jobs;
    expect(jobs[0]).toEqual({ id: 'j', title: 'Job' });
  });

  it('keeps a record whose fields are all broken but id and title', () => {
    const { catalogue, dropped } = one({ summary: 7, categories: {}, languages: [1], organization: [], location: 'Rostock', online: 'maybe', contact: 'x', openingHours: [], cost: 3, updated: 'soon' });
    expect(dropped).toBe(0);
    expect(catalogue.offers[0]).toEqual({ id: 'o-1', title: 'Beratung', summary: '7' });
  });
});
