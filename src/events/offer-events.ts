import type { Job, Offer } from '../catalogue/schema.js';
import type { OfferFilters } from '../search/offer-query.js';

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

export interface FilterChangeDetail {
  filters: OfferFilters;
  /** Number of offers that match now. */
  count: number;
}

/** The visitor changed the search text or a filter. */
export class WkFilterChangeEvent extends Event {
  static readonly type = 'wk-filter-change';
  constructor(readonly detail: FilterChangeDetail) {
    super(WkFilterChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wk-select': WkSelectEvent;
    'wk-filter-change': WkFilterChangeEvent;
  }
}
