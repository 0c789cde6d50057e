/**
 * From a catalogue and the visitor's choices to the list of offers to show: text search, filters,
 * facet counts, "open now" and "near me". No DOM, no Lit.
 */
import { openState, type OpenState, type ZonedTime } from '../catalogue/hours.js';
import type { Catalogue, Offer } from '../catalogue/schema.js';
import { OfferFacets, OpenNow } from './offer-facets.js';
import { categoryFields, offerFieldsFor } from './offer-fields.js';
import { scoreKey, sortByKeys, writeByKeyDescending } from './rank.js';
import { SearchIndex } from './search-index.js';
import { inputPending, yieldToPage } from './yield.js';

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
  /**
   * Only offers whose place can be reached in a wheelchair, fully or partly (`wheelchair`: yes or
   * partly; the details and the cards say which).
   */
  wheelchair?: boolean;
  /** The visitor's position or chosen town: results get distances and sort nearest first. */
  near?: GeoPoint;
}

export const NO_FILTERS: OfferFilters = { query: '', categories: [], languages: [], place: '', openNow: false, free: false, wheelchair: false };

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
 * over 100,000 matches allocates little; `page()` makes the objects for what is on screen.
 */
export class OfferResults {
  private all?: OfferResult[];

  constructor(
    private readonly offers: readonly Offer[],
    private readonly order: Int32Array,
    /** Distance of each offer (by catalogue index) when "near" is set. */
    private readonly distances: Float64Array | undefined,
    /** The time "open now" was decided for (the results' `open` states are made for it). */
    private readonly openAt: ZonedTime | undefined,
    /** Matches per category with every other filter applied (for the category filter's counts). */
    readonly categoryCounts: Map<string, number>,
    /** Offers kept under "open now" because their hours are unknown (listed after the open ones). */
    readonly hoursUnknown: number,
    /** True when the text search ran while the catalogue was still being indexed: more matches may come. */
    readonly indexing = false,
  ) {}

  get count(): number {
    return this.order.length;
  }

  /** Catalogue indices of the results, in order (read only). */
  get indices(): Int32Array {
    return this.order;
  }

  private result(k: number): OfferResult {
    const index = this.order[k];
    const offer = this.offers[index];
    const result: OfferResult = { offer, index, open: this.openAt ? openState(offer, this.openAt) : undefined };
    const km = this.distances?.[index];
    if (km !== undefined && !Number.isNaN(km)) result.distanceKm = km;
    return result;
  }

