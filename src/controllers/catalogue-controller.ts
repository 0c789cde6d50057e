import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribeCatalogue, type CatalogueState, type CatalogueSubscription } from '../catalogue/load.js';
import { WkErrorEvent, WkLoadEvent } from '../events/catalogue-events.js';

type Host = ReactiveControllerHost & HTMLElement & { src: string };

export type ElementCatalogueState = CatalogueState | { status: 'no-src' };

const reported = new WeakSet<object>();

/** Tells the page's developer, once per catalogue, what the validator dropped, repaired and removed. */
function reportProblems(state: CatalogueState): void {
  if (state.status !== 'ready' || reported.has(state.result)) return;
  reported.add(state.result);
  const { problems, dropped, repaired, removed } = state.result;
  if (problems.length === 0) return;
  console.groupCollapsed?.(
    `willkommen-widgets: ${state.url}: ${dropped} record(s) dropped, ${repaired} field(s) repaired, ${removed} removed; ${problems.length} problem(s). Run "npx willkommen-widgets validate --out clean.json" on the catalogue to see them and make the repairs once.`,
  );
  for (const p of problems.slice(0, 200)) console.warn(`${p.path}: [${p.code}] ${p.message}`);
  console.groupEnd?.();
}

/** Connects an element to the shared catalogue at its `src`. */
export class CatalogueController implements ReactiveController {
  state: ElementCatalogueState = { status: 'no-src' };
  private subscription?: CatalogueSubscription;
  private url = '';
  private connected = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    // An update queued before the element left the page must not subscribe it again (it would
    // stay in memory, with everything it rendered, for as long as the catalogue does).
    this.connected = false;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.url = '';
  }

  /** Downloads the catalogue again (the "Try again" button). */
  reload(): void {
    this.subscription?.reload();
  }

  private sync(): void {
    if (!this.connected) return;
    const url = this.resolve(this.host.src);
    if (url === this.url) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.url = url;
    if (!url) {
      this.set({ status: 'no-src' });
      return;
    }
    this.subscription = subscribeCatalogue(url, (state) => this.set(state));
  }

  private resolve(src: string): string {
    if (!src?.trim()) return '';
    try {
      return new URL(src.trim(), document.baseURI).href;
    } catch {
      return src.trim();
    }
  }

  private set(state: ElementCatalogueState): void {
    const previous = this.state;
    this.state = state;
    if (previous !== state) this.host.requestUpdate();
    if (state.status === 'ready') {
      reportProblems(state);
      const { catalogue, problems, stale } = state.result;
      if (stale) {
        this.host.dispatchEvent(
          new WkErrorEvent({ url: state.url, kind: stale.error.kind, message: stale.error.message, status: stale.error.details.status, stale: true }),
        );
      }
      this.host.dispatchEvent(
        new WkLoadEvent({
          url: state.url,
          offers: catalogue.offers.length,
          events: catalogue.events.length,
          jobs: catalogue.jobs.length,
          problems: problems.length,
          staleSince: stale?.savedAt,
        }),
      );
    } else if (state.status === 'error') {
      const { error } = state;
      console.error(`willkommen-widgets: ${state.url}: ${error.message}`);
      this.host.dispatchEvent(
        new WkErrorEvent({ url: state.url, kind: error.kind, message: error.message, status: error.details.status, stale: false }),
      );
    }
  }
}
