// What the kit sends to the printer, as the print tests see it: the print frame's document is kept
// when the kit asks the browser to print (the print dialog never opens), rendered to PDF by Chromium,
// the PDF's text read with pdf.js (with its font sizes), and QR codes read back from screenshots with
// an independent decoder (jsQR). The list checks: every entry printed once, none split by a page
// break, the header and the footer on every page, QR codes that open the entries.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A document the kit sent to the printer: its markup, its style sheets' rules, language and direction. */
export interface Printed {
  html: string;
  css: string;
  lang: string;
  dir: string;
}

export type Pdf = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

/** A text item of a PDF page: its text, font size in points and height on the page. */
export interface PageItem {
  text: string;
  size: number;
  y: number;
}

/** Font sizes (pt) of a printed list: header 13 pt and 8.5 pt, titles 9.5 pt, entry lines 7.8 pt, footer 7.5 pt. */
const SIZE = { header: 13, title: 9.5, line: 7.8, footer: 7.5 };

/**
 * Writes catalogues of the sample's first `n` offers or jobs for each of `sizes` (the other lists
 * left empty), to `.tmp/print/<kind>-<n>.json` below `root`, where a test page loads them with
 * `src=/.tmp/print/<kind>-<n>.json`.
 */
export function writeSampleCatalogues(root: string, kind: 'offers' | 'jobs', sizes: number[]): void {
  const sample = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8'));
  mkdirSync(`${root}.tmp/print`, { recursive: true });
  for (const n of sizes) writeFileSync(`${root}.tmp/print/${kind}-${n}.json`, JSON.stringify({ ...sample, offers: [], events: [], jobs: [], [kind]: sample[kind].slice(0, n) }));
}

/** Runs in the page before its scripts: keeps each document the print frame would print in `window.__printed`. */
function catchPrints(): void {
  document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.effectiveDirective} refused ${e.blockedURI}`));
  const printed: unknown[] = [];
  (window as unknown as { __printed: unknown[] }).__printed = printed;
  // The browser's print dialog is replaced by a copy of the document it would print.
  const append = ShadowRoot.prototype.append;
  ShadowRoot.prototype.append = function (this: ShadowRoot, ...nodes: (Node | string)[]) {
    append.apply(this, nodes);
    for (const node of nodes) {
      if (!(node instanceof HTMLIFrameElement) || !node.classList.contains('print-frame')) continue;
      const win = node.contentWindow as Window;
      win.print = () => {
        const doc = node.contentDocument as Document;
        const css = doc.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
        printed.push({ html: doc.documentElement.outerHTML, css, lang: doc.documentElement.lang, dir: doc.documentElement.dir });
        win.dispatchEvent(new Event('afterprint'));
      };
    }
  };
}

/**
 * Opens `url` in a page of its own (downloads kept) whose prints are caught (see `printedDocuments`).
 * `errors` collects the page's errors and Content-Security-Policy violations (a missing resource's
 * 404 left out); `init` runs in the page before its scripts, after the print catcher.
 */
export async function openPrintPage(browser: Browser, url: string, init?: () => void): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource.*404/.test(m.text()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(catchPrints);
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { page, errors };
}

/** Waits until the shadow root of the page's `tag` holds `selector`. */
export async function inElement(page: Page, tag: string, selector: string): Promise<void> {
  await page.waitForFunction(([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector] as const, { timeout: 20_000 });
}

/** The documents printed so far, once there are at least `count`. */
export async function printedDocuments(page: Page, count: number): Promise<Printed[]> {
  await page.waitForFunction((n) => (window as unknown as { __printed: unknown[] }).__printed.length >= n, count, { timeout: 20_000 });
  return page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed);
}

/** Presses the first of the list actions of the page's `tag` ("Print this list") and returns what it printed. */
export async function printList(page: Page, tag: string): Promise<Printed> {
  await page.evaluate((t) => (document.querySelector(t)!.shadowRoot!.querySelector('.list-actions button') as HTMLElement).click(), tag);
  return (await printedDocuments(page, 1))[0];
}

/** Opens the QR poster panel of the page's `tag` (its second list action): the panel, its buttons and the link it shows. */
export async function openPoster(page: Page, tag: string): Promise<{ panel: Locator; buttons: Locator; link: string }> {
  await page.evaluate((t) => (document.querySelector(t)!.shadowRoot!.querySelectorAll('.list-actions button')[1] as HTMLElement).click(), tag);
  await inElement(page, tag, '#poster-panel svg');
  const panel = page.locator(`${tag} #poster-panel`);
  const link = (await panel.locator('.poster-link').textContent())?.trim() ?? '';
  return { panel, buttons: panel.getByRole('button'), link };
}

/** The printed document in a page of its own, as the printer gets it, and as PDF. */
export async function render(browser: Browser, printed: Printed): Promise<{ out: Page; pdf: Pdf }> {
  const out = await browser.newPage({ deviceScaleFactor: 2 });
  await out.setContent(printed.html.replace('</head>', `<style>${printed.css}</style></head>`));
  const bytes = await out.pdf({ preferCSSPageSize: true });
  await out.emulateMedia({ media: 'print' });
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  return { out, pdf };
}

