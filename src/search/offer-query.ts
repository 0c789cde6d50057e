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

/**
 * The offers that match, in the order to show them. Kept as numbers, not objects, so a keystroke
 * over 10,000 matches allocates little; `page()` makes the objects for what is on screen.
 */
export class OfferResults {
  private all?: OfferResult[];

  constructor(
    private readonly offers: readonly Offer[],
    private readonly order: Int32Array,
    private readonly distances: Float64Array | undefined,
    private readonly states: (OpenState | undefined)[] | undefined,
    /** Matches per category with every other filter applied (for the category filter's counts). */
    readonly categoryCounts: Map<string, number>,
    /** Offers kept under "open now" because their hours are unknown (listed after the open ones). */
    readonly hoursUnknown: number,
  ) {}

  get count(): number {
    return this.order.length;
  }

  private result(k: number): OfferResult {
    const index = this.order[k];
    const result: OfferResult = { offer: this.offers[index], index, open: this.states?.[k] };
    const km = this.distances?.[k];
    if (km !== undefined && !Number.isNaN(km)) result.distanceKm = km;
    return result;
  }

  /** Results from `start` to `end` (exclusive). */
  page(start: number, end: number): OfferResult[] {
    const out: OfferResult[] = [];
    for (let k = start; k < Math.min(end, this.order.length); k++) out.push(this.result(k));
    return out;
  }

  /** Every result, as objects. */
  get results(): OfferResult[] {
    this.all ??= this.page(0, this.order.length);
    return this.all;
  }

  /** The result of one offer, if it matches. */
  find(offer: Offer): OfferResult | undefined {
    for (let k = 0; k < this.order.length; k++) if (this.offers[this.order[k]] === offer) return this.result(k);
    return undefined;
  }
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
  /** For each offer, the positions of its (distinct, known) categories. */
  private categoryPositions: Int32Array[] = [];
  private completion?: Promise<void>;
  /** True once summaries and descriptions are searchable too. */
  complete = false;
  private townCache?: Town[];
  private languageCache?: [string, number][];

  constructor(readonly catalogue: Catalogue) {}

  private static readonly shared = new WeakMap<Catalogue, OfferQuery>();

  /** The one query object of a catalogue, shared by every element that shows it. */
  static for(catalogue: Catalogue): OfferQuery {
    let query = OfferQuery.shared.get(catalogue);
    if (!query) {
      query = new OfferQuery(catalogue);
      OfferQuery.shared.set(catalogue, query);
    }
    return query;
  }

  /** The text index of titles, organisations and places, built on first use. */
  get index(): SearchIndex {
    if (!this.indexCache) {
      const { primary } = offerFieldsFor(this.catalogue);
      const offers = this.catalogue.offers;
      this.indexCache = new SearchIndex(offers.length, (i) => primary(offers[i]));
      this.categoryIndex = new SearchIndex(this.catalogue.categories.length, categoryFields(this.catalogue));
    }
    return this.indexCache;
  }

  /** For each offer, the positions of its categories; for each category, its offers. */
  private categoryData(): void {
    if (this.offersByCategory) return;
    const position = new Map(this.catalogue.categories.map((c, i) => [c.id, i]));
    const byCategory = new Map<number, number[]>();
    this.categoryPositions = this.catalogue.offers.map((offer, i) => {
      const own: number[] = [];
      for (const id of new Set(offer.categories ?? [])) {
        const c = position.get(id);
        if (c === undefined) continue;
        own.push(c);
        const list = byCategory.get(c) ?? [];
        list.push(i);
        byCategory.set(c, list);
      }
      return Int32Array.from(own);
    });
    this.offersByCategory = byCategory;
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
    this.categoryData();
    const hits = SearchIndex.words(filters.query).length
      ? this.index.search(filters.query, language, (word, scores) => this.categoryMatches(word, scores, language))
      : undefined;
    const total = hits ? hits.length : offers.length;
    const categoryIds = this.catalogue.categories.map((c) => c.id);
    const wanted = new Uint8Array(categoryIds.length);
    for (const id of filters.categories) {
      const c = categoryIds.indexOf(id);
      if (c >= 0) wanted[c] = 1;
    }
    const filterByCategory = filters.categories.length > 0;
    const languages = new Set(filters.languages);
    const counts = new Int32Array(categoryIds.length);
    const open = new Int32Array(total);
    const unknown: number[] = [];
    const states: (OpenState | undefined)[] | undefined = filters.openNow ? [] : undefined;
    const unknownStates: OpenState[] = [];
    let kept = 0;
    for (let k = 0; k < total; k++) {
      const index = hits ? hits[k] : k;
      const offer = offers[index];
      if (filters.free && offer.cost !== 'free') continue;
      if (filters.place && !this.matchesPlace(offer, filters.place)) continue;
      if (languages.size && !(offer.languages ?? []).some((l) => languages.has(l))) continue;
      const state = filters.openNow ? openState(offer, now) : undefined;
      if (state && state.kind !== 'open' && state.kind !== 'unknown' && state.kind !== 'appointment') continue;
      const positions = this.categoryPositions[index];
      let inCategory = !filterByCategory;
      for (let c = 0; c < positions.length; c++) {
        counts[positions[c]]++;
        if (wanted[positions[c]]) inCategory = true;
      }
      if (!inCategory) continue;
      if (state && state.kind !== 'open') {
        unknown.push(index);
        unknownStates.push(state);
      } else {
        open[kept++] = index;
        states?.push(state);
      }
    }
    const order = new Int32Array(kept + unknown.length);
    order.set(open.subarray(0, kept));
    order.set(unknown, kept);
    states?.push(...unknownStates);
    let distances: Float64Array | undefined;
    if (filters.near) {
      const near = filters.near;
      const km = (index: number) => {
        const l = offers[index].location;
        return l?.lat !== undefined && l.lon !== undefined ? distanceKm(near, { lat: l.lat, lon: l.lon }) : NaN;
      };
      // Nearest first within each group (open, then hours unknown); offers without coordinates last.
      const sortGroup = (from: number, to: number) => {
        const items = Array.from(order.subarray(from, to), (index, k) => ({ index, km: km(index), state: states?.[from + k] }));
        items.sort((a, b) => (Number.isNaN(a.km) ? Infinity : a.km) - (Number.isNaN(b.km) ? Infinity : b.km));
        items.forEach((item, k) => {
          order[from + k] = item.index;
          if (states) states[from + k] = item.state;
        });
      };
      sortGroup(0, kept);
      sortGroup(kept, order.length);
      distances = Float64Array.from(order, km);
    }
    const categoryCounts = new Map<string, number>();
    categoryIds.forEach((id, c) => counts[c] && categoryCounts.set(id, counts[c]));
    return new OfferResults(offers, order, distances, states, categoryCounts, unknown.length);
  }
}
