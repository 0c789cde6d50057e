import type { Job, Offer } from '../catalogue/schema.js';
import type { CefrLevel } from '../catalogue/values.js';
import type { GeoPoint, OfferFilters } from '../search/offer-query.js';

export interface OfferSelectDetail {
  /** The offer the visitor opened, or null when they went back to the list (or opened a job). */
  offer: Offer | null;
  /** The job the visitor opened in a `<job-board>`, or null. */
  job?: Job | null;
  /** Id of what was opened, or null when the visitor went back to the list. */
  id: string | null;
}

/** The visitor opened an offer's or a job's details (or closed them). */
export class WkSelectEvent extends Event {
  static readonly type = 'wk-select';
  constructor(readonly detail: OfferSelectDetail) {
    super(WkSelectEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * What changed what an element lists:
 * - `visitor`: the visitor typed or chose something in the element (a filter, the period, "near me",
 *   "reset filters");
 * - `preset`: the host set a preset attribute or property (`categories`, `region`, `level`, …,
 *   `hide-filters`) or called `reset()`;
 * - `url`: the page URL changed the state (back and forward, with `url-state`);
 * - `catalogue`: nobody did: the list was first shown, a fresh copy of the catalogue replaced a saved
 *   one, the rest of a pack arrived, the search index was completed, or time passed ("open now",
 *   events that are over).
 */
export const FILTER_CHANGE_CAUSES = ['visitor', 'preset', 'url', 'catalogue'] as const;
export type FilterChangeCause = (typeof FILTER_CHANGE_CAUSES)[number];

/** The filters of an `<event-list>`, as the visitor sees them (presets, and what the visitor chose). */
export interface EventFilters {
  /** The period: today, the next 7 days, the next 30 days, or dates the visitor chose. */
  range: 'today' | 'week' | 'month' | 'dates';
  /** With `range: 'dates'`: the first and the last day (YYYY-MM-DD, in the catalogue's time zone). */
  from?: string;
  to?: string;
  /** Category ids; an event matches when it has any of them. */
  categories: readonly string[];
  /** Language codes; an event matches when it is held in any of them. */
  languages: readonly string[];
  /** A region id (`region:rostock`) or a town (`town:Rostock`); empty for everywhere. */
  place: string;
  free: boolean;
  online: boolean;
}

/** The filters of a `<job-board>`, as the visitor sees them (presets, and what the visitor chose). */
export interface JobFilters {
  /** The visitor's German level: jobs that need this level or less. Empty for all levels. */
  level: CefrLevel | '';
  /** Occupational field id; empty for all fields. */
  field: string;
  /** Employment types; a job matches when it has any of them. */
  types: readonly string[];
  /** A region id (`region:rostock`) or a town (`town:Rostock`); empty for everywhere. */
  place: string;
  /** Only jobs posted within this many days; 0 for any time. */
  postedWithin: number;
  /** Company mode: the employer's name; empty for all employers. */
  employer: string;
  /** The visitor's position, after they asked to sort by distance. */
  near?: GeoPoint;
}

/** The filters of any element that fires `wk-filter-change`. */
export type ListFilters = OfferFilters | EventFilters | JobFilters;

/** The same shape on every element: why the list changed, the filters now, and how much is listed. */
export interface FilterChangeDetail<F extends ListFilters = OfferFilters> {
  cause: FilterChangeCause;
  /** The element's filters now: `OfferFilters` (`<offer-search>`), `EventFilters`, `JobFilters`. */
  filters: F;
  /** How many match now: offers, event dates (in the period) or jobs. */
  count: number;
}

/**
 * What an `<offer-search>`, `<event-list>` or `<job-board>` lists has changed: its search text or
 * filters (the visitor's or the host's), or the list under the same filters (see `cause`). Fired
 * once per change, after the element has shown it, and never when nothing changed.
 */
export class WkFilterChangeEvent<F extends ListFilters = OfferFilters> extends Event {
  static readonly type = 'wk-filter-change';
  constructor(readonly detail: FilterChangeDetail<F>) {
    super(WkFilterChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wk-select': WkSelectEvent;
    'wk-filter-change': WkFilterChangeEvent<ListFilters>;
  }
}
