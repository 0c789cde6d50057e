/**
 * From a catalogue and the visitor's choices to the list of offers to show: text search, filters,
 * facet counts, "open now" and "near me". No DOM, no Lit.
 */
import { openState, type OpenState, type ZonedTime } from '../catalogue/hours.js';
import type { Catalogue, Offer } from '../catalogue/schema.js';
import { fold } from './normalize.js';
import { categoryFields, offerFieldsFor } from './offer-fields.js';
import { SearchIndex } from './search-index.js';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface OfferFilters {
  query: string;
  /** Category ids; an offer matches when it has any of them. */
  categories: readonly string[];
  /** Languages spoken; an offer matches when it speaks any of them. */
  languages: readonly string[];
  /** A region id (`region:rostock`) or a town (`town:Rostock`); empty for everywhere. */
  place: string;
  openNow: boolean;
  free: boolean;
  /** The visitor's position or chosen town: results get distances and sort nearest first. */
  near?: GeoPoint;
}

export const NO_FILTERS: OfferFilters = { query: '', categories: [], languages: [], place: '', openNow: false, free: false };

export interface OfferResult {
  offer: Offer;
  /** Index of the offer in the catalogue. */
  index: number;
  /** Open or closed now; set when the "open now" filter is on (else ask `openState`). */
  open?: OpenState;
  distanceKm?: number;
}

export interface OfferResults {
  results: OfferResult[];
  /** Matches per category with every other filter applied (for the category filter's counts). */
  categoryCounts: Map<string, number>;
  /** Offers kept under "open now" because their hours are unknown (they are listed after the open ones). */
  hoursUnknown: number;
}

export interface Town {
  name: string;
  region?: string;
  point?: GeoPoint;
  offers: number;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Time the background indexing may take in one go before it lets the page respond. */
const SLICE_MS = 8;

export class OfferQuery {
  private indexCache?: SearchIndex;
  private categoryIndex?: SearchIndex;
  private offersByCategory?: Map<number, number[]>;
  private completion?: Promise<void>;
  /** True once summaries and descriptions are searchable too. */
  complete = false;
  private townCache?: Town[];
  private languageCache?: [string, number][];

  constructor(readonly catalogue: Catalogue) {}

  /** The text index of titles, organisations and places, built on first use. */
  get index(): SearchIndex {
    if (!this.indexCache) {
      const { primary } = offerFieldsFor(this.catalogue);
      const offers = this.catalogue.offers;
      this.indexCache = new SearchIndex(offers.length, (i) => primary(offers[i]));
      const categories = this.catalogue.categories;
      this.categoryIndex = new SearchIndex(categories.length, categoryFields(this.catalogue));
      const position = new Map(categories.map((c, i) => [c.id, i]));
      this.offersByCategory = new Map();
      offers.forEach((offer, i) => {
        for (const id of new Set(offer.categories ?? [])) {
          const c = position.get(id);
          if (c === undefined) continue;
          const list = this.offersByCategory?.get(c) ?? [];
          list.push(i);
          this.offersByCategory?.set(c, list);
        }
      });
    }
    return this.indexCache;
  }

  /**
   * Adds summaries and descriptions to the index in slices of a few milliseconds, so typing stays
   * smooth while a large catalogue is indexed. Resolves when they are searchable.
   */
  completeIndex(signal?: AbortSignal): Promise<void> {
    if (!this.completion) {
      const index = this.index;
      const { secondary } = offerFieldsFor(this.catalogue);
      const offers = this.catalogue.offers;
      this.completion = (async () => {
        let doc = 0;
        while (doc < offers.length) {
          const until = performance.now() + SLICE_MS;
          while (doc < offers.length && performance.now() < until) {
            index.add(doc, secondary(offers[doc]));
            doc++;
          }
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (signal?.aborted) return;
        }
        index.commit();
        this.complete = true;
      })();
    }
    return this.completion;
  }

