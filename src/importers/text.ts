/**
 * Text for the catalogue from what the importers read: HTML (or text that may hold markup) as plain
 * text, texts shortened at a word, ids and slugs made from names, short stable hashes.
 *
 * Markup is removed by a small scanner: it never builds a document and never runs anything. It
 * drops the content of scripts, styles, frames and the like, keeps paragraph and line breaks where
 * asked, and decodes named and numeric character references (table: entities.json). Every
 * character is read a bounded number of times, so a huge or hostile input (a million "<" without
 * ">", thousands of unclosed scripts) takes time in proportion to its length.
 */
import entityTable from './entities.json';

// ---------------------------------------------------------------------------------------------
// Character references

/** Named references (a Map: names such as "__proto__" or "constructor" are simply not in it). */
const ENTITIES = new Map<string, string>(Object.entries(entityTable.named));
/** Named references that browsers also decode without the closing semicolon. */
const LOOSE_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);
const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,8})|#([0-9]{1,10})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

/**
 * Characters that are never part of a catalogue text: C0 and C1 controls (other than tab, line
 * feed and carriage return), text-direction embeddings, overrides and isolates, the soft hyphen
 * (it only marks where a word may break) and the zero-width no-break space.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u202a-\u202e\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const IS_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u202a-\u202e\u2066-\u2069\ufeff]/;

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '';
  const c = String.fromCodePoint(n);
  return IS_UNSAFE.test(c) ? '' : c;
}

/**
 * Decodes character references: `&amp;`, `&auml;`, `&#228;`, `&#xE4;`. Numeric references that
 * name no character, or an invisible control or direction override, are removed; unknown names
 * stay as written. Without the semicolon only `&amp` `&lt` `&gt` `&quot` `&nbsp` and numbers count.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole: string, hex?: string, dec?: string, name?: string, semi?: string) => {
    if (hex) return codePoint(parseInt(hex, 16));
    if (dec) return codePoint(parseInt(dec, 10));
    const value = ENTITIES.get(name as string);
    if (value === undefined || (!semi && !LOOSE_ENTITIES.has(name as string))) return whole;
    return value;
  });
}

// ---------------------------------------------------------------------------------------------
// Markup

/** Elements whose content is never text for a reader. */
const HIDDEN_CONTENT = [
  'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'object', 'head', 'title', 'textarea',
  'select', 'button', 'canvas', 'video', 'audio', 'frameset', 'noembed', 'noframes', 'xmp',
];
const CLOSING_TAG = new Map(HIDDEN_CONTENT.map((tag) => [tag, new RegExp(`<\\s*/\\s*${tag}(?![A-Za-z0-9])`, 'gi')]));
/** Elements that stand apart: a line break before and after them. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr', 'figure', 'address', 'details', 'form', 'fieldset',
]);
/** Elements that start a new line. */
const LINE = new Set(['br', 'tr', 'dt', 'dd', 'figcaption', 'summary', 'caption', 'option']);
const TAG_NAME = /<[ \t\n\r\f]{0,20}(\/?)[ \t\n\r\f]{0,20}([A-Za-z][A-Za-z0-9:-]{0,40})/y;
/** Something HTML reads as the start of a tag: "<" and a letter, "/", "!" or "?". */
const TAG_START = /<[A-Za-z/!?]/;
const SPACE = /\s/;

function isTagStart(s: string, lt: number): boolean {
  const c = s.charCodeAt(lt + 1);
  // a-z, A-Z, "/", "!", "?"
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 || c === 33 || c === 63;
}

/**
 * Where the tag that starts with "<" at `lt` ends (the index of its ">"), or -1 when no ">"
 * follows. A ">" inside a quoted attribute value (`title="a>b"`) does not end the tag.
 */
function tagEnd(s: string, lt: number): number {
  let afterEquals = false;
  for (let j = lt + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 62 /* > */) return j;
    if ((c === 34 /* " */ || c === 39 /* ' */) && afterEquals) {
      const close = s.indexOf(s[j], j + 1);
      // An unclosed quote: read as if it were not there.
      if (close === -1) return s.indexOf('>', j + 1);
      j = close;
      afterEquals = false;
    } else if (c === 61 /* = */) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) afterEquals = false;
  }
  return -1;
}

