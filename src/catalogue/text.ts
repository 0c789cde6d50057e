import type { LangMap } from './schema.js';

/** Text picked from a language map, with the language it is really in. */
export interface LocalText {
  text: string;
  /** BCP 47 code of `text`: set it as `lang` so screen readers pronounce it right. */
  lang: string;
  /** True when `text` is not in the language the visitor asked for. */
  fallback: boolean;
}

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0];
}

/** Private use ("de-x-ls", Easy German) is a variety of its own, never the plain language. */
function privateUse(tag: string): boolean {
  return /-x-/i.test(tag);
}

/**
 * The text of `map` in language `wanted`: the whole tag (in any case), the language alone, then a
 * regional form of it.
 */
function lookup(map: Readonly<Record<string, string>>, wanted: string): [string, string] | undefined {
  const exact = map[wanted];
  if (exact?.trim()) return [wanted, exact];
  const lower = wanted.toLowerCase();
  const base = primary(wanted);
  const entries = Object.entries(map).filter(([, text]) => text.trim());
  const same = entries.find(([tag]) => tag.toLowerCase() === lower) ?? entries.find(([tag]) => tag.toLowerCase() === base);
  if (same) return same;
  // Another variety of the same language: plain tags before private-use ones, so that German
  // visitors get German and not Easy German unless they ask for it.
  let variety: [string, string] | undefined;
  for (const [tag, text] of entries) {
    if (primary(tag) !== base) continue;
    if (!privateUse(tag)) return [tag, text];
    variety ??= [tag, text];
  }
  return variety;
}

/**
 * The languages to pick a text in, in order: the content language (text in any other is marked
 * `fallback`), then the visitor's other languages. A single tag is the content language alone.
 */
export type TextLanguages = string | readonly string[];

/** The content language of `languages` (the first), else `otherwise`. */
export function firstLanguage(languages: TextLanguages, otherwise: string): string {
  return (typeof languages === 'string' ? languages : languages[0]) || otherwise;
}

/**
 * Picks the text to show along the fallback chain: the content language, the visitor's other
 * languages in their order (when `languages` lists them), the catalogue's default language, German,
 * English, then any language the map has. `fallback` is set on text not in the content language.
 */
export function localText(
  value: LangMap | undefined,
  languages: TextLanguages,
  defaultLanguage = 'de',
): LocalText | undefined {
  if (value === undefined) return undefined;
  const wanted = typeof languages === 'string' ? [languages] : languages;
  const content = primary(firstLanguage(languages, defaultLanguage));
  const shown = (lang: string, text: string): LocalText => ({ text, lang, fallback: primary(lang) !== content });
  if (typeof value === 'string') return value.trim() ? shown(defaultLanguage, value) : undefined;
  for (const tag of [...wanted, defaultLanguage, 'de', 'en']) {
    const hit = lookup(value, tag);
    if (hit) return shown(...hit);
  }
  for (const [tag, text] of Object.entries(value)) {
    if (text.trim()) return shown(tag, text);
  }
  return undefined;
}

/** Every text of a language map with its language (for searching all languages of a record). */
export function allTexts(value: LangMap | undefined, defaultLanguage = 'de'): [lang: string, text: string][] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [[defaultLanguage, value]];
  return Object.entries(value);
}
