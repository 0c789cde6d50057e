/**
 * Which language an element speaks. The visitor's languages are the element's or page's `lang`,
 * then the browser's preferred languages (`navigator.languages`), in that order:
 *
 * - the interface takes the first of them the kit has an interface for, then English, then German
 *   (a page in Pashto for a visitor whose browser asks for Pashto, then Farsi, gets Farsi);
 * - catalogue text takes the first of them the catalogue has text in (a Dari reader gets Farsi
 *   text when there is none in Dari), then the catalogue's default language; a text missing in
 *   that language is taken in the visitor's other languages, in their order, before the
 *   catalogue's default language (`textLanguages`, `localText`), marked as such.
 */
import type { LoadedCatalogue } from '../catalogue/load.js';
import type { LangMap } from '../catalogue/schema.js';
import { matchLocale, primaryLanguage, SOURCE_LOCALE, type Locale } from './locales.js';

/** The visitor's languages in order, each once: `lang` (the element's or page's), then the browser's. */
export function visitorLanguages(lang: string | null | undefined, browser: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of [lang, ...browser]) {
    const clean = tag?.trim().replace(/_/g, '-');
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}

/** The interface: the first of the visitor's languages the kit speaks, then English, then German. */
export function interfaceLocale(languages: readonly string[]): Locale {
  for (const tag of [...languages, SOURCE_LOCALE, 'de']) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}

/**
 * The language of catalogue text: the first of the visitor's languages that the catalogue has (as
 * the catalogue writes its tag), by the whole tag, its language alone, the kit language its
 * readers read (Dari → Farsi) or a regional form of it; else `defaultLanguage`. Without a
 * catalogue (`available` undefined), the first of the visitor's languages.
 */
export function contentLanguage(languages: readonly string[], available: ReadonlySet<string> | undefined, defaultLanguage: string): string {
  if (!available) return languages[0]?.toLowerCase() ?? defaultLanguage;
  const byLower = new Map<string, string>();
  for (const tag of available) byLower.set(tag.toLowerCase(), tag);
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    const base = primaryLanguage(lower);
    for (const candidate of [lower, base, matchLocale(lower)]) {
      const hit = candidate && byLower.get(candidate);
      if (hit) return hit;
    }
    for (const [other, written] of byLower) if (primaryLanguage(other) === base) return written;
  }
  return defaultLanguage;
}

/**
 * The languages to pick each catalogue text in, in order (for `localText`): the content language,
 * then the visitor's languages, each followed by the kit language its readers read (Dari → Farsi),
 * each once. `localText` matches each by its whole tag, its language alone or a regional form, and
 * goes on to the catalogue's default language when none has the text.
 */
export function textLanguages(content: string, languages: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of [content, ...languages.flatMap((l) => [l, matchLocale(l)])]) {
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

const seenIn = new WeakMap<object, ReadonlySet<string>>();

/** The languages of a LangMap, into `into` (a plain string is in the catalogue's default language). */
function addLanguages(into: Set<string>, value: LangMap | undefined, defaultLanguage: string): void {
  if (value === undefined) return;
  if (typeof value === 'string') into.add(defaultLanguage);
  else for (const [tag, text] of Object.entries(value)) if (text.trim()) into.add(tag);
}

/**
 * The languages a catalogue has text in: a pack's offer lists (one per language), else the
 * languages of the titles of its offers, events and jobs. Made once per catalogue.
 */
export function catalogueLanguages(loaded: LoadedCatalogue): ReadonlySet<string> {
  const key: object = loaded.pack ?? loaded.catalogue;
  let languages = seenIn.get(key);
  if (!languages) {
    const { catalogue } = loaded;
    const found = new Set<string>([catalogue.defaultLanguage]);
    const lists = loaded.pack?.offers?.lists;
    if (lists) for (const tag of Object.keys(lists)) found.add(tag);
    else for (const records of [catalogue.offers, catalogue.events, catalogue.jobs]) for (const record of records ?? []) addLanguages(found, record.title, catalogue.defaultLanguage);
    languages = found;
    seenIn.set(key, languages);
  }
  return languages;
}
