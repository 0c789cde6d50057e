/**
 * Text folding for search, the same for the index and the query: lower case, no diacritics,
 * German ß and umlaut spellings, Arabic letter variants and marks, Persian/Arabic letter pairs,
 * Cyrillic ё. "Beratungsstelle Muller" finds "Müller", "strasse" finds "Straße".
 */
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g; // Latin combining marks, Arabic harakat
const TATWEEL = /\u0640/g;
const CHAR_MAP: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  // Arabic: alef forms, taa marbuta, alef maqsura, hamza carriers
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  // Persian letters written with their Arabic forms and back
  ی: 'ي',
  ک: 'ك',
  // Cyrillic
  ё: 'е',
  ї: 'і',
};
const CHARS = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');
const WORD = /[\p{L}\p{N}]+/gu;

/** Folds a text for matching. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(CHARS, (c) => CHAR_MAP[c])
    .normalize('NFC');
}

/** Umlauts typed as two letters ("mueller", "grosse") folded like the umlaut would be. */
export function foldGermanDigraphs(token: string): string {
  return token.replace(/([a-z])(ae|oe|ue)/g, (_m, before: string, pair: string) => before + pair[0]);
}

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const ARABIC_LETTERS = /^[\u0600-\u06ff]+$/;

/** An Arabic word without its article or a clinging preposition ("بالألمانية" → "المانيه" → "مانيه"). */
export function stripArabicPrefix(token: string): string | undefined {
  if (!ARABIC_LETTERS.test(token)) return undefined;
  for (const prefix of ARABIC_PREFIXES) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 3) return token.slice(prefix.length);
  }
  return undefined;
}

/** The folded words of a text. */
export function tokens(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
