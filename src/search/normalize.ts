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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Character classes of the Basic Multilingual Plane, filled in as characters are met: 1 word, 2 not.
const charClass = new Uint8Array(0x10000);

/** Whether a UTF-16 code unit belongs to a word (letter, digit or mark; surrogates stay with their word). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters: keep with their word
  let cls = charClass[code];
  if (cls === 0) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    charClass[code] = cls;
  }
  return cls === 1;
}

/** Calls `visit` with each word of `text` as written (letters, digits and marks). */
export function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) visit(text.slice(start));
}

/** The folded forms of one written word ("Straße" → ["strasse"], "Kita-Platz" is two words already). */
export function foldWord(word: string): string[] {
  return fold(word).match(WORD) ?? [];
}

/** The folded words of a text. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    for (const folded of foldWord(word)) out.push(folded);
  });
  return out;
}
