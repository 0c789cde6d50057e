/**
 * Above a list: "Print this list" and "QR code for this page", which opens a panel with the page's
 * QR code, a poster to print (A4 or A5) and the code as an SVG or PNG file. Shared by the offer
 * search, the event list and the job board; each element says what its list and its poster hold.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PosterSize, PrintController } from '../../controllers/print-controller.js';
import { qrSvg } from '../../controllers/qr.js';

export interface ListPrintActions {
  /** Prints every entry now listed. */
  printList: () => void;
  /** The link the page's QR code opens: this page with the current search and filters. */
  link: string;
  printPoster: (size: PosterSize) => void;
  download: (kind: 'svg' | 'png') => void;
}

/** The QR code's accessible name, for a link to `name` (an entry's title, or the page's). */
export function qrLabel(name: string): string {
  return msg(str`QR code: ${name}`, { id: 'print.qr-label', desc: 'Accessible name (text alternative) of a printed QR code. {0} is what it opens: the title of an offer, event or job, or of the page.' });
}

/** "Printed on 30 November 2026" for the header of a printed list. */
export function printedOn(date: string): string {
  return msg(str`Printed on ${date}`, { id: 'print.printed', desc: 'In the header of a printed list. {0} is the date (“30 November 2026”).' });
}

/** "Published by …" in the footer of a printed list or poster. */
export function publishedBy(publisher: string): string {
  return msg(str`Published by ${publisher}`, { id: 'print.publisher', desc: 'In the footer of a printed list or poster. {0} is the name of the organisation that publishes the catalogue.' });
}

export function noFilters(): string {
  return msg('Without search or filters: everything the catalogue lists here.', { id: 'print.no-filters', desc: 'In the header of a printed list, when the visitor has not searched or filtered.' });
}

/** What the poster asks people to do. */
export function scanText(): string {
  return msg('Scan the code with your phone’s camera to open this page.', { id: 'print.scan', desc: 'On a printed QR poster, under the large QR code.' });
}

/**
 * The print tools' actions for an element: its printing module (`load`, imported when the visitor
 * prints) makes the list or the poster with the element's language active (`localized`: every text
 * is made before the module's first await).
 */
export function printActions<M>(options: {
  printing: PrintController;
  root: ParentNode;
  link: string;
  localized: <T>(make: () => T) => T;
  load: () => Promise<M>;
  list: (module: M) => Promise<void>;
  poster: (module: M, size: PosterSize) => Promise<void>;
}): ListPrintActions {
  const run = (job: (module: M) => Promise<void>) => void options.load().then((module) => options.localized(() => job(module)));
  return {
    link: options.link,
    printList: () => run(options.list),
    printPoster: (size) => run((module) => options.poster(module, size)),
    download: (kind) => void options.printing.download(options.root, kind, options.link, 'qr-code'),
  };
}

export function listToolsTemplate(print: PrintController, actions: ListPrintActions): TemplateResult {
  const title = msg('QR code for this page', { id: 'print.qr', desc: 'Button that opens a panel with the QR code of this page (with the current search and filters), to print a poster or save the code as an image.' });
  const encode = print.encoder;
  return html`<div class="list-actions">
      <button type="button" class="link-button" @click=${actions.printList}>${msg('Print this list', { id: 'print.list', desc: 'Button (verb): print every entry now listed (all pages of results, with the search and filters applied), with a QR code per entry.' })}</button>
      <button type="button" class="link-button" aria-expanded=${print.posterOpen ? 'true' : 'false'} aria-controls="poster-panel" @click=${() => print.togglePoster()}>${title}</button>
    </div>
    ${print.posterOpen
      ? html`<section id="poster-panel" class="poster-panel" aria-label=${title}>
          ${encode ? qrSvg(encode(actions.link), qrLabel(document.title || actions.link), 'qr-preview') : html`<span class="spinner" aria-hidden="true"></span>`}
          <div class="poster-side">
            <p class="poster-link" dir="ltr">${actions.link}</p>
            <div class="poster-actions">
              <button type="button" class="button secondary" @click=${() => actions.printPoster('A4')}>${msg('Print a poster (A4)', { id: 'print.poster-a4', desc: 'Button (verb): print a poster with a large QR code of this page on A4 paper.' })}</button>
              <button type="button" class="button secondary" @click=${() => actions.printPoster('A5')}>${msg('Print a poster (A5)', { id: 'print.poster-a5', desc: 'Button (verb): print a poster with a large QR code of this page on A5 paper.' })}</button>
              <button type="button" class="button secondary" @click=${() => actions.download('svg')}>${msg('Save the QR code (SVG)', { id: 'print.save-svg', desc: 'Button (verb): save the QR code of this page as an SVG image file (for print shops and postcards).' })}</button>
              <button type="button" class="button secondary" @click=${() => actions.download('png')}>${msg('Save the QR code (PNG)', { id: 'print.save-png', desc: 'Button (verb): save the QR code of this page as a PNG image file (for e-mails and messages).' })}</button>
            </div>
            <p role="status" class="poster-status">${print.status === 'downloaded'
              ? msg('The QR code was saved.', { id: 'print.saved', desc: 'Status after “Save the QR code”: the browser has saved the image file.' })
              : print.status === 'failed'
                ? msg('The QR code could not be made here.', { id: 'print.failed', desc: 'Status when the QR code could not be made or saved (for example, the browser blocked the download).' })
                : nothing}</p>
          </div>
        </section>`
      : nothing}`;
}

export const printToolStyles = css`
  /* The frame a printout is made in (src/controllers/print.ts): in the page, never seen. */
  .print-frame {
    position: fixed;
    inline-size: 0;
    block-size: 0;
    border: 0;
    opacity: 0;
  }
  @media print {
    .list-actions,
    .poster-panel {
      display: none !important;
    }
  }
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
    margin: 0.2em 0 0.6em;
  }
  .poster-panel {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: flex-start;
    margin: 0 0 1em;
    padding: 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .qr-preview {
    width: 9em;
    height: 9em;
    flex: none;
  }
  .poster-side {
    flex: 1 1 14em;
    min-width: 0;
  }
  .poster-link {
    margin: 0 0 0.6em;
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .poster-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .poster-status {
    margin: 0.4em 0 0;
  }
`;
