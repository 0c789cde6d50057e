import { CatalogueError } from './errors.js';

/** Parses a downloaded text as JSON; a web page or a broken document becomes a `not-json` error. */
export function parseJson(text: string, contentType = ''): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const looksHtml = /html/i.test(contentType) || /^\s*</.test(text);
    throw new CatalogueError(
      'not-json',
      looksHtml
        ? 'The address returned a web page, not a catalogue (JSON).'
        : `The catalogue is incomplete or not valid JSON (${(error as Error).message}).`,
    );
  }
}
