/**
 * What the filters ask of each offer, read once from the offer objects into typed arrays:
 * categories, cost, wheelchair access, place, coordinates, languages spoken, opening hours. A keystroke over 100,000
 * offers then filters and counts with array reads instead of walking offer objects (whose varied
 * shapes make every property read slow), and the lists of towns and languages come from the same
 * pass. The pass can be made in slices (`step`) or at once (`finish`).
 */
import { toMinutes, type ZonedTime } from '../catalogue/hours.js';
import type { Catalogue } from '../catalogue/schema.js';
import { WEEKDAYS } from '../catalogue/values.js';
import { fold } from './normalize.js';

/** How an offer's hours decide "open now" before its weekly slots are looked at. */
const Hours = { Weekly: 0, TemporarilyClosed: 1, Appointment: 2, Unknown: 3 } as const;

/** What the "open now" filter makes of an offer; `Ask`: kept after the open ones (by appointment, hours not known). */
export const OpenNow = { Open: 0, Ask: 1, Closed: 2 } as const;
export type OpenNow = (typeof OpenNow)[keyof typeof OpenNow];

export interface TownTotals {
  name: string;
  region?: string;
  offers: number;
  lat: number;
  lon: number;
  located: number;
}

/** Masks kept per filter value: a visitor switches between a few places or language sets. */
const MASKS_KEPT = 8;
/** Offers read between two looks at the clock. */
const BATCH = 64;

/** Weekday → bit. */
const DAY_BITS: Record<string, number> = Object.fromEntries(WEEKDAYS.map((day, i) => [day, 1 << i]));

/** Minutes of an "HH:MM" time, read from its character codes (as `toMinutes`, without making strings). */
function minutesOf(time: string): number {
  const h1 = time.charCodeAt(0) - 48;
  const h2 = time.charCodeAt(1) - 48;
  const m1 = time.charCodeAt(3) - 48;
  const m2 = time.charCodeAt(4) - 48;
  if (h1 >= 0 && h1 <= 9 && h2 >= 0 && h2 <= 9 && m1 >= 0 && m1 <= 9 && m2 >= 0 && m2 <= 9 && time.length === 5) return h1 * 600 + h2 * 60 + m1 * 10 + m2;
  return toMinutes(time);
}

function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = make();
  if (cache.size >= MASKS_KEPT) cache.delete(cache.keys().next().value as K);
  cache.set(key, value);
  return value;
}

/** Distinct strings numbered in the order met. */
class Names {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(name, id);
      this.list.push(name);
    }
    return id;
  }
}

export class OfferFacets {
  readonly size: number;
  /** Offers read so far (the arrays below are complete once it is `size`). */
  private read = 0;
  /** 1 where the offer is free of charge. */
  readonly free: Uint8Array;
  /** 1 where the offer's place can be reached in a wheelchair, fully or partly (`wheelchair`: yes or partly). */
  readonly wheelchair: Uint8Array;
  /** Offers that say anything of wheelchair access (yes, partly or no): the filter is offered when there are any. */
  wheelchairKnown = 0;
  /** Positions of each offer's distinct known categories: `categoryList[categoryStart[i] … categoryStart[i + 1])`. */
  readonly categoryStart: Int32Array;
  categoryList = new Int32Array(0);
  /** The offers of each category: `offerList[offerStart[c] … offerStart[c + 1])`, in catalogue order. */
  offerStart = new Int32Array(0);
  offerList = new Int32Array(0);
  private readonly categoryPositions: Map<string, number>;
  private categoryItems: number[] = [];
  private readonly located: Uint8Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly regions = new Names();
  private readonly region: Int32Array;
  private readonly localities = new Names();
  private readonly locality: Int32Array;
  private readonly postalCodes = new Names();
  private readonly postal: Int32Array;
  private readonly languageNames = new Names();
  private readonly languageStart: Int32Array;
  private languageItems: number[] = [];
  private readonly hourKind: Uint8Array;
  private readonly slotStart: Int32Array;
  private slotItems: number[] = [];
  private slotDays = new Uint8Array(0);
  private slotOpens = new Int16Array(0);
  private slotCloses = new Int16Array(0);
  private readonly townTotals: TownTotals[] = [];
  private readonly placeMasks = new Map<string, Uint8Array>();
  private readonly languageMasks = new Map<string, Uint8Array>();
  private readonly filterMasks = new Map<string, Uint8Array | undefined>();
  private readonly distanceCache: { key: string; km: Float64Array }[] = [];

