// Layout by container: each element adapts to the width the host page gives it, not to the window.
// In a desktop-wide window, every element is shown in tinted columns of 280, 390, 700 and 1280 px
// (a CMS sidebar, a phone-wide column, a content column, a full page), in German and in Arabic, and
// what a visitor would notice is measured: nothing sticks out or scrolls sideways, no select cuts
// its text, the event list is one column in narrow places, a sticky day heading lets the column's
// tint show, links are in the site's accent colour, and the map's popup with its "show details"
// button stays inside a short map, clear of the zoom buttons. A screenshot of each is saved in
// .tmp/layout-shots/ (needs the build that `npm test` makes first).
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const SHOTS = `${root}.tmp/layout-shots`;
const WIDTHS = [280, 390, 700, 1280] as const;
/** The fixture page's column tint and accent colour (tests/fixtures/pages/layout.html). */
const TINT = 'rgb(230, 239, 220)';
const ACCENT = 'rgb(122, 31, 92)';
/** Below this width (30em at the default text size) the elements are laid out in one column. */
const ONE_COLUMN_BELOW = 480;
/** A 1×1 PNG: the tiles of the map. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type Catalogue = {
  offers: { id: string; summary?: Record<string, string>; description?: Record<string, string>; organization?: { url?: string }; contact?: { website?: string } }[];
  jobs: { id: string; employer?: { url?: string }; apply?: { url?: string }; description?: Record<string, string> }[];
};
const catalogue = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8')) as Catalogue;
const longest = <T>(items: T[], size: (item: T) => number): T => items.reduce((a, b) => (size(b) > size(a) ? b : a));
const textLength = (value: Record<string, string> | undefined) => Object.values(value ?? {}).join('').length;
/** The offer and the job with the most to show, and links of every kind. */
const OFFER = longest(catalogue.offers.filter((o) => o.organization?.url && o.contact?.website), (o) => textLength(o.description)).id;
const JOB = longest(catalogue.jobs.filter((j) => j.employer?.url && j.apply?.url), (j) => textLength(j.description)).id;

let browser: Browser;
let base = '';
let close = () => undefined as void;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const { server, url } = await serve({ root });
  base = url;
  close = () => void server.close();
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  close();
});

type Case = { tag: string; attributes: string; ready: string };
const CASES: Case[] = [
  { tag: 'offer-search', attributes: 'page-size="3"', ready: '.cards a' },
  { tag: 'offer-map', attributes: 'for="search" consent tile-url="/__tiles__/{z}/{x}/{y}.png" style="--wk-map-height: 250px"', ready: '.leaflet-marker-icon' },
  { tag: 'event-list', attributes: 'limit="4"', ready: '[part="day"]' },
  { tag: 'job-board', attributes: 'page-size="3"', ready: 'a[data-job]' },
];

/** A desktop-wide page with the element in a tinted column of each width. */
async function columns(c: Case, lang: string, widths: readonly number[] = WIDTHS, viewport = { width: 1400, height: 1000 }): Promise<Page> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/__tiles__/**', (route) => route.fulfill({ body: TILE, contentType: 'image/png' }));
  await page.goto(`${base}/tests/fixtures/pages/layout.html`);
  await page.evaluate(
    ({ c, lang, widths }) => {
      const stage = document.getElementById('stage') as HTMLElement;
      // The map's "show details" opens the offer in a search elsewhere on the page.
      if (c.tag === 'offer-map') stage.insertAdjacentHTML('beforeend', `<offer-search id="search" src="/demo/catalogue.json" lang="${lang}" hidden></offer-search>`);
      for (const width of widths) {
        stage.insertAdjacentHTML('beforeend', `<div class="column" id="c${width}" lang="${lang}" style="inline-size: ${width}px"><${c.tag} src="/demo/catalogue.json" ${c.attributes}></${c.tag}></div>`);
      }
    },
    { c, lang, widths },
  );
  await page.waitForFunction(
    ({ tag, ready }) => [...document.querySelectorAll(`.column ${tag}`)].every((el) => !!el.shadowRoot?.querySelector(ready)),
    { tag: c.tag, ready: c.ready },
    { timeout: 15_000 },
  );
  // Every filter panel open, so that each filter is seen at each width.
  await page.evaluate((tag) => {
    for (const el of document.querySelectorAll(`.column ${tag}`)) {
      for (const details of el.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details.filter-panel') ?? []) details.open = true;
    }
  }, c.tag);
  await page.waitForTimeout(150);
  expect(errors).toEqual([]);
  return page;
}

/**
 * What a visitor would notice in the element of one column: anything that sticks out of the
 * element or makes the column scroll sideways, a box that cuts its text or scrolls sideways, a
 * select too narrow for the option it shows (or, with `allOptions`, for its longest option), and a
 * link not in the site's accent colour.
 */
