/**
 * The first thing the kit's script-tag files run: the catalogues of the elements already in the
 * page start downloading while the elements' code is still on its way. For a pack, the part each
 * element shows follows as soon as the index has arrived.
 */
import { startEarly, startEarlyWorker, type EarlyDownload } from '../catalogue/early.js';
import { packParts, type PackNeeds } from '../catalogue/pack-parts.js';

/** What each element shows (hints for the early downloads; the elements decide for themselves). */
const NEEDS: Record<string, PackNeeds> = {
  'offer-search': { offers: true },
  'offer-map': { offers: true },
  'event-list': { events: true },
  'job-board': { jobs: true },
};
/** A pack index says so at its start (the packer writes it first); anything else is left alone. */
const PACK_START = /^\s*\{\s*"format"\s*:\s*"willkommen-pack"/;
const INDEX_LIMIT = 1024 * 1024;

/** The pack index in an early download, read from a copy of its body; undefined for a catalogue. */
async function packIndex(early: EarlyDownload): Promise<unknown> {
  const response = (await early.response).clone();
  if (!response.ok || !response.body) return undefined;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) text += decoder.decode(value, { stream: !done });
    // A catalogue (not a pack) is not read further here: the loader reads it.
    if (text.length >= 64 && !PACK_START.test(text)) break;
    if (done) return PACK_START.test(text) ? JSON.parse(text) : undefined;
    if (text.length > INDEX_LIMIT) break;
  }
  await reader.cancel();
  return undefined;
}

function language(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || navigator.language || '';
}

export function prefetchCatalogues(tags: readonly string[], workerUrl?: string): void {
  const scan = () => {
    let started = false;
    for (const element of document.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(','))) {
      const src = element.getAttribute('src')?.trim();
      if (!src) continue;
      let url: string;
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        continue; // not a URL: the element explains that itself
      }
      const early = startEarly(url);
      started = true;
      if (!early) continue;
      packIndex(early)
        .then((index) => {
          if (!index) return;
          const head = (index as { catalogue?: { defaultLanguage?: unknown } }).catalogue;
          const fallback = typeof head?.defaultLanguage === 'string' ? head.defaultLanguage : 'de';
          // The first part of a list shows the first cards; the loader fetches the rest.
          for (const [role, name] of packParts(index, NEEDS[element.localName] ?? {}, language(element), fallback)) {
            if (!/^offers-[1-9]/.test(role)) startEarly(new URL(name, url).href, true);
          }
        })
        .catch(() => undefined);
    }
    // The validator's worker boots while the catalogue downloads.
    if (started && workerUrl) startEarlyWorker(workerUrl);
  };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
}
