// What the job board sends to the printer (needs the build that `npm test` makes): the current list
// of jobs with a QR code per job, and the QR poster, from the script-tag file in a page under a
// strict Content-Security-Policy. As in tests/print.test.ts, the print frame's document is caught
// when the kit asks the browser to print and rendered to PDF by Chromium: pages are counted, no job
// may be split by a page break (each page's first entry text after the repeated header is a title),
// and QR codes are read back with an independent decoder (jsQR) and must give the job's link.
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
/** Page counts of printed lists, by number of jobs. */
const pageCounts: Record<number, number> = {};

beforeAll(async () => {
  const { server, url } = await serve({ root });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
  // Catalogues of the sample's first 20 and 50 jobs (all of them are still open until 2027 or later).
  const sample = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8'));
  mkdirSync(`${root}.tmp/print`, { recursive: true });
  for (const n of [20, 50]) writeFileSync(`${root}.tmp/print/jobs-${n}.json`, JSON.stringify({ ...sample, offers: [], events: [], jobs: sample.jobs.slice(0, n) }));
}, 30_000);
afterAll(async () => {
  if (Object.keys(pageCounts).length) console.log(`printed job lists: ${Object.entries(pageCounts).map(([n, pages]) => `${n} jobs → ${pages} pages`).join(', ')}`);
  await browser?.close();
  close();
});

interface Printed {
  html: string;
  css: string;
  lang: string;
  dir: string;
}

/** Opens the print test page with a job board; what the kit sends to the printer is kept in `window.__printed`. */
async function open(query: string): Promise<{ page: Page; errors: string[]; url: string }> {
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
  const url = `${base}/tests/fixtures/pages/print.html?${query}&tag=job-board`;
  await page.goto(url);
  await page.waitForFunction(() => !!document.querySelector('job-board')?.shadowRoot?.querySelector('.jobs li'), undefined, { timeout: 20_000 });
  return { page, errors, url };
}

/** The link a job's QR code must give: the page with `wk-job`. */
const jobLink = (pageUrl: string, id: string) => {
  const url = new URL(pageUrl);
  url.searchParams.set('wk-job', id);
  return url.href;
};

/** The jobs in the order the board lists them (every "show more" pressed). */
async function listedIds(page: Page): Promise<string[]> {
  for (let i = 0; i < 20; i++) {
    const more = page.locator('job-board [part="more"]');
    if (!(await more.count())) break;
    await more.click();
  }
  return page.evaluate(() => [...(document.querySelector('job-board')?.shadowRoot?.querySelectorAll<HTMLElement>('.card a[data-job]') ?? [])].map((a) => a.dataset.job as string));
}