  constructor(private readonly catalogue: Catalogue) {
    const n = catalogue.offers.length;
    this.size = n;
    this.categoryPositions = new Map(catalogue.categories.map((c, i) => [c.id, i]));
    this.free = new Uint8Array(n);
    this.wheelchair = new Uint8Array(n);
    this.categoryStart = new Int32Array(n + 1);
    this.located = new Uint8Array(n);
    this.lat = new Float64Array(n).fill(NaN);
    this.lon = new Float64Array(n).fill(NaN);
    this.region = new Int32Array(n).fill(-1);
    this.locality = new Int32Array(n).fill(-1);
    this.postal = new Int32Array(n).fill(-1);
    this.languageStart = new Int32Array(n + 1);
    this.hourKind = new Uint8Array(n);
    this.slotStart = new Int32Array(n + 1);
  }

  get done(): boolean {
    return this.read === this.size;
  }

  /** Reads offers until `deadline` (a `performance.now()` time) or the last one. */
  step(deadline: number): void {
    const offers = this.catalogue.offers;
    while (this.read < this.size) {
      const end = Math.min(this.size, this.read + BATCH);
      for (let i = this.read; i < end; i++) this.readOffer(i, offers[i]);
      this.read = end;
      if (performance.now() >= deadline) break;
    }
    if (this.read === this.size) this.seal();
  }

  /** Reads the offers left, at once. */
  finish(): this {
    if (!this.done) this.step(Infinity);
    return this;
  }

  private readOffer(i: number, offer: Catalogue['offers'][number]): void {
    if (offer.cost === 'free') this.free[i] = 1;
    const access = offer.wheelchair;
    if (access !== undefined) {
      this.wheelchairKnown++;
      if (access === 'yes' || access === 'partly') this.wheelchair[i] = 1;
    }
    const categories = offer.categories;
    const items = this.categoryItems;
    const start = items.length;
    if (categories) {
      for (const id of categories) {
        const c = this.categoryPositions.get(id);
        if (c === undefined || items.indexOf(c, start) >= 0) continue;
        items.push(c);
      }
    }
    this.categoryStart[i + 1] = items.length;
    const location = offer.location;
    if (location) {
      this.located[i] = 1;
      const { lat, lon, region, locality, postalCode } = location;
      if (lat !== undefined && lon !== undefined) {
        this.lat[i] = lat;
        this.lon[i] = lon;
      }
      if (region !== undefined) this.region[i] = this.regions.id(region);
      if (postalCode !== undefined) this.postal[i] = this.postalCodes.id(postalCode);
      if (locality !== undefined) {
        const id = this.localities.id(locality);
        this.locality[i] = id;
        // Totals per spelling; towns() adds up spellings with the same trimmed name.
        let town = this.townTotals[id];
        if (!town) {
          town = { name: locality.trim(), region, offers: 0, lat: 0, lon: 0, located: 0 };
          this.townTotals[id] = town;
        }
        town.offers++;
        if (lat !== undefined && lon !== undefined) {
          town.lat += lat;
          town.lon += lon;
          town.located++;
        }
      }
    }
    const spoken = offer.languages;
    const languages = this.languageItems;
    const from = languages.length;
    if (spoken) {
      for (const tag of spoken) {
        const l = this.languageNames.id(tag);
        if (languages.indexOf(l, from) < 0) languages.push(l);
      }
    }
    this.languageStart[i + 1] = languages.length;
    const hours = offer.openingHours;
    const weekly = hours?.weekly ?? [];
    if (offer.temporarilyClosed) this.hourKind[i] = Hours.TemporarilyClosed;
    else if (weekly.length === 0) this.hourKind[i] = hours?.appointmentOnly ? Hours.Appointment : Hours.Unknown;
    else {
      for (const slot of weekly) {
        let days = 0;
        for (const day of slot.days) days |= DAY_BITS[day] ?? 0;
        this.slotItems.push(days, minutesOf(slot.opens), minutesOf(slot.closes));
      }
    }
    this.slotStart[i + 1] = this.slotItems.length / 3;
  }

