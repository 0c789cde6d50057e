// What <event-list> sends to the printer (needs the build that `npm test` makes): every event date
// now listed, in the period and with the filters applied, with a QR code per entry that opens the
// event on this page (`?wk-event=<id>`), and a QR poster, from the script-tag file in a page under a
// strict Content-Security-Policy. As in print.test.ts, the print frame's document is caught when the
// kit asks the browser to print and rendered to PDF by Chromium: pages are counted, no entry may be
// split by a page break, and QR codes are read back with an independent decoder (jsQR).
import { readFileSync } from 'node:fs';
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
/** Page counts of printed event lists, by what was printed (the benchmark notes read them from the log). */
const pageCounts: Record<string, string> = {};

interface SampleEvent {
  id: string;
  title: Record<string, string>;
  categories?: string[];
}
const sample = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8'));
const events = new Map<string, SampleEvent>(sample.events.map((e: SampleEvent) => [e.id, e]));

beforeAll(async () => {
  const { server, url } = await serve({ root });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  if (Object.keys(pageCounts).length) console.log(`printed event lists: ${Object.entries(pageCounts).map(([what, pages]) => `${what} → ${pages}`).join(', ')}`);
  await browser?.close();
  close();
});

interface Printed {
  html: string;
  css: string;
  lang: string;
  dir: string;
}

const PAGE = '/tests/fixtures/pages/print.html';

/** Opens the print test page with an event list; what the kit sends to the printer is kept in `window.__printed`. */
async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource.*404/.test(m.text()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.effectiveDirective} refused ${e.blockedURI}`));
    const printed: unknown[] = [];
    const w = window as unknown as { __printed: unknown[]; __count?: number };
    w.__printed = printed;
    // How many event dates the list holds, as the element reports it.
    document.addEventListener('wk-filter-change', (e) => (w.__count = (e as CustomEvent<{ count: number }>).detail.count));
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
  await page.goto(`${base}${PAGE}?tag=event-list&${query}`);
  return { page, errors };
}

const inList = (page: Page, selector: string) =>
  page.waitForFunction((s) => !!document.querySelector('event-list')?.shadowRoot?.querySelector(s), selector, { timeout: 20_000 });

/** Chooses the next 30 days in the period filter, and waits for the count the element reports. */
async function month(page: Page): Promise<number> {
  await page.evaluate(() => {
    const select = document.querySelector('event-list')!.shadowRoot!.querySelector('select') as HTMLSelectElement;
    select.value = 'month';
    select.dispatchEvent(new Event('change'));
  });
  await page.waitForFunction(() => document.querySelector('event-list')?.shadowRoot?.querySelector('select')?.value === 'month');
  return listed(page);
}

/** The number of event dates listed now (from the last wk-filter-change). */
async function listed(page: Page): Promise<number> {
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __count: number }).__count);
}

async function printList(page: Page): Promise<Printed> {
  await page.evaluate(() => (document.querySelector('event-list')!.shadowRoot!.querySelector('.list-actions button') as HTMLElement).click());
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

/** A number in any of the digits the locales write (Arabic-Indic, Persian) in ASCII digits. */
const digits = (text: string | null) => (text ?? '').replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf)).replace(/[^\d]/g, '');

async function decode(out: Page, selector: string, index: number): Promise<string | undefined> {
  const png = PNG.sync.read(await out.locator(selector).nth(index).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/**
 * The list's checks: `count` entries, none split by a page break, the header and the footer on every
 * page, and QR codes that open the event of their entry (`?wk-event=<id>` on the page `page`,
 * whose title the entry shows). Returns the number of pages.
 */
async function checkList(printed: Printed, count: number, page: string): Promise<number> {
  const { out, pdf } = await render(printed);
  expect(await out.locator('td.entry h2').count()).toBe(count);
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = await pageItems(pdf, n);
    const body = items.filter((item) => item.size === 9.5 || item.size === 7.8);
    expect(body[0]?.size, `page ${n} starts with an entry's title, not the rest of an entry`).toBe(9.5);
    expect(items.some((item) => item.size === 13), `header on page ${n}`).toBe(true);
    expect(items.some((item) => item.size === 7.5), `footer on page ${n}`).toBe(true);
  }
  expect(await out.locator('svg.qr').count()).toBe(count);
  const prefix = `${base}${PAGE}?${page}&wk-event=`;
  for (const i of [...new Set([0, 1, Math.floor(count / 2), count - 1])]) {
    const link = await decode(out, 'svg.qr', i);
    expect(link?.startsWith(prefix), `QR code ${i}: ${link}`).toBe(true);
    const event = events.get(decodeURIComponent((link as string).slice(prefix.length)));
    expect(event, `QR code ${i} names an event of the catalogue`).toBeTruthy();
    const title = (await out.locator('td.entry h2').nth(i).locator('span[lang]').textContent())?.trim();
    expect(Object.values(event!.title), `entry ${i} is the event its code opens`).toContain(title);
    expect(digits(await out.locator('td.entry h2 .number').nth(i).textContent()), `entry ${i}'s number`).toBe(String(i + 1));
  }
  await out.close();
  return pdf.numPages;
}

