import type { LoadErrorKind } from '../catalogue/errors.js';

export interface CatalogueLoadDetail {
  /** Absolute URL of the catalogue. */
  url: string;
  offers: number;
  events: number;
  jobs: number;
  /** Problems the validator found (records dropped or warnings). */
  problems: number;
  /** ISO date-time of the saved copy when the network failed and a saved copy is shown. */
  staleSince?: string;
}

/** Fired when an element's catalogue is ready (also when it comes from a saved copy). */
export class WkLoadEvent extends Event {
  static readonly type = 'wk-load';
  constructor(readonly detail: CatalogueLoadDetail) {
    super(WkLoadEvent.type, { bubbles: true, composed: true });
  }
}

export interface CatalogueErrorDetail {
  url: string;
  kind: LoadErrorKind | 'no-src';
  message: string;
  status?: number;
  /** True when a saved copy is shown instead. */
  stale: boolean;
}

/** Fired when a catalogue could not be loaded (network, HTTP, size, not JSON, not a catalogue). */
export class WkErrorEvent extends Event {
  static readonly type = 'wk-error';
  constructor(readonly detail: CatalogueErrorDetail) {
    super(WkErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'wk-load': WkLoadEvent;
    'wk-error': WkErrorEvent;
  }
}