  /** Packs what was read into typed arrays, and lists the offers of each category. */
  private seal(): void {
    this.categoryList = Int32Array.from(this.categoryItems);
    this.categoryItems = [];
    const categories = this.categoryPositions.size;
    const perCategory = new Int32Array(categories);
    for (let k = 0; k < this.categoryList.length; k++) perCategory[this.categoryList[k]]++;
    this.offerStart = new Int32Array(categories + 1);
    for (let c = 0; c < categories; c++) this.offerStart[c + 1] = this.offerStart[c] + perCategory[c];
    this.offerList = new Int32Array(this.categoryList.length);
    const fill = this.offerStart.slice(0, categories);
    for (let i = 0; i < this.size; i++) {
      for (let k = this.categoryStart[i]; k < this.categoryStart[i + 1]; k++) this.offerList[fill[this.categoryList[k]]++] = i;
    }
    const slots = this.slotItems.length / 3;
    this.slotDays = new Uint8Array(slots);
    this.slotOpens = new Int16Array(slots);
    this.slotCloses = new Int16Array(slots);
    for (let s = 0; s < slots; s++) {
      this.slotDays[s] = this.slotItems[3 * s];
      this.slotOpens[s] = this.slotItems[3 * s + 1];
      this.slotCloses[s] = this.slotItems[3 * s + 2];
    }
    this.slotItems = [];
  }

  /** Towns with offers (by trimmed name): number of offers, region of the first, sums of coordinates. */
  towns(): TownTotals[] {
    this.finish();
    const towns = new Map<string, TownTotals>();
    for (const spelling of this.townTotals) {
      if (!spelling.name) continue;
      const town = towns.get(spelling.name);
      if (!town) towns.set(spelling.name, { ...spelling });
      else {
        town.offers += spelling.offers;
        town.lat += spelling.lat;
        town.lon += spelling.lon;
        town.located += spelling.located;
      }
    }
    return [...towns.values()];
  }

  /** Languages spoken, with the number of offers that speak each. */
  languageCounts(): [string, number][] {
    this.finish();
    const counts = new Int32Array(this.languageNames.list.length);
    for (const l of this.languageItems) counts[l]++;
    return this.languageNames.list.map((tag, l) => [tag, counts[l]]);
  }

  /** Offers that pass the cost, place, language and wheelchair filters together; undefined when none is set. */
  filterMask(free: boolean, place: string, languages: readonly string[], wheelchair = false): Uint8Array | undefined {
    if (!free && !place && languages.length === 0 && !wheelchair) return undefined;
    const key = JSON.stringify([free, place, [...new Set(languages)].sort(), wheelchair]);
    return remember(this.filterMasks, key, () => {
      const parts = [free ? this.free : undefined, wheelchair ? this.wheelchair : undefined, this.placeMask(place), this.languageMask(languages)].filter((m) => m !== undefined);
      if (parts.length === 1) return parts[0];
      const mask = parts[0].slice();
      for (const part of parts.slice(1)) for (let i = 0; i < this.size; i++) mask[i] &= part[i];
      return mask;
    });
  }

