/**
 * Getting a catalogue over HTTP: one download and one parsed catalogue per URL and page, a timeout,
 * retries with backoff and jitter, a size cap, cancellation, failures in plain categories, and the
 * last good copy when the network fails.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { CatalogueError } from './errors.js';
import { cacheApiCopies, type SavedCopies } from './saved-copies.js';
import type { ValidationResult } from './validate.js';
import { validateText } from './validate-client.js';

export interface LoaderOptions {
  /** Largest body accepted, in bytes; the download is aborted beyond it. Default 20 MB. */
  maxBytes: number;
  /** Time allowed for each attempt, in milliseconds. Default 15 s. */
  timeout: number;
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
  timeout: 15_000,
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
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524];

function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

async function readCapped(response: Response, url: string, maxBytes: number, abort: () => void): Promise<string> {
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
  if (!response.body) return response.text();
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
  return new TextDecoder('utf-8').decode(bytes);
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
 * Downloads, parses and validates one catalogue. Falls back to the saved copy on any failure.
 * Throws an `AbortError` DOMException when `signal` aborts, else a `CatalogueError`.
 */
export async function fetchCatalogue(
  url: string,
  signal?: AbortSignal,
  overrides: Partial<LoaderOptions> = {},
): Promise<LoadedCatalogue> {
  const options = { ...defaults, ...overrides };
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await ky.get(url, {
      signal: controller.signal,
      timeout: options.timeout,
      credentials: 'omit',
      cache: 'no-cache',
      headers: { accept: 'application/json' },
      fetch: options.fetch,
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
    const text = await readCapped(response, url, options.maxBytes, () => controller.abort());
    const result = await validateText(text, response.headers.get('content-type') ?? '');
    void options.savedCopies.put(url, { text, savedAt: new Date().toISOString() });
    return { ...result, url };
  } catch (error) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
    const failure = classify(error, url);
    const saved = await options.savedCopies.get(url);
    if (saved) {
      try {
        return { ...(await validateText(saved.text)), url, stale: { savedAt: saved.savedAt, error: failure } };
      } catch {
        // A saved copy that no longer validates is no help; report the original failure.
      }
    }
    throw failure;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** What an element sees of a catalogue while it loads. */
export type CatalogueState =
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; result: LoadedCatalogue }
  | { status: 'error'; url: string; error: CatalogueError };

type Listener = (state: CatalogueState) => void;

interface Entry {
  state: CatalogueState;
  listeners: Set<Listener>;
  controller?: AbortController;
}

const entries = new Map<string, Entry>();

function start(url: string, entry: Entry): void {
  entry.controller?.abort();
  const controller = new AbortController();
  entry.controller = controller;
  const publish = (state: CatalogueState) => {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener(state);
  };
  publish({ status: 'loading', url });
  fetchCatalogue(url, controller.signal).then(
    (result) => {
      if (entry.controller !== controller) return; // a newer load replaced this one
      entry.controller = undefined;
      publish({ status: 'ready', url, result });
    },
    (error: unknown) => {
      if (entry.controller !== controller || controller.signal.aborted) return;
      entry.controller = undefined;
      publish({ status: 'error', url, error: classify(error, url) });
    },
  );
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
export function subscribeCatalogue(url: string, listener: Listener): CatalogueSubscription {
  let entry = entries.get(url);
  const fresh = !entry;
  if (!entry) {
    entry = { state: { status: 'loading', url }, listeners: new Set() };
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

/** Forgets every shared catalogue (tests, or a host that swaps catalogues at run time). */
export function clearCatalogueCache(): void {
  for (const entry of entries.values()) entry.controller?.abort();
  entries.clear();
}
