/**
 * Language codes for languages written as names ("Spanish", "Arabisch", "فارسی", "ASL"), from a
 * table (data/language-names.json), never guessed. Used by the validator and every importer.
 */
import table from './data/language-names.json';
import { LANGUAGE_TAG } from './limits.js';

// A Map, so that names such as "constructor" find nothing rather than Object's own members.
const NAMES: ReadonlyMap<string, string> = new Map(Object.entries(table.names as Record<string, string>));

/** The BCP 47 code of a language tag or name, or `undefined` when the table does not know it. */
export function languageCode(value: string): string | undefined {
  const s = value.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  const named = NAMES.get(s.toLowerCase()) ?? NAMES.get(s.toLowerCase().replace(/\s*\(.*\)$/, ''));
  if (named) return named;
  // A tag as written ("DE", "de_DE", "pt-br"): normalised case and separator.
  if (LANGUAGE_TAG.test(s.replace(/_/g, '-')) && s.length <= 35) {
    const [first, ...rest] = s.replace(/_/g, '-').split('-');
    // Three-letter words that are names ("ASL" is in the table) never reach here as tags.
    // Region (2 letters) upper case, script (4) title case; after a singleton ("x" of private
    // use, as in Easy German's "de-x-ls") every subtag is lower case.
    const singleton = rest.findIndex((p) => p.length === 1);
    const before = singleton === -1 ? rest : rest.slice(0, singleton);
    const after = singleton === -1 ? [] : rest.slice(singleton);
    return [
      first.toLowerCase(),
      ...before.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase())),
      ...after.map((p) => p.toLowerCase()),
    ].join('-');
  }
  return undefined;
}

/**
 * Splits a list of languages as people write it ("Spanish, Haitian Creole and ASL", "de; ar") and
 * maps each; returns the codes (without repeats) and the names the table does not know.
 */
export function languageCodes(values: string | readonly string[]): { codes: string[]; unknown: string[] } {
  const items = (typeof values === 'string' ? [values] : values)
    .flatMap((v) => v.split(/\s*(?:[,;/|]|\band\b|\bund\b|\s&\s)\s*/i))
    .map((v) => v.trim())
    .filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const code = languageCode(item);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else if (!unknown.includes(item)) unknown.push(item);
  }
  return { codes, unknown };
}
