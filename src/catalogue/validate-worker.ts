/// <reference lib="webworker" />
/**
 * Decodes, parses and validates catalogue documents off the main thread, so a large catalogue does
 * not freeze the page, and keeps the copy for the next visit in the Cache API from here too.
 * Answers each message with the validation result (and the bytes' fingerprint) or a classified error.
 */
import { CatalogueError } from './errors.js';
import { fingerprint } from './fingerprint.js';
import { parseCatalogue } from './parse.js';
import { FINGERPRINT_HEADER, isValidatedKeyOf, validatedKey } from './saved-copies.js';
import type { ValidationResult } from './validate.js';

export interface ValidateRequest {
  id: number;
  /** The document as downloaded (transferred, not copied). */
  bytes: ArrayBuffer;
  contentType: string;
  /**
   * Keep the document in this Cache API cache under `url`, with the header saying when, and with
   * `result` what the validator made of it too.
   */
  save?: { cache: string; url: string; savedAt: string; header: string; result?: boolean };
  /** Only keep it (the caller knows it already): no validation, no answer. */
  onlySave?: boolean;
}

/**
 * Keeps the document for the next visit, and with it what this validator made of it (`result`), so
 * the next visit shows it without validating again. Both carry the bytes' fingerprint: a result is
 * only used with the copy it was made from.
 */
async function keep(view: Uint8Array<ArrayBuffer>, save: NonNullable<ValidateRequest['save']>, print: string, result?: ValidationResult): Promise<void> {
  const cache = await caches.open(save.cache);
  await cache.put(save.url, new Response(view, { headers: { 'content-type': 'application/json', [save.header]: save.savedAt, [FINGERPRINT_HEADER]: print } }));
  const key = validatedKey(self.location.href, save.url);
  const json = result && JSON.stringify(result);
  // A larger result is not kept: reading it back would hold up the page (the copy is validated here again).
  const kept = json !== undefined && json.length <= KEPT_RESULT_LIMIT;
  if (kept) await cache.put(key, new Response(json, { headers: { 'content-type': 'application/json', [FINGERPRINT_HEADER]: print } }));
  // Only the copy kept again (the same bytes): its result stays.
  if (!result) return;
  // What an earlier version of the kit made of this catalogue, or of other bytes, is of no use any more.
  for (const request of await cache.keys()) if (isValidatedKeyOf(request.url, save.url) && !(kept && request.url === key)) await cache.delete(request);
}

/** The largest result kept beside a copy, in characters of JSON (the sample catalogue's is 1.1 million). */
const KEPT_RESULT_LIMIT = 2 * 1024 * 1024;

// A full or blocked store only means there is no saved copy next time.
const ignore = () => undefined;

self.addEventListener('message', (event: MessageEvent<ValidateRequest>) => {
  const { id, bytes, contentType, save, onlySave } = event.data;
  const view = new Uint8Array(bytes);
  if (onlySave) {
    if (save) keep(view, save, fingerprint(view)).catch(ignore);
    return;
  }
  try {
    const result = parseCatalogue(new TextDecoder('utf-8').decode(view), contentType);
    const print = fingerprint(view);
    postMessage({ id, result, fingerprint: print });
    if (save) keep(view, save, print, save.result ? result : undefined).catch(ignore);
  } catch (error) {
    const e = error instanceof CatalogueError ? error : new CatalogueError('not-json', String(error));
    postMessage({ id, error: { kind: e.kind, message: e.message, details: e.details } });
  }
});
