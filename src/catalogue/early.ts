/**
 * Catalogue downloads started by the kit's script tag as soon as it runs, before the elements'
 * code has arrived (see src/cdn). The loader takes the response over for its first attempt. Kept on
 * the page's global object under a symbol of the kit, so every copy of the loader finds them.
 */
import { CACHE_NAME, FINGERPRINT_HEADER, SAVED_AT_HEADER, validatedKey } from './saved-copies.js';

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

/** Starts the validator's worker (its script at `url`) while the catalogue downloads; returns it. */
export function startEarlyWorker(url: string): Worker | undefined {
  const scope = globalThis as unknown as WorkerScope;
  if (scope[WORKER_KEY] || typeof Worker === 'undefined') return scope[WORKER_KEY];
  try {
    return (scope[WORKER_KEY] = new Worker(url, { type: 'module', name: 'willkommen-widgets validator' }));
  } catch {
    // Not allowed here (the kit on another origin): the loader validates on the main thread.
    return undefined;
  }
}

/** Takes over the worker started early, if there is one (once). */
export function takeEarlyWorker(): Worker | undefined {
  const scope = globalThis as unknown as WorkerScope;
  const worker = scope[WORKER_KEY];
  scope[WORKER_KEY] = undefined;
  return worker;
}

const SAVED_KEY = Symbol.for('willkommen-widgets.early-saved');
/** Request ids of the early validations: negative, so they never meet the loader's own. */
let earlyId = 0;

/** A saved copy read early: when it was saved, and either what the validator made of it or its bytes. */
export interface EarlySaved {
  savedAt: string;
  /**
   * What the validator made of these very bytes on an earlier visit (kept beside the copy by the
   * same version of the kit): shown as it is, nothing to validate.
   */
  validated?: { result: unknown; fingerprint: string };
  /** The copy as saved, when there is no result kept for it. */
  bytes?: Uint8Array;
  /** The validator worker's reply (`{ result, fingerprint }` or `{ error }`), when the worker had started. */
  reply?: Promise<{ result?: unknown; fingerprint?: string; error?: unknown }>;
}

function savedReads(): Map<string, Promise<EarlySaved | undefined>> {
  const scope = globalThis as unknown as Record<symbol, Map<string, Promise<EarlySaved | undefined>> | undefined>;
  return (scope[SAVED_KEY] ??= new Map());
}

/** The validator's result kept for the copy (`response`), if it is there and made from the same bytes. */
async function keptResult(response: Response, kept: Response | undefined): Promise<EarlySaved['validated']> {
  const print = response.headers.get(FINGERPRINT_HEADER);
  if (!kept || !print || kept.headers.get(FINGERPRINT_HEADER) !== print) return undefined;
  try {
    const result: unknown = JSON.parse(await kept.text());
    const shape = result as { catalogue?: unknown; problems?: unknown } | null;
    return shape && typeof shape.catalogue === 'object' && Array.isArray(shape.problems) ? { result, fingerprint: print } : undefined;
  } catch {
    return undefined; // damaged: the copy itself is validated again
  }
}

/**
 * On a returning visit: reads the saved copy of `url` from the kit's Cache API cache while the
 * elements' code is still loading. Where the validator running from `workerUrl` kept its result for
 * that copy, that is taken as it is; otherwise the worker started early (`worker`) validates the
 * copy, so the saved cards are ready when the elements are.
 */
export function startEarlySaved(url: string, worker?: Worker, workerUrl?: string): Promise<EarlySaved | undefined> {
  const all = savedReads();
  const known = all.get(url);
  if (known || typeof caches === 'undefined') return known ?? Promise.resolve(undefined);
  const read = (async (): Promise<EarlySaved | undefined> => {
    const cache = await caches.open(CACHE_NAME);
    const [response, kept] = await Promise.all([cache.match(url), workerUrl ? cache.match(validatedKey(workerUrl, url)) : undefined]);
    if (!response) return undefined;
    const savedAt = response.headers.get(SAVED_AT_HEADER) ?? '';
    const validated = await keptResult(response, kept);
    if (validated) return { savedAt, validated };
    const bytes = new Uint8Array(await response.arrayBuffer());
    const saved: EarlySaved = { bytes, savedAt };
    if (worker) {
      const id = --earlyId;
      saved.reply = new Promise((resolve) => {
        const done = (reply: { result?: unknown; fingerprint?: string; error?: unknown }) => {
          worker.removeEventListener('message', listen);
          clearTimeout(timer);
          resolve(reply);
        };
        const listen = (event: MessageEvent<{ id: number; result?: unknown; fingerprint?: string; error?: unknown }>) => event.data?.id === id && done(event.data);
        worker.addEventListener('message', listen);
        // A worker that fails or does not answer: the loader validates the bytes itself.
        worker.addEventListener('error', () => done({}), { once: true });
        const timer = setTimeout(() => done({}), UNCLAIMED_MS / 6);
      });
      const copy = bytes.slice();
      worker.postMessage({ id, bytes: copy.buffer, contentType: '' }, [copy.buffer]);
    }
    return saved;
  })().catch(() => undefined); // storage blocked: the loader reads (or not) as usual
  all.set(url, read);
  setTimeout(() => all.get(url) === read && all.delete(url), UNCLAIMED_MS);
  return read;
}

const WANTED_KEY = Symbol.for('willkommen-widgets.early-results');

function wanted(): Set<string> {
  const scope = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (scope[WANTED_KEY] ??= new Set());
}

/**
 * Notes that the script-tag file reads the saved copy of `url` early on a returning visit (a
 * catalogue, a pack's index and the parts its elements show first): what the validator makes of
 * that copy is worth keeping beside it. (Other parts are validated again when they are needed.)
 */
export function wantEarlyResult(url: string): void {
  wanted().add(url);
}

/** Whether what the validator makes of `url` is read early on the next visit (see `wantEarlyResult`). */
export function wantsEarlyResult(url: string): boolean {
  return wanted().has(url);
}

/** Takes over the early read of the saved copy of `url`, if there is one (once). */
export function takeEarlySaved(url: string): Promise<EarlySaved | undefined> | undefined {
  const all = savedReads();
  const read = all.get(url);
  all.delete(url);
  return read;
}