/** The text items of page `n`, top first, with their font size in points. */
export async function pageItems(pdf: Pdf, n: number): Promise<PageItem[]> {
  const content = await (await pdf.getPage(n)).getTextContent();
  return content.items
    .filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item && item.str.trim() !== '')
    .map((item) => ({ text: item.str, size: Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10) / 10, y: item.transform[5] }))
    .sort((a, b) => b.y - a.y);
}

/** Reads a QR code from a PNG image. */
export function readCode(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/** Reads a QR code from a screenshot of the `index`th element that matches `selector`. */
export async function decode(out: Page, selector: string, index: number): Promise<string | undefined> {
  return readCode(await out.locator(selector).nth(index).screenshot());
}

/** Clicks `button` and waits for the file it downloads: its suggested name and where it was saved. */
export async function download(page: Page, button: Locator): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), path: (await file.path()) as string };
}

/** Clicks `button`, which saves the QR code as a PNG file: the file's name and the link its code gives. */
export async function downloadedCode(page: Page, button: Locator): Promise<{ name: string; link: string | undefined }> {
  const { name, path } = await download(page, button);
  return { name, link: readCode(readFileSync(path)) };
}

/**
 * No entry split by a page break (each page's first entry text after the repeated header is a
 * title), and the header and the footer on every page. `what` names an entry in the messages.
 */
export async function checkPages(pdf: Pdf, what = 'an entry'): Promise<void> {
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = await pageItems(pdf, n);
    const body = items.filter((item) => item.size === SIZE.title || item.size === SIZE.line);
    expect(body[0]?.size, `page ${n} starts with ${what}'s title, not the rest of ${what}`).toBe(SIZE.title);
    expect(items.some((item) => item.size === SIZE.header), `header on page ${n}`).toBe(true);
    expect(items.some((item) => item.size === SIZE.footer), `footer on page ${n}`).toBe(true);
  }
}

export interface ListCheck {
  /** How many entries the list must print. */
  count: number;
  /** How the messages name an entry ("an entry" unless given). */
  what?: string;
  /** The link entry `i`'s QR code must give. */
  link?: (i: number) => string;
  /** More checks of entry `i`, given the link its QR code gave and the rendered document. */
  check?: (i: number, link: string | undefined, out: Page) => unknown;
}

/**
 * The list's checks: `count` entries, each with a QR code; none split, the header and the footer on
 * every page (see `checkPages`); the codes of the first, second, middle and last entries read back
 * (and checked with `link` and `check`). Returns the number of pages.
 */
export async function checkList(browser: Browser, printed: Printed, { count, what, link, check }: ListCheck): Promise<number> {
  const { out, pdf } = await render(browser, printed);
  expect(await out.locator('td.entry h2').count()).toBe(count);
  await checkPages(pdf, what);
  expect(await out.locator('svg.qr').count()).toBe(count);
  for (const i of [...new Set([0, 1, Math.floor(count / 2), count - 1])]) {
    const code = await decode(out, 'svg.qr', i);
    if (link) expect(code, `QR code ${i}`).toBe(link(i));
    await check?.(i, code, out);
  }
  await out.close();
  return pdf.numPages;
}

/**
 * A list printed in `lang`: the document's language and direction (right to left but for Ukrainian),
 * the heading, the filters and the date in the language's script, and the header on the PDF's first
 * page in it too (its text, in the order it is drawn). Returns the rendered document (to close) and
 * the script.
 */
export async function checkLanguage(browser: Browser, printed: Printed, lang: 'ar' | 'fa' | 'uk'): Promise<{ out: Page; pdf: Pdf; script: RegExp }> {
  expect(printed.lang).toBe(lang);
  expect(printed.dir).toBe(lang === 'uk' ? 'ltr' : 'rtl');
  const script = lang === 'uk' ? /[\u0400-\u04ff]{4}/ : /[\u0600-\u06ff]{4}/;
  const { out, pdf } = await render(browser, printed);
  for (const selector of ['.heading', '.filters', '.printed']) expect(await out.locator(selector).textContent(), selector).toMatch(script);
  const header = (await pageItems(pdf, 1)).filter((item) => item.size === SIZE.header).map((item) => item.text).join('').normalize('NFKC');
  expect(header).toMatch(lang === 'uk' ? script : /[\u0600-\u06ff]{3}/);
  return { out, pdf, script };
}

/**
 * A QR poster: of page size `size`, on one page, its first title in Arabic script (the posters are
 * printed from Arabic pages), with a code that gives `link`; with `german`, exactly two titles, the
 * second in German. Returns the rendered document for more checks (to close).
 */
export async function checkPoster(browser: Browser, printed: Printed, { size, link, german = false }: { size: 'A4' | 'A5'; link: string; german?: boolean }): Promise<Page> {
  expect(printed.css).toMatch(size === 'A4' ? /size: A4/i : /size: A5/i);
  const { out, pdf } = await render(browser, printed);
  expect(pdf.numPages, 'one page').toBe(1);
  const titles = await out.locator('.titles h1').allTextContents();
  expect(titles[0]).toMatch(/[\u0600-\u06ff]/);
  if (german) {
    expect(titles).toHaveLength(2);
    expect(await out.locator('.titles h1').nth(1).locator('[lang]').getAttribute('lang')).toBe('de');
  }
  expect(await decode(out, 'svg.poster-qr', 0)).toBe(link);
  return out;
}
