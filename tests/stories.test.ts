// Every story renders the state it names, without an error, and axe finds nothing in it in any
// language (needs the Storybook build that `npm test` makes in .tmp/storybook-static).
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { axeFindings } from './helpers/axe-page.js';
import { isRtl, LOCALES } from '../src/i18n/locales.js';
import { templates as de } from '../src/i18n/generated/locales/de.js';

const dir = new URL('../.tmp/storybook-static/', import.meta.url).pathname;
const built = existsSync(`${dir}index.json`);
const stories = built
  ? Object.values(JSON.parse(readFileSync(`${dir}index.json`, 'utf8')).entries as Record<string, { id: string; name: string; type: string }>).filter((e) => e.type === 'story')
  : [];
const ELEMENTS = ['offer-search', 'offer-map', 'event-list', 'job-board'];

/**
 * What each story must show inside its element's shadow root (default: its content, see
 * `expected`), and for some the text it says in German, the toolbar's first language: a pattern,
 * or the id of a translation (from the German translations, so a new wording needs no change here).
 */
type Text = RegExp | { id: keyof typeof de };
const EXPECTED: Record<string, [element: string, selector: string, german?: Text]> = {
  'elements-offer-search--empty-result': ['offer-search', '.empty'],
  'elements-offer-search--detail': ['offer-search', '.detail'],
  'elements-offer-search--detail-share-panel': ['offer-search', '.share-panel a[href^="https://wa.me/?text="]'],
  'elements-offer-search--detail-next-steps': ['offer-search', '.detail a[href^="https://"]'],
  'elements-offer-search--detail-notice': ['offer-search', '.detail'],
  'elements-offer-search--detail-not-checked-for-long': ['offer-search', '.detail'],
  'elements-offer-search--detail-easy-german': ['offer-search', '.detail [aria-pressed]'],
  'elements-offer-search--detail-machine-translated': ['offer-search', '.detail .machine-mark'],
  'elements-offer-search--language-menu': ['offer-search', '[part~="language-menu"] select'],
  'elements-offer-search--pack-still-loading': ['offer-search', '[part="loading-more"]', /\b100\b.*\b402\b/],
  'elements-offer-map--consent-placeholder': ['offer-map', '[part="placeholder"]'],
  'elements-offer-map--placeholder-arabic': ['offer-map', '[part="placeholder"]'],
  'elements-offer-map--empty': ['offer-map', '[part="list"] summary', /\(0\)$/],
  'elements-offer-map--open-popup': ['offer-map', '.leaflet-popup'],
  'elements-offer-map--pack-still-loading': ['offer-map', '[part="loading-more"]', /\b100\b.*\b402\b/],
  'elements-event-list--empty': ['event-list', '[part="empty"]'],
  'elements-event-list--offer-of-an-event': ['offer-search', '.detail'],
  'elements-event-list--subscribe-and-print': ['event-list', '[part="subscribe"] a[href^="webcal://"]'],
  'elements-event-list--linked-event': ['event-list', '.event.linked'],
  'elements-job-board--empty': ['job-board', '[part="empty"]'],
  'elements-job-board--detail': ['job-board', '[part="detail"]'],
  'elements-job-board--detail-share-panel': ['job-board', '.share-panel a[href^="https://wa.me/?text="]'],
};
/** The states every element has a story for, and what they show. */
const SHARED: Record<string, [selector: string, german?: Text]> = {
  loading: ['[part="status"]', { id: 'state.loading' }],
  'slow-connection': ['[part="status"]', { id: 'state.slow' }],
  'load-error': ['[part="error"]:has(button)'],
  // A saved copy after a failed download offers "Try again"; one shown while the latest loads does not.
  'stale-copy': ['[part="stale"]:has(button)'],
  'saved-copy-while-loading': ['[part="stale"]:not(:has(button))'],
};
const CONTENT: Record<string, string> = {
  'offer-search': '.cards li',
  'offer-map': '.leaflet-marker-icon',
  'event-list': '[part="day"]',
  'job-board': '[part="card"]',
};
const expected = (id: string): [string, string, Text?] => {
  if (EXPECTED[id]) return EXPECTED[id];
  const [, element, state] = /^elements-([a-z-]+?)--(.+)$/.exec(id) ?? [];
  return SHARED[state] ? [element, ...SHARED[state]] : [element, CONTENT[element]];
};

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

/** Runs `use` with a page of its own; at most three are open at once (the machine has two cores). */
let open = 0;
const waiting: (() => void)[] = [];
async function withPage(use: (page: Page) => Promise<void>): Promise<void> {
  while (open >= 3) await new Promise<void>((resolve) => waiting.push(resolve));
  open++;
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  try {
    await use(page);
  } finally {
    await page.close();
    open--;
    waiting.shift()?.();
  }
}

