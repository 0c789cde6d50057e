/**
 * The `<script type="application/ld+json">` blocks of an HTML page, found by a small scanner that
 * knows just enough HTML: comments, quoted attribute values, raw-text elements (script, style,
 * textarea…) whose content is not markup. No DOM, nothing executed. Linear in the page's length.
 */
import { decodeEntities } from '../text.js';

export interface ScriptBlock {
  /** The block's text, with any HTML comment or CDATA wrapper removed. */
  text: string;
  /** 1-based number of the block on the page and the line it starts on. */
  index: number;
  line: number;
}

export interface PageScan {
  blocks: ScriptBlock[];
  /** The page also carries microdata or RDFa, which this importer does not read. */
  microdata: boolean;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Removes `<!-- … -->` and `<![CDATA[ … ]]>` wrappers (also as `//<![CDATA[` and `/*<![CDATA[*\/`). */
function unwrap(text: string): string {
  let s = text.trim();
  for (let round = 0; round < 3; round++) {
    const before = s;
    if (s.startsWith('<!--')) s = s.slice(4).trimStart();
    if (s.endsWith('-->')) s = s.slice(0, -3).trimEnd();
    const open = /^(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?/.exec(s.slice(0, 40));
    if (open) s = s.slice(open[0].length).trimStart();
    if (s.endsWith(']]>') || s.endsWith('*/')) {
      const tail = /(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?$/.exec(s.slice(-40));
      if (tail) s = s.slice(0, s.length - tail[0].length).trimEnd();
    }
    if (s === before) break;
  }
  return s;
}

/** Reads the attributes of a tag from just after its name; returns them and the index after `>`. */
function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  let i = from;
  const n = html.length;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { attributes, end: i + 1 };
    if (/[\s/]/.test(c)) {
      i++;
      continue;
    }
    const nameMatch = /^[^\s"'>/=]+/.exec(html.slice(i, i + 200));
    if (!nameMatch) {
      i++; // a stray quote or `=`: skip it
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    i += nameMatch[0].length;
    while (i < n && /\s/.test(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && /\s/.test(html[i])) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return { attributes, end: n };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < n && !/[\s>]/.test(html[i])) i++;
        value = html.slice(start, i);
      }
    }
    if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return { attributes, end: n };
}

/** Counts line breaks as the scanner moves forward, without going over the page twice. */
class LineCounter {
  private at = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  lineAt(index: number): number {
    for (let i = this.text.indexOf('\n', this.at); i >= 0 && i < index; i = this.text.indexOf('\n', i + 1)) this.line++;
    this.at = Math.max(this.at, index);
    return this.line;
  }
}

/** Finds the JSON-LD blocks of a page. */
export function scanPage(html: string): PageScan {
  const blocks: ScriptBlock[] = [];
  const lines = new LineCounter(html);
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const nameMatch = /^[A-Za-z][A-Za-z0-9-]*/.exec(html.slice(lt + 1, lt + 40));
    if (!nameMatch) {
      // `</…>`, `<!DOCTYPE …>`, `<?…?>` or a lone `<`: nothing to read in it.
      if (html[lt + 1] === '/' || html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt + 1);
        i = end < 0 ? n : end + 1;
      } else i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const { attributes, end } = readAttributes(html, lt + 1 + nameMatch[0].length);
    i = end;
    if (!RAW_TEXT.has(name) || html[end - 2] === '/') continue;
    // Raw text runs to the matching end tag, whatever it contains.
    const close = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    close.lastIndex = end;
    const m = close.exec(html);
    const contentEnd = m ? m.index : n;
    const after = m ? html.indexOf('>', m.index) : -1;
    i = after < 0 ? n : after + 1;
    if (name !== 'script') continue;
    const type = (attributes.get('type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    blocks.push({ text: unwrap(html.slice(end, contentEnd)), index: blocks.length + 1, line: lines.lineAt(lt) });
  }
  return { blocks, microdata: /\sitemscope[\s>=]|\svocab=["']?https?:\/\/schema\.org/i.test(html.slice(0, 2_000_000)) };
}
