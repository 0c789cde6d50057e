/**
 * Indexing in slices: what is committed is searchable, searches during the background indexing
 * answer from what is indexed so far, and the finished index answers as one built at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ZonedTime } from '../catalogue/hours.js';
import type { Catalogue } from '../catalogue/schema.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { NO_FILTERS, OfferQuery, type IndexProgress } from './offer-query.js';
import { offerFieldsFor } from './offer-fields.js';
import { SearchIndex } from './search-index.js';

const sample = JSON.parse(readFileSync(new URL('../../demo/catalogue.json', import.meta.url), 'utf8'));
const { catalogue } = validateCatalogue(sample);

/** The sample offers `times` over, with their own ids: a catalogue that takes a while to index. */
function larger(times: number): Catalogue {
  const offers = Array.from({ length: times }, (_, k) => sample.offers.map((o: { id: string }) => ({ ...o, id: `${o.id}-${k}` }))).flat();
  return validateCatalogue({ ...sample, offers }).catalogue;
}

const now: ZonedTime = { weekday: 'tu', minutes: 630 };
const QUERIES = ['de', 'deutschk', 'beratung jena', 'kurs', 'sprachkrus', 'الالمانية', 'ال', 'استشارات الهجرة', 'консультация', 'курси німецької', 'rostock', '18', 'frauen'];
const indices = (q: OfferQuery, query: string, language = 'de') => q.run({ ...NO_FILTERS, query }, language, now).results.map((r) => r.index);

describe('SearchIndex in parts', () => {
  const { primary, secondary } = offerFieldsFor(catalogue);
  const offers = catalogue.offers;
  const all = (i: number) => [...primary(offers[i]), ...secondary(offers[i])];

  it('finds what was committed, and nothing added after the last commit', () => {
    const index = new SearchIndex(offers.length);
    for (let i = 0; i < 100; i++) index.add(i, all(i));
    index.commit();
    for (let i = 100; i < offers.length; i++) index.add(i, all(i));
    const hits = index.search('beratung', 'de') ?? [];
    expect(hits.length).toBeGreaterThan(0);
    expect(Math.max(...hits)).toBeLessThan(100);
    index.commit();
    expect(Math.max(...(index.search('beratung', 'de') ?? []))).toBeGreaterThanOrEqual(100);
  });

  it('answers as an index built at once, whatever the slices and the order of fields', () => {
    const once = new SearchIndex(offers.length, all);
    const sliced = new SearchIndex(offers.length);
    // Titles of every offer first, then summaries and descriptions, committing every few offers.
    for (let i = 0; i < offers.length; i++) {
      sliced.add(i, primary(offers[i]));
      if (i % 37 === 0) sliced.commit();
    }
    for (let i = 0; i < offers.length; i++) {
      sliced.add(i, secondary(offers[i]));
      if (i % 53 === 0) sliced.commit();
    }
    sliced.commit();
    expect(sliced.vocabulary).toBe(once.vocabulary);
    for (const query of QUERIES) {
      for (const language of ['de', 'ar', 'uk']) {
        expect(Array.from(sliced.search(query, language) ?? []), query).toEqual(Array.from(once.search(query, language) ?? []));
      }
    }
  });

  it('keeps the best field weight per record and language, and rejects records out of range', () => {
    const index = new SearchIndex(2);
    index.add(0, [{ text: 'Kurs', weight: 1, lang: 'de' }, { text: 'Kurs', weight: 5, lang: 'de' }]);
    index.add(1, [{ text: 'Kurs', weight: 2, lang: 'de' }]);
    index.commit();
    expect(Array.from(index.search('kurs', 'de') ?? [])).toEqual([0, 1]);
    expect(index.wordScores('kurs', 'de')[0]).toBeCloseTo(5 * 1.6);
    expect(() => index.add(2, [])).toThrow(RangeError);
  });
});

describe('OfferQuery indexing in the background', () => {
  it('answers at once, from what is indexed so far, and tells when more is searchable', async () => {
    const big = larger(12);
    const q = new OfferQuery(big, { finishAtOnceMs: 0 });
    const progress: IndexProgress[] = [];
    q.onIndexProgress((p) => progress.push(p));
    const done = q.completeIndex();
    expect(q.complete).toBe(false);
    // Before any slice: nothing is searchable yet, and the results say so.
    const first = q.run({ ...NO_FILTERS, query: 'deutschkurs' }, 'de', now);
    expect(first.indexing).toBe(true);
    expect(first.count).toBe(0);
    // Partial results are matches of the full search.
    const seen: number[][] = [];
    while (!q.complete) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(indices(q, 'deutschkurs'));
    }
    await done;
    const final = q.run({ ...NO_FILTERS, query: 'deutschkurs' }, 'de', now);
    expect(final.indexing).toBe(false);
    const all = new Set(final.results.map((r) => r.index));
    for (const partial of seen) for (const index of partial) expect(all.has(index)).toBe(true);
    expect(seen.some((partial) => partial.length > 0 && partial.length < all.size)).toBe(true);
    // Listeners heard once all titles were searchable, and at the end.
    expect(progress.some((p) => p.titles === big.offers.length && p.texts < big.offers.length)).toBe(true);
    expect(progress.at(-1)).toEqual({ titles: big.offers.length, texts: big.offers.length, total: big.offers.length });
  });

  it('ends with the same results as indexing at once', async () => {
    const sliced = new OfferQuery(catalogue);
    await sliced.completeIndex();
    const once = new OfferQuery(catalogue);
    once.index; // titles at once
    await once.completeIndex();
    for (const query of QUERIES) {
      for (const language of ['de', 'ar', 'ru']) expect(indices(sliced, query, language), query).toEqual(indices(once, query, language));
    }
  });

  it('finishes the titles at once when little is left, so a small catalogue never answers from part of it', () => {
    const q = new OfferQuery(catalogue);
    void q.completeIndex();
    const results = q.run({ ...NO_FILTERS, query: 'Migrationsberatung' }, 'de', now);
    expect(results.count).toBeGreaterThan(0);
    expect(q.indexProgress.titles).toBe(catalogue.offers.length);
  });

  it('stops when aborted and goes on from there on the next call', async () => {
    const q = new OfferQuery(larger(4));
    const controller = new AbortController();
    const first = q.completeIndex(controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await first;
    const { texts } = q.indexProgress;
    expect(q.complete).toBe(false);
    await q.completeIndex();
    expect(q.complete).toBe(true);
    expect(q.indexProgress.texts).toBeGreaterThan(texts);
  });

  it('reads what the filters need in slices before the first search', async () => {
    const q = new OfferQuery(larger(3));
    expect(q.ready).toBe(false);
    await q.prepare();
    expect(q.ready).toBe(true);
    expect(q.run({ ...NO_FILTERS, categories: ['language'] }, 'de', now).count).toBe(3 * new OfferQuery(catalogue).run({ ...NO_FILTERS, categories: ['language'] }, 'de', now).count);
    await q.completeIndex();
  });
});
