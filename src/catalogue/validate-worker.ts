/// <reference lib="webworker" />
/**
 * Decodes, parses and validates catalogue documents off the main thread, so a large catalogue does
 * not freeze the page, and keeps the copy for the next visit in the Cache API from here too.
 * Answers each message with the validation result (and the bytes' fingerprint) or a classified error.
 */
import { CatalogueError } from './errors.js';
import { fingerprint } from './fingerprint.js';
import { parseCatalogue } from './parse.js';

export interface ValidateRequest {
  id: number;
  /** The document as downloaded (transferred, not copied). */
  bytes: ArrayBuffer;
  contentType: string;
  /** Keep the document in this Cache API cache under `url`, with the header saying when. */
  save?: { cache: string; url: string; savedAt: string; header: string };
  /** Only keep it (the caller knows it already): no validation, no answer. */
  onlySave?: boolean;
}

function keep(view: Uint8Array<ArrayBuffer>, save: NonNullable<ValidateRequest['save']>): void {
  // A full or blocked store only means there is no saved copy next time.
  caches
    .open(save.cache)
    .then((cache) => cache.put(save.url, new Response(view, { headers: { 'content-type': 'application/json', [save.header]: save.savedAt } })))
    .catch(() => undefined);
}

self.addEventListener('message', (event: MessageEvent<ValidateRequest>) => {
  const { id, bytes, contentType, save, onlySave } = event.data;
  const view = new Uint8Array(bytes);
  if (onlySave) {
    if (save) keep(view, save);
    return;
  }
  try {
    const result = parseCatalogue(new TextDecoder('utf-8').decode(view), contentType);
    postMessage({ id, result, fingerprint: fingerprint(view) });
    if (save) keep(view, save);
  } catch (error) {
    const e = error instanceof CatalogueError ? error : new CatalogueError('not-json', String(error));
    postMessage({ id, error: { kind: e.kind, message: e.message, details: e.details } });
  }
});
