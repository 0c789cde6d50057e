/**
 * Plain text from HSDS fields. HSDS allows HTML or Markdown in descriptions; the catalogue is plain
 * text only, so tags are removed (paragraph breaks kept), entities decoded, and control and
 * text-direction override characters dropped. Nothing is ever parsed as HTML: a linear scan finds
 * tags, so a huge or hostile cell costs time in proportion to its length.
 */
import type { ImportLog } from '../log.js';

// C0/C1 controls other than tab, newline and carriage return, bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[<&\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\s\s/;
/** Text longer than this is cut before it is cleaned (no catalogue text field is longer than 20,000). */
const MAX_INPUT = 100_000;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  euro: '€', copy: '©', reg: '®', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', szlig: 'ß', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', eacute: 'é',
  egrave: 'è', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', bull: '•',
  middot: '·', shy: '', zwnj: '\u200c', zwj: '\u200d',
};

const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'pre', 'hr', 'dd', 'dt']);
const CELL = new Set(['td', 'th', 'dd', 'option']);
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** Where a tag-like run starts at `i` ("<", spaces, "/", spaces, then a letter, "!" or "?"), the name start. */
function tagStart(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t' || s[j] === '\n' || s[j] === '\r')) j++;
  if (s[j] === '/') j++;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t' || s[j] === '\n' || s[j] === '\r')) j++;
  return j < s.length && /[a-z!?]/i.test(s[j]) ? j : -1;
}

/**
 * Removes everything that the validator would take for markup: `<`, optional spaces and `/`, a
 * letter, `!` or `?`, up to the next `>`. Block tags become line breaks; script and style
 * elements go with their content. Linear in the length of the text.
 */
function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  let out = '';
  let i = 0;
  let nextGt = -2;
  let lower: string | undefined;
  // Per element name, where its closing tag was last found (-1: none after that point).
  const closeAt = new Map<string, number>();
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, lt);
    if (nextGt !== -1 && nextGt < lt) nextGt = s.indexOf('>', lt);
    const name = tagStart(s, lt);
    if (name < 0 || nextGt < 0) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const tag = /^[a-z][a-z0-9-]*/i.exec(s.slice(name, Math.min(name + 20, nextGt)))?.[0].toLowerCase() ?? '';
    const closing = s.slice(lt, name).includes('/');
    i = nextGt + 1;
    if (s.startsWith('!--', name)) {
      // A comment runs to "-->" when there is one.
      const end = s.indexOf('-->', name + 3);
      if (end >= 0) i = end + 3;
    } else if (!closing && SKIP_CONTENT.has(tag)) {
      lower ??= s.toLowerCase();
      let end = closeAt.get(tag) ?? -2;
      if (end !== -1 && end < i) {
        end = lower.indexOf(`</${tag}`, i);
        closeAt.set(tag, end);
      }
      if (end >= 0) {
        const gt = s.indexOf('>', end);
        i = gt >= 0 ? gt + 1 : s.length;
      }
    }
    if (BLOCK.has(tag)) out += tag === 'li' && !closing ? '\n• ' : '\n';
    else if (CELL.has(tag) || tag === '' || tag === 'img') out += ' ';
  }
  return out;
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      if (code < 0x20 && code !== 9 && code !== 10) return '';
      return String.fromCodePoint(code);
    }
    return Object.hasOwn(ENTITIES, body) ? ENTITIES[body] : whole;
  });
}

/**
 * Any `<` that would still read as the start of markup (it can come from text such as "a < b >
 * c") becomes "‹", so the validator sees plain text.
 */
function defuse(s: string): string {
  if (!s.includes('<')) return s;
  const lastGt = s.lastIndexOf('>');
  if (lastGt < 0) return s;
  let out = '';
  let from = 0;
  for (let lt = s.indexOf('<'); lt >= 0 && lt < lastGt; lt = s.indexOf('<', lt + 1)) {
    if (tagStart(s, lt) >= 0) {
      out += `${s.slice(from, lt)}‹`;
      from = lt + 1;
    }
  }
  return out + s.slice(from);
}

/**
 * Plain text of a value: numbers as text, markup removed, entities decoded, hidden characters
 * dropped, spaces collapsed. `multiline` keeps paragraph breaks (descriptions); otherwise the
 * text is one line (names, streets). Empty text gives ''.
 */
export function plain(value: unknown, multiline = false): string {
  let s = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
  if (!s) return '';
  // Most values need nothing but trimming.
  if (!NEEDS_WORK.test(s)) return s.trim();
  if (s.length > MAX_INPUT) s = s.slice(0, MAX_INPUT);
  if (s.includes('<') || s.includes('&')) s = defuse(stripTags(decodeEntities(stripTags(s))));
  s = s.replace(UNSAFE, '');
  if (!multiline) return s.replace(/\s+/g, ' ').trim();
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text without the given characters at its end (a loop: a regex would take quadratic time on long runs). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Text cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  const body = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${trimEnd(body, ' \n\t,;:.–-')}…`;
}

/** A short lead for a long text: its first sentences up to `max` characters, else the text shortened. */
export function excerpt(text: string, max: number): string {
  const first = text.split(/\n\s*\n/, 1)[0];
  if (first.length <= max) return first;
  // The last sentence end within the limit (looked for in the first `max` characters only).
  const head = first.slice(0, max + 1);
  let end = -1;
  for (let i = head.length - 1; i >= max * 0.3; i--) {
    if ('.!?。'.includes(head[i]) && (i + 1 === head.length || /\s/.test(head[i + 1]))) {
      end = i;
      break;
    }
  }
  return end > 0 && end < max ? head.slice(0, end + 1) : shorten(first, max);
}

/** A stable short hash (FNV-1a, 32 bit) in base 36, for ids made from text. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A part of an id: letters, digits and `. _ : -` only, other characters as "-". */
export function idPart(value: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._:-]*[A-Za-z0-9]$/.test(value) && !value.includes('--')) return value;
  const part = value.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/-{2,}/g, '-');
  let start = 0;
  while (start < part.length && !/[A-Za-z0-9]/.test(part[start])) start++;
  return trimEnd(part.slice(start), '-.:_');
}

/** A lower-case ASCII slug ("Housing/Shelter" → "housing-shelter"), '' for text without Latin letters or digits. */
export function slug(value: string, max = 60): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * The import log with every value and place made plain text first: values come from the data and
 * are printed on terminals and pages, so no markup or control characters reach them.
 */
export class SafeLog {
  constructor(readonly log: ImportLog) {}

  unmapped(field: string, value: string, reason: string, at?: string): void {
    this.log.unmapped(field, plain(value) || (value ? '(not readable)' : ''), reason, at === undefined ? undefined : plain(at));
  }

  skip(at: string, reason: string): void {
    this.log.skip(plain(at), reason);
  }
}
