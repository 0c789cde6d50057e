/**
 * The last good copy of each catalogue, kept in the browser so a visitor still sees the offers
 * (with their date) when the network fails. Uses the Cache API under a name of the kit's own;
 * where there is none (insecure page, private mode, Node) nothing is kept.
 */
export interface SavedCopy {
  text: string;
  /** ISO date-time when the copy was downloaded. */
  savedAt: string;
}

export interface SavedCopies {
  get(url: string): Promise<SavedCopy | undefined>;
  put(url: string, copy: SavedCopy): Promise<void>;
  /** The copy's bytes, where the store can give them without decoding them on the main thread. */
  getBytes?(url: string): Promise<{ bytes: Uint8Array; savedAt: string } | undefined>;
  /** A Cache API cache the validator's worker writes copies to itself (off the main thread). */
  readonly cacheName?: string;
}

export const CACHE_NAME = 'willkommen-widgets:catalogues:v1';
export const SAVED_AT_HEADER = 'x-willkommen-saved-at';
/** The fingerprint of the saved bytes, on the copy and on the validator's result for it. */
export const FINGERPRINT_HEADER = 'x-willkommen-fingerprint';
const VALIDATED_PARAM = 'willkommen-validated';

/**
 * Where the validator's worker (its script at `workerUrl`) keeps what it made of the saved copy of
 * `url`, so a returning visit shows it without validating again. The worker's file name changes with
 * the validator's code, so a result is only ever read by the validator that made it.
 */
export function validatedKey(workerUrl: string, url: string): string {
  const key = new URL(workerUrl);
  key.hash = '';
  key.search = '';
  key.searchParams.set(VALIDATED_PARAM, url);
  return key.href;
}

/** Whether `key` is where some version of the validator kept its result for `url`. */
export function isValidatedKeyOf(key: string, url: string): boolean {
  try {
    return new URL(key).searchParams.get(VALIDATED_PARAM) === url;
  } catch {
    return false;
  }
}

/** Saved copies in the Cache API (keys namespaced to the kit). */
export function cacheApiCopies(name = CACHE_NAME): SavedCopies {
  const open = async (): Promise<Cache | undefined> => {
    try {
      return typeof caches === 'undefined' ? undefined : await caches.open(name);
    } catch {
      return undefined; // storage blocked (private mode, insecure context, quota)
    }
  };
  return {
    cacheName: name,
    async get(url) {
      try {
        const response = await (await open())?.match(url);
        if (!response) return undefined;
        return { text: await response.text(), savedAt: response.headers.get(SAVED_AT_HEADER) ?? '' };
      } catch {
        return undefined;
      }
    },
    async getBytes(url) {
      try {
        const response = await (await open())?.match(url);
        if (!response) return undefined;
        return { bytes: new Uint8Array(await response.arrayBuffer()), savedAt: response.headers.get(SAVED_AT_HEADER) ?? '' };
      } catch {
        return undefined;
      }
    },
    async put(url, copy) {
      try {
        await (await open())?.put(
          url,
          new Response(copy.text, {
            headers: { 'content-type': 'application/json', [SAVED_AT_HEADER]: copy.savedAt },
          }),
        );
      } catch {
        // A full or blocked store only means there is no saved copy next time.
      }
    },
  };
}

/** Saved copies in memory, for tests and for pages that must not store anything. */
export function memoryCopies(): SavedCopies & { readonly entries: Map<string, SavedCopy> } {
  const entries = new Map<string, SavedCopy>();
  return {
    entries,
    async get(url) {
      return entries.get(url);
    },
    async put(url, copy) {
      entries.set(url, copy);
    },
  };
}
