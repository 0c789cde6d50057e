// What goes to the printer (needs the build that `npm test` makes): one offer on one A4 page; the
// current list with a QR code per entry, and a QR poster, from the script-tag file in a page under a
// strict Content-Security-Policy. The print frame's document is caught when the kit asks the browser to print, and rendered
// to PDF by Chromium: pages are counted, no entry may be split by a page break (each page's first
// entry text after the repeated header is a title), and QR codes are read back with an independent
// decoder (jsQR) and must give the entry's link.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
let browser: Browser;
let base = '';
let close: () => void = () => undefined;
/** Page counts of printed lists, by number of offers (the benchmark notes read them from the log). */
const pageCounts: Record<number, number> = {};

beforeAll(async () => {
  const { server, url } = await serve({ root });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
  // Catalogues of the sample's first 20, 50 and 200 offers.
  const sample = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8'));
  mkdirSync(`${root}.tmp/print`, { recursive: true });
  for (const n of [20, 50, 200]) writeFileSync(`${root}.tmp/print/offers-${n}.json`, JSON.stringify({ ...sample, offers: sample.offers.slice(0, n), events: [], jobs: [] }));
}, 30_000);
afterAll(async () => {
  if (Object.keys(pageCounts).length) console.log(`printed lists: ${Object.entries(pageCounts).map(([n, pages]) => `${n} offers → ${pages} pages`).join(', ')}`);
  await browser?.close();
  close();
});

interface Printed {
  html: string;
  css: string;
  lang: string;
  dir: string;
}

/** Opens the print test page; what the kit sends to the printer is kept in `window.__printed`. */
async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource.*404/.test(m.text()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
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
  });
  await page.goto(`${base}/tests/fixtures/pages/print.html?${query}`);
  return { page, errors };
}

const inElement = (page: Page, tag: string, selector: string) =>
  page.waitForFunction(([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector] as const, { timeout: 20_000 });

/** Clicks a button of the element by its text. */
async function press(page: Page, tag: string, name: RegExp): Promise<void> {
  await page.locator(tag).getByRole('button', { name }).click();
}

async function printedDocuments(page: Page, count: number): Promise<Printed[]> {
  await page.waitForFunction((n) => (window as unknown as { __printed: unknown[] }).__printed.length >= n, count, { timeout: 20_000 });
  return page.evaluate(() => (window as unknown as { __printed: Printed[] }).__printed);
}

/** The printed document in a page of its own, as the printer gets it, and as PDF. */
async function render(printed: Printed): Promise<{ out: Page; pdf: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']> }> {
  const out = await browser.newPage({ deviceScaleFactor: 2 });
  await out.setContent(printed.html.replace('</head>', `<style>${printed.css}</style></head>`));
  const bytes = await out.pdf({ preferCSSPageSize: true });
  await out.emulateMedia({ media: 'print' });
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  return { out, pdf };
}

/** The text items of a page, top first, with their font size in points. */
async function pageItems(pdf: Awaited<ReturnType<typeof render>>['pdf'], n: number): Promise<{ text: string; size: number; y: number }[]> {
  const content = await (await pdf.getPage(n)).getTextContent();
  return content.items
    .filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item && item.str.trim() !== '')
    .map((item) => ({ text: item.str, size: Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10) / 10, y: item.transform[5] }))
    .sort((a, b) => b.y - a.y);
}

