import { describe, expect, it } from 'vitest';
import type { ZonedTime } from '../catalogue/hours.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { distanceKm, NO_FILTERS, OfferQuery } from './offer-query.js';

const { catalogue } = validateCatalogue({
  format: 'willkommen-catalogue',
  version: 1,
  regions: [{ id: 'rostock', name: 'Rostock' }, { id: 'erfurt', name: 'Erfurt' }],
  offers: [
    { id: 'a', title: 'Deutschkurs', categories: ['language'], languages: ['de', 'ar'], cost: 'free', location: { locality: 'Rostock', postalCode: '18055', region: 'rostock', lat: 54.0887, lon: 12.1405 }, openingHours: { weekly: [{ days: ['mo'], opens: '09:00', closes: '12:00' }] } },
    { id: 'b', title: 'Migrationsberatung', categories: ['migration-counselling'], languages: ['de', 'uk'], cost: 'paid', location: { locality: 'Erfurt', postalCode: '99084', region: 'erfurt', lat: 50.9787, lon: 11.0328 }, openingHours: { weekly: [{ days: ['tu'], opens: '09:00', closes: '12:00' }] } },
    { id: 'c', title: 'Frauencafé', categories: ['family', 'community'], languages: ['fa'], location: { locality: 'Rostock', region: 'rostock', lat: 54.09, lon: 12.13 } },
    { id: 'd', title: 'Online-Sprachkurs', summary: { de: 'Lernen mit dem Smartphone', ar: 'التعلم عبر الهاتف' }, description: 'Für Eltern mit kleinen Kindern.', categories: ['language'], online: true, openingHours: { appointmentOnly: true } },
  ],
});
const q = new OfferQuery(catalogue);
const monday10: ZonedTime = { weekday: 'mo', minutes: 600 };
const ids = (filters = {}, now = monday10) => q.run({ ...NO_FILTERS, ...filters }, 'de', now).results.map((r) => r.offer.id);

describe('OfferQuery', () => {
  it('lists everything in catalogue order without filters', () => {
    expect(ids()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by category (any of) and counts the other categories', () => {
    expect(ids({ categories: ['language'] })).toEqual(['a', 'd']);
    const { categoryCounts } = q.run({ ...NO_FILTERS, categories: ['language'] }, 'de', monday10);
    expect(categoryCounts.get('family')).toBe(1);
    expect(categoryCounts.get('language')).toBe(2);
  });

  it('filters by language spoken, place, postal code and cost', () => {
    expect(ids({ languages: ['uk', 'fa'] })).toEqual(['b', 'c']);
    expect(ids({ place: 'region:rostock' })).toEqual(['a', 'c']);
    expect(ids({ place: 'town:rostock' })).toEqual(['a', 'c']);
    expect(ids({ place: 'postal:99' })).toEqual(['b']);
    expect(ids({ free: true })).toEqual(['a']);
  });

  it('keeps offers with unknown hours under "open now", after the open ones', () => {
    const result = q.run({ ...NO_FILTERS, openNow: true }, 'de', monday10);
    expect(result.results.map((r) => r.offer.id)).toEqual(['a', 'c', 'd']);
    expect(result.hoursUnknown).toBe(2);
    expect(ids({ openNow: true }, { weekday: 'tu', minutes: 600 })).toEqual(['b', 'c', 'd']);
  });

  it('sorts by distance when near is set and gives distances', () => {
    const result = q.run({ ...NO_FILTERS, near: { lat: 50.98, lon: 11.03 } }, 'de', monday10);
    expect(result.results.map((r) => r.offer.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(result.results[0].distanceKm).toBeLessThan(1);
    expect(result.results[3].distanceKm).toBeUndefined();
  });

  it('combines text search with filters', () => {
    expect(ids({ query: 'kurs' })).toEqual(['a', 'd']);
    expect(ids({ query: 'kurs', place: 'region:rostock' })).toEqual(['a']);
  });

  it('finds offers by the names of their categories, in any language', () => {
    expect(ids({ query: 'Gesundheit' })).toEqual([]);
    expect(ids({ query: 'Treffpunkte' })).toEqual(['c']);
    expect(q.run({ ...NO_FILTERS, query: 'الاندماج' }, 'ar', monday10).results.map((r) => r.offer.id)).toEqual(['a', 'd']);
  });

  it('makes summaries and descriptions searchable once the background indexing is done', async () => {
    const fresh = new OfferQuery(catalogue);
    expect(fresh.run({ ...NO_FILTERS, query: 'smartphone' }, 'de', monday10).results).toEqual([]);
    await fresh.completeIndex();
    expect(fresh.complete).toBe(true);
    expect(fresh.run({ ...NO_FILTERS, query: 'smartphone' }, 'de', monday10).results.map((r) => r.offer.id)).toEqual(['d']);
    expect(fresh.run({ ...NO_FILTERS, query: 'kleinen eltern' }, 'de', monday10).results.map((r) => r.offer.id)).toEqual(['d']);
    expect(fresh.run({ ...NO_FILTERS, query: 'الهاتف' }, 'ar', monday10).results.map((r) => r.offer.id)).toEqual(['d']);
  });

  it('knows the towns and languages for the filters', () => {
    expect(q.towns.map((t) => [t.name, t.offers])).toEqual([['Erfurt', 1], ['Rostock', 2]]);
    expect(q.languages[0]).toEqual(['de', 2]);
  });

  it('measures distances on the sphere', () => {
    expect(distanceKm({ lat: 54.0887, lon: 12.1405 }, { lat: 50.9787, lon: 11.0328 })).toBeCloseTo(353, -1);
  });
});