interface Pass {
  /** The input is HTML source: runs of white space in it are one space. Else line breaks are kept. */
  html: boolean;
  /** An unclosed comment, script, style… hides the rest, as in a browser; else only the tag goes. */
  hideUnclosed: boolean;
  /** What a block element (p, div, h1, ul, table…) gives before and after it: a line break or a blank line. */
  block: '\n' | '\n\n';
  /** Stop once this much text has been collected (the caller shortens it anyway). */
  budget: number;
}

/** One pass: tags and comments out, block elements as line breaks, hidden elements with their content. */
function strip(s: string, pass: Pass): { text: string; more: boolean } {
  const out: string[] = [];
  let size = 0;
  let more = false;
  const push = (piece: string) => {
    out.push(piece);
    size += piece.length;
  };
  const text = (piece: string) => {
    if (!piece) return;
    const room = (pass.budget - size) * 2 + 1_000;
    if (piece.length > room) {
      piece = piece.slice(0, room);
      more = true;
    }
    push(pass.html ? piece.replace(/\s+/g, ' ') : piece);
  };
  // Per hidden element, where its next closing tag was found (-1: there is none after that point).
  const closeAt = new Map<string, number>();
  const closing = (tag: string, from: number): number => {
    const known = closeAt.get(tag);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const re = CLOSING_TAG.get(tag) as RegExp;
    re.lastIndex = from;
    const found = re.exec(s)?.index ?? -1;
    closeAt.set(tag, found);
    return found;
  };
  let last = 0; // start of the text not yet taken
  let from = 0; // where to look for the next "<"
  while (size <= pass.budget) {
    const lt = s.indexOf('<', from);
    if (lt === -1) break;
    if (!isTagStart(s, lt)) {
      from = lt + 1;
      continue;
    }
    if (s.startsWith('<!--', lt)) {
      const close = s.indexOf('-->', lt + 4);
      if (close !== -1 || pass.hideUnclosed) {
        text(s.slice(last, lt));
        last = from = close === -1 ? s.length : close + 3;
        continue;
      }
    }
    const end = tagEnd(s, lt);
    // No ">" follows: the rest is text, not markup.
    if (end === -1) break;
    text(s.slice(last, lt));
    last = from = end + 1;
    TAG_NAME.lastIndex = lt;
    const name = TAG_NAME.exec(s);
    if (!name) continue; // <!DOCTYPE>, <?xml?>, "</ >": nothing to show.
    const isClosing = name[1] === '/';
    const tag = name[2].toLowerCase();
    if (!isClosing && CLOSING_TAG.has(tag) && s[end - 1] !== '/') {
      const close = closing(tag, from);
      if (close !== -1) {
        const gt = s.indexOf('>', close);
        last = from = gt === -1 ? s.length : gt + 1;
        continue;
      }
      if (pass.hideUnclosed) {
        last = from = s.length;
        break;
      }
    }
    if (tag === 'li') push(isClosing ? '' : '\n• ');
    else if (BLOCK.has(tag)) push(pass.block);
    else if (LINE.has(tag)) push(isClosing ? '' : '\n');
    else if (tag === 'td' || tag === 'th') push(' ');
  }
  if (last < s.length) {
    if (size > pass.budget) more = true;
    else text(s.slice(last));
  }
  return { text: out.join(''), more };
}

/**
 * Removes tags ("<" and a letter, "/", "!" or "?", up to the ">" that ends them), comments and the
 * content of scripts, styles, frames and the like; block elements become line breaks. White space
 * is left as it is.
 */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  return strip(s, { html: false, hideUnclosed: true, block: '\n', budget: Infinity }).text;
}

/**
 * Where the name of a tag-like run that starts with "<" at `lt` begins, or -1: the catalogue
 * validator's notion of markup, "<", white space, an optional "/", white space, then a letter,
 * "!" or "?" (and a ">" somewhere after).
 */
function looseTagName(s: string, lt: number): number {
  let j = lt + 1;
  while (j < s.length && SPACE.test(s[j])) j++;
  if (s[j] === '/') {
    j++;
    while (j < s.length && SPACE.test(s[j])) j++;
  }
  if (j >= s.length) return -1;
  const c = s.charCodeAt(j);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 33 || c === 63 ? j : -1;
}