/** Reads a QR code from a screenshot of an element. */
async function decode(out: Page, selector: string, index: number): Promise<string | undefined> {
  const png = PNG.sync.read(await out.locator(selector).nth(index).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The list's checks: every entry printed once, none split, QR codes that open the entries. */
async function checkList(printed: Printed, entries: { count: number; links: (i: number) => string }): Promise<number> {
  const { out, pdf } = await render(printed);
  expect(await out.locator('td.entry h2').count()).toBe(entries.count);
  // Sizes from the print styles: header 13 pt and 8.5 pt, titles 9.5 pt, entry lines 7.8 pt, footer 7.5 pt.
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = await pageItems(pdf, n);
    const body = items.filter((item) => item.size === 9.5 || item.size === 7.8);
    expect(body[0]?.size, `page ${n} starts with an entry's title, not the rest of an entry`).toBe(9.5);
    // The header and the footer are on every page.
    expect(items.some((item) => item.size === 13), `header on page ${n}`).toBe(true);
    expect(items.some((item) => item.size === 7.5), `footer on page ${n}`).toBe(true);
  }
  const codes = out.locator('svg.qr');
  expect(await codes.count()).toBe(entries.count);
  for (const i of [...new Set([0, 1, Math.floor(entries.count / 2), entries.count - 1])]) {
    expect(await decode(out, 'svg.qr', i), `QR code ${i}`).toBe(entries.links(i));
  }
  await out.close();
  return pdf.numPages;
}

describe('printing the current list', () => {
  it('de: every offer now listed, with its QR code, under the search, filters and date', async () => {
    const { page, errors } = await open('lang=de');
    await inElement(page, 'offer-search', '.cards li');
    await page.locator('offer-search').getByRole('searchbox').fill('Beratung');
    await page.waitForFunction(() => {
      const count = document.querySelector('offer-search')?.shadowRoot?.querySelector('#count')?.textContent?.trim() ?? '';
      return /^\d+ Angebote$/.test(count) && count !== '402 Angebote';
    });
    // The results as they settle after the last key press.
    const countNow = async () => Number((await page.locator('offer-search #count').textContent())?.match(/\d+/)?.[0]);
    let count = await countNow();
    for (let tries = 0; tries < 20; tries++) {
      await page.waitForTimeout(300);
      const again = await countNow();
      if (again === count) break;
      count = again;
    }
    expect(count).toBeGreaterThan(20);
    const ids = await page.evaluate(() => (document.querySelector('offer-search') as unknown as { results: { offer: { id: string } }[] }).results.map((r) => r.offer.id));
    await press(page, 'offer-search', /^Diese Liste drucken$|^Print this list$/);
    const [printed] = await printedDocuments(page, 1);
    expect(printed.lang).toBe('de');
    expect(printed.html).toContain('Beratung');
    expect(printed.html).toContain(`${count} Angebote`);
    const link = (id: string) => `${base}/tests/fixtures/pages/print.html?lang=de&wk-offer=${id}`;
    expect(ids).toHaveLength(count);
    await checkList(printed, { count, links: (i) => link(ids[i]) });
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const n of [20, 50, 200]) {
    it(`fits ${n} offers on few pages`, async () => {
      const { page, errors } = await open(`lang=de&src=/.tmp/print/offers-${n}.json`);
      await inElement(page, 'offer-search', '.cards li');
      await press(page, 'offer-search', /^Diese Liste drucken$|^Print this list$/);
      const [printed] = await printedDocuments(page, 1);
      const ids = JSON.parse(readFileSync(`${root}.tmp/print/offers-${n}.json`, 'utf8')).offers.map((o: { id: string }) => o.id);
      const sorted = await page.evaluate(() => (document.querySelector('offer-search') as unknown as { results: { offer: { id: string } }[] }).results.map((r) => r.offer.id));
      expect(sorted.sort()).toEqual([...ids].sort());
      const order = await page.evaluate(() => (document.querySelector('offer-search') as unknown as { results: { offer: { id: string } }[] }).results.map((r) => r.offer.id));
      pageCounts[n] = await checkList(printed, { count: n, links: (i) => `${base}/tests/fixtures/pages/print.html?lang=de&src=%2F.tmp%2Fprint%2Foffers-${n}.json&wk-offer=${order[i]}` });
      expect(pageCounts[n]).toBeLessThanOrEqual(Math.ceil(n / 12) + 1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const lang of ['ar', 'fa', 'uk'] as const) {
    it(`${lang}: in the visitor's language and script${lang === 'uk' ? '' : ', right to left'}`, async () => {
      const { page, errors } = await open(`lang=${lang}&src=/.tmp/print/offers-50.json`);
      await inElement(page, 'offer-search', '.cards li');
      await page.waitForFunction((l) => document.querySelector('offer-search')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === l, lang);
      await page.evaluate(() => (document.querySelector('offer-search')!.shadowRoot!.querySelector('.list-actions button') as HTMLElement).click());
      const [printed] = await printedDocuments(page, 1);
      expect(printed.lang).toBe(lang);
      expect(printed.dir).toBe(lang === 'uk' ? 'ltr' : 'rtl');
      const script = lang === 'uk' ? /[\u0400-\u04ff]{4}/ : /[\u0600-\u06ff]{4}/;
      const { out, pdf } = await render(printed);
      for (const selector of ['.heading', '.filters', '.printed']) expect(await out.locator(selector).textContent(), selector).toMatch(script);
      // The header is on the page in its script (the PDF's text, in the order it is drawn).
      expect((await pageItems(pdf, 1)).filter((item) => item.size === 13).map((item) => item.text).join('').normalize('NFKC')).toMatch(lang === 'uk' ? script : /[\u0600-\u06ff]{3}/);
      await out.close();
      const order = await page.evaluate(() => (document.querySelector('offer-search') as unknown as { results: { offer: { id: string } }[] }).results.map((r) => r.offer.id));
      await checkList(printed, { count: 50, links: (i) => `${base}/tests/fixtures/pages/print.html?lang=${lang}&src=%2F.tmp%2Fprint%2Foffers-50.json&wk-offer=${order[i]}` });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the QR poster and the QR code as a file', () => {
  it('prints an A4 and an A5 poster of the current view, with the title in the visitor’s language and in German', async () => {
    const { page, errors } = await open('lang=ar&attrs=url-state');
    await inElement(page, 'offer-search', '.cards li');
    await page.evaluate(() => (document.querySelector('offer-search')!.shadowRoot!.querySelectorAll('.list-actions button')[1] as HTMLElement).click());
    await inElement(page, 'offer-search', '#poster-panel svg');
    const panel = page.locator('offer-search #poster-panel');
    const link = (await panel.locator('.poster-link').textContent())?.trim() ?? '';
    expect(link.startsWith(`${base}/tests/fixtures/pages/print.html?`)).toBe(true);
    const buttons = panel.getByRole('button');
    await buttons.nth(0).click();
    await buttons.nth(1).click();
    const posters = await printedDocuments(page, 2);
    for (const [i, printed] of posters.entries()) {
      expect(printed.css).toMatch(i === 0 ? /size: A4/i : /size: A5/i);
      const { out, pdf } = await render(printed);
      expect(pdf.numPages, 'one page').toBe(1);
      const titles = await out.locator('.titles h1').allTextContents();
      expect(titles).toHaveLength(2);
      expect(titles[0]).toMatch(/[\u0600-\u06ff]/);
      expect(await out.locator('.titles h1').nth(1).locator('[lang]').getAttribute('lang')).toBe('de');
      expect(await decode(out, 'svg.poster-qr', 0)).toBe(link);
      expect((await out.locator('.link').textContent())?.trim()).toBe(link);
      await out.close();
    }
    // The code as a PNG file and as an SVG file: both read back as the page's link.
    const [png] = await Promise.all([page.waitForEvent('download'), buttons.nth(3).click()]);
    expect(png.suggestedFilename()).toBe('qr-code.png');
    const image = PNG.sync.read(readFileSync((await png.path()) as string));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(link);
    const [svg] = await Promise.all([page.waitForEvent('download'), buttons.nth(2).click()]);
    expect(svg.suggestedFilename()).toBe('qr-code.svg');
    const file = readFileSync((await svg.path()) as string, 'utf8');
    expect(file).not.toMatch(/<script|on\w+=|href/i);
    const view = await browser.newPage();
    await view.setContent(`<!doctype html><body style="margin:0">${file}</body>`);
    expect(await decode(view, 'svg', 0)).toBe(link);
    await view.close();
    expect(await page.locator('offer-search .poster-status').textContent()).toMatch(/\S/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('printing an offer', () => {
  for (const lang of ['de', 'ar']) {
    it(`fits on one page (${lang})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/demo/?lang=${lang}`);
      await page.waitForFunction(() => (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards a').length ?? 0) > 0);
      // The offer with the longest description in the sample.
      const id = await page.evaluate(async () => {
        const catalogue = await (await fetch('catalogue.json')).json();
        const length = (o: { description?: Record<string, string> }) => Object.values(o.description ?? {}).join('').length;
        return catalogue.offers.reduce((a: { id: string }, b: { id: string }) => (length(b as never) > length(a as never) ? b : a)).id as string;
      });
      await page.evaluate((offer) => (document.querySelector('offer-search') as HTMLElement & { open(id: string): void }).open(offer), id);
      await page.waitForFunction(() => !!document.querySelector('offer-search')?.shadowRoot?.querySelector('.detail'));
      // Keep the dialog from opening and keep the frame that would be printed.
      await page.evaluate(() => {
        const desc = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow') as PropertyDescriptor;
        Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
          configurable: true,
          get() {
            const w = desc.get?.call(this) as Window | null;
            const frame = this as HTMLIFrameElement;
            if (w) w.print = () => void ((window as unknown as { printed: HTMLIFrameElement }).printed = frame);
            return w;
          },
        });
      });
      await page.locator('offer-search .detail-actions button').nth(2).click();
      await page.waitForFunction(() => !!(window as unknown as { printed?: HTMLIFrameElement }).printed);
      const html = await page.evaluate(() => {
        const doc = (window as unknown as { printed: HTMLIFrameElement }).printed.contentDocument as Document;
        const css = doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
        return `<!doctype html><html lang="${doc.documentElement.lang}" dir="${doc.documentElement.dir}"><head><meta charset="utf-8"><style>${css}</style></head><body>${doc.body.innerHTML}</body></html>`;
      });
      expect(html).toContain('class="detail"');
      expect(html).not.toContain('class="detail-actions"');
      const print = await browser.newPage();
      await print.setContent(html);
      const pdf = await print.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(1);
      await print.close();
      await page.close();
    });
  }
});
