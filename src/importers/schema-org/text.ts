/**
 * Plain text from what web pages put into JSON-LD: markup removed with a small linear scanner
 * (never parsed into a DOM, never executed), character references decoded, paragraph breaks kept.
 */
import entityTable from './data/entities.json';

const ENTITIES = new Map<string, string>(Object.entries(entityTable.entities));
// Named references that browsers decode even without the closing semicolon.
const LOOSE_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);
// Elements whose content is not text a visitor reads.
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
// Elements that start a new line.
const BLOCK_ELEMENTS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section',
  'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'address', 'figure', 'figcaption', 'main', 'aside', 'nav',
]);
// Invisible controls and text-direction overrides (as the validator removes them), zero-width no-break space.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const SPACE = /\s/;
const TAG_START = /[A-Za-z!?]/;

/**
 * Where the name of the tag that begins with `<` at `lt` starts, or -1 when the `<` is just a
 * character. `loose` also accepts spaces after `<` and `/` (the validator's notion of markup);
 * HTML itself reads "< b" as text.
 */
function tagNameAt(s: string, lt: number, loose = false): number {
  let j = lt + 1;
  if (loose) while (j < s.length && SPACE.test(s[j])) j++;
  if (s[j] === '/') {
    j++;
    if (loose) while (j < s.length && SPACE.test(s[j])) j++;
  }
  return j < s.length && TAG_START.test(s[j]) ? j : -1;
}

/**
 * Removes tags (`<…>` where a letter, `!`, `?` or `/` follows the `<`), comments and the content of
 * script-like elements. Linear in the length of the text, whatever it contains.
 */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  const out: string[] = [];
  let last = 0;
  let from = 0;
  let nextGt = -1;
  while (from < s.length) {
    const lt = s.indexOf('<', from);
    if (lt < 0) break;
    if (s.startsWith('<!--', lt)) {
      out.push(s.slice(last, lt));
      const end = s.indexOf('-->', lt + 4);
      last = from = end < 0 ? s.length : end + 3;
      continue;
    }
    const nameAt = tagNameAt(s, lt);
    if (nameAt < 0) {
      from = lt + 1;
      continue;
    }
    if (nextGt < nameAt) nextGt = s.indexOf('>', nameAt);
    if (nextGt < 0) break; // no `>` anywhere after: no more tags
    const gt = nextGt;
    out.push(s.slice(last, lt));
    const name = /^[A-Za-z0-9]*/.exec(s.slice(nameAt, Math.min(gt, nameAt + 12)))![0].toLowerCase();
    const closing = s.slice(lt + 1, nameAt).includes('/');
    if (name === 'li' && !closing) out.push('\n• ');
    else if (BLOCK_ELEMENTS.has(name) && !(closing && (name === 'li' || name === 'dt' || name === 'dd'))) out.push('\n');
    last = from = gt + 1;
    if (!closing && SKIPPED_ELEMENTS.has(name) && s[gt - 1] !== '/') {
      const close = new RegExp(`<\\s*/\\s*${name}\\b`, 'gi');
      close.lastIndex = from;
      const m = close.exec(s);
      if (!m) {
        last = from = s.length;
        break;
      }
      const end = s.indexOf('>', m.index);
      last = from = end < 0 ? s.length : end + 1;
      if (nextGt < from) nextGt = -1;
    }
  }
  out.push(s.slice(last));
  return out.join('');
}

/** True when the text holds something that looks like a tag (the validator's markup check, in linear time). */
export function hasMarkup(s: string): boolean {
  let from = 0;
  let nextGt = -1;
  while (from < s.length) {
    const lt = s.indexOf('<', from);
    if (lt < 0) return false;
    const nameAt = tagNameAt(s, lt, true);
    if (nameAt >= 0) {
      if (nextGt < nameAt) nextGt = s.indexOf('>', nameAt);
      if (nextGt < 0) return false;
      return true;
    }
    from = lt + 1;
  }
  return false;
}

function codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '';
  const c = String.fromCodePoint(n);
  UNSAFE_CHARS.lastIndex = 0;
  return UNSAFE_CHARS.test(c) ? '' : c;
}

/** Decodes character references (`&amp;`, `&#228;`, `&#xE4;`, `&auml;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#[xX]([0-9A-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g, (whole, hex, dec, name, semi) => {
    if (hex) return codePoint(parseInt(hex, 16));
    if (dec) return codePoint(parseInt(dec, 10));
    const value = ENTITIES.get(name);
    if (value === undefined || (!semi && !LOOSE_ENTITIES.has(name))) return whole;
    return value;
  });
}

/** Spaces collapsed within lines, lines trimmed, at most one empty line between paragraphs. */
function tidyWhitespace(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text of a value that may hold markup: tags and comments removed (script and style content
 * with them), references decoded, markup that decoding revealed removed too, invisible control
 * characters removed. Reads at most `readLimit` characters of the input.
 */
export function plainText(raw: string, readLimit = 200_000): string {
  let s = raw.length > readLimit ? raw.slice(0, readLimit) : raw;
  s = stripTags(s);
  s = decodeEntities(s);
  s = stripTags(s);
  UNSAFE_CHARS.lastIndex = 0;
  s = s.replace(UNSAFE_CHARS, '');
  s = tidyWhitespace(s);
  // What still looks like a tag ("a < b und c > d", or "<<b>i>" after removing "<b>") keeps its
  // text, with each `<` shown as a look-alike angle, so nothing in the catalogue reads as markup.
  if (hasMarkup(s)) s = s.replace(/</g, '‹');
  return s;
}

/** Text shortened to `max` characters at a word boundary, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.6) cut = cut.slice(0, space);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** An id part: ASCII letters, digits and `.`, `_`, `:`; every run of other characters becomes "-". */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9._:]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

/** FNV-1a hash as 8 hex digits: a short stable suffix for ids made from long texts. */
export function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
