/// <reference lib="webworker" />
/**
 * Parses and validates catalogue texts off the main thread, so a large catalogue does not freeze
 * the page. Answers each message with the validation result or a classified error.
 */
import { CatalogueError } from './errors.js';
import { parseCatalogue } from './parse.js';

export interface ValidateRequest {
  id: number;
  text: string;
  contentType: string;
}

self.addEventListener('message', (event: MessageEvent<ValidateRequest>) => {
  const { id, text, contentType } = event.data;
  try {
    postMessage({ id, result: parseCatalogue(text, contentType) });
  } catch (error) {
    const e = error instanceof CatalogueError ? error : new CatalogueError('not-json', String(error));
    postMessage({ id, error: { kind: e.kind, message: e.message, details: e.details } });
  }
});
