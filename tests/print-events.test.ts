// What <event-list> sends to the printer (needs the build that `npm test` makes): every event date
// now listed, in the period and with the filters applied, with a QR code per entry that opens the
// event on this page (`?wk-event=<id>`), and a QR poster, from the script-tag file in a page under a
// strict Content-Security-Policy. As in print.test.ts, the print frame's document is caught when the
// kit asks the browser to print and rendered to PDF by Chromium: pages are counted, no entry may be
// split by a page break, and QR codes are read back with an independent decoder (jsQR).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT as root, startBrowserPage } from './helpers/browser-page';
import { checkLanguage, checkList, checkPoster, decode, downloadedCode, inElement, openPoster, openPrintPage, printList, printedDocuments, render, type Printed } from './helpers/printout';

let browser: Browser;
let base = '';
let close: () => Promise<void> = async () => undefined;
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
  ({ base, browser, close } = await startBrowserPage());
}, 30_000);
afterAll(async () => {
  if (Object.keys(pageCounts).length) console.log(`printed event lists: ${Object.entries(pageCounts).map(([what, pages]) => `${what} → ${pages}`).join(', ')}`);
  await close();
});

const PAGE = '/tests/fixtures/pages/print.html';

/** Opens the print test page with an event list; what the kit sends to the printer is caught (tests/helpers/printout.ts). */
function open(query: string): Promise<{ page: Page; errors: string[] }> {
  return openPrintPage(browser, `${base}${PAGE}?tag=event-list&${query}`, () => {
    // How many event dates the list holds, as the element reports it.
    const w = window as unknown as { __count?: number };
    document.addEventListener('wk-filter-change', (e) => (w.__count = (e as CustomEvent<{ count: number }>).detail.count));
  });
}

const inList = (page: Page, selector: string) => inElement(page, 'event-list', selector);

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

/** A number in any of the digits the locales write (Arabic-Indic, Persian) in ASCII digits. */
const digits = (text: string | null) => (text ?? '').replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf)).replace(/[^\d]/g, '');

/**
 * The list's checks (see checkList): `count` entries, none split by a page break, the header and the
 * footer on every page, and QR codes that open the event of their entry (`?wk-event=<id>` on the
 * page `page`, whose title the entry shows). Returns the number of pages.
 */
function checkEvents(printed: Printed, count: number, page: string): Promise<number> {
  const prefix = `${base}${PAGE}?${page}&wk-event=`;
  return checkList(browser, printed, {
    count,
    check: async (i, link, out) => {
      expect(link?.startsWith(prefix), `QR code ${i}: ${link}`).toBe(true);
      const event = events.get(decodeURIComponent((link as string).slice(prefix.length)));
      expect(event, `QR code ${i} names an event of the catalogue`).toBeTruthy();
      const title = (await out.locator('td.entry h2').nth(i).locator('span[lang]').textContent())?.trim();
      expect(Object.values(event!.title), `entry ${i} is the event its code opens`).toContain(title);
      expect(digits(await out.locator('td.entry h2 .number').nth(i).textContent()), `entry ${i}'s number`).toBe(String(i + 1));
    },
  });
}

describe('printing the event list', () => {
  it('de: every event date of the next 30 days, not only those shown, with date, time, place and host', async () => {
    const { page, errors } = await open('lang=de');
    await inList(page, '.event');
    const count = await month(page);
    const shown = await page.evaluate(() => document.querySelector('event-list')!.shadowRoot!.querySelectorAll('.event').length);
    expect(shown).toBe(30);
    expect(count).toBeGreaterThan(100);
    const printed = await printList(page, 'event-list');
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
    const pages = await checkEvents(printed, count, 'tag=event-list&lang=de');
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
    const printed = await printList(page, 'event-list');
    const { out } = await render(browser, printed);
    expect(await out.locator('dl.filters dt').allTextContents()).toEqual(['Wann', 'Themen']);
    expect(await out.locator('dl.filters dd').nth(1).textContent()).toBe('Sprach- und Integrationskurse');
    await out.close();
    const sameTopic = [...events.values()].filter((e) => e.categories?.includes('language')).map((e) => e.id);
    const pages = await checkEvents(printed, count, 'tag=event-list&lang=de');
    pageCounts[`${count} event dates (30 days, topic language)`] = `${pages} pages`;
    // Every entry's code opens an event of the topic.
    const { out: again } = await render(browser, printed);
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
      const printed = await printList(page, 'event-list');
      // Language, direction and script of the heading, filters, date and the PDF's header.
      const { out, script } = await checkLanguage(browser, printed, lang);
      // Each entry's date in the visitor's language (Farsi with Persian digits, on the Gregorian calendar).
      const when = await out.locator('td.entry .entry-text p').first().textContent();
      expect(when).toMatch(script);
      if (lang === 'fa') expect(when).toMatch(/[۰-۹]/);
      await out.close();
      pageCounts[`${count} event dates (7 days, ${lang})`] = `${await checkEvents(printed, count, `tag=event-list&lang=${lang}`)} pages`;
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a printed code opens its event on a page whose list has open-linked: in view, marked, focused', async () => {
    const { page, errors } = await open('lang=de&attrs=open-linked');
    await inList(page, '.event');
    await month(page);
    const printed = await printList(page, 'event-list');
    const { out } = await render(browser, printed);
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
    const { buttons, link } = await openPoster(page, 'event-list');
    expect(link).toBe(`${base}${PAGE}?tag=event-list&lang=ar`);
    await buttons.nth(0).click();
    await buttons.nth(1).click();
    const posters = await printedDocuments(page, 2);
    for (const [i, printed] of posters.entries()) {
      const out = await checkPoster(browser, printed, { size: i === 0 ? 'A4' : 'A5', link, german: true });
      await out.close();
    }
    const png = await downloadedCode(page, buttons.nth(3));
    expect(png.name).toBe('qr-code.png');
    expect(png.link).toBe(link);
    expect(errors).toEqual([]);
    await page.close();
  });
});
