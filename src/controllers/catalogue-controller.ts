import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribeCatalogue, type CatalogueState, type CatalogueSubscription, type LoadedCatalogue } from '../catalogue/load.js';
import { packParts, type PackNeeds } from '../catalogue/pack-parts.js';
import type { Offer } from '../catalogue/schema.js';
import { WkErrorEvent, WkLoadEvent } from '../events/catalogue-events.js';
import { yieldToPage } from '../search/yield.js';

/** The records an element shows: a pack loads only those parts. */
export type CatalogueNeeds = PackNeeds;

type Host = ReactiveControllerHost &
  HTMLElement & {
    src: string;
    /** What the element shows (default: everything). */
    catalogueNeeds?(): CatalogueNeeds;
    /** The visitor's language for catalogue text: a pack's offers come in it. */
    catalogueLanguage?(index?: LoadedCatalogue): string;
  };

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

/** Parts of a list downloaded at the same time, after the first. */
const LIST_PARTS_AT_ONCE = 4;

/** Whether two states show the same thing (the controller re-checks on every update). */
function same(a: ElementCatalogueState, b: ElementCatalogueState): boolean {
  if (a === b) return true;
  if (a.status !== b.status || ('url' in a && 'url' in b && a.url !== b.url)) return false;
  if (a.status === 'ready' && b.status === 'ready') return a.result === b.result;
  if (a.status === 'error' && b.status === 'error') return a.error === b.error;
  if (a.status === 'loading' && b.status === 'loading') return !!a.slow === !!b.slow;
  return a.status === 'no-src';
}

/** Resolves after the next frame has been painted (or soon, in a page that is not painted). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve);
    });
  });
}

/** One shared download: a catalogue, a pack's index or one of its parts. */
class Part {
  state: CatalogueState;
  private readonly subscription: CatalogueSubscription;
  constructor(
    readonly url: string,
    onChange: () => void,
    immutable: boolean,
  ) {
    this.state = { status: 'loading', url };
    // A download that is already there answers at once: its state is taken, and the owner, which
    // is still making this part, reads it next.
    let made = false;
    this.subscription = subscribeCatalogue(
      url,
      (state) => {
        this.state = state;
        if (made) onChange();
      },
      { immutable },
    );
    made = true;
  }
  get result(): LoadedCatalogue | undefined {
    return this.state.status === 'ready' ? this.state.result : undefined;
  }
  reload(): void {
    this.subscription.reload();
  }
  close(): void {
    this.subscription.unsubscribe();
  }
}

/**
 * Connects an element to the shared catalogue at its `src`: a catalogue document as it is, or a
 * pack, of which it loads the index, then the parts the element shows (offers in the visitor's
 * language, events, jobs) and the full offers one part at a time when one is opened.
 */
