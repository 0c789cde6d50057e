// Every story renders the state it names, without an error (needs the Storybook build that
// `npm test` makes in .tmp/storybook-static).
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { axeFindings } from './helpers/axe-page.js';
import { isRtl, LOCALES } from '../src/i18n/locales.js';

const dir = new URL('../.tmp/storybook-static/', import.meta.url).pathname;
const built = existsSync(`${dir}index.json`);
const stories = built
  ? Object.values(JSON.parse(readFileSync(`${dir}index.json`, 'utf8')).entries as Record<string, { id: string; name: string; type: string }>).filter((e) => e.type === 'story')
  : [];

/** What each story must show inside its element's shadow root (default: the list of results). */
const EXPECTED: Record<string, [element: string, selector: string]> = {
  'elements-offer-search--loading': ['offer-search', '[part="status"]'],
  'elements-offer-search--load-error': ['offer-search', '[part="error"]'],
  'elements-offer-search--stale-copy': ['offer-search', '[part="stale"]'],
  'elements-offer-search--empty-result': ['offer-search', '.empty'],
  'elements-offer-search--detail': ['offer-search', '.detail'],
  'elements-offer-map--consent-placeholder': ['offer-map', '[part="placeholder"]'],
  'elements-offer-map--placeholder-arabic': ['offer-map', '[part="placeholder"]'],
  'elements-offer-map--load-error': ['offer-map', '[part="error"]'],
  'elements-offer-map--open-popup': ['offer-map', '.leaflet-popup'],
  'elements-event-list--empty': ['event-list', '[part="empty"]'],
  'elements-event-list--load-error': ['event-list', '[part="error"]'],
  'elements-job-board--empty': ['job-board', '[part="empty"]'],
  'elements-job-board--detail': ['job-board', '[part="detail"]'],
  'elements-job-board--load-error': ['job-board', '[part="error"]'],
};
const expected = (id: string): [string, string] =>
  EXPECTED[id] ??
  (id.startsWith('elements-offer-map')
    ? ['offer-map', '.leaflet-marker-icon']
    : id.startsWith('elements-event-list')
      ? ['event-list', '[part="day"]']
      : id.startsWith('elements-job-board')
        ? ['job-board', '[part="card"]']
        : ['offer-search', '.cards li']);

let browser: Browser;
let base = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  if (!built) return;
  const { server, url } = await serve({ root: dir });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  close();
});

describe.skipIf(!built)('stories', () => {
  it('cover the states a visitor can meet', () => {
    const ids = stories.map((s) => s.id);
    for (const id of Object.keys(EXPECTED)) expect(ids).toContain(id);
    for (const name of ['many-results', 'right-to-left-arabic', 'themed', 'german', 'spanish', 'checked-topics', 'checked-topics-arabic']) expect(ids).toContain(`elements-offer-search--${name}`);
    for (const name of ['loaded', 'clustered', 'linked-to-search', 'right-to-left-arabic']) expect(ids).toContain(`elements-offer-map--${name}`);
    for (const name of ['week', 'recurring', 'empty', 'right-to-left-arabic', 'german', 'spanish']) expect(ids).toContain(`elements-event-list--${name}`);
    for (const name of ['list', 'detail', 'company-mode', 'empty', 'right-to-left-arabic', 'german', 'spanish']) expect(ids).toContain(`elements-job-board--${name}`);
  });

  it('follow the language toolbar where a story sets no language of its own', async () => {
    for (const [globals, lang] of [['', 'de'], ['&globals=locale:ar', 'ar'], ['&globals=locale:uk', 'uk']]) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      await page.goto(`${base}/iframe.html?id=elements-job-board--list&viewMode=story${globals}`);
      await page.waitForFunction((l) => document.querySelector('job-board')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === l, lang, { timeout: 15_000 });
      await page.close();
    }
  });

  // A story with a language of its own is checked in it; every other story in all nine locales,
  // switched with the toolbar's global as a visitor of Storybook would.
  it.each(stories.map((s) => [s.id, s]))('%s renders without errors, and axe finds nothing in any language', async (_id, story) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const [element, selector] = expected(story.id);
    const ready = (lang?: string) =>
      page.waitForFunction(
        ([tag, sel, want]) => {
          const root = document.querySelector(tag)?.shadowRoot;
          const lang = root?.querySelector('[part="base"]')?.getAttribute('lang');
          // A map popup fades in: axe must see it at full opacity, as the visitor does.
          const popups = [...(root?.querySelectorAll('.leaflet-popup') ?? [])];
          return !!root?.querySelector(sel) && (!want || lang === want) && popups.every((p) => getComputedStyle(p).opacity === '1');
        },
        [element, selector, lang] as const,
        { timeout: 15_000 },
      );
    await ready();
    const ownLanguage = await page.evaluate((tag) => document.querySelector(tag)?.getAttribute('lang') ?? '', element);
    const checked: number[] = [];
    for (const locale of ownLanguage ? [ownLanguage] : LOCALES) {
      if (!ownLanguage) {
        await page.evaluate((l) => (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, a: object): void } }).__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale: l } }), locale);
        await ready(locale);
      }
      const result = await axeFindings(page, element);
      const contrastChecked = Object.values(result.contrastChecked).reduce((a, b) => a + b, 0);
      expect(result.violations, locale).toEqual([]);
      // Contrast was really checked: on text in the element, and nothing left undecided. (axe
      // takes some joined-up Arabic-script words for icon ligatures and leaves them out, so a
      // right-to-left state with a single line of text may have nothing checked.)
      if (!isRtl(locale)) expect(contrastChecked, `${locale}: text whose contrast was checked`).toBeGreaterThan(0);
      expect(result.undecided.join(' | '), locale).toBe('');
      checked.push(contrastChecked);
    }
    expect(errors).toEqual([]);
    expect(checked.length).toBe(ownLanguage ? 1 : LOCALES.length);
    expect(Math.max(...checked), 'text whose contrast was checked').toBeGreaterThan(0);
    await page.close();
  });
});
