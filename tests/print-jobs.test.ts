// What the job board sends to the printer (needs the build that `npm test` makes): the current list
// of jobs with a QR code per job, and the QR poster, from the script-tag file in a page under a
// strict Content-Security-Policy. As in tests/print.test.ts, the print frame's document is caught
// when the kit asks the browser to print and rendered to PDF by Chromium: pages are counted, no job
// may be split by a page break (each page's first entry text after the repeated header is a title),
// and QR codes are read back with an independent decoder (jsQR) and must give the job's link.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT as root, startBrowserPage } from './helpers/browser-page';
import { checkLanguage, checkList, checkPoster, downloadedCode, inElement, openPoster, openPrintPage, printList, printedDocuments, render, type Printed, writeSampleCatalogues } from './helpers/printout';

let browser: Browser;
let base = '';
let close: () => Promise<void> = async () => undefined;
/** Page counts of printed lists, by number of jobs. */
const pageCounts: Record<number, number> = {};

beforeAll(async () => {
  ({ base, browser, close } = await startBrowserPage());
  // Catalogues of the sample's first 20 and 50 jobs (all of them are still open until 2027 or later).
  writeSampleCatalogues(root, 'jobs', [20, 50]);
}, 30_000);
afterAll(async () => {
  if (Object.keys(pageCounts).length) console.log(`printed job lists: ${Object.entries(pageCounts).map(([n, pages]) => `${n} jobs → ${pages} pages`).join(', ')}`);
  await close();
});

/** Opens the print test page with a job board; what the kit sends to the printer is caught (tests/helpers/printout.ts). */
async function open(query: string): Promise<{ page: Page; errors: string[]; url: string }> {
  const url = `${base}/tests/fixtures/pages/print.html?${query}&tag=job-board`;
  const { page, errors } = await openPrintPage(browser, url);
  await inElement(page, 'job-board', '.jobs li');
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

/** Every job printed once, in the order listed, none split, with QR codes that open it (see checkList). */
const checkJobs = (printed: Printed, links: string[]) => checkList(browser, printed, { count: links.length, what: 'a job', link: (i) => links[i] });

describe('printing the list of jobs', () => {
  it('de: every job now listed, with employer, place, type, German level, apply-by date, phone and e-mail, under the filters and the date', async () => {
    const { page, errors, url } = await open('lang=de');
    // "My German level": B1.
    await page.locator('job-board').getByLabel('Mein Deutschniveau').selectOption('B1');
    await page.waitForFunction(() => !/^96 /.test(document.querySelector('job-board')?.shadowRoot?.querySelector('h2.count')?.textContent?.trim() ?? ''));
    const ids = await listedIds(page);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.length).toBeLessThan(96);
    const printed = await printList(page, 'job-board');
    expect(printed.lang).toBe('de');
    expect(printed.dir).toBe('ltr');
    const { out } = await render(browser, printed);
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
    pageCounts[ids.length] = await checkJobs(printed, ids.map((id) => jobLink(url, id)));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const n of [20, 50]) {
    it(`fits ${n} jobs on few pages`, async () => {
      const { page, errors, url } = await open(`lang=de&src=/.tmp/print/jobs-${n}.json`);
      const ids = await listedIds(page);
      expect(ids).toHaveLength(n);
      const printed = await printList(page, 'job-board');
      pageCounts[n] = await checkJobs(printed, ids.map((id) => jobLink(url, id)));
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
      const printed = await printList(page, 'job-board');
      // Language, direction and script of the heading, filters, date and the PDF's header.
      const { out, script } = await checkLanguage(browser, printed, lang);
      // The German level and the apply-by date in the visitor's language.
      expect(await out.locator('td.entry').first().textContent()).toMatch(script);
      await out.close();
      await checkJobs(printed, ids.map((id) => jobLink(url, id)));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the job board’s QR poster and QR code file', () => {
  it('prints an A4 poster of the current view and saves the code as PNG', async () => {
    const { page, errors } = await open('lang=ar&attrs=url-state');
    const { buttons, link } = await openPoster(page, 'job-board');
    expect(link.startsWith(`${base}/tests/fixtures/pages/print.html?`)).toBe(true);
    await buttons.nth(0).click();
    const [poster] = await printedDocuments(page, 1);
    await (await checkPoster(browser, poster, { size: 'A4', link })).close();
    const png = await downloadedCode(page, buttons.nth(3));
    expect(png.name).toBe('qr-code.png');
    expect(png.link).toBe(link);
    expect(errors).toEqual([]);
    await page.close();
  });
});