describe.skipIf(!built)('stories', () => {
  it('cover the states a visitor can meet, for every element', () => {
    const ids = stories.map((s) => s.id);
    for (const id of Object.keys(EXPECTED)) expect(ids).toContain(id);
    for (const element of ELEMENTS) {
      for (const state of [...Object.keys(SHARED), 'right-to-left-arabic', 'theming']) expect(ids).toContain(`elements-${element}--${state}`);
    }
    for (const name of ['many-results', 'from-a-pack', 'typo', 'checked-topics', 'checked-topics-arabic', 'right-to-left-farsi']) expect(ids).toContain(`elements-offer-search--${name}`);
    for (const name of ['loaded', 'preset', 'linked-to-search']) expect(ids).toContain(`elements-offer-map--${name}`);
    for (const name of ['week', 'recurring', 'preset', 'right-to-left-farsi']) expect(ids).toContain(`elements-event-list--${name}`);
    for (const name of ['list', 'german-level-b-1', 'company-mode', 'right-to-left-farsi']) expect(ids).toContain(`elements-job-board--${name}`);
  });

  it('follow the language and direction toolbars where a story sets no language of its own', async () => {
    // [globals in the URL, the element's language, the page's (story root's) direction]
    const cases = [
      ['', 'de', 'ltr'],
      ['&globals=locale:ar', 'ar', 'rtl'],
      ['&globals=locale:uk', 'uk', 'ltr'],
      ['&globals=locale:de;direction:rtl', 'de', 'rtl'],
      ['&globals=locale:fa;direction:ltr', 'fa', 'ltr'],
    ];
    for (const [globals, lang, pageDir] of cases) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
      await page.goto(`${base}/iframe.html?id=elements-job-board--list&viewMode=story${globals}`);
      await page.waitForFunction((l) => document.querySelector('job-board')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === l, lang, { timeout: 15_000 });
      const seen = await page.evaluate(() => ({
        own: document.querySelector('job-board')?.getAttribute('lang'),
        page: document.querySelector('.story-root')?.getAttribute('dir'),
        element: document.querySelector('job-board')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir'),
      }));
      // The element has no `lang` of its own: it follows the page; its direction follows its language.
      expect(seen, globals).toEqual({ own: null, page: pageDir, element: isRtl(lang) ? 'rtl' : 'ltr' });
      await page.close();
    }
  });

  it('set a language of their own only where the story is about one language', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${base}/iframe.html?id=elements-job-board--right-to-left-arabic&viewMode=story&globals=locale:de`);
    await page.waitForFunction(() => document.querySelector('job-board')?.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === 'ar', null, { timeout: 15_000 });
    expect(await page.evaluate(() => [document.querySelector('job-board')?.getAttribute('lang'), document.querySelector('.story-root')?.getAttribute('dir')])).toEqual(['ar', 'rtl']);
    await page.close();
  });

  it('set the element’s attributes and custom properties from Controls, on the same element', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${base}/iframe.html?id=elements-job-board--list&viewMode=story&args=level:B1`);
    await page.waitForFunction(() => document.querySelector('job-board')?.shadowRoot?.querySelector('[part="card"]'), null, { timeout: 15_000 });
    expect(await page.evaluate(() => document.querySelector('job-board')?.getAttribute('level'))).toBe('B1');
    await page.evaluate(() => {
      (window as unknown as { first: Element | null }).first = document.querySelector('job-board');
      (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, a: object): void } }).__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', {
        storyId: 'elements-job-board--list',
        updatedArgs: { level: undefined, 'hide-filters': 'place', '--wk-accent': '#7a1f5c' },
      });
    });
    await page.waitForFunction(() => document.querySelector('job-board')?.getAttribute('hide-filters') === 'place', null, { timeout: 5_000 });
    expect(
      await page.evaluate(() => {
        const el = document.querySelector('job-board') as HTMLElement;
        return { same: el === (window as unknown as { first: Element | null }).first, level: el.getAttribute('level'), accent: el.style.getPropertyValue('--wk-accent'), lang: el.getAttribute('lang') };
      }),
    ).toEqual({ same: true, level: null, accent: '#7a1f5c', lang: null });
    await page.close();
  });

  // A story with a language of its own is checked in it; every other story in all nine locales,
  // switched with the toolbar's global as a visitor of Storybook would. Three stories at a time,
  // each in a page of its own.
  it.concurrent.for(stories.map((s) => [s.id, s] as const))('%s renders without errors, and axe finds nothing in any language', { timeout: 120_000 }, async ([, story], { expect }) => withPage(async (page) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const [element, selector, german] = expected(story.id);
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
    if (german && !ownLanguage) {
      await ready('de');
      const text = () => page.evaluate(([tag, sel]) => document.querySelector(tag)?.shadowRoot?.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim(), [element, selector] as const);
      const pattern = german instanceof RegExp ? german : new RegExp(`^${String(de[german.id]).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      await expect.poll(text, { timeout: 5_000 }).toMatch(pattern);
    }
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
  }));
});