describe('printing the event list', () => {
  it('de: every event date of the next 30 days, not only those shown, with date, time, place and host', async () => {
    const { page, errors } = await open('lang=de');
    await inList(page, '.event');
    const count = await month(page);
    const shown = await page.evaluate(() => document.querySelector('event-list')!.shadowRoot!.querySelectorAll('.event').length);
    expect(shown).toBe(30);
    expect(count).toBeGreaterThan(100);
    const printed = await printList(page);
    expect(printed.lang).toBe('de');
    expect(printed.dir).toBe('ltr');
    expect(printed.html).toContain(`${count} Veranstaltungen`);
    expect(printed.html).toContain('Wann');
    expect(printed.html).toMatch(/Gedruckt am \d+\. \p{L}+ \d{4}/u);
    expect(printed.html).toContain('Willkommen in Mecklenburg-Vorpommern');
    // Dates and times in German, in the catalogue's time zone; places, hosts, costs and languages.
    expect(printed.html).toMatch(/(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d+\. \p{L}+, \d{1,2}:\d{2}–\d{1,2}:\d{2} Uhr/u);
    expect(printed.html).toContain('Veranstaltet von: ');
    expect(printed.html).toContain('Kostenlos');
    expect(printed.html).toContain('العربية');
    const pages = await checkList(printed, count, 'tag=event-list&lang=de');
    pageCounts[`${count} event dates (30 days, de)`] = `${pages} pages`;
    expect(pages).toBeLessThanOrEqual(Math.ceil(count / 12) + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints what the filters leave, and names them in the header', async () => {
    const { page, errors } = await open('lang=de');
    await inList(page, '.event');
    await month(page);
    await page.evaluate(() => {
      const select = [...document.querySelector('event-list')!.shadowRoot!.querySelectorAll('select')].find((s) => s.querySelector('option[value="language"]')) as HTMLSelectElement;
      select.value = 'language';
      select.dispatchEvent(new Event('change'));
    });
    await page.waitForTimeout(300);
    const count = await listed(page);
    expect(count).toBeGreaterThan(0);
    const printed = await printList(page);
    const { out } = await render(printed);
    expect(await out.locator('dl.filters dt').allTextContents()).toEqual(['Wann', 'Themen']);
    expect(await out.locator('dl.filters dd').nth(1).textContent()).toBe('Sprach- und Integrationskurse');
    await out.close();
    const sameTopic = [...events.values()].filter((e) => e.categories?.includes('language')).map((e) => e.id);
    const pages = await checkList(printed, count, 'tag=event-list&lang=de');
    pageCounts[`${count} event dates (30 days, topic language)`] = `${pages} pages`;
    // Every entry's code opens an event of the topic.
    const { out: again } = await render(printed);
    for (let i = 0; i < Math.min(count, 4); i++) {
      const link = await decode(again, 'svg.qr', i);
      expect(sameTopic).toContain(new URL(link as string).searchParams.get('wk-event'));
    }
    await again.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const lang of ['ar', 'fa', 'uk'] as const) {
    it(`${lang}: in the visitor's language and script${lang === 'uk' ? '' : ', right to left'}`, async () => {
      const { page, errors } = await open(`lang=${lang}`);
      await inList(page, '.event');
      await page.waitForFunction((l) => document.querySelector('event-list')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === l, lang);
      const count = await listed(page);
      const printed = await printList(page);
      expect(printed.lang).toBe(lang);
      expect(printed.dir).toBe(lang === 'uk' ? 'ltr' : 'rtl');
      const script = lang === 'uk' ? /[\u0400-\u04ff]{4}/ : /[\u0600-\u06ff]{4}/;
      const { out, pdf } = await render(printed);
      for (const selector of ['.heading', '.filters', '.printed']) expect(await out.locator(selector).textContent(), selector).toMatch(script);
      // Each entry's date in the visitor's language (Farsi with Persian digits, on the Gregorian calendar).
      const when = await out.locator('td.entry .entry-text p').first().textContent();
      expect(when).toMatch(script);
      if (lang === 'fa') expect(when).toMatch(/[۰-۹]/);
      expect((await pageItems(pdf, 1)).filter((item) => item.size === 13).map((item) => item.text).join('').normalize('NFKC')).toMatch(lang === 'uk' ? script : /[\u0600-\u06ff]{3}/);
      await out.close();
      pageCounts[`${count} event dates (7 days, ${lang})`] = `${await checkList(printed, count, `tag=event-list&lang=${lang}`)} pages`;
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a printed code opens its event on a page whose list has open-linked: in view, marked, focused', async () => {
    const { page, errors } = await open('lang=de&attrs=open-linked');
    await inList(page, '.event');
    await month(page);
    const printed = await printList(page);
    const { out } = await render(printed);
    const last = (await out.locator('svg.qr').count()) - 1;
    const link = (await decode(out, 'svg.qr', last)) as string;
    const title = (await out.locator('td.entry h2').nth(last).locator('span[lang]').textContent())?.trim();
    await out.close();
    expect(new URL(link).searchParams.get('wk-event')).toBeTruthy();
    const linked = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await linked.goto(link);
    await linked.waitForFunction(() => document.querySelector('event-list')?.shadowRoot?.activeElement?.localName === 'h4', null, { timeout: 20_000 });
    const state = await linked.evaluate(() => {
      const heading = document.querySelector('event-list')!.shadowRoot!.activeElement as HTMLElement;
      const box = heading.closest('li')!.getBoundingClientRect();
      return { text: heading.textContent?.trim(), marked: heading.closest('li')!.classList.contains('linked'), inView: box.top >= 0 && box.top < innerHeight, url: location.href };
    });
    expect(state).toEqual({ text: title, marked: true, inView: true, url: link });
    await linked.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the QR poster of the event list', () => {
  it('prints an A4 and an A5 poster of the page, without an event a link named', async () => {
    const { page, errors } = await open('lang=ar&wk-event=e-0001');
    await inList(page, '.event');
    await page.evaluate(() => (document.querySelector('event-list')!.shadowRoot!.querySelectorAll('.list-actions button')[1] as HTMLElement).click());
    await inList(page, '#poster-panel svg');
    const panel = page.locator('event-list #poster-panel');
    const link = (await panel.locator('.poster-link').textContent())?.trim() ?? '';
    expect(link).toBe(`${base}${PAGE}?tag=event-list&lang=ar`);
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
      await out.close();
    }
    const [png] = await Promise.all([page.waitForEvent('download'), buttons.nth(3).click()]);
    expect(png.suggestedFilename()).toBe('qr-code.png');
    const image = PNG.sync.read(readFileSync((await png.path()) as string));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(link);
    expect(errors).toEqual([]);
    await page.close();
  });
});
