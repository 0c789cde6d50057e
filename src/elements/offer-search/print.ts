/**
 * Prints one offer on one page: a copy of the details, with print styles of its own, in the print
 * frame every printout of the kit uses (src/controllers/print.ts).
 */
import { printFrame } from '../../controllers/print.js';

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

export function printOffer(root: ParentNode, detail: Element, options: { lang: string; dir: string; title: string; source: string }): void {
  const copy = detail.cloneNode(true) as Element;
  copy.querySelector('.detail-actions')?.remove();
  const source = document.createElement('p');
  source.className = 'source';
  source.textContent = options.source;
  copy.append(source);
  printFrame(root, { lang: options.lang, dir: options.dir, title: options.title, css: PRINT_CSS }, copy);
}
