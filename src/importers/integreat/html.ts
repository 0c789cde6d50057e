/**
 * Integreat's content is HTML written in a rich-text editor. The catalogue holds plain text only,
 * so it is turned into text here with a small tag stripper: it never builds a document, never
 * runs anything, keeps paragraphs and line breaks, drops the content of scripts, styles, frames
 * and the like, and decodes character references. It reads each character at most a few times,
 * so a huge or broken input (a million "<" without ">") takes linear time.
 */
import entities from './entities.json';

const NAMED: Readonly<Record<string, string>> = entities.named;
/** References that browsers also decode without the closing semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/** Elements whose content is never text for a reader. */
const DROP_CONTENT = new Set([
  'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'math', 'object', 'embed', 'head',
  'title', 'textarea', 'select', 'button', 'canvas', 'video', 'audio', 'frameset', 'noembed', 'noframes', 'xmp',
]);
/** Elements that end a paragraph. */
const PARAGRAPH = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr', 'figure', 'address', 'details',
  'form', 'fieldset',
]);
/** Elements that end a line. */
const LINE = new Set(['br', 'tr', 'dt', 'dd', 'figcaption', 'summary', 'caption', 'option']);

// C0/C1 controls (other than tab and newline; U+0000 marks a break here) and text-direction
// overrides: never part of the text. The soft hyphen only hides where a word may break.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u00ad]/g;
const BREAK = '\u0000';
const TAG_NAME = /<[ \t\n\r\f]{0,20}(\/?)[ \t\n\r\f]{0,20}([A-Za-z][A-Za-z0-9:-]{0,40})/y;
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<&\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u202a-\u202e\u2066-\u2069]/;

function decodeReference(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
}

/** Decodes `&amp;`, `&auml;`, `&#228;`, `&#xE4;`; unknown references stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (all, body: string, semi: string) => {
    if (!semi && body[0] !== '#' && !LEGACY.has(body)) return all;
    return decodeReference(body) ?? all;
  });
}

/** Where the tag that starts at `start` ("<" at start) ends ("> " index), or -1 when it never does. */
function tagEnd(html: string, start: number): number {
  let j = start + 1;
  while (j < html.length) {
    const c = html.charCodeAt(j);
    if (c === 62 /* > */) return j;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = html.indexOf(html[j], j + 1);
      if (close === -1) return html.indexOf('>', j);
      j = close + 1;
    } else j++;
  }
  return -1;
}

function isTagStart(html: string, i: number): boolean {
  const c = html.charCodeAt(i + 1);
  // a-z, A-Z, "/", "!", "?"
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 || c === 33 || c === 63;
}

interface StripOptions {
  /** Stop once this much text has been collected (the caller shortens it). */
  budget: number;
  /** Decode character references in text (off for the second pass over already decoded text). */
  decode: boolean;
  /** Line breaks in text are kept (second pass) instead of read as spaces (HTML source). */
  keepNewlines: boolean;
  /** An unclosed <script>, <style>… hides the rest (as in a browser); off: only the tag goes. */
  unclosedHidesRest: boolean;
}