/** True when the text holds something the catalogue validator takes for markup. */
export function hasMarkup(s: string): boolean {
  const lastGt = s.lastIndexOf('>');
  if (lastGt === -1) return false;
  for (let lt = s.indexOf('<'); lt !== -1 && lt < lastGt; lt = s.indexOf('<', lt + 1)) {
    const name = looseTagName(s, lt);
    if (name !== -1 && name < lastGt) return true;
  }
  return false;
}

/**
 * Every "<" that would still read as the start of markup ("a < b und c > d") becomes "‹", so the
 * text keeps its words and nothing in it reads as markup. Other "<" ("Kinder <6 Jahre") stay.
 */
function defuse(s: string): string {
  const lastGt = s.lastIndexOf('>');
  if (lastGt === -1) return s;
  const out: string[] = [];
  let from = 0;
  for (let lt = s.indexOf('<'); lt !== -1 && lt < lastGt; lt = s.indexOf('<', lt + 1)) {
    const name = looseTagName(s, lt);
    if (name !== -1 && name < lastGt) {
      out.push(s.slice(from, lt), '‹');
      from = lt + 1;
    }
  }
  if (from === 0) return s;
  out.push(s.slice(from));
  return out.join('');
}

/** Spaces collapsed; with `lines`, lines trimmed and at most one empty line between paragraphs. */
function tidy(s: string, lines: boolean): string {
  if (!lines) return s.replace(/\s+/g, ' ').trim();
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[<&\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u202a-\u202e\u2066-\u2069\ufeff]/;
/** What is read of an input at most, unless the caller says otherwise. */
const READ_LIMIT = 1_000_000;

export interface PlainTextOptions {
  /**
   * Line breaks in the text. `lines` (the default): each block element of the markup (p, div, h1,
   * li, br…) starts a new line, so two paragraphs in a row are apart by an empty line. `paragraphs`:
   * block elements are always set apart by an empty line, line elements (br, li, tr…) start a line,
   * as HTML from a rich-text editor shows them. `none`: one line (titles, names).
   */
  breaks?: 'lines' | 'paragraphs' | 'none';
  /** Shorten the text to at most this many characters, at a word, ending with "…". */
  max?: number;
  /** Read at most this many characters of the input (default 1,000,000). */
  readLimit?: number;
}

export interface PlainText {
  text: string;
  /** The input was longer than what was read, or the text longer than `max`: it was shortened. */
  shortened: boolean;
}

/**
 * A value that may hold HTML as plain text, and whether it had to be shortened. Strings and finite
 * numbers count; anything else gives ''. Tags and comments are removed, scripts, styles, frames and
 * the like with their content; character references are decoded, and markup that only decoding
 * revealed (`&lt;script&gt;`) is removed as well. Controls and direction overrides are dropped,
 * spaces collapsed. What still looks like markup to the catalogue's validator keeps its text with
 * "‹" for its "<". In HTML, line breaks of the source are spaces; in text without tags they count.
 */
export function toPlainText(value: unknown, options: PlainTextOptions = {}): PlainText {
  let s = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (s === '') return { text: '', shortened: false };
  const breaks = options.breaks ?? 'lines';
  const block = breaks === 'paragraphs' ? '\n\n' : '\n';
  const max = options.max ?? Infinity;
  const readLimit = options.readLimit ?? READ_LIMIT;
  let more = false;
  if (s.length > readLimit) {
    s = s.slice(0, readLimit);
    more = true;
  }
  let out: string;
  if (!NEEDS_WORK.test(s)) {
    // Most values are plain text already: no markup, no references, no line breaks or controls.
    out = s.replace(/\s+/g, ' ').trim();
  } else {
    const first = strip(s, { html: TAG_START.test(s), hideUnclosed: true, block, budget: max === Infinity ? Infinity : max + 1_000 });
    more ||= first.more;
    let t = decodeEntities(first.text).replace(UNSAFE, '');
    // Decoded references may have formed markup ("&lt;b&gt;"): one more pass, in which what is
    // not closed hides nothing.
    if (t.includes('<')) t = strip(t, { html: false, hideUnclosed: false, block, budget: Infinity }).text;
    out = defuse(tidy(t, breaks !== 'none'));
  }
  const shortened = more || out.length > max;
  return { text: shortened && out.length > max ? shorten(out, max) : out, shortened };
}

/** A value that may hold HTML as plain text (see `toPlainText`); line breaks kept unless told otherwise. */
export function plainText(value: unknown, options?: PlainTextOptions): string {
  return toPlainText(value, options).text;
}

/** A value as one line of plain text (titles, names, streets). */
export function plainLine(value: unknown, options?: Omit<PlainTextOptions, 'breaks'>): string {
  return toPlainText(value, { ...options, breaks: 'none' }).text;
}

// ---------------------------------------------------------------------------------------------
// Shortening

/** The text without the given characters at its end (a loop: a pattern would take quadratic time on long runs). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Text of at most `max` characters: cut at the last white space (when that keeps more than 60 %),
 * never inside a surrogate pair, without trailing spaces and punctuation, ending with "…".
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.6) cut = cut.slice(0, space);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${trimEnd(cut, ' \t\n\r,;:.–-')}…`;
}

/** A short lead for a long text: its first sentences up to `max` characters, else the text shortened. */
export function excerpt(text: string, max: number): string {
  const first = text.split(/\n\s*\n/, 1)[0];
  if (first.length <= max) return first;
  // The last sentence end within the limit (looked for in the first `max` characters only).
  const head = first.slice(0, max + 1);
  let end = -1;
  for (let i = head.length - 1; i >= max * 0.3; i--) {
    if ('.!?。'.includes(head[i]) && (i + 1 === head.length || SPACE.test(head[i + 1]))) {
      end = i;
      break;
    }
  }
  return end > 0 && end < max ? head.slice(0, end + 1) : shorten(first, max);
}

// ---------------------------------------------------------------------------------------------
// Ids, slugs, hashes

const GERMAN: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/**
 * Latin letters without their accents: é → e, ß → ss, and ä → a as Unicode decomposes it, or with
 * `german` ä → ae, ö → oe, ü → ue as German writes them without the dots. Other scripts stay.
 */
export function latin(value: string, german = false): string {
  let s = value.normalize('NFC');
  s = german ? s.replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c]) : s.replace(/ß/g, 'ss').replace(/ẞ/g, 'SS');
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export interface IdOptions {
  /** At most this many characters (`idPart`: no limit; `slug`: 60). */
  max?: number;
  /** ä → ae, ö → oe, ü → ue (see `latin`). */
  german?: boolean;
}

