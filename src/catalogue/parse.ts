import { parseJson } from './json.js';
import { validateCatalogue, type ValidationResult } from './validate.js';

/** Parses and validates a catalogue text; throws a classified `CatalogueError` when it is not one. */
export function parseCatalogue(text: string, contentType = ''): ValidationResult {
  return validateCatalogue(parseJson(text, contentType));
}
