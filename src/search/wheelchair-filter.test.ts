// The wheelchair filter: offers whose place can be reached in a wheelchair, fully or partly.
import { describe, expect, it } from 'vitest';
import type { ZonedTime } from '../catalogue/hours.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { NO_FILTERS, OfferQuery } from './offer-query.js';

const monday10: ZonedTime = { weekday: 'mo', minutes: 600 };
const offer = (id: string, extra: object = {}) => ({ id, title: `Angebot ${id}`, categories: ['language'], location: { locality: 'Rostock', region: 'rostock' }, ...extra });

function query(offers: object[]): OfferQuery {
  const { catalogue } = validateCatalogue({ format: 'willkommen-catalogue', version: 1, regions: [{ id: 'rostock', name: 'Rostock' }], offers });
  return new OfferQuery(catalogue);
}
const ids = (q: OfferQuery, filters = {}) => q.run({ ...NO_FILTERS, ...filters }, 'de', monday10).results.map((r) => r.offer.id);

describe('wheelchair filter', () => {
  const q = query([
    offer('yes', { wheelchair: 'yes', cost: 'free' }),
    offer('partly', { wheelchair: 'partly' }),
    offer('no', { wheelchair: 'no', cost: 'free' }),
    offer('unknown', { cost: 'free', categories: ['work'] }),
    offer('elsewhere', { wheelchair: 'yes', location: { locality: 'Erfurt' }, categories: ['work'] }),
  ]);

  it('keeps the offers reachable in a wheelchair, fully or partly', () => {
    expect(q.catalogue.offers.map((o) => o.wheelchair)).toEqual(['yes', 'partly', 'no', undefined, 'yes']);
    expect(ids(q)).toEqual(['yes', 'partly', 'no', 'unknown', 'elsewhere']);
    expect(ids(q, { wheelchair: true })).toEqual(['yes', 'partly', 'elsewhere']);
  });

  it('combines with the other filters and counts the categories of what it keeps', () => {
    expect(ids(q, { wheelchair: true, free: true })).toEqual(['yes']);
    expect(ids(q, { wheelchair: true, place: 'region:rostock' })).toEqual(['yes', 'partly']);
    const counts = q.run({ ...NO_FILTERS, wheelchair: true }, 'de', monday10).categoryCounts;
    expect(Object.fromEntries(counts)).toEqual({ language: 2, work: 1 });
    expect(ids(q, { wheelchair: true, query: 'Angebot' }).sort()).toEqual(['elsewhere', 'partly', 'yes']);
  });

  it('is offered only when some offer says anything of wheelchair access', () => {
    expect(q.hasWheelchair).toBe(true);
    expect(query([offer('no', { wheelchair: 'no' })]).hasWheelchair).toBe(true);
    expect(query([offer('a'), offer('b')]).hasWheelchair).toBe(false);
  });

  it('without the field, "wheelchair" is off (filters from before it)', () => {
    const { wheelchair: _, ...older } = NO_FILTERS;
    expect(q.run({ ...older, free: true }, 'de', monday10).results.map((r) => r.offer.id)).toEqual(['yes', 'no', 'unknown']);
  });
});
