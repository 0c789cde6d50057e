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

function lookup(map: Readonly<Record<string, string>>, wanted: string): [string, string] | undefined {
  const exact = map[wanted];
  if (exact?.trim()) return [wanted, exact];
  const base = primary(wanted);
  // Another variety of the same language: plain tags before private-use ones, so that German
  // visitors get German and not Easy German unless they ask for it.
  let variety: [string, string] | undefined;
  for (const [tag, text] of Object.entries(map)) {
    if (primary(tag) !== base || !text.trim()) continue;
    if (!privateUse(tag)) return [tag, text];
    variety ??= [tag, text];
  }
  return variety;
}

/**
 * Picks the text to show along the fallback chain: the visitor's language, the catalogue's
 * default language, German, English, then any language the map has.
 */
export function localText(
  value: LangMap | undefined,
  visitorLanguage: string,
  defaultLanguage = 'de',
): LocalText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    if (!value.trim()) return undefined;
    return { text: value, lang: defaultLanguage, fallback: primary(defaultLanguage) !== primary(visitorLanguage) };
  }
  for (const wanted of [visitorLanguage, defaultLanguage, 'de', 'en']) {
    const hit = lookup(value, wanted);
    if (hit) return { text: hit[1], lang: hit[0], fallback: primary(hit[0]) !== primary(visitorLanguage) };
  }
  for (const [tag, text] of Object.entries(value)) {
    if (text.trim()) return { text, lang: tag, fallback: primary(tag) !== primary(visitorLanguage) };
  }
  return undefined;
}

/** Every text of a language map with its language (for searching all languages of a record). */
export function allTexts(value: LangMap | undefined, defaultLanguage = 'de'): [lang: string, text: string][] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [[defaultLanguage, value]];
  return Object.entries(value);
}