/** One pass: tags out, breaks in, references decoded; text nodes with their white space collapsed. */
function strip(html: string, options: StripOptions): { text: string; more: boolean } {
  const out: string[] = [];
  let size = 0;
  let i = 0;
  let cut = false;
  const rest = (from: number) => {
    const until = from + options.budget * 2 + 1_000;
    if (until < html.length) cut = true;
    text(html.slice(from, until));
    i = html.length;
  };
  const push = (s: string) => {
    out.push(s);
    size += s.length;
  };
  const text = (s: string) => {
    if (!s) return;
    let t = options.keepNewlines ? s.replace(/\r\n?/g, '\n').replace(/[ \t\f]+/g, ' ').replace(/ ?\n ?/g, BREAK) : s.replace(/\s+/g, ' ');
    if (options.decode) t = decodeEntities(t);
    push(t);
  };
  while (i < html.length && size <= options.budget) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      rest(i);
      break;
    }
    if (!isTagStart(html, lt)) {
      text(html.slice(i, lt + 1));
      i = lt + 1;
      continue;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const end = tagEnd(html, lt);
    if (end === -1) {
      // No ">" follows anywhere: the rest is text, not markup.
      rest(lt);
      break;
    }
    TAG_NAME.lastIndex = lt;
    const name = TAG_NAME.exec(html);
    i = end + 1;
    if (!name) continue; // <!DOCTYPE>, <?xml?>, "</ >": nothing to show.
    const closing = name[1] === '/';
    const tag = name[2].toLowerCase();
    if (!closing && DROP_CONTENT.has(tag) && html[end - 1] !== '/') {
      const closeTag = new RegExp(`<\\s*/\\s*${tag}[^A-Za-z0-9]`, 'gi');
      closeTag.lastIndex = i;
      const found = closeTag.exec(html);
      if (found) {
        const after = html.indexOf('>', found.index);
        i = after === -1 ? html.length : after + 1;
        continue;
      }
      if (options.unclosedHidesRest) {
        i = html.length;
        break;
      }
    }
    if (PARAGRAPH.has(tag)) push(BREAK + BREAK);
    else if (tag === 'li') push(closing ? '' : `${BREAK}• `);
    else if (LINE.has(tag)) push(closing ? '' : BREAK);
    else if (tag === 'td' || tag === 'th') push(' ');
    else if (tag === 'img' || tag === 'input' || tag === 'wbr') push('');
  }
  return { text: out.join(''), more: cut || i < html.length };
}

/** True when the text holds something a browser would read as a tag. */
function hasMarkup(text: string): boolean {
  const lastGt = text.lastIndexOf('>');
  if (lastGt === -1) return false;
  for (let i = text.indexOf('<'); i !== -1 && i < lastGt; i = text.indexOf('<', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text[j] === '/' || /\s/.test(text[j]))) j++;
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 33 || c === 63) return true;
  }
  return false;
}

function tidy(text: string, paragraphs: boolean): string {
  let t = text.replace(UNSAFE, '');
  if (t.includes('\u00a0')) t = t.replace(/\u00a0/g, ' ');
  if (!paragraphs) return t.replace(/[\s\u0000]+/g, ' ').trim();
  t = t.replace(/[ \t]{2,}/g, ' ');
  if (t.includes(BREAK)) t = t.replace(/[ \t]*\u0000[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n');
  return t.trim();
}

/** Shortens text to `max` characters at a word boundary, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  if (space > max * 0.6) cut = cut.slice(0, space);
  // Never end on the first half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export interface PlainText {
  text: string;
  /** The text was longer than `max` and was shortened. */
  shortened: boolean;
}

/**
 * HTML (or text that may hold markup) → plain text of at most `max` characters. With
 * `paragraphs`, paragraph and line breaks are kept; without, everything is one line (titles, names).
 * Markup that only appears after decoding (`&lt;script&gt;`) is removed as well.
 */
export function plainText(input: unknown, max: number, paragraphs = true): PlainText {
  if (typeof input !== 'string' || input === '') return { text: '', shortened: false };
  // Most fields are plain text already: no markup, no references, no line breaks or controls.
  if (!SPECIAL.test(input)) {
    const out = input.replace(/\s+/g, ' ').trim();
    return out.length > max ? { text: shorten(out, max), shortened: true } : { text: out, shortened: false };
  }
  const budget = max + 1_000;
  // Text without any tag (older or imported content) keeps its line breaks.
  const isHtml = /<[A-Za-z/!?]/.test(input);
  let { text, more } = strip(input, { budget, decode: true, keepNewlines: !isHtml, unclosedHidesRest: true });
  let out = tidy(text, paragraphs);
  // Decoded references may have formed markup ("&lt;b&gt;"): strip again, a few times at most.
  for (let pass = 0; pass < 3 && hasMarkup(out); pass++) {
    ({ text } = strip(out, { budget, decode: false, keepNewlines: true, unclosedHidesRest: false }));
    out = tidy(text, paragraphs);
  }
  if (hasMarkup(out)) out = out.replace(/</g, '‹');
  const shortened = more || out.length > max;
  return { text: shortened ? shorten(out, max) : out, shortened };
}