function problems(page: Page, id: string, tag: string, allOptions = false): Promise<string[]> {
  return page.evaluate(
    ({ id, tag, allOptions, accent }) => {
      const column = document.getElementById(id) as HTMLElement;
      const el = column.querySelector(tag) as HTMLElement;
      const root = el.shadowRoot as ShadowRoot;
      const out: string[] = [];
      const name = (e: Element) => `${e.localName}${typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} “${(e.textContent ?? '').trim().slice(0, 30)}”`;
      const host = el.getBoundingClientRect();
      if (column.scrollWidth > column.clientWidth + 1) out.push(`the column scrolls sideways (${column.scrollWidth} > ${column.clientWidth})`);
      if (host.width > column.clientWidth + 1) out.push(`the element is wider than its column (${host.width})`);
      if (host.height < 100) out.push(`the element is ${host.height} px tall`);
      if (document.documentElement.scrollWidth > innerWidth) out.push('the page scrolls sideways');
      // Hidden on purpose: skip links until focused, screen reader text; the map image is clipped by the map.
      const skip = '.visually-hidden, .skip-link:not(:focus), .skip-end:not(:focus), .leaflet-tile-pane, .leaflet-marker-pane, .leaflet-shadow-pane, .leaflet-overlay-pane, option, optgroup';
      for (const e of root.querySelectorAll<HTMLElement>('*')) {
        if (e.closest(skip) || !e.checkVisibility()) continue;
        const r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < host.left - 1 || r.right > host.right + 1) out.push(`${name(e)} sticks out (${Math.round(r.left - host.left)}…${Math.round(r.right - host.left)} of ${Math.round(host.width)})`);
        const style = getComputedStyle(e);
        if (style.overflowX !== 'visible' && !e.matches('.leaflet-container') && e.scrollWidth > e.clientWidth + 1) out.push(`${name(e)} cuts or scrolls its content sideways (${e.scrollWidth} > ${e.clientWidth})`);
      }
      for (const select of root.querySelectorAll('select')) {
        if (!select.checkVisibility()) continue;
        // The width the select takes when free to fit its text: the shown option, or all of them.
        const probe = select.cloneNode(!!allOptions) as HTMLSelectElement;
        if (!allOptions) probe.append(select.selectedOptions[0]?.cloneNode(true) ?? '');
        probe.style.cssText = 'position: absolute; inline-size: auto; min-inline-size: 0; max-inline-size: none; visibility: hidden';
        select.after(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        const has = select.getBoundingClientRect().width;
        const label = (select.closest('label')?.textContent ?? '').replace(select.textContent ?? '', '').trim();
        if (needed > has + 0.5) out.push(`select “${label}” cuts its text (needs ${Math.round(needed)} px, has ${Math.round(has)})`);
      }
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        if (a.closest('.leaflet-control-container, .leaflet-popup-close-button') || !a.checkVisibility()) continue;
        const color = getComputedStyle(a).color;
        if (color !== accent) out.push(`link ${name(a)} is ${color}, not the accent colour`);
      }
      return out;
    },
    { id, tag, allOptions, accent: ACCENT },
  );
}

async function shot(page: Page, id: string, file: string): Promise<void> {
  await page.locator(`#${id}`).screenshot({ path: `${SHOTS}/${file}.png`, animations: 'disabled' });
}

