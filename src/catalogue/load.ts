/**
 * Getting a catalogue over HTTP: one download and one parsed catalogue per URL and page, a timeout
 * per attempt and a deadline for all of them, retries with backoff and jitter, a size cap,
 * cancellation, failures in plain categories. The last good copy is shown at once on a later visit
 * while the fresh one loads, and stays (with its date) when the network fails.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { CATALOGUE_REQUEST, takeEarly, takeEarlySaved, wantsEarlyResult } from './early.js';
import { CatalogueError } from './errors.js';
import { cacheApiCopies, CACHE_NAME, SAVED_AT_HEADER, type SavedCopies } from './saved-copies.js';
import type { ValidationResult } from './validate.js';
import { fingerprint } from './fingerprint.js';
import { prepareValidator, saveInWorker, validateBytes, validateEarlySaved, validateText, type SaveRequest, type Validated } from './validate-client.js';

export interface LoaderOptions {
  /** Largest body accepted, in bytes; the download is aborted beyond it. Default 20 MB. */
  maxBytes: number;
  /** Time allowed for each attempt, in milliseconds. Default 10 s. */
  timeout: number;
  /** Time allowed for the whole download, retries included, in milliseconds. Default 30 s. */
  deadline: number;
  /** After this long without anything to show, elements say the connection is slow. Default 4 s. */
  slowAfter: number;
  /**
   * A saved copy younger than this (milliseconds) is shown as it is while the fresh one loads; an
   * older one is shown with its date. Default 24 hours.
   */
  freshFor: number;
  /** Retries after the first attempt (408, 429, 5xx, network failures). Default 3. */
  retries: number;
  /** Longest wait for one Retry-After, in milliseconds; a longer one is cut to this. Default 30 s. */
  maxRetryAfter: number;
  /** Upper bound of one backoff delay, in milliseconds. Default 8 s. */
  backoffLimit: number;
  /** Where the last good copies are kept. Default: the Cache API. */
  savedCopies: SavedCopies;
  /** The fetch to use (tests and special hosts). Default: the global fetch. */
  fetch?: typeof fetch;
}

const defaults: LoaderOptions = {
  maxBytes: 20 * 1024 * 1024,
  timeout: 10_000,
  deadline: 30_000,
  slowAfter: 4_000,
  freshFor: 24 * 60 * 60 * 1000,
  retries: 3,
  maxRetryAfter: 30_000,
  backoffLimit: 8_000,
  savedCopies: cacheApiCopies(),
};

/** Changes the loader's defaults for every element on the page. */
export function configureLoader(options: Partial<LoaderOptions>): void {
  Object.assign(defaults, options);
}

export interface LoadedCatalogue extends ValidationResult {
  url: string;
  /** Set when the catalogue comes from a saved copy because the download failed. */
  stale?: { savedAt: string; error: CatalogueError };
  /**
   * Set while a saved copy is shown and the fresh one is still loading; `old` when the copy is
   * older than `freshFor` (elements then show its date).
   */
  saved?: { savedAt: string; old: boolean };
  /** From a pack whose list is still arriving: the offers there so far, of how many. */
  partial?: { offers: number; total: number };
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524];

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

