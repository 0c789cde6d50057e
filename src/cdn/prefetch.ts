/**
 * The first thing the kit's script-tag files run: the catalogues of the elements already in the
 * page start downloading while the elements' code is still on its way. For a pack, the part each
 * element shows follows as soon as the index has arrived.
 */
import { startEarly, startEarlySaved, startEarlyWorker, wantEarlyResult, type EarlyDownload, type EarlySaved } from '../catalogue/early.js';
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

/** The parts of a pack an element shows first (its list's first part, its events or jobs), by address. */
function firstParts(index: unknown, element: Element, url: string): string[] {
  const head = (index as { catalogue?: { defaultLanguage?: unknown } }).catalogue;
  const fallback = typeof head?.defaultLanguage === 'string' ? head.defaultLanguage : 'de';
  // The first part of a list shows the first cards; the loader fetches the rest.
  return [...packParts(index, NEEDS[element.localName] ?? {}, language(element), fallback)]
    .filter(([role]) => !/^offers-[1-9]/.test(role))
    .map(([, name]) => new URL(name, url).href);
}

/**
 * A returning visitor's saved copy of the catalogue (and, for a pack, of the parts the element
 * shows first) is read, and validated where that is needed, while the elements' code loads.
 */
function readSaved(url: string, element: Element, worker: Worker | undefined, workerUrl: string | undefined): void {
  startEarlySaved(url, worker, workerUrl)
    .then((saved) => {
      const index = saved && savedPackIndex(saved);
      if (index) for (const part of firstParts(index, element, url)) void startEarlySaved(part, worker, workerUrl);
    })
    .catch(() => undefined);
}

/** The pack index in a saved copy (as the validator left it, or as saved); undefined for a catalogue. */
function savedPackIndex(saved: EarlySaved): unknown {
  if (saved.validated) {
    const { pack, catalogue } = saved.validated.result as { pack?: object; catalogue: { defaultLanguage?: unknown } };
    return pack && { ...pack, catalogue: { defaultLanguage: catalogue.defaultLanguage } };
  }
  const bytes = saved.bytes;
  if (!bytes || bytes.length > INDEX_LIMIT || !PACK_START.test(new TextDecoder().decode(bytes.subarray(0, 64)))) return undefined;
  return JSON.parse(new TextDecoder().decode(bytes));
}

function language(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || navigator.language || '';
}

export function prefetchCatalogues(tags: readonly string[], workerUrl?: string): void {
  const scan = () => {
    const found: [Element, string][] = [];
    for (const element of document.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(','))) {
      const src = element.getAttribute('src')?.trim();
      if (!src) continue;
      try {
        found.push([element, new URL(src, document.baseURI).href]);
      } catch {
        // not a URL: the element explains that itself
      }
    }
    if (!found.length) return;
    // The validator's worker boots while the catalogue downloads (and validates a saved copy).
    const worker = workerUrl ? startEarlyWorker(workerUrl) : undefined;
    for (const [element, url] of found) {
      const early = startEarly(url);
      if (!early) continue;
      wantEarlyResult(url);
      readSaved(url, element, worker, workerUrl);
      packIndex(early)
        .then((index) => {
          if (!index) return;
          for (const part of firstParts(index, element, url)) {
            startEarly(part, true);
            wantEarlyResult(part);
          }
        })
        .catch(() => undefined);
    }
  };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
}
