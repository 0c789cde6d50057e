/**
 * The first thing the kit's script-tag files run: the catalogues of the elements already in the
 * page start downloading while the elements' code is still on its way.
 */
import { startEarly, startEarlyWorker } from '../catalogue/early.js';

export function prefetchCatalogues(tags: readonly string[], workerUrl?: string): void {
  const scan = () => {
    let started = false;
    for (const element of document.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(','))) {
      const src = element.getAttribute('src')?.trim();
      if (!src) continue;
      try {
        startEarly(new URL(src, document.baseURI).href);
        started = true;
      } catch {
        // Not a URL: the element explains that itself.
      }
    }
    // The validator's worker boots while the catalogue downloads.
    if (started && workerUrl) startEarlyWorker(workerUrl);
  };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, { once: true });
}