  /** Results from `start` to `end` (exclusive). */
  page(start: number, end: number): OfferResult[] {
    const out: OfferResult[] = [];
    for (let k = Math.max(0, start); k < Math.min(end, this.order.length); k++) out.push(this.result(k));
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


/** How far the text index is: offers whose titles, organisations and places are searchable, and whose summaries and descriptions are too. */
export interface IndexProgress {
  titles: number;
  texts: number;
  total: number;
}

export interface OfferQueryOptions {
  /**
   * While titles are indexed in the background, a search finishes indexing them at once when that
   * would take at most this long (ms; default 20), rather than answer from part of the catalogue.
   */
  finishAtOnceMs?: number;
}

/** Time the background indexing may take in one go before it lets the page respond. */
const SLICE_MS = 8;
/** Indexing left that a search may finish at once rather than answer from a partial index. */
const FINISH_AT_ONCE_MS = 20;
/** Until measured, the time to index the titles, organisations and places of one offer. */
const TITLES_MS_PER_OFFER = 0.03;
/** While titles are indexed, how often listeners hear of the progress (to show more matches). */
const PROGRESS_EVERY_MS = 1_000;
/** Offers indexed between two looks at the clock. */
const BATCH = 8;

export class OfferQuery {
  private textIndex?: SearchIndex;
  private categoryIndex?: SearchIndex;
  private facetCache?: OfferFacets;
  private fieldCache?: ReturnType<typeof offerFieldsFor>;
  /** Offers whose titles, organisations and places are in the index; then those whose summaries and descriptions are. */
  private titlesDone = 0;
  private textsDone = 0;
  /** True once `completeIndex()` was called: searches no longer wait for the index, they use what is there. */
  private background = false;
  private titlesMsPerOffer = TITLES_MS_PER_OFFER;
  private completion?: Promise<void>;
  private readonly listeners = new Set<(progress: IndexProgress) => void>();
  private lastProgress = 0;
  /** True once summaries and descriptions are searchable too. */
  complete = false;
  private townCache?: Town[];
  private languageCache?: [string, number][];
  // Work lists of `run`, reused: a keystroke allocates only its results.
  private openList?: Int32Array;
  private askList?: Int32Array;
  private openKeys?: Uint32Array;
  private askKeys?: Uint32Array;

  constructor(
    readonly catalogue: Catalogue,
    private readonly options: OfferQueryOptions = {},
  ) {}

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

  private get total(): number {
    return this.catalogue.offers.length;
  }

  private fields(): ReturnType<typeof offerFieldsFor> {
    return (this.fieldCache ??= offerFieldsFor(this.catalogue));
  }

  private textIndexObject(): SearchIndex {
    return (this.textIndex ??= new SearchIndex(this.total));
  }

  /**
   * The text index with the titles, organisations and places of every offer (summaries and
   * descriptions join it through `completeIndex()`). Indexes what is missing at once: a large
   * catalogue is better indexed by `completeIndex()` first, in the background.
   */
  get index(): SearchIndex {
    const index = this.textIndexObject();
    if (this.titlesDone < this.total) {
      this.addTitles(Infinity);
      index.commit();
      this.notify(true);
    }
    return index;
  }

  /** The index of the catalogue's category names (one record per category). */
  private categories(): SearchIndex {
    return (this.categoryIndex ??= new SearchIndex(this.catalogue.categories.length, categoryFields(this.catalogue)));
  }

  /** What the filters need of each offer, read from the offers at once where the background work has not yet. */
  private facets(): OfferFacets {
    return this.facetReader().finish();
  }

  private facetReader(): OfferFacets {
    return (this.facetCache ??= new OfferFacets(this.catalogue));
  }

  /**
   * True once what the filters need of each offer has been read. Until then the first `run`, `towns`
   * or `languages` reads it at once (about 130 ms at 100,000 offers on the bench machine);
   * `prepare()` reads it in slices.
   */
  get ready(): boolean {
    return this.facetCache?.done ?? false;
  }

  /**
   * Reads what the filters need of each offer in slices of a few milliseconds (the first part of
   * the background work of `completeIndex()`, which it starts). Resolves when `run` can answer
   * without reading offers. For a large catalogue, show the list once this has resolved.
   */
  async prepare(signal?: AbortSignal): Promise<void> {
    const reader = this.facetReader();
    while (!reader.done) {
      void this.completeIndex(signal);
      await yieldToPage();
      if (signal?.aborted) return;
    }
  }

  /** How far the text index is. */
  get indexProgress(): IndexProgress {
    return { titles: this.titlesDone, texts: this.textsDone, total: this.total };
  }

  /**
   * Calls `listener` while the background indexing makes more offers searchable: about once a
   * second while titles are indexed, once all titles are, and once everything is. Search again
   * then. Returns a function that stops the calls.
   */
  onIndexProgress(listener: (progress: IndexProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(milestone: boolean): void {
    const now = performance.now();
    if (!milestone && now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    const progress = this.indexProgress;
    for (const listener of [...this.listeners]) listener(progress);
  }

  /** Adds titles, organisations and places until `deadline` (a `performance.now()` time) or the end. */
  private addTitles(deadline: number): void {
    const index = this.textIndexObject();
    const { primary } = this.fields();
    const offers = this.catalogue.offers;
    const start = performance.now();
    const from = this.titlesDone;
    while (this.titlesDone < offers.length) {
      const end = Math.min(offers.length, this.titlesDone + BATCH);
      for (let doc = this.titlesDone; doc < end; doc++) index.add(doc, primary(offers[doc]));
      this.titlesDone = end;
      if (deadline !== Infinity && (performance.now() >= deadline || inputPending())) break;
    }
    if (this.titlesDone - from >= 100) this.titlesMsPerOffer = (performance.now() - start) / (this.titlesDone - from);
  }

  /** Adds summaries and descriptions until `deadline` or the end. */
  private addTexts(deadline: number): void {
    const index = this.textIndexObject();
    const { secondary } = this.fields();
    const offers = this.catalogue.offers;
    while (this.textsDone < offers.length) {
      const end = Math.min(offers.length, this.textsDone + BATCH);
      for (let doc = this.textsDone; doc < end; doc++) index.add(doc, secondary(offers[doc]));
      this.textsDone = end;
      if (performance.now() >= deadline || inputPending()) break;
    }
  }

  /**
   * One slice of background work: what the filters need of each offer, then the titles of every
   * offer, then summaries and descriptions.
   */
  private indexSlice(deadline: number): void {
    const facets = this.facetReader();
    if (!facets.done) {
      facets.step(deadline);
      if (!facets.done) return;
    }
    const titlesBefore = this.titlesDone;
    if (this.titlesDone < this.total) this.addTitles(deadline);
    if (this.titlesDone === this.total && performance.now() < deadline) this.addTexts(deadline);
    this.textIndexObject().commit();
    if (this.textsDone === this.total) this.complete = true;
    if (this.complete || (titlesBefore < this.total && this.titlesDone === this.total)) this.notify(true);
    else if (this.titlesDone < this.total) this.notify(false);
  }

  /**
   * Reads what the filters need of each offer, indexes titles, organisations and places (where not
   * done yet), then summaries and descriptions, in slices of a few milliseconds, so typing stays
   * smooth while a large catalogue is indexed; searches meanwhile use what is indexed so far (see
   * `onIndexProgress`). Resolves when everything is searchable, or when `signal` aborts (a later
   * call goes on from there).
   */
  completeIndex(signal?: AbortSignal): Promise<void> {
    if (this.complete) return Promise.resolve();
    if (!this.completion) {
      this.background = true;
      this.completion = (async () => {
        while (!this.complete) {
          await yieldToPage();
          if (signal?.aborted) {
            this.completion = undefined;
            return;
          }
          this.indexSlice(performance.now() + SLICE_MS);
        }
      })();
    }
    return this.completion;
  }

  /** The index to search now: complete titles unless the background indexing is under way and has far to go. */
  private searchableIndex(): SearchIndex {
    if (!this.background) return this.index;
    const index = this.textIndexObject();
    const left = this.total - this.titlesDone;
    if (left > 0 && left * this.titlesMsPerOffer <= (this.options.finishAtOnceMs ?? FINISH_AT_ONCE_MS)) {
      this.addTitles(Infinity);
      index.commit();
      this.notify(true);
    }
    return index;
  }

  /** Adds category-name matches of a query word to every offer in that category. */
  private categoryMatches(language: string): (word: string, scores: Float64Array) => void {
    const facets = this.facets();
    const index = this.categories();
    return (word, scores) => {
      const categories = index.wordScores(word, language);
      for (let c = 0; c < categories.length; c++) {
        const score = categories[c];
        if (score === 0) continue;
        for (let k = facets.offerStart[c]; k < facets.offerStart[c + 1]; k++) {
          const offer = facets.offerList[k];
          if (score > scores[offer]) scores[offer] = score;
        }
      }
    };
  }

  /** Towns that have offers, with a representative point (mean of their offers' coordinates). */
  get towns(): Town[] {
    if (!this.townCache) {
      // One collator: `localeCompare` with a locale sets one up for every comparison.
      const collator = new Intl.Collator('de');
      this.townCache = this.facetReader()
        .towns()
        .map(({ name, region, offers, lat, lon, located }) => ({
          name,
          region,
          offers,
          point: located ? { lat: lat / located, lon: lon / located } : undefined,
        }))
        .sort((a, b) => collator.compare(a.name, b.name));
    }
    return this.townCache;
  }

  /** True when some offer says whether its place can be reached in a wheelchair: the wheelchair filter is offered then. */
  get hasWheelchair(): boolean {
    return this.facetReader().finish().wheelchairKnown > 0;
  }

  /** Languages spoken at offers, most common first. */
  get languages(): [string, number][] {
    this.languageCache ??= this.facetReader()
      .languageCounts()
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return this.languageCache;
  }

  /** Runs the visitor's search. `language` ranks text matches; `now` is the time in the catalogue's zone. */
  run(filters: OfferFilters, language: string, now: ZonedTime): OfferResults {
    const offers = this.catalogue.offers;
    const n = offers.length;
    const facets = this.facets();
    const scores = SearchIndex.words(filters.query).length
      ? this.searchableIndex().scores(filters.query, language, this.categoryMatches(language))
      : undefined;
    const indexing = scores !== undefined && !this.complete;

    const categoryIds = this.catalogue.categories.map((c) => c.id);
    const wanted = new Uint8Array(categoryIds.length);
    for (const id of filters.categories) {
      const c = categoryIds.indexOf(id);
      if (c >= 0) wanted[c] = 1;
    }
    const byCategory = filters.categories.length > 0;
    const mask = facets.filterMask(filters.free, filters.place, filters.languages, filters.wheelchair ?? false);
    const openNow = filters.openNow ? facets.openNow(now) : undefined;
    const { categoryStart, categoryList, offerStart } = facets;
    const counts = new Int32Array(categoryIds.length);
    const open = (this.openList ??= new Int32Array(n));
    const ask = (this.askList ??= new Int32Array(n));
    let opened = 0;
    let asked = 0;
    if (!scores && !mask && !openNow) {
      // Categories alone (the first view, a topic page): counts are the categories' sizes.
      for (let c = 0; c < counts.length; c++) counts[c] = offerStart[c + 1] - offerStart[c];
      const only = wanted.indexOf(1) === wanted.lastIndexOf(1) ? wanted.indexOf(1) : -1;
      if (only >= 0) {
        // One category: its list of offers is the result.
        const { offerList } = facets;
        for (let k = offerStart[only]; k < offerStart[only + 1]; k++) open[opened++] = offerList[k];
      } else {
        for (let i = 0; i < n; i++) {
          let inCategory = !byCategory;
          for (let j = categoryStart[i]; j < categoryStart[i + 1] && !inCategory; j++) inCategory = wanted[categoryList[j]] === 1;
          if (inCategory) open[opened++] = i;
        }
      }
    } else {
      // One pass in catalogue order over the text matches (or every offer): the other filters, the
      // counts per category, the two groups of "open now", and the key each match is ranked by.
      const openKeys = (this.openKeys ??= new Uint32Array(n));
      const askKeys = (this.askKeys ??= new Uint32Array(n));
      for (let i = 0; i < n; i++) {
        let key = 0;
        if (scores) {
          const score = scores[i];
          if (!(score > 0)) continue;
          key = scoreKey(score);
        }
        if (mask !== undefined && mask[i] === 0) continue;
        let state: number = OpenNow.Open;
        if (openNow !== undefined) {
          state = openNow(i);
          if (state === OpenNow.Closed) continue;
        }
        let inCategory = !byCategory;
        for (let j = categoryStart[i]; j < categoryStart[i + 1]; j++) {
          const c = categoryList[j];
          counts[c]++;
          if (wanted[c] === 1) inCategory = true;
        }
        if (!inCategory) continue;
        if (state === OpenNow.Ask) {
          askKeys[asked] = key;
          ask[asked++] = i;
        } else {
          openKeys[opened] = key;
          open[opened++] = i;
        }
      }
    }
    // Best matches first (equal scores in catalogue order), open ones before those to ask.
    const order = new Int32Array(opened + asked);
    if (scores) {
      writeByKeyDescending(open, this.openKeys as Uint32Array, opened, order, 0);
      writeByKeyDescending(ask, this.askKeys as Uint32Array, asked, order, opened);
    } else {
      order.set(open.subarray(0, opened));
      order.set(ask.subarray(0, asked), opened);
    }
    // Near: nearest first (equally near: best match first), without coordinates last.
    let distances: Float64Array | undefined;
    if (filters.near) {
      distances = facets.distances(filters.near, distanceKm);
      sortByDistance(order.subarray(0, opened), opened, distances);
      sortByDistance(order.subarray(opened), asked, distances);
    }
    const categoryCounts = new Map<string, number>();
    categoryIds.forEach((id, c) => counts[c] && categoryCounts.set(id, counts[c]));
    return new OfferResults(offers, order, distances, filters.openNow ? now : undefined, categoryCounts, asked, indexing);
  }
}

let distanceKeys = new Uint32Array(1024);

/** Sorts offers by distance (nearest first, without coordinates last), keeping the order of equals. */
function sortByDistance(list: Int32Array, n: number, km: Float64Array): void {
  if (distanceKeys.length < n) distanceKeys = new Uint32Array(Math.max(n, distanceKeys.length * 2));
  // Centimetres: Earth's circumference fits in 32 bits.
  for (let k = 0; k < n; k++) {
    const d = km[list[k]];
    distanceKeys[k] = Number.isNaN(d) ? 0xffffffff : Math.min(0xfffffffe, Math.round(d * 100_000));
  }
  sortByKeys(list, distanceKeys, n);
}