const ID_SAFE = /^[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?$/;

/**
 * A part of an id: ASCII letters, digits and `. _ : -`; accents dropped (see `latin`), every run
 * of other characters one "-", starting and ending with a letter or digit. A value that is an id
 * part already is returned as it is. '' when nothing is left.
 */
export function idPart(value: string, options: IdOptions = {}): string {
  const max = options.max ?? Infinity;
  if (value.length <= max && ID_SAFE.test(value) && !value.includes('--')) return value;
  const part = latin(value, options.german).replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/-{2,}/g, '-');
  let start = 0;
  while (start < part.length && !/[A-Za-z0-9]/.test(part[start])) start++;
  return trimEnd(part.slice(start, start + max), '-.:_');
}

/**
 * A lower-case ASCII slug ("Sprachcafé am Markt" → "sprachcafe-am-markt") of at most `max`
 * characters (default 60), cut at a hyphen where that keeps more than half; '' for text without
 * Latin letters or digits.
 */
export function slug(value: string, options: IdOptions = {}): string {
  const max = options.max ?? 60;
  let s = latin(value, options.german).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (s.length > max) {
    s = s.slice(0, max);
    const cut = s.lastIndexOf('-');
    s = cut > max / 2 ? s.slice(0, cut) : trimEnd(s, '-');
  }
  return s;
}

/**
 * A stable short hash of a text (FNV-1a, 32 bit), for ids made from long texts: 8 hex digits, or
 * with `base` 36 up to 7 letters and digits.
 */
export function hash(text: string, base: 16 | 36 = 16): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const n = h >>> 0;
  return base === 36 ? n.toString(36) : n.toString(16).padStart(8, '0');
}
