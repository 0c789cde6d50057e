import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueError } from './errors.js';
import { validateCatalogue, type Problem } from './validate.js';

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
  const { catalogue, problems, dropped } = hostile();
  const ids = (list: { id: string }[]) => list.map((r) => r.id);

  it('keeps exactly the valid records', () => {
    expect(ids(catalogue.offers)).toEqual([
      'ok-markup',
      'ok-unknown-fields',
      'ok-swapped-coordinates',
      'ok-unknown-category',
      'ok-duplicate',
    ]);
    expect(ids(catalogue.events)).toEqual(['ok-event', 'ok-event-unknown-offer']);
    expect(ids(catalogue.jobs)).toEqual(['ok-job']);
    expect(ids(catalogue.categories)).toEqual(['language', 'community']);
    expect(ids(catalogue.regions)).toEqual(['rostock']);
    expect(dropped).toBeGreaterThan(90);
  });

  it('drops a record for every dangerous link variant, with its path', () => {
    for (let i = 0; i < 18; i++) {
      const website = problemsAt(problems, `$.offers[${6 + i}].contact.website`);
      expect(website[0]?.message, `website variant ${i}`).toMatch(/link|web address/);
      expect(website[0]?.message).toMatch(/dropped/);
      expect(problemsAt(problems, `$.offers[${24 + i}].organization.url`)).not.toHaveLength(0);
    }
    const kept = JSON.stringify(catalogue);
    expect(kept).not.toMatch(/javascript:|vbscript:|data:text|file:/i);
  });

  it('keeps markup as literal text and warns about it', () => {
    const title = catalogue.offers[0].title as Record<string, string>;
    expect(title.de).toBe('Titel <script>alert(document.cookie)</script><img src=x onerror="alert(1)"><b onclick="x()">fett</b>');
    expect(problemsAt(problems, '$.offers[0].title.de')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/HTML/) });
  });

  it('removes right-to-left override characters and says so', () => {
    const title = catalogue.offers[0].title as Record<string, string>;
    expect(title.ar).not.toMatch(/\u202e/);
    expect(title.ar.startsWith('عنوان')).toBe(true);
    expect(problems.some((p) => p.path === '$.offers[0].title.ar' && /direction override/.test(p.message))).toBe(true);
  });

  it('reports the first id of a duplicate as the winner', () => {
    const dup = problems.find((p) => /duplicate id "ok-duplicate"/.test(p.message));
    expect(dup).toMatchObject({ path: '$.offers[5].id', severity: 'error' });
    expect(dup?.message).toContain('$.offers[4]');
    expect((catalogue.offers[4].title as Record<string, string>).de).toMatch(/^Titel/);
  });

  it('explains wrong types, bounds, coordinates and dates in plain words', () => {
    const byId = (id: string) => {
      const index = (JSON.parse(hostileText).offers as { id?: string }[]).findIndex((o) => o?.id === id);
      return problemsAt(problems, `$.offers[${index}]`).map((p) => `${p.path} ${p.message}`).join('\n');
    };
    expect(byId('bad-title-number')).toMatch(/title must be text/);
    expect(byId('bad-categories-string')).toMatch(/categories must be a list/);
    expect(byId('bad-online-string')).toMatch(/online must be true or false/);
    expect(byId('bad-lat-range')).toMatch(/location\.lat is not a latitude/);
    expect(byId('bad-lon-range')).toMatch(/location\.lon is not a longitude/);
    expect(byId('bad-lat-only')).toMatch(/both lat and lon/);
    expect(byId('bad-megabyte-description')).toMatch(/description\.de is too long \(at most 20000 characters\)/);
    expect(byId('bad-too-many-languages')).toMatch(/languages has too many entries/);
    expect(byId('bad-updated-date')).toMatch(/updated is not a date/);
    expect(byId('bad-opening-time')).toMatch(/opens is not a time/);
    expect(byId('bad-opening-order')).toMatch(/closes before it opens/);
    expect(byId('bad id with spaces')).toMatch(/id may contain only/);
    expect(problemsAt(problems, '$.offers[64]')[0].message).toMatch(/must be an object|Invalid type/i);
  });

  it('warns about swapped coordinates but keeps the record', () => {
    expect(problemsAt(problems, '$.offers[2].location')[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/swapped/) });
  });

  it('removes unknown category and offer references with a warning', () => {
    expect(catalogue.offers[3].categories).toEqual(['language']);
    expect(catalogue.events[1].offer).toBeUndefined();
    expect(problems.some((p) => p.path === '$.offers[3].categories' && /unknown category "no-such-category"/.test(p.message))).toBe(true);
  });

  it('drops events with broken dates and rules, and jobs with bad levels', () => {
    const eventMessages = problemsAt(problems, '$.events').map((p) => p.message).join('\n');
    expect(eventMessages).toMatch(/ends before it starts/);
    expect(eventMessages).toMatch(/is not a date \(YYYY-MM-DD\) or a date-time/);
    expect(eventMessages).toMatch(/is not an iCalendar RRULE/);
    expect(problemsAt(problems, '$.jobs').map((p) => p.message).join('\n')).toMatch(/is not a CEFR level/);
  });

  it('ignores a bad publisher link instead of refusing the catalogue', () => {
    expect(catalogue.publisher).toBeUndefined();
    expect(problemsAt(problems, '$.publisher.url')[0].severity).toBe('error');
  });

  it('does not let __proto__ or constructor keys pollute objects', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((catalogue.offers[1] as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(catalogue.offers[1])).toBe(Object.prototype);
  });
});