async function printList(page: Page): Promise<Printed> {
  await page.evaluate(() => (document.querySelector('job-board')!.shadowRoot!.querySelector('.list-actions button') as HTMLElement).click());
  return (await printedDocuments(page, 1))[0];
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

async function decode(out: Page, selector: string, index: number): Promise<string | undefined> {
  const png = PNG.sync.read(await out.locator(selector).nth(index).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Every job printed once, in the order listed, none split, with QR codes that open it. */
async function checkList(printed: Printed, links: string[]): Promise<number> {
  const { out, pdf } = await render(printed);
  expect(await out.locator('td.entry h2').count()).toBe(links.length);
  // Sizes from the print styles: header 13 pt, titles 9.5 pt, entry lines 7.8 pt, footer 7.5 pt.
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = await pageItems(pdf, n);
    const body = items.filter((item) => item.size === 9.5 || item.size === 7.8);
    expect(body[0]?.size, `page ${n} starts with a job's title, not the rest of a job`).toBe(9.5);
    expect(items.some((item) => item.size === 13), `header on page ${n}`).toBe(true);
    expect(items.some((item) => item.size === 7.5), `footer on page ${n}`).toBe(true);
  }
  expect(await out.locator('svg.qr').count()).toBe(links.length);
  for (const i of [...new Set([0, 1, Math.floor(links.length / 2), links.length - 1])]) {
    expect(await decode(out, 'svg.qr', i), `QR code ${i}`).toBe(links[i]);
  }
  await out.close();
  return pdf.numPages;
}

describe('printing the list of jobs', () => {
  it('de: every job now listed, with employer, place, type, German level, apply-by date, phone and e-mail, under the filters and the date', async () => {
    const { page, errors, url } = await open('lang=de');
    // "My German level": B1.
    await page.locator('job-board').getByLabel('Mein Deutschniveau').selectOption('B1');
    await page.waitForFunction(() => !/^96 /.test(document.querySelector('job-board')?.shadowRoot?.querySelector('h2.count')?.textContent?.trim() ?? ''));
    const ids = await listedIds(page);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.length).toBeLessThan(96);
    const printed = await printList(page);
    expect(printed.lang).toBe('de');
    expect(printed.dir).toBe('ltr');
    const { out } = await render(printed);
    expect((await out.locator('.heading').textContent())?.trim()).toBe(`${ids.length} Stellen`);
    const filters = (await out.locator('dl.filters').textContent()) ?? '';
    expect(filters).toContain('Mein Deutschniveau');
    expect(filters).toContain('B1');
    expect(await out.locator('.printed').textContent()).toMatch(/^Gedruckt am \d{1,2}\. \S+ \d{4}$/);
    expect(await out.locator('tfoot').textContent()).toMatch(/Willkommen in Mecklenburg-Vorpommern.*Herausgegeben von/);
    // A listed job of the sample with phone, e-mail and an apply-by date, line by line.
    const sample = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8'));
    const withAll = sample.jobs.find((j: { id: string; apply?: { phone?: string; email?: string }; validThrough?: string; germanLevel?: string }) =>
      ids.includes(j.id) && j.apply?.phone && j.apply?.email && j.validThrough,
    );
    expect(withAll, 'a listed job with phone, e-mail and an apply-by date').toBeTruthy();
    const entry = out.locator('td.entry').nth(ids.indexOf(withAll.id));
    const lines = (await entry.locator('p').allTextContents()).map((line) => line.replace(/[\u2066-\u2069]/g, ''));
    expect(await entry.locator('h2').textContent()).toContain(withAll.title.de);
    expect(lines[0]).toBe(withAll.employer.name);
    expect(lines.some((line) => line.includes(withAll.location.locality))).toBe(true);
    expect(lines.find((line) => line.startsWith('Erforderliche Deutschkenntnisse: '))).toContain(withAll.germanLevel);
    expect(lines.some((line) => /^Bewerbung bis \d{1,2}\. \S+ \d{4}$/.test(line))).toBe(true);
    expect(lines).toContain(`Telefon: ${withAll.apply.phone}`);
    expect(lines).toContain(`E-Mail: ${withAll.apply.email}`);
    // Phone numbers and addresses are text, not links.
    expect(await out.locator('td.entry a').count()).toBe(0);
    await out.close();
    pageCounts[ids.length] = await checkList(printed, ids.map((id) => jobLink(url, id)));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const n of [20, 50]) {
    it(`fits ${n} jobs on few pages`, async () => {
      const { page, errors, url } = await open(`lang=de&src=/.tmp/print/jobs-${n}.json`);
      const ids = await listedIds(page);
      expect(ids).toHaveLength(n);
      const printed = await printList(page);
      pageCounts[n] = await checkList(printed, ids.map((id) => jobLink(url, id)));
      expect(pageCounts[n]).toBeLessThanOrEqual(Math.ceil(n / 10) + 1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const lang of ['ar', 'fa', 'uk'] as const) {
    it(`${lang}: in the visitor's language and script${lang === 'uk' ? '' : ', right to left'}`, async () => {
      const { page, errors, url } = await open(`lang=${lang}&src=/.tmp/print/jobs-50.json`);
      await page.waitForFunction((l) => document.querySelector('job-board')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === l, lang);
      const ids = await listedIds(page);
      const printed = await printList(page);
      expect(printed.lang).toBe(lang);
      expect(printed.dir).toBe(lang === 'uk' ? 'ltr' : 'rtl');
      const script = lang === 'uk' ? /[\u0400-\u04ff]{4}/ : /[\u0600-\u06ff]{4}/;
      const { out, pdf } = await render(printed);
      for (const selector of ['.heading', '.filters', '.printed']) expect(await out.locator(selector).textContent(), selector).toMatch(script);
      // The German level and the apply-by date in the visitor's language.
      expect(await out.locator('td.entry').first().textContent()).toMatch(script);
      expect((await pageItems(pdf, 1)).filter((item) => item.size === 13).map((item) => item.text).join('').normalize('NFKC')).toMatch(lang === 'uk' ? script : /[\u0600-\u06ff]{3}/);
      await out.close();
      await checkList(printed, ids.map((id) => jobLink(url, id)));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the job board’s QR poster and QR code file', () => {
  it('prints an A4 poster of the current view and saves the code as PNG', async () => {
    const { page, errors } = await open('lang=ar&attrs=url-state');
    await page.evaluate(() => (document.querySelector('job-board')!.shadowRoot!.querySelectorAll('.list-actions button')[1] as HTMLElement).click());
    await page.waitForFunction(() => !!document.querySelector('job-board')?.shadowRoot?.querySelector('#poster-panel svg'));
    const panel = page.locator('job-board #poster-panel');
    const link = (await panel.locator('.poster-link').textContent())?.trim() ?? '';
    expect(link.startsWith(`${base}/tests/fixtures/pages/print.html?`)).toBe(true);
    const buttons = panel.getByRole('button');
    await buttons.nth(0).click();
    const [poster] = await printedDocuments(page, 1);
    expect(poster.css).toMatch(/size: A4/i);
    const { out, pdf } = await render(poster);
    expect(pdf.numPages, 'one page').toBe(1);
    expect(await out.locator('.titles h1').first().textContent()).toMatch(/[\u0600-\u06ff]/);
    expect(await decode(out, 'svg.poster-qr', 0)).toBe(link);
    await out.close();
    const [png] = await Promise.all([page.waitForEvent('download'), buttons.nth(3).click()]);
    expect(png.suggestedFilename()).toBe('qr-code.png');
    const image = PNG.sync.read(readFileSync((await png.path()) as string));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(link);
    expect(errors).toEqual([]);
    await page.close();
  });
});
