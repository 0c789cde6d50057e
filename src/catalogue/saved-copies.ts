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
}

export const CACHE_NAME = 'willkommen-widgets:catalogues:v1';
const SAVED_AT_HEADER = 'x-willkommen-saved-at';

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
    async get(url) {
      try {
        const response = await (await open())?.match(url);
        if (!response) return undefined;
        return { text: await response.text(), savedAt: response.headers.get(SAVED_AT_HEADER) ?? '' };
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