  /** Adds category-name matches of a query word to every offer in that category. */
  private categoryMatches = (word: string, scores: Float64Array, language: string): void => {
    const categories = this.categoryIndex?.wordScores(word, language);
    if (!categories) return;
    categories.forEach((score, c) => {
      if (score === 0) return;
      for (const offer of this.offersByCategory?.get(c) ?? []) if (score > scores[offer]) scores[offer] = score;
    });
  };

  /** Towns that have offers, with a representative point (mean of their offers' coordinates). */
  get towns(): Town[] {
    if (!this.townCache) {
      const towns = new Map<string, Town & { lat: number; lon: number; located: number }>();
      for (const offer of this.catalogue.offers) {
        const name = offer.location?.locality?.trim();
        if (!name) continue;
        let town = towns.get(name);
        if (!town) {
          town = { name, region: offer.location?.region, offers: 0, lat: 0, lon: 0, located: 0 };
          towns.set(name, town);
        }
        town.offers++;
        if (offer.location?.lat !== undefined && offer.location.lon !== undefined) {
          town.lat += offer.location.lat;
          town.lon += offer.location.lon;
          town.located++;
        }
      }
      this.townCache = [...towns.values()]
        .map(({ name, region, offers, lat, lon, located }) => ({
          name,
          region,
          offers,
          point: located ? { lat: lat / located, lon: lon / located } : undefined,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    }
    return this.townCache;
  }

  /** Languages spoken at offers, most common first. */
  get languages(): [string, number][] {
    if (!this.languageCache) {
      const counts = new Map<string, number>();
      for (const offer of this.catalogue.offers) for (const l of new Set(offer.languages ?? [])) counts.set(l, (counts.get(l) ?? 0) + 1);
      this.languageCache = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    }
    return this.languageCache;
  }

  private matchesPlace(offer: Offer, place: string): boolean {
    if (!place) return true;
    const location = offer.location;
    if (!location) return false;
    if (place.startsWith('region:')) return location.region === place.slice(7);
    if (place.startsWith('town:')) return fold(location.locality ?? '') === fold(place.slice(5));
    if (place.startsWith('postal:')) return (location.postalCode ?? '').startsWith(place.slice(7));
    return true;
  }

  /** Runs the visitor's search. `language` ranks text matches; `now` is the time in the catalogue's zone. */
  run(filters: OfferFilters, language: string, now: ZonedTime): OfferResults {
    const offers = this.catalogue.offers;
    const hits = this.index.search(filters.query, language, (word, scores) => this.categoryMatches(word, scores, language));
    const order = hits ? hits.map((h) => h.index) : offers.map((_, i) => i);
    const categories = new Set(filters.categories);
    const languages = new Set(filters.languages);
    const categoryCounts = new Map<string, number>();
    const open: OfferResult[] = [];
    const unknown: OfferResult[] = [];
    for (const index of order) {
      const offer = offers[index];
      if (filters.free && offer.cost !== 'free') continue;
      if (!this.matchesPlace(offer, filters.place)) continue;
      if (languages.size && !(offer.languages ?? []).some((l) => languages.has(l))) continue;
      const state = filters.openNow ? openState(offer, now) : undefined;
      if (state && state.kind !== 'open' && state.kind !== 'unknown' && state.kind !== 'appointment') continue;
      const cats = offer.categories;
      if (cats) for (let k = 0; k < cats.length; k++) if (cats.indexOf(cats[k]) === k) categoryCounts.set(cats[k], (categoryCounts.get(cats[k]) ?? 0) + 1);
      if (categories.size && !(offer.categories ?? []).some((c) => categories.has(c))) continue;
      const result: OfferResult = { offer, index, open: state };
      if (filters.near && offer.location?.lat !== undefined && offer.location.lon !== undefined) {
        result.distanceKm = distanceKm(filters.near, { lat: offer.location.lat, lon: offer.location.lon });
      }
      (state && state.kind !== 'open' ? unknown : open).push(result);
    }
    if (filters.near) {
      const byDistance = (a: OfferResult, b: OfferResult) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
      open.sort(byDistance);
      unknown.sort(byDistance);
    }
    return { results: open.concat(unknown), categoryCounts, hoursUnknown: unknown.length };
  }
}
