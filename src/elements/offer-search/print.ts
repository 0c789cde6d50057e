/**
 * Prints one offer on one page: a copy of the details in a frame inside the element's own shadow
 * root (nothing is added to the host page or its styles), with print styles of its own.
 */
const PRINT_CSS = `
  @page { margin: 14mm; }
  html { font: 10.5pt/1.4 system-ui, sans-serif; color: #000; }
  body { margin: 0; }
  h2 { font-size: 16pt; margin: 0 0 4pt; }
  h3 { font-size: 11pt; margin: 8pt 0 3pt; }
  p { margin: 0 0 5pt; }
  .detail-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16pt; }
  .description { white-space: pre-line; max-height: 60mm; overflow: hidden; }
  table { border-collapse: collapse; }
  th, td { padding: 1pt 8pt 1pt 0; text-align: start; font-weight: normal; vertical-align: top; }
  tr[data-today] th, tr[data-today] td { font-weight: bold; }
  ul { margin: 0; padding: 0; list-style: none; }
  a { color: #000; text-decoration: none; }
  a[href^='http']::after { content: ' – ' attr(href); font-size: 8.5pt; overflow-wrap: anywhere; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 8pt 0 0; }
  dt { font-weight: bold; } dd { margin: 0; }
  .visually-hidden, .detail-actions, .share-status, .text-tools button { display: none; }
  .notice { border-inline-start: 2pt solid #000; padding-inline-start: 6pt; }
  .source { margin-top: 10pt; font-size: 8.5pt; color: #333; overflow-wrap: anywhere; }
  [dir='ltr'] { direction: ltr; unicode-bidi: isolate; }
  [dir='auto'] { unicode-bidi: isolate; }
  .tags { display: flex; flex-wrap: wrap; gap: 2pt 10pt; }
`;

export function printOffer(root: ShadowRoot | HTMLElement, detail: Element, options: { lang: string; dir: string; title: string; source: string }): void {
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
  doc.documentElement.lang = options.lang;
  doc.documentElement.dir = options.dir;
  doc.title = options.title;
  const copy = doc.importNode(detail, true) as Element;
  copy.querySelector('.detail-actions')?.remove();
  const source = doc.createElement('p');
  source.className = 'source';
  source.textContent = options.source;
  copy.append(source);
  doc.body.append(copy);
  const sheet = new (win as typeof window).CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  doc.adoptedStyleSheets = [sheet];
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
  setTimeout(() => frame.isConnected && frame.remove(), 60_000);
}
