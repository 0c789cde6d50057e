/** The interface languages of the kit, and which of them are written right to left. */
export const SOURCE_LOCALE = 'en';
export const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'yi', 'ckb', 'dv', 'ug', 'sd']);
/** Languages whose speakers read one of the kit's locales (Dari readers read Farsi). */
const CLOSEST: Record<string, Locale> = { prs: 'fa', 'fa-af': 'fa', de: 'de', gsw: 'de' };

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

/** Language names in their own language, for language filters ("العربية", "Українська"). */
export function endonym(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name.toLowerCase() !== tag.toLowerCase()) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // fall through
  }
  return tag;
}
