// What goes to the printer (needs the build that `npm test` makes): one offer on one A4 page; the
// current list with a QR code per entry, and a QR poster, from the script-tag file in a page under a
// strict Content-Security-Policy. The print frame's document is caught when the kit asks the browser to print, and rendered
// to PDF by Chromium: pages are counted, no entry may be split by a page break (each page's first
// entry text after the repeated header is a title), and QR codes are read back with an independent
// decoder (jsQR) and must give the entry's link.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT as root, startBrowserPage } from './helpers/browser-page';
import { checkLanguage, checkList, checkPoster, decode, download, downloadedCode, inElement, openPoster, openPrintPage, printList, printedDocuments, type Printed, writeSampleCatalogues } from './helpers/printout';

let browser: Browser;
let base = '';
let close: () => Promise<void> = async () => undefined;
/** Page counts of printed lists, by number of offers (the benchmark notes read them from the log). */
const pageCounts: Record<number, number> = {};

beforeAll(async () => {
  ({ base, browser, close } = await startBrowserPage());
  // Catalogues of the sample's first 20, 50 and 200 offers.
  writeSampleCatalogues(root, 'offers', [20, 50, 200]);
}, 30_000);
afterAll(async () => {
  if (Object.keys(pageCounts).length) console.log(`printed lists: ${Object.entries(pageCounts).map(([n, pages]) => `${n} offers → ${pages} pages`).join(', ')}`);
  await close();
});

/** Opens the print test page; what the kit sends to the printer is caught (tests/helpers/printout.ts). */
const open = (query: string) => openPrintPage(browser, `${base}/tests/fixtures/pages/print.html?${query}`);

/** Clicks a button of the element by its text. */
async function press(page: Page, tag: string, name: RegExp): Promise<void> {
  await page.locator(tag).getByRole('button', { name }).click();
}

/** The ids of the offers the search lists now, in its order. */
const resultIds = (page: Page) => page.evaluate(() => (document.querySelector('offer-search') as unknown as { results: { offer: { id: string } }[] }).results.map((r) => r.offer.id));

/** The list's checks (see checkList) with the link each offer's QR code must give. */
const checkOffers = (printed: Printed, count: number, link: (i: number) => string) => checkList(browser, printed, { count, link });

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
    const ids = await resultIds(page);
    await press(page, 'offer-search', /^Diese Liste drucken$|^Print this list$/);
    const [printed] = await printedDocuments(page, 1);
    expect(printed.lang).toBe('de');
    expect(printed.html).toContain('Beratung');
    expect(printed.html).toContain(`${count} Angebote`);
    const link = (id: string) => `${base}/tests/fixtures/pages/print.html?lang=de&wk-offer=${id}`;
    expect(ids).toHaveLength(count);
    await checkOffers(printed, count, (i) => link(ids[i]));
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
      const order = await resultIds(page);
      expect([...order].sort()).toEqual([...ids].sort());
      pageCounts[n] = await checkOffers(printed, n, (i) => `${base}/tests/fixtures/pages/print.html?lang=de&src=%2F.tmp%2Fprint%2Foffers-${n}.json&wk-offer=${order[i]}`);
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
      const printed = await printList(page, 'offer-search');
      // Language, direction and script of the heading, filters, date and the PDF's header.
      const { out } = await checkLanguage(browser, printed, lang);
      await out.close();
      const order = await resultIds(page);
      await checkOffers(printed, 50, (i) => `${base}/tests/fixtures/pages/print.html?lang=${lang}&src=%2F.tmp%2Fprint%2Foffers-50.json&wk-offer=${order[i]}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the QR poster and the QR code as a file', () => {
  it('prints an A4 and an A5 poster of the current view, with the title in the visitor’s language and in German', async () => {
    const { page, errors } = await open('lang=ar&attrs=url-state');
    await inElement(page, 'offer-search', '.cards li');
    const { buttons, link } = await openPoster(page, 'offer-search');
    expect(link.startsWith(`${base}/tests/fixtures/pages/print.html?`)).toBe(true);
    await buttons.nth(0).click();
    await buttons.nth(1).click();
    const posters = await printedDocuments(page, 2);
    for (const [i, printed] of posters.entries()) {
      const out = await checkPoster(browser, printed, { size: i === 0 ? 'A4' : 'A5', link, german: true });
      expect((await out.locator('.link').textContent())?.trim()).toBe(link);
      await out.close();
    }
    // The code as a PNG file and as an SVG file: both read back as the page's link.
    const png = await downloadedCode(page, buttons.nth(3));
    expect(png.name).toBe('qr-code.png');
    expect(png.link).toBe(link);
    const svg = await download(page, buttons.nth(2));
    expect(svg.name).toBe('qr-code.svg');
    const file = readFileSync(svg.path, 'utf8');
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