describe('layout by the width of the container', () => {
  for (const lang of ['de', 'ar']) {
    it(`<offer-search> fits columns of 280 to 1280 px, list and details (${lang})`, async () => {
      const page = await columns(CASES[0], lang);
      for (const width of WIDTHS) {
        expect.soft(await problems(page, `c${width}`, 'offer-search', width >= 700), `list at ${width} px`).toEqual([]);
        await shot(page, `c${width}`, `offer-search-${lang}-${width}`);
      }
      await page.evaluate((id) => document.querySelectorAll<HTMLElement & { open(id: string): void }>('.column offer-search').forEach((el) => el.open(id)), OFFER);
      await page.waitForFunction(() => [...document.querySelectorAll('.column offer-search')].every((el) => el.shadowRoot?.querySelector('.detail .contact-list')));
      for (const width of WIDTHS) {
        expect.soft(await problems(page, `c${width}`, 'offer-search'), `details at ${width} px`).toEqual([]);
        // Label and value side by side where there is room for both, else the value under its label.
        const facts = await page.evaluate((id) => getComputedStyle(document.querySelector(`#${id} offer-search`)?.shadowRoot?.querySelector('.facts') as Element).gridTemplateColumns.split(' ').length, `c${width}`);
        expect.soft(facts, `facts at ${width} px`).toBe(width < ONE_COLUMN_BELOW ? 1 : 2);
        await shot(page, `c${width}`, `offer-search-${lang}-${width}-detail`);
      }
      await page.close();
    });

    it(`<event-list> fits columns of 280 to 1280 px, one column where narrow, sticky days in the column's colours (${lang})`, async () => {
      const page = await columns(CASES[2], lang);
      // The 700 px column gives the element the column's tint as its surface: its day headings stay in sight.
      await page.evaluate((tint) => document.getElementById('c700')?.style.setProperty('--wk-surface', tint), TINT);
      for (const width of WIDTHS) {
        expect.soft(await problems(page, `c${width}`, 'event-list', width >= 700), `at ${width} px`).toEqual([]);
        const layout = await page.evaluate((id) => {
          const root = document.querySelector(`#${id} event-list`)?.shadowRoot as ShadowRoot;
          const event = root.querySelector('.event') as HTMLElement;
          const heading = root.querySelector('.day h3') as HTMLElement;
          const style = getComputedStyle(heading);
          return { columns: getComputedStyle(event).gridTemplateColumns.split(' ').length, background: style.backgroundColor, position: style.position };
        }, `c${width}`);
        expect.soft(layout.columns, `event columns at ${width} px`).toBe(width < ONE_COLUMN_BELOW ? 1 : 2);
        if (width === 700) expect.soft(layout, 'a day heading on the surface colour stays in sight').toMatchObject({ background: TINT, position: 'sticky' });
        else expect.soft(layout.background, `day heading at ${width} px lets the column's tint show`).toMatch(/^rgba\(\d+, \d+, \d+, 0\)$|^transparent$/);
        await shot(page, `c${width}`, `event-list-${lang}-${width}`);
      }
      // Scrolled past the start of a day, its heading is at the top of the window, on the column's tint.
      const stuck = await page.evaluate(() => {
        const root = document.querySelector('#c700 event-list')?.shadowRoot as ShadowRoot;
        const day = root.querySelector('[part="day"]') as HTMLElement;
        scrollTo(0, scrollY + day.getBoundingClientRect().top + 40);
        const top = (root.querySelector('.day h3') as HTMLElement).getBoundingClientRect().top;
        scrollTo(0, 0);
        return top;
      });
      expect(Math.abs(stuck)).toBeLessThan(1);
      await page.close();
    });

    it(`<job-board> fits columns of 280 to 1280 px, its selects whole from 700 px, list and details (${lang})`, async () => {
      const page = await columns(CASES[3], lang);
      for (const width of WIDTHS) {
        expect.soft(await problems(page, `c${width}`, 'job-board', width >= 700), `list at ${width} px`).toEqual([]);
        await shot(page, `c${width}`, `job-board-${lang}-${width}`);
      }
      // In a flex row that gives it no width of its own, the element still takes a usable one.
      const inRow = await page.evaluate(async () => {
        const stage = document.getElementById('stage') as HTMLElement;
        stage.insertAdjacentHTML('beforeend', '<div style="display: flex; gap: 16px"><job-board src="/demo/catalogue.json" page-size="1"></job-board><p>Aside</p></div>');
        const el = stage.lastElementChild?.firstElementChild as HTMLElement;
        await new Promise<void>((resolve) => {
          const check = () => (el.shadowRoot?.querySelector('a[data-job]') ? resolve() : setTimeout(check, 20));
          check();
        });
        const r = el.getBoundingClientRect();
        const widest = Math.max(...[...(el.shadowRoot as ShadowRoot).querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
        el.parentElement?.remove();
        return { width: r.width, height: r.height, overflow: widest - r.right };
      });
      expect(inRow.width, 'width in a flex row').toBeGreaterThanOrEqual(320);
      expect(inRow.height, 'height in a flex row').toBeGreaterThan(300);
      expect(inRow.overflow, 'nothing sticks out in a flex row').toBeLessThanOrEqual(1);
      await page.evaluate((id) => document.querySelectorAll<HTMLElement & { open(id: string): void }>('.column job-board').forEach((el) => el.open(id)), JOB);
      await page.waitForFunction(() => [...document.querySelectorAll('.column job-board')].every((el) => el.shadowRoot?.querySelector('[part="detail"] .employer a')));
      for (const width of WIDTHS) {
        expect.soft(await problems(page, `c${width}`, 'job-board'), `details at ${width} px`).toEqual([]);
        await shot(page, `c${width}`, `job-board-${lang}-${width}-detail`);
      }
      await page.close();
    });

    it(`<offer-map> fits columns of 280 to 1280 px; in a 250 px tall map the popup and its button stay inside, clear of the zoom buttons (${lang})`, async () => {
      const page = await columns(CASES[1], lang);
      for (const width of WIDTHS) {
        expect.soft(await problems(page, `c${width}`, 'offer-map'), `at ${width} px`).toEqual([]);
        expect.soft(await openPopup(page, `c${width}`), `popup at ${width} px`).toEqual([]);
        expect.soft(await problems(page, `c${width}`, 'offer-map'), `with the popup open at ${width} px`).toEqual([]);
        await shot(page, `c${width}`, `offer-map-${lang}-${width}`);
      }
      await page.close();
    });
  }

  it('keeps the popup’s “show details” in sight in a 250 px tall map on a 390 px phone (ar)', async () => {
    const page = await columns(CASES[1], 'ar', [390], { width: 390, height: 844 });
    await page.evaluate(() => {
      document.body.style.padding = '0';
      document.getElementById('c390')?.classList.add('phone');
    });
    expect(await openPopup(page, 'c390')).toEqual([]);
    const button = await page.evaluate(() => {
      const root = document.querySelector('#c390 offer-map')?.shadowRoot as ShadowRoot;
      const content = root.querySelector('.leaflet-popup-content') as HTMLElement;
      const r = (root.querySelector('.wk-popup button') as HTMLElement).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, scrolls: content.scrollHeight > content.clientHeight };
    });
    // The popup's text is longer than the short map has room for: it scrolls, the button stays.
    expect(button.scrolls).toBe(true);
    // Seen without scrolling the page.
    expect(button.top).toBeGreaterThanOrEqual(0);
    expect(button.bottom).toBeLessThanOrEqual(844);
    expect(button.left).toBeGreaterThanOrEqual(0);
    expect(button.right).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/offer-map-ar-phone.png` });
    await page.close();
  });
});

/**
 * Opens, from the list under the map, the popup of the offer with the longest summary, and returns
 * what is wrong with it: outside the map, over the zoom buttons, or its button out of sight.
 */
async function openPopup(page: Page, id: string): Promise<string[]> {
  await page.evaluate(async ({ id, offers }) => {
    const root = document.querySelector(`#${id} offer-map`)?.shadowRoot as ShadowRoot;
    (root.querySelector('[part="list"]') as HTMLDetailsElement).open = true;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="list"] button[data-offer]')];
    const size = (b: HTMLButtonElement) => offers[Number(b.dataset.offer)] ?? 0;
    buttons.reduce((a, b) => (size(b) > size(a) ? b : a)).click();
  }, { id, offers: catalogue.offers.map((o) => textLength(o.summary)) });
  await page.waitForFunction((id) => {
    const popup = document.querySelector(`#${id} offer-map`)?.shadowRoot?.querySelector('.leaflet-popup');
    return !!popup?.querySelector('.wk-popup button') && getComputedStyle(popup).opacity === '1';
  }, id);
  // (The map moves the popup into view at once: no sliding for visitors who prefer less motion.)
  await page.waitForTimeout(200);
  return page.evaluate((id) => {
    const root = document.querySelector(`#${id} offer-map`)?.shadowRoot as ShadowRoot;
    const rect = (selector: string) => (root.querySelector(selector) as HTMLElement).getBoundingClientRect();
    const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const out: string[] = [];
    const map = rect('[part="map"]');
    const popup = rect('.leaflet-popup-content-wrapper');
    const content = root.querySelector('.leaflet-popup-content') as HTMLElement;
    const button = root.querySelector('.wk-popup button') as HTMLElement;
    const b = button.getBoundingClientRect();
    if (!inside(popup, map)) out.push(`the popup (${Math.round(popup.top - map.top)}…${Math.round(popup.bottom - map.top)}) leaves the map (${Math.round(map.height)} tall)`);
    if (overlap(popup, rect('.leaflet-control-zoom'))) out.push('the popup covers the zoom buttons');
    if (!inside(b, map)) out.push('“show details” is outside the map');
    if (!inside(b, content.getBoundingClientRect())) out.push('“show details” is scrolled out of the popup');
    const top = root.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    if (top !== button && !button.contains(top)) out.push(`“show details” is covered by ${top?.localName}.${top?.className}`);
    if (content.scrollWidth > content.clientWidth + 1) out.push('the popup scrolls sideways');
    return out;
  }, id);
}
