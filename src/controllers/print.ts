/**
 * Printing from inside an element: a document made for paper, in a frame inside the element's own
 * shadow root (nothing is added to the host page or its styles), styled by a constructable
 * stylesheet (no inline styles: it works under a strict Content-Security-Policy). Used for one
 * offer, for the current list (every result, with a QR code per entry) and for a QR poster.
 */
import { render, type TemplateResult } from 'lit';

export interface PrintPage {
  /** The language and direction of the printed text (the interface's). */
  lang: string;
  dir: string;
  /** The document's title (a PDF printer's file name). */
  title: string;
  css: string;
}

/** A frame's document is made for printing at once; it goes after printing, or after a minute. */
const FRAME_LIFETIME = 60_000;

/**
 * Prints `content` (a template, or a node copied from the element) on its own pages. Returns when
 * the browser's print dialog has been asked for; a browser that cannot print does nothing.
 */
export function printFrame(root: ParentNode, page: PrintPage, content: TemplateResult | Node): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  root.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    return;
  }
  doc.documentElement.lang = page.lang;
  doc.documentElement.dir = page.dir;
  doc.title = page.title;
  if (content instanceof Node) doc.body.append(doc.importNode(content, true));
  else render(content, doc.body);
  const sheet = new (win as typeof window).CSSStyleSheet();
  sheet.replaceSync(page.css);
  doc.adoptedStyleSheets = [sheet];
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
  setTimeout(() => frame.isConnected && frame.remove(), FRAME_LIFETIME);
}

/** Styles every printed page shares: black on white, the system's font, isolated directions. */
export const PRINT_BASE_CSS = `
  html { font: 10pt/1.35 system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif; color: #000; background: #fff; }
  body { margin: 0; }
  a { color: #000; text-decoration: none; }
  [dir='ltr'] { direction: ltr; unicode-bidi: isolate; }
  [dir='auto'] { unicode-bidi: isolate; }
  .visually-hidden { display: none; }
`;
