/**
 * OfferQuery filters and counts with typed arrays; these tests hold it to the plain way of doing
 * the same over the offer objects, on the sample catalogue and many combinations of filters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openState, type ZonedTime } from '../catalogue/hours.js';
import type { Offer } from '../catalogue/schema.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { fold } from './normalize.js';
import { distanceKm, NO_FILTERS, OfferQuery, type OfferFilters } from './offer-query.js';

const { catalogue } = validateCatalogue(JSON.parse(readFileSync(new URL('../../demo/catalogue.json', import.meta.url), 'utf8')));
const query = new OfferQuery(catalogue);

function matchesPlace(offer: Offer, place: string): boolean {
  if (!place) return true;
  const location = offer.location;
  if (!location) return false;
  if (place.startsWith('region:')) return location.region === place.slice(7);
  if (place.startsWith('town:')) return fold(location.locality ?? '') === fold(place.slice(5));
  if (place.startsWith('postal:')) return (location.postalCode ?? '').startsWith(place.slice(7));
  return true;
}

/** The search, filters and counts done offer by offer, on the text matches in their ranked order. */
function reference(filters: OfferFilters, language: string, now: ZonedTime) {
  const ranked = query.run({ ...NO_FILTERS, query: filters.query }, language, now).results.map((r) => r.index);
  const known = new Set(catalogue.categories.map((c) => c.id));
  const counts = new Map<string, number>();
  const open: number[] = [];
  const ask: number[] = [];
  for (const index of ranked) {
    const offer = catalogue.offers[index];
    if (filters.free && offer.cost !== 'free') continue;
    if (!matchesPlace(offer, filters.place)) continue;
    if (filters.languages.length && !(offer.languages ?? []).some((l) => filters.languages.includes(l))) continue;
    const state = filters.openNow ? openState(offer, now) : undefined;
    if (state && !['open', 'unknown', 'appointment'].includes(state.kind)) continue;
    const categories = [...new Set(offer.categories ?? [])].filter((c) => known.has(c));
    for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (filters.categories.length && !categories.some((c) => filters.categories.includes(c))) continue;
    (state && state.kind !== 'open' ? ask : open).push(index);
  }
  const near = filters.near;
  const km = (index: number) => {
    const l = catalogue.offers[index].location;
    return near && l?.lat !== undefined && l.lon !== undefined ? distanceKm(near, { lat: l.lat, lon: l.lon }) : Infinity;
  };
  if (near) for (const group of [open, ask]) group.sort((a, b) => km(a) - km(b));
  return { order: [...open, ...ask], counts, hoursUnknown: ask.length, states: [...open, ...ask].map((i) => (filters.openNow ? openState(catalogue.offers[i], now) : undefined)) };
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const QUERIES = ['', '', 'beratung', 'kurs', 'deutschk', 'rostock', 'الالمانية', 'استشارة', 'консультация', 'курси німецької', 'frauen cafe', '18'];
const CATEGORIES = [[], [], ['language'], ['health', 'family'], ['crisis'], ['unknown-category']];
const LANGUAGES = [[], [], ['ar'], ['uk', 'ru'], ['ti', 'ps', 'de']];
const PLACES = ['', '', 'region:rostock', 'region:erfurt', 'town:Rostock', 'town:jena', 'town:', 'postal:18', 'postal:99', 'postal:', 'other:x'];
const TIMES: ZonedTime[] = [
  { weekday: 'mo', minutes: 600 },
  { weekday: 'we', minutes: 900 },
  { weekday: 'sa', minutes: 660 },
  { weekday: 'su', minutes: 1_380 },
];
const POINTS = [undefined, undefined, { lat: 54.09, lon: 12.13 }, { lat: 50.98, lon: 11.03 }];

describe('OfferQuery against the offer-by-offer reference', () => {
  it('gives the same results, order, counts, states and distances for many combinations of filters', () => {
    const next = random(42);
    const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
    for (let round = 0; round < 400; round++) {
      const filters: OfferFilters = {
        query: pick(QUERIES),
        categories: pick(CATEGORIES),
        languages: pick(LANGUAGES),
        place: pick(PLACES),
        openNow: next() < 0.4,
        free: next() < 0.3,
        near: pick(POINTS),
      };
      const now = pick(TIMES);
      const language = pick(['de', 'ar', 'uk', 'ru', 'en']);
      const expected = reference(filters, language, now);
      const results = query.run(filters, language, now);
      const label = JSON.stringify({ filters, now, language });
      expect(results.results.map((r) => r.index), label).toEqual(expected.order);
      expect(Array.from(results.indices), label).toEqual(expected.order);
      expect(results.count, label).toBe(expected.order.length);
      expect(Object.fromEntries(results.categoryCounts), label).toEqual(Object.fromEntries(expected.counts));
      expect(results.hoursUnknown, label).toBe(expected.hoursUnknown);
      expect(results.results.map((r) => r.open), label).toEqual(expected.states);
      if (filters.near) {
        for (const r of results.page(0, 30)) {
          const l = r.offer.location;
          if (l?.lat === undefined || l.lon === undefined) expect(r.distanceKm).toBeUndefined();
          else expect(r.distanceKm).toBeCloseTo(distanceKm(filters.near, { lat: l.lat, lon: l.lon }), 9);
        }
      }
    }
  });

  it('lists the same towns and languages as counting offer by offer', () => {
    const towns = new Map<string, { offers: number; region?: string }>();
    for (const offer of catalogue.offers) {
      const name = offer.location?.locality?.trim();
      if (!name) continue;
      const town = towns.get(name) ?? { offers: 0, region: offer.location?.region };
      town.offers++;
      towns.set(name, town);
    }
    expect(query.towns.map((t) => [t.name, t.offers, t.region])).toEqual(
      [...towns].sort((a, b) => a[0].localeCompare(b[0], 'de')).map(([name, t]) => [name, t.offers, t.region]),
    );
    const spoken = new Map<string, number>();
    for (const offer of catalogue.offers) for (const l of new Set(offer.languages ?? [])) spoken.set(l, (spoken.get(l) ?? 0) + 1);
    expect(query.languages).toEqual([...spoken].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  });

  it('finds a result by offer and pages within bounds', () => {
    const results = query.run({ ...NO_FILTERS, query: 'beratung' }, 'de', TIMES[0]);
    const third = results.page(2, 3)[0];
    expect(results.find(third.offer)).toEqual(third);
    expect(results.page(results.count - 1, results.count + 5)).toHaveLength(1);
    expect(results.find({ ...third.offer })).toBeUndefined();
  });
});
