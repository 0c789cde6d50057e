import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WkFilterChangeEvent, type FilterChangeCause, type ListFilters } from '../events/offer-events.js';

/**
 * How complete what an element lists is:
 * - `complete`: the list for these filters, as it stays;
 * - `partial`: the list so far, while the rest of a pack's offers arrive (reported for a change the
 *   visitor or the host made, else held until the list is complete);
 * - `pending`: the results shown are still those of the previous filters (a large catalogue's
 *   filter data is being read): nothing is reported until the new ones are there.
 */
export type ListedState = 'complete' | 'partial' | 'pending';

type Host = ReactiveControllerHost & EventTarget;

/**
 * Fires `wk-filter-change` once for each change of what an element lists, with its cause. The
 * element says what changes the list (`cause()`) and, while rendering, what it lists
 * (`listed()`); after the update, when the filters or the count differ from those last reported,
 * the event fires once (a no-op fires nothing, and two changes within one update fire once). A
 * change that nobody made (the list first shown, a new copy of the catalogue, time passing) has
 * the cause `catalogue`.
 *
 * The event is dispatched after the update has finished, so a listener that sets a preset in
 * return starts a new update rather than changing this one.
 */
export class FilterChangeController<F extends ListFilters> implements ReactiveController {
  private pending?: FilterChangeCause;
  private shown?: { filters: F; count: number; state: ListedState };
  /** Filters and count last reported (as JSON); undefined until the list was first reported. */
  private reported?: string;
  /** A list has been shown: causes count from then on (a preset set while loading is not a change). */
  private seen = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** What is about to change the list (the latest cause before the update wins). */
  cause(cause: FilterChangeCause): void {
    if (!this.seen) return;
    this.pending = cause;
    this.host.requestUpdate();
  }

  /** What the element lists now; called while it renders its content. */
  listed(filters: F, count: number, state: ListedState = 'complete'): void {
    this.seen = true;
    this.shown = { filters, count, state };
  }

  hostUpdated(): void {
    const shown = this.shown;
    this.shown = undefined;
    const cause = this.pending;
    if (!shown) {
      // Nothing listed in this update (loading, an error): a cause waiting for the list is dropped.
      this.pending = undefined;
      return;
    }
    if (shown.state === 'pending' || (shown.state === 'partial' && !cause)) return;
    this.pending = undefined;
    const key = JSON.stringify([shown.filters, shown.count]);
    if (key === this.reported) return;
    this.reported = key;
    const event = new WkFilterChangeEvent<F>({ cause: cause ?? 'catalogue', filters: shown.filters, count: shown.count });
    queueMicrotask(() => this.host.dispatchEvent(event));
  }
}
