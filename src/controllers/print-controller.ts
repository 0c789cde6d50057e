/**
 * Printing the current list, a QR poster and the QR code as a file, for the elements that list
 * entries. The QR encoder loads the first time one of them is asked for (or the poster panel
 * opens), never with the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PrintPage } from './print.js';
import type { PosterContent, PrintEntry, PrintListHead } from './print-list.js';
import { qrEncoder, qrPng, qrSvgFile, type QrCode } from './qr.js';

/** What goes to the printer is made by a module of its own, loaded when something is printed. */
const printing = () => Promise.all([import('./print.js'), import('./print-list.js')]);

type Host = ReactiveControllerHost & HTMLElement;
export type PosterSize = 'A4' | 'A5';

export class PrintController implements ReactiveController {
  /** Whether the poster panel (the page's QR code, poster and downloads) is open. */
  posterOpen = false;
  /** Said in the element's status line after a download ("" when nothing to say). */
  status: '' | 'downloaded' | 'failed' = '';
  private encode?: (text: string) => QrCode;
  private loading?: Promise<(text: string) => QrCode>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.posterOpen = false;
  }

  /** The encoder when it has loaded (the poster panel shows its code then), else undefined. */
  get encoder(): ((text: string) => QrCode) | undefined {
    return this.encode;
  }

  private load(): Promise<(text: string) => QrCode> {
    this.loading ??= qrEncoder().then((encode) => {
      this.encode = encode;
      this.host.requestUpdate();
      return encode;
    });
    return this.loading;
  }

  togglePoster(open = !this.posterOpen): void {
    this.posterOpen = open;
    this.status = '';
    if (open) void this.load().catch(() => this.fail());
    this.host.requestUpdate();
  }

  /** Prints every entry now listed (`entries` in the order shown) under `head`. */
  async printList(root: ParentNode, page: Omit<PrintPage, 'css'>, head: PrintListHead, entries: readonly PrintEntry[]): Promise<void> {
    const [encode, [{ printFrame }, { LIST_CSS, listTemplate }]] = await Promise.all([this.load(), printing()]);
    printFrame(root, { ...page, css: LIST_CSS }, listTemplate(head, entries, encode));
  }

  async printPoster(root: ParentNode, page: Omit<PrintPage, 'css'>, size: PosterSize, poster: PosterContent): Promise<void> {
    const [encode, [{ printFrame }, { posterCss, posterTemplate }]] = await Promise.all([this.load(), printing()]);
    printFrame(root, { ...page, css: posterCss(size) }, posterTemplate(poster, encode(poster.link)));
  }

  /** Saves the QR code of `link` as an SVG or PNG file named `name` (without extension). */
  async download(root: ParentNode, kind: 'svg' | 'png', link: string, name: string): Promise<void> {
    try {
      const code = (await this.load())(link);
      const blob = kind === 'svg' ? new Blob([qrSvgFile(code)], { type: 'image/svg+xml' }) : await qrPng(code);
      if (!blob) return this.fail();
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `${name}.${kind}`;
      anchor.hidden = true;
      root.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.status = 'downloaded';
    } catch {
      this.status = 'failed';
    }
    this.host.requestUpdate();
  }

  private fail(): void {
    this.status = 'failed';
    this.host.requestUpdate();
  }
}
