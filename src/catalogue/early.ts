/**
 * Catalogue downloads started by the kit's script tag as soon as it runs, before the elements'
 * code has arrived (see src/cdn). The loader takes the response over for its first attempt. Kept on
 * the page's global object under a symbol of the kit, so every copy of the loader finds them.
 */
const KEY = Symbol.for('willkommen-widgets.early-catalogues');
/** An early download not taken over within this time is cancelled (an element that never came). */
const UNCLAIMED_MS = 60_000;

export interface EarlyDownload {
  response: Promise<Response>;
  controller: AbortController;
}

/** The request options of every catalogue download (the same for early ones, and for a `<link rel="preload">`). */
export const CATALOGUE_REQUEST: RequestInit = {
  // Cookies only ever go to the page's own origin: a catalogue elsewhere gets none.
  credentials: 'same-origin',
  // Always asked again (an unchanged catalogue costs a 304): the saved copy covers the wait.
  cache: 'no-cache',
  headers: { accept: 'application/json' },
};

function downloads(): Map<string, EarlyDownload> {
  const scope = globalThis as unknown as Record<symbol, Map<string, EarlyDownload> | undefined>;
  return (scope[KEY] ??= new Map());
}

/**
 * Starts downloading the catalogue (or pack part, `immutable`) at `url` (absolute) unless that is
 * already under way.
 */
export function startEarly(url: string, immutable = false): EarlyDownload | undefined {
  const all = downloads();
  if (all.has(url) || typeof fetch === 'undefined') return all.get(url);
  const controller = new AbortController();
  const response = fetch(url, { ...CATALOGUE_REQUEST, ...(immutable ? { cache: 'default' as const } : {}), signal: controller.signal });
  response.catch(() => undefined); // the loader sees failures when it takes the download over
  const early = { response, controller };
  all.set(url, early);
  setTimeout(() => {
    if (all.get(url) !== early) return;
    all.delete(url);
    controller.abort();
  }, UNCLAIMED_MS);
  return early;
}

/** Takes over the early download of `url`, if there is one (once). */
export function takeEarly(url: string): EarlyDownload | undefined {
  const all = downloads();
  const early = all.get(url);
  all.delete(url);
  return early;
}

const WORKER_KEY = Symbol.for('willkommen-widgets.early-validator');
type WorkerScope = Record<symbol, Worker | undefined>;

/** Starts the validator's worker (its script at `url`) while the catalogue downloads. */
export function startEarlyWorker(url: string): void {
  const scope = globalThis as unknown as WorkerScope;
  if (scope[WORKER_KEY] || typeof Worker === 'undefined') return;
  try {
    scope[WORKER_KEY] = new Worker(url, { type: 'module', name: 'willkommen-widgets validator' });
  } catch {
    // Not allowed here (the kit on another origin): the loader validates on the main thread.
  }
}

/** Takes over the worker started early, if there is one (once). */
export function takeEarlyWorker(): Worker | undefined {
  const scope = globalThis as unknown as WorkerScope;
  const worker = scope[WORKER_KEY];
  scope[WORKER_KEY] = undefined;
  return worker;
}