async function readCapped(response: Response, url: string, maxBytes: number, abort: () => void): Promise<Uint8Array> {
  const tooLarge = () =>
    new CatalogueError('too-large', `The catalogue is larger than the limit of ${describeBytes(maxBytes)}.`, {
      url,
      limit: maxBytes,
    });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    abort();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      abort();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function classify(error: unknown, url: string): CatalogueError {
  if (error instanceof CatalogueError) return error;
  if (error instanceof HTTPError) {
    const status = error.response.status;
    return new CatalogueError('http', `The server answered ${status}${error.response.statusText ? ` ${error.response.statusText}` : ''}.`, {
      url,
      status,
    });
  }
  if (error instanceof TimeoutError) {
    return new CatalogueError('timeout', 'The server took too long to answer.', { url });
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return new CatalogueError('offline', 'This device is offline.', { url });
  }
  return new CatalogueError('network', 'The catalogue could not be reached (network error or blocked request).', { url });
}

/**
 * Downloads one catalogue's text within the deadline. Throws an `AbortError` DOMException when
 * `signal` aborts, else a `CatalogueError`.
 */
async function download(url: string, signal: AbortSignal | undefined, options: LoaderOptions, immutable = false): Promise<{ bytes: Uint8Array; type: string }> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let late = false;
  const deadline = setTimeout(() => {
    late = true;
    controller.abort();
  }, options.deadline);
  // A download the script tag started early is the first attempt; retries fetch anew.
  const early = takeEarly(url);
  let attempts = 0;
  const fetchOnce = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const attempt = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const claimed = early && !early.controller.signal.aborted && attempts++ === 0;
    if (!claimed) return fetchOnce(input, init);
    const attemptSignal = input instanceof Request ? input.signal : init?.signal;
    attemptSignal?.addEventListener('abort', () => early.controller.abort(), { once: true });
    return early.response;
  };
  try {
    const response = await ky.get(url, {
      ...CATALOGUE_REQUEST,
      // A pack's parts never change under their name: the browser's cache may answer at once.
      ...(immutable ? { cache: 'default' as const } : {}),
      signal: controller.signal,
      timeout: options.timeout,
      fetch: attempt,
      retry: {
        limit: options.retries,
        methods: ['get'],
        statusCodes: RETRY_STATUS,
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: options.maxRetryAfter,
        backoffLimit: options.backoffLimit,
        jitter: true,
        retryOnTimeout: true,
      },
    });
    const bytes = await readCapped(response, url, options.maxBytes, () => controller.abort());
    return { bytes, type: response.headers.get('content-type') ?? '' };
  } catch (error) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
    if (late) throw new CatalogueError('timeout', 'The server took too long to answer.', { url });
    throw classify(error, url);
  } finally {
    clearTimeout(deadline);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The saved copy of `url`, validated, marked stale with the failure; undefined when there is none. */
async function savedInstead(url: string, failure: CatalogueError, options: LoaderOptions): Promise<LoadedCatalogue | undefined> {
  const saved = await savedCopy(url, options);
  if (!saved) return undefined;
  return { ...saved.result, url, stale: { savedAt: saved.savedAt, error: failure } };
}

/** The saved copy of `url`, validated (off the main thread where it can be); undefined when there is none. */
async function savedCopy(url: string, options: LoaderOptions): Promise<{ result: Validated; savedAt: string } | undefined> {
  try {
    // Read (and validated) already by the script-tag file, while the code was loading.
    const early = options.savedCopies.cacheName === CACHE_NAME ? await takeEarlySaved(url) : undefined;
    if (early) return { result: await validateEarlySaved(early), savedAt: early.savedAt };
    const bytes = await options.savedCopies.getBytes?.(url);
    if (bytes) return { result: await validateBytes(bytes.bytes), savedAt: bytes.savedAt };
    const saved = await options.savedCopies.get(url);
    return saved ? { result: await validateText(saved.text), savedAt: saved.savedAt } : undefined;
  } catch {
    return undefined; // a saved copy that no longer validates is no help
  }
}

/** Keeps a fresh download for the next visit: from the validator's worker where it can, else here. */
function keepCopy(url: string, bytes: Uint8Array, options: LoaderOptions, keptByWorker = false): void {
  if (keptByWorker) return;
  const savedAt = new Date().toISOString();
  const cache = options.savedCopies.cacheName;
  if (cache && saveInWorker(bytes, { cache, url, savedAt, header: SAVED_AT_HEADER })) return;
  void options.savedCopies.put(url, { text: new TextDecoder('utf-8').decode(bytes), savedAt });
}

/** Where the worker keeps a fresh download, when the copies are in the Cache API. */
function saveRequest(url: string, options: LoaderOptions): SaveRequest | undefined {
  const cache = options.savedCopies.cacheName;
  return cache ? { cache, url, savedAt: new Date().toISOString(), header: SAVED_AT_HEADER, result: wantsEarlyResult(url) } : undefined;
}

/**
 * Downloads, parses and validates one catalogue. Falls back to the saved copy on any failure.
 * Throws an `AbortError` DOMException when `signal` aborts, else a `CatalogueError`.
 */
export async function fetchCatalogue(
  url: string,
  signal?: AbortSignal,
  overrides: Partial<LoaderOptions> = {},
): Promise<LoadedCatalogue> {
  const options = { ...defaults, ...overrides };
  try {
    const { bytes, type } = await download(url, signal, options);
    const { fingerprint: _print, saved, ...result } = await validateBytes(bytes, type, saveRequest(url, options));
    keepCopy(url, bytes, options, saved);
    return { ...result, url };
  } catch (error) {
    if (signal?.aborted) throw error;
    const failure = classify(error, url);
    const copy = await savedInstead(url, failure, options);
    if (copy) return copy;
    throw failure;
  }
}

/** What an element sees of a catalogue while it loads. */
export type CatalogueState =
  | { status: 'loading'; url: string; /** Nothing to show after `slowAfter`: the connection is slow. */ slow?: boolean }
  | { status: 'ready'; url: string; result: LoadedCatalogue }
  | { status: 'error'; url: string; error: CatalogueError };

type Listener = (state: CatalogueState) => void;

interface Entry {
  state: CatalogueState;
  listeners: Set<Listener>;
  controller?: AbortController;
  /** A pack's part: its content never changes under its name. */
  immutable: boolean;
}

const entries = new Map<string, Entry>();

/**
 * Loads the catalogue for every subscriber of `entry`: a saved copy at once where there is one, the
 * fresh one when it arrives (the same catalogue object when nothing changed, so nothing is redone),
 * "slow" when there is nothing to show after a few seconds, and the saved copy with its date or an
 * error when the download fails.
 */
function start(url: string, entry: Entry): void {
  entry.controller?.abort();
  const controller = new AbortController();
  entry.controller = controller;
  const options = { ...defaults };
  const current = () => entry.controller === controller && !controller.signal.aborted;
  const publish = (state: CatalogueState) => {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener(state);
  };
  const showing = () => (entry.state.status === 'ready' ? entry.state.result : undefined);
  // The validator's worker starts now, so its code arrives while the catalogue downloads.
  prepareValidator();
  // A reload ("Try again") keeps what is shown until something better comes.
  if (!showing()) publish({ status: 'loading', url });
  const slow = setTimeout(() => {
    if (current() && entry.state.status === 'loading') publish({ status: 'loading', url, slow: true });
  }, options.slowAfter);

  let copy: { fingerprint: string; result: LoadedCatalogue } | undefined;
  const showSaved = (saved: { result: Validated; savedAt: string }) => {
    // A pack's part never changes under its name: its saved copy is never old.
    const old = !entry.immutable && !(Date.now() - Date.parse(saved.savedAt) < options.freshFor);
    const { fingerprint: print, ...result } = saved.result;
    copy = { fingerprint: print, result: { ...result, url, saved: entry.immutable ? undefined : { savedAt: saved.savedAt, old } } };
    publish({ status: 'ready', url, result: copy.result });
  };
  if (entry.immutable && !showing()) {
    // A pack's part saved on an earlier visit is the part itself: no request at all (a server that
    // lets nothing be cached would otherwise cost a round trip per part).
    void savedCopy(url, options).then((saved) => {
      if (!current()) return;
      if (!saved) return void downloadFresh();
      clearTimeout(slow);
      entry.controller = undefined;
      takeEarly(url)?.controller.abort();
      showSaved(saved);
    });
    return;
  }
  if (!showing()) {
    void savedCopy(url, options).then((saved) => {
      if (saved && current() && !showing()) showSaved(saved);
    });
  }
  downloadFresh();

  function downloadFresh(): void {
    const fresh = download(url, controller.signal, options, entry.immutable);
    fresh
      .then(async ({ bytes, type }) => {
        const shown = copy;
        // The fresh download is the saved one: keep the catalogue object, drop the "saved copy" mark.
        if (shown && shown.fingerprint === fingerprint(bytes)) {
          keepCopy(url, bytes, options);
          return { ...shown.result, saved: undefined };
        }
        const { fingerprint: _print, saved, ...result } = await validateBytes(bytes, type, saveRequest(url, options));
        keepCopy(url, bytes, options, saved);
        return { ...result, url } as LoadedCatalogue;
      })
      .then(
        (result) => {
          clearTimeout(slow);
          if (!current()) return;
          entry.controller = undefined;
          publish({ status: 'ready', url, result });
        },
        async (error: unknown) => {
          clearTimeout(slow);
          if (!current()) return;
          const failure = classify(error, url);
          const shown = showing();
          const fallback = shown
            ? { ...shown, saved: undefined, stale: { savedAt: shown.saved?.savedAt ?? shown.stale?.savedAt ?? '', error: failure } }
            : await savedInstead(url, failure, options);
          if (!current()) return;
          entry.controller = undefined;
          publish(fallback ? { status: 'ready', url, result: fallback } : { status: 'error', url, error: failure });
        },
      );
  }
}

export interface CatalogueSubscription {
  /** Stops listening; the last subscriber to leave cancels a running download. */
  unsubscribe(): void;
  /** Downloads the catalogue again for every subscriber (the "Try again" button). */
  reload(): void;
}

/**
 * Subscribes to the catalogue at `url` (absolute). All subscribers of one URL share one download
 * and one parsed catalogue; a subscriber that arrives after a failure starts a new attempt.
 */
export function subscribeCatalogue(url: string, listener: Listener, options: { immutable?: boolean } = {}): CatalogueSubscription {
  let entry = entries.get(url);
  const fresh = !entry;
  if (!entry) {
    entry = { state: { status: 'loading', url }, listeners: new Set(), immutable: !!options.immutable };
    entries.set(url, entry);
  }
  const owned = entry;
  owned.listeners.add(listener);
  if (fresh || owned.state.status === 'error') start(url, owned);
  else listener(owned.state);
  return {
    unsubscribe() {
      owned.listeners.delete(listener);
      if (owned.listeners.size === 0 && owned.state.status !== 'ready') {
        owned.controller?.abort();
        owned.controller = undefined;
        if (entries.get(url) === owned) entries.delete(url);
      }
    },
    reload() {
      if (entries.get(url) !== owned) entries.set(url, owned);
      start(url, owned);
    },
  };
}

/** How many subscribers the catalogue at `url` has (tests: elements that left the page let go). */
export function subscriberCount(url: string): number {
  return entries.get(url)?.listeners.size ?? 0;
}

/** Forgets every shared catalogue (tests, or a host that swaps catalogues at run time). */
export function clearCatalogueCache(): void {
  for (const entry of entries.values()) entry.controller?.abort();
  entries.clear();
}