export class CatalogueController implements ReactiveController {
  state: ElementCatalogueState = { status: 'no-src' };
  private main?: Part;
  private parts = new Map<string, Part>();
  private full = new Map<string, Part>();
  private connected = false;
  private merged?: { key: readonly unknown[]; result: LoadedCatalogue; listed: number };

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
    this.main?.close();
    this.main = undefined;
    for (const part of [...this.parts.values(), ...this.full.values()]) part.close();
    this.parts.clear();
    this.full.clear();
    this.merged = undefined;
    this.showingFirst = this.shownFirst = undefined;
  }

  /** Downloads the catalogue again (the "Try again" button). */
  reload(): void {
    this.main?.reload();
    for (const part of this.parts.values()) if (part.state.status === 'error') part.reload();
  }

  /**
   * The offer with every detail: from a pack, its part of full offers is loaded on the first call
   * (call it when an offer is likely to be opened, too); undefined until it is there.
   */
  fullOffer(id: string): Offer | undefined {
    const state = this.state;
    if (state.status !== 'ready') return undefined;
    const { pack, catalogue } = state.result;
    if (!pack?.offers) return catalogue.offers.find((o) => o.id === id);
    const index = catalogue.offers.findIndex((o) => o.id === id);
    if (index < 0 || !this.main) return undefined;
    const name = pack.offers.details.files[Math.floor(index / pack.offers.details.size)];
    if (!name) return undefined;
    const url = new URL(name, this.main.url).href;
    let part = this.full.get(url);
    if (!part) {
      part = new Part(url, () => this.host.requestUpdate(), true);
      this.full.set(url, part);
    }
    return part.result?.catalogue.offers.find((o) => o.id === id);
  }

  /** Whether the full offer `id` could not be loaded (its part failed). */
  fullOfferFailed(id: string): boolean {
    return [...this.full.values()].some((p) => p.state.status === 'error') && !this.fullOffer(id);
  }

  /** Loads the failed parts of full offers again. */
  reloadFullOffers(): void {
    for (const part of this.full.values()) if (part.state.status === 'error') part.reload();
  }

  private sync(): void {
    if (!this.connected) return;
    const url = this.resolve(this.host.src);
    if (url !== (this.main?.url ?? '')) {
      this.hostDisconnected();
      this.connected = true;
      if (url) this.main = new Part(url, () => this.update(), false);
    }
    this.update();
  }

  /** The parts of a pack this element needs now, by role. */
  /** (Asked on every update, so on every keystroke: made again only when the index or the language changes.) */
  private wantedParts(result: LoadedCatalogue): Map<string, string> {
    const main = this.main;
    if (!result.pack || !main) return new Map();
    // The index says which languages the pack has: the visitor's first of them.
    const language = this.host.catalogueLanguage?.(result) ?? '';
    if (this.wanted?.index === result && this.wanted.language === language) return this.wanted.parts;
    const needs = this.host.catalogueNeeds?.() ?? { offers: true, events: true, jobs: true };
    const parts = packParts(result.pack, needs, language, result.catalogue.defaultLanguage);
    this.wanted = { index: result, language, parts: new Map([...parts].map(([role, name]) => [role, new URL(name, main.url).href])) };
    return this.wanted.parts;
  }
  private wanted?: { index: LoadedCatalogue; language: string; parts: Map<string, string> };

  private update(): void {
    if (!this.connected) return;
    const main = this.main;
    if (!main) return this.set({ status: 'no-src' });
    const result = main.result;
    if (!result?.pack) {
      for (const part of this.parts.values()) part.close();
      this.parts.clear();
      return this.set(main.state);
    }
    // A pack: follow the parts this element needs now (the visitor may have changed language).
    const wanted = this.wantedParts(result);
    const urls = new Set(wanted.values());
    for (const [key, part] of this.parts) {
      if (!urls.has(key)) {
        part.close();
        this.parts.delete(key);
      }
    }
    // In a task of its own: the one that received the part from the validator's worker has spent
    // its time on reading the message.
    const arrived = () =>
      void yieldToPage().then(() => {
        if (!this.connected) return;
        this.update();
        this.host.requestUpdate(); // the progress of a list, even when the catalogue stays
      });
    // The first part of a list alone first (on a slow line it must not share the bandwidth with
    // the others), then the others a few at a time, in order.
    const listed = [...wanted].filter(([role]) => role.startsWith('offers-'));
    const firstShown = !!listed[0] && this.firstShown(listed[0][1]);
    let underWay = listed.filter(([, url]) => this.parts.has(url) && !this.parts.get(url)?.result).length;
    for (const [role, partUrl] of wanted) {
      if (this.parts.has(partUrl)) continue;
      const later = /^offers-[1-9]/.test(role);
      if (later && (!firstShown || underWay >= LIST_PARTS_AT_ONCE)) continue;
      if (later) underWay++;
      this.parts.set(partUrl, new Part(partUrl, arrived, true));
    }
    const parts = [...wanted].flatMap(([role, partUrl]) => {
      const part = this.parts.get(partUrl);
      return part ? [[role, part] as const] : [];
    });
    const failed = parts.find(([, p]) => p.state.status === 'error');
    if (failed && failed[1].state.status === 'error') return this.set({ status: 'error', url: main.url, error: failed[1].state.error });
    // What must be there to show anything: the events, the jobs, the first part of a list.
    const first = parts.filter(([role]) => !/^offers-[1-9]/.test(role));
    if (first.some(([, p]) => !p.result)) {
      // Keep showing what is there (a language switch) until the new parts arrive.
      if (this.state.status === 'ready' && this.state.url === main.url) return;
      const slow = first.some(([, p]) => p.state.status === 'loading' && p.state.slow);
      return this.set({ status: 'loading', url: main.url, slow });
    }
    // The parts of a list in order, as far as they have arrived without a gap.
    const list: LoadedCatalogue[] = [];
    for (const [role, part] of parts) {
      if (!role.startsWith('offers-')) continue;
      if (!part.result) break;
      list.push(part.result);
    }
    const listParts = listed.length;
    const total = result.pack.offers?.count ?? 0;
    const sizes = result.pack.offers;
    const received = list.length && sizes ? (sizes.firstSize ?? sizes.listSize) + (list.length - 1) * sizes.listSize : 0;
    this.progress = { offers: Math.min(received, total), total };
    // A new catalogue (and a new search index) only at 1, 2, 4, 8 … parts and at the end: the
    // search reaches further while the rest arrives, without being made again for every part.
    const shown = this.merged && this.merged.key[0] === result ? this.merged.listed : 0;
    const take = list.length === listParts || list.length >= shown * 2 || shown === 0 ? list.length : shown;
    const roles = new Map(parts.filter(([role]) => !role.startsWith('offers-')).map(([role, p]) => [role, p.result as LoadedCatalogue]));
    this.set({ status: 'ready', url: main.url, result: this.merge(result, list.slice(0, take), listParts, roles) });
  }

  /**
   * Whether the first part of a list (at `url`) has arrived and its cards are on the screen: the
   * other parts wait for that, so their work does not delay the first cards.
   */
  private firstShown(url: string): boolean {
    if (this.shownFirst === url) return true;
    if (!this.parts.get(url)?.result || this.showingFirst === url) return false;
    this.showingFirst = url;
    void this.host.updateComplete.then(afterPaint).then(() => {
      if (this.showingFirst !== url || !this.connected) return;
      this.shownFirst = url;
      this.update();
    });
    return false;
  }
  private showingFirst?: string;
  private shownFirst?: string;

  /** How many of a pack's offers have arrived, for an element that says so. */
  progress?: { offers: number; total: number };

  /** One catalogue of the index's head and the parts' records (the same object while nothing changes). */
  private merge(index: LoadedCatalogue, list: LoadedCatalogue[], listParts: number, parts: Map<string, LoadedCatalogue>): LoadedCatalogue {
    const events = parts.get('events');
    const jobs = parts.get('jobs');
    const key = [index, events, jobs, ...list];
    if (this.merged && this.merged.key.length === key.length && this.merged.key.every((k, i) => k === key[i])) return this.merged.result;
    const all = [index, ...list, ...parts.values()];
    const sum = (field: 'dropped' | 'repaired' | 'removed') => all.reduce((n, r) => n + r[field], 0);
    const offers = list.length ? list.flatMap((part) => part.catalogue.offers) : (events?.catalogue.offers ?? []);
    const total = index.pack?.offers?.count ?? offers.length;
    const result: LoadedCatalogue = {
      ...index,
      catalogue: {
        ...index.catalogue,
        offers,
        events: events?.catalogue.events ?? [],
        jobs: jobs?.catalogue.jobs ?? [],
      },
      problems: all.flatMap((r) => r.problems),
      dropped: sum('dropped'),
      repaired: sum('repaired'),
      removed: sum('removed'),
      stale: all.find((r) => r.stale)?.stale,
      saved: all.find((r) => r.saved?.old)?.saved ?? all.find((r) => r.saved)?.saved,
    };
    if (list.length && list.length < listParts) result.partial = { offers: offers.length, total };
    this.merged = { key, result, listed: list.length };
    return result;
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
    if (same(previous, state)) return;
    this.state = state;
    this.host.requestUpdate();
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