  /**
   * Offers in a region (`region:id`), a town (`town:Name`, in any spelling that folds the same)
   * or under a postal code prefix (`postal:99`); any other place keeps the offers that have a
   * location. Undefined for everywhere.
   */
  placeMask(place: string): Uint8Array | undefined {
    if (!place) return undefined;
    this.finish();
    return remember(this.placeMasks, place, () => {
      let ids: Int32Array | undefined;
      let names: string[] = [];
      let test: (name: string) => boolean = () => true;
      if (place.startsWith('region:')) {
        [ids, names] = [this.region, this.regions.list];
        test = (name) => name === place.slice(7);
      } else if (place.startsWith('town:')) {
        const town = fold(place.slice(5));
        [ids, names] = [this.locality, this.localities.list];
        test = (name) => fold(name) === town;
        // An offer without a locality is in town "" (as folding an absent locality gives).
        if (town === '') return this.maskOf(this.locality, this.localities.list, test, true);
      } else if (place.startsWith('postal:')) {
        const prefix = place.slice(7);
        [ids, names] = [this.postal, this.postalCodes.list];
        test = (name) => name.startsWith(prefix);
        if (prefix === '') return this.maskOf(this.postal, this.postalCodes.list, test, true);
      }
      if (!ids) return this.located.slice();
      return this.maskOf(ids, names, test, false);
    });
  }

  /** Offers with a location whose value (by id) passes `test`; `absent`: whether a location without the value passes. */
  private maskOf(ids: Int32Array, names: string[], test: (name: string) => boolean, absent: boolean): Uint8Array {
    const pass = Uint8Array.from(names, (name) => (test(name) ? 1 : 0));
    const mask = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      if (!this.located[i]) continue;
      const id = ids[i];
      mask[i] = id < 0 ? (absent ? 1 : 0) : pass[id];
    }
    return mask;
  }

  /** Offers where any of `languages` is spoken; undefined for no language filter. */
  languageMask(languages: readonly string[]): Uint8Array | undefined {
    if (languages.length === 0) return undefined;
    this.finish();
    const wanted = new Set(languages);
    return remember(this.languageMasks, [...wanted].sort().join(','), () => {
      const pass = Uint8Array.from(this.languageNames.list, (tag) => (wanted.has(tag) ? 1 : 0));
      const mask = new Uint8Array(this.size);
      for (let i = 0; i < this.size; i++) {
        for (let k = this.languageStart[i]; k < this.languageStart[i + 1]; k++) {
          if (pass[this.languageItems[k]]) {
            mask[i] = 1;
            break;
          }
        }
      }
      return mask;
    });
  }

  /**
   * A function telling what "open now" makes of an offer at `now`: the same decision as
   * `openState` (open, by appointment or unknown, else closed), without making state objects.
   */
  openNow(now: ZonedTime): (index: number) => OpenNow {
    this.finish();
    const { hourKind, slotStart, slotDays, slotOpens, slotCloses } = this;
    const day = 1 << WEEKDAYS.indexOf(now.weekday);
    const minutes = now.minutes;
    return (i) => {
      switch (hourKind[i]) {
        case Hours.TemporarilyClosed:
          return OpenNow.Closed;
        case Hours.Appointment:
        case Hours.Unknown:
          return OpenNow.Ask;
      }
      for (let s = slotStart[i]; s < slotStart[i + 1]; s++) {
        if (slotDays[s] & day && slotOpens[s] <= minutes && minutes < slotCloses[s]) return OpenNow.Open;
      }
      return OpenNow.Closed;
    };
  }

  /** Each offer's distance from `point` in km (NaN without coordinates); the last few points are kept. */
  distances(point: { lat: number; lon: number }, distanceKm: (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => number): Float64Array {
    this.finish();
    const key = `${point.lat},${point.lon}`;
    const known = this.distanceCache.find((d) => d.key === key);
    if (known) return known.km;
    const km = new Float64Array(this.size);
    const to = { lat: 0, lon: 0 };
    for (let i = 0; i < this.size; i++) {
      if (Number.isNaN(this.lat[i])) km[i] = NaN;
      else {
        to.lat = this.lat[i];
        to.lon = this.lon[i];
        km[i] = distanceKm(point, to);
      }
    }
    if (this.distanceCache.length >= 4) this.distanceCache.shift();
    this.distanceCache.push({ key, km });
    return km;
  }
}
