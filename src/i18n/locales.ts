/** The interface languages of the kit, which of them are written right to left, and languages' own names. */
import endonymTable from './data/endonyms.json';

export const SOURCE_LOCALE = 'en';
export const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'haz', 'ps', 'ur', 'he', 'yi', 'ckb', 'sdh', 'dv', 'ug', 'sd', 'ks', 'bal']);
/** Languages whose speakers read one of the kit's locales (Dari and Hazaragi readers read Farsi). */
const CLOSEST: Record<string, Locale> = { prs: 'fa', 'fa-af': 'fa', haz: 'fa', de: 'de', gsw: 'de' };

export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

export function isRtl(tag: string): boolean {
  return RTL_LANGUAGES.has(primaryLanguage(tag));
}

/** The kit locale for a BCP 47 tag, or undefined when the kit has no interface in that language. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (CLOSEST[lower]) return CLOSEST[lower];
  const base = primaryLanguage(lower);
  if (CLOSEST[base]) return CLOSEST[base];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : undefined;
}

/**
 * Readers of a kit locale who write dates as another region does, and the locale of their dates:
 * Dari readers (prs, fa-AF) read the Farsi interface but name the Gregorian months as Afghanistan
 * does (جنوری، فبروری … نومبر، دسمبر), not as Iran does (ژانویه، فوریه … نوامبر، دسامبر).
 */
const DATE_LOCALES: Readonly<Record<string, string>> = { prs: 'fa-AF', 'fa-af': 'fa-AF' };

/** The region of a BCP 47 tag, lower case ("af" for "fa-Arab-AF"), if it has one. */
function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region?.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The locale of dates for a visitor whose interface is `ui`: where the first of their `languages`
 * that reads `ui` writes dates as another region does, that region's form of `ui` ("fa-AF" for
 * prs, prs-AF, fa-AF), else `ui` ("fa" for fa and fa-IR).
 */
export function dateLocale(ui: Locale, languages: readonly string[]): string {
  const tag = languages.find((language) => matchLocale(language) === ui);
  if (!tag) return ui;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const base = primaryLanguage(lower);
  const region = regionOf(lower);
  return DATE_LOCALES[lower] ?? (region ? DATE_LOCALES[`${base}-${region}`] : undefined) ?? DATE_LOCALES[base] ?? ui;
}

const OWN_NAMES: Readonly<Record<string, string>> = endonymTable.names;

/** The tag and its shorter forms, most specific first ("ckb-arab-iq", "ckb-arab", "ckb"). */
function shorter(tag: string): string[] {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-')).filter((t) => !t.endsWith('-x'));
}

/**
 * The browser's own name of a language in that language, only when the browser really has that
 * language's names: Chromium has none for Pashto, Kurdish, Tigrinya or Somali and silently answers
 * in its default locale ("Pashto"), which is never an endonym.
 */
function browserEndonym(tag: string): string | undefined {
  try {
    const names = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' });
    if (primaryLanguage(names.resolvedOptions().locale) !== primaryLanguage(tag)) return undefined;
    const name = names.of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : undefined;
  } catch {
    return undefined;
  }
}

/** A name of the language in any language the browser has, else the tag ("Oromo", "xyz"). */
function anyName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const endonyms = new Map<string, string>();

/**
 * A language's name in its own language and script, as its speakers write it ("پښتو", "Kurmancî",
 * "Українська", "Leichte Sprache"), for every place that names a language spoken or a language of
 * text: the kit's table (the languages browsers lack, and the interface languages), for the tag or
 * its shorter forms ("ckb-IQ" is "کوردی (سۆرانی)" in every browser), else the browser's own name
 * for the tag ("Português (Brasil)"), else a name in any language the browser has, else the tag.
 */
export function endonym(tag: string): string {
  let name = endonyms.get(tag);
  if (name === undefined) {
    const forms = shorter(tag);
    name = forms.map((form) => OWN_NAMES[form]).find((own) => own !== undefined) ?? browserEndonym(tag) ?? anyName(tag);
    endonyms.set(tag, name);
  }
  return name;
}
