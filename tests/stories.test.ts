// Every story renders the state it names, without an error (needs the Storybook build that
// `npm test` makes in .tmp/storybook-static).
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const dir = new URL('../.tmp/storybook-static/', import.meta.url).pathname;
const built = existsSync(`${dir}index.json`);
const stories = built
  ? Object.values(JSON.parse(readFileSync(`${dir}index.json`, 'utf8')).entries as Record<string, { id: string; name: string; type: string }>).filter((e) => e.type === 'story')
  : [];

/** What each story must show inside the element's shadow root. */
const EXPECTED: Record<string, string> = {
  loading: '[part="status"]',
  'load-error': '[part="error"]',
  'stale-copy': '[part="stale"]',
  'empty-result': '.empty',
  detail: '.detail',
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

describe.skipIf(!built)('stories', () => {
  it('cover the states a visitor can meet', () => {
    const names = stories.map((s) => s.id.split('--')[1]);
    for (const state of Object.keys(EXPECTED)) expect(names).toContain(state);
    expect(names).toEqual(expect.arrayContaining(['many-results', 'right-to-left-arabic', 'themed', 'german', 'spanish']));
  });

  it.each(stories.map((s) => [s.id, s]))('%s renders without errors', async (_id, story) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const selector = EXPECTED[story.id.split('--')[1]] ?? '.cards li';
    await page.waitForFunction((sel) => !!document.querySelector('offer-search')?.shadowRoot?.querySelector(sel), selector, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
