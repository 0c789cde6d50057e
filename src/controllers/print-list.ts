/**
 * What goes to the printer for a list and for a QR poster. A list: every entry now listed (search
 * and filters applied), two to a row, each with a small QR code that opens it in the host page; a
 * header with the filters and the date and a footer with the catalogue and its publisher, both
 * repeated on every page (a table's head and foot); an entry is never split by a page break. A
 * poster: the title in the visitor's language and in German side by side, a large QR code and the
 * link written out, on A4 or A5.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PRINT_BASE_CSS } from './print.js';
import { qrSvg, type QrCode } from './qr.js';

/** A piece of text with its language (catalogue text) or in the interface's language (no `lang`). */
export interface PrintText {
  text: string;
  lang?: string;
  /** `ltr` for phone numbers and links, else the text's own direction. */
  dir?: 'ltr' | 'auto';
}

export interface PrintEntry {
  /** The entry's number in the list ("12"), so a printed list can be talked about. */
  number: string;
  title: PrintText;
  /** What the entry says under its title, in the order shown (organisation, address, phone, hours, languages…). */
  lines: PrintText[];
  /** The entry's link in the host page: its QR code. */
  link: string;
  /** The QR code's accessible name ("QR code: Migrationsberatung"). */
  qrLabel: string;
}

export interface PrintListHead {
  /** "42 offers". */
  heading: string;
  /** The search and filters applied ("Topics": "Health, Housing"); empty: `noFilters` is said instead. */
  filters: readonly { label: string; value?: string }[];
  noFilters: string;
  /** "Printed on 30 November 2026". */
  printed: string;
  /** The catalogue and its publisher (each line in its language). */
  footer: PrintText[];
}

const text = (value: PrintText) => html`<span lang=${value.lang ?? nothing} dir=${value.dir ?? (value.lang ? 'auto' : nothing)}>${value.text}</span>`;

function entryTemplate(entry: PrintEntry, encode: (text: string) => QrCode): TemplateResult {
  return html`<td class="entry">
    <div class="entry-body">
      <div class="entry-text">
        <h2><span class="number">${entry.number}</span> ${text(entry.title)}</h2>
        ${entry.lines.map((line) => html`<p>${text(line)}</p>`)}
      </div>
      ${qrSvg(encode(entry.link), entry.qrLabel)}
    </div>
  </td>`;
}

/** The printed list. */
export function listTemplate(head: PrintListHead, entries: readonly PrintEntry[], encode: (text: string) => QrCode): TemplateResult {
  const rows: PrintEntry[][] = [];
  for (let i = 0; i < entries.length; i += 2) rows.push(entries.slice(i, i + 2));
  return html`<table class="sheet">
    <thead>
      <tr>
        <th colspan="2">
          <p class="heading">${head.heading}</p>
          ${head.filters.length
            ? html`<dl class="filters">${head.filters.map((f) => html`<div><dt>${f.label}</dt>${f.value ? html`<dd dir="auto">${f.value}</dd>` : nothing}</div>`)}</dl>`
            : html`<p class="filters">${head.noFilters}</p>`}
          <p class="printed">${head.printed}</p>
        </th>
      </tr>
    </thead>
    <tfoot>
      <tr>
        <td colspan="2">${head.footer.map((line, i) => html`${i ? ' – ' : nothing}${text(line)}`)}</td>
      </tr>
    </tfoot>
    <tbody>
      ${rows.map((row) => html`<tr>${row.map((entry) => entryTemplate(entry, encode))}${row.length < 2 ? html`<td class="entry"></td>` : nothing}</tr>`)}
    </tbody>
  </table>`;
}

/** Styles of the printed list: A4, two entries a row, QR codes 20 mm (a phone reads them at arm's length). */
export const LIST_CSS = `${PRINT_BASE_CSS}
  @page { size: A4; margin: 10mm 11mm; }
  table.sheet { width: 100%; border-collapse: collapse; table-layout: fixed; }
  thead th { text-align: start; font-weight: normal; padding: 0 0 2mm; border-bottom: 0.4pt solid #000; }
  thead p { margin: 0; }
  .heading { font-size: 13pt; font-weight: bold; }
  .filters, .printed { font-size: 8.5pt; }
  dl.filters { display: flex; flex-wrap: wrap; gap: 0 4mm; margin: 0; }
  dl.filters div { display: flex; gap: 1.5mm; }
  dl.filters dt { font-weight: bold; }
  dl.filters dd { margin: 0; }
  .number { font-weight: normal; }
  tfoot td { font-size: 7.5pt; padding: 1.5mm 0 0; border-top: 0.4pt solid #000; }
  tbody tr { break-inside: avoid; page-break-inside: avoid; }
  td.entry { width: 50%; vertical-align: top; padding: 2.2mm 1.5mm; border-bottom: 0.3pt solid #999; }
  .entry-body { display: flex; gap: 2mm; align-items: flex-start; break-inside: avoid; }
  .entry-text { flex: 1; min-width: 0; }
  h2 { font-size: 9.5pt; line-height: 1.25; margin: 0 0 0.6mm; }
  .entry-text p { margin: 0; font-size: 7.8pt; line-height: 1.3; overflow-wrap: anywhere; }
  .qr { flex: none; width: 20mm; height: 20mm; }
`;

export interface PosterContent {
  /** The title in the visitor's language, and in German where that is another. */
  title: PrintText;
  german?: PrintText;
  /** What to do ("Scan the code with your phone's camera to see the offers."). */
  scan: string;
  link: string;
  qrLabel: string;
  footer: PrintText[];
}

/** A QR poster. */
export function posterTemplate(poster: PosterContent, code: QrCode): TemplateResult {
  return html`<main class="poster">
    <div class="titles">
      <h1>${text(poster.title)}</h1>
      ${poster.german ? html`<h1 class="german">${text(poster.german)}</h1>` : nothing}
    </div>
    ${qrSvg(code, poster.qrLabel, 'qr poster-qr')}
    <p class="scan">${poster.scan}</p>
    <p class="link" dir="ltr">${poster.link}</p>
    <p class="source">${poster.footer.map((line, i) => html`${i ? ' – ' : nothing}${text(line)}`)}</p>
  </main>`;
}

/** Styles of the poster on `size` paper (A4 or A5). */
export function posterCss(size: 'A4' | 'A5'): string {
  const qr = size === 'A4' ? 125 : 88;
  const title = size === 'A4' ? 26 : 18;
  return `${PRINT_BASE_CSS}
  @page { size: ${size}; margin: ${size === 'A4' ? 16 : 11}mm; }
  .poster { display: flex; flex-direction: column; align-items: center; text-align: center; gap: ${size === 'A4' ? 8 : 5}mm; }
  .titles { display: flex; gap: 8mm; justify-content: center; width: 100%; }
  .titles h1 { flex: 1; margin: 0; font-size: ${title}pt; line-height: 1.2; }
  .titles h1.german { font-weight: normal; }
  .poster-qr { width: ${qr}mm; height: ${qr}mm; }
  .scan { margin: 0; font-size: ${title * 0.6}pt; }
  .link { margin: 0; font-size: ${title * 0.5}pt; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
  .source { margin: 0; font-size: 8pt; }
`;
}
