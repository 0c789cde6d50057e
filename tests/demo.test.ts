// The README's demo command, end to end: `npm start` serves the host page under a strict CSP, and
// the widget shows the sample catalogue in German and Arabic without a console error.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { axeFindings } from './helpers/axe-page.js';

const root = new URL('..', import.meta.url).pathname;
let server: ChildProcess;
let base = '';
let browser: Browser;
/** A 1×1 grey PNG. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  // npm test has just built dist/; `npm start` builds it itself.
  server = spawn(process.execPath, [`${root}scripts/start.mjs`], { cwd: root, env: { ...process.env, PORT: '0', WK_SKIP_BUILD: '1' } });
  base = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /Demo: (http:\/\/\S+?)\/demo\//.exec(output);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('the demo', () => {
  it('serves the catalogue and its JSON Schema', async () => {
    const catalogue = await (await fetch(`${base}/demo/catalogue.json`)).json();
    expect(catalogue.format).toBe('willkommen-catalogue');
    const schema = await (await fetch(`${base}/schema/catalogue-v1.schema.json`)).json();
    expect(schema.title).toMatch(/Willkommen catalogue/);
  });

  for (const [lang, width] of [['de', 320], ['ar', 390]] as const) {
    it(`shows the offers in ${lang} at ${width} px under a strict Content-Security-Policy, without errors`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const failed: string[] = [];
      const loaded: string[] = [];
      page.on('response', (r) => (r.status() >= 400 ? failed : loaded).push(r.url()));
      const response = await page.goto(`${base}/demo/?lang=${lang}`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.waitForFunction(() => (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards li').length ?? 0) > 0, null, { timeout: 15_000 });
      const wrapper = page.locator('offer-search [part="base"]');
      expect(await wrapper.getAttribute('lang')).toBe(lang);
      expect(await wrapper.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const heading = await page.locator('offer-search #count').textContent();
      expect(heading).toMatch(lang === 'ar' ? /[\u0600-\u06ff]/ : /Angebote/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
      // Open an offer: the details fit too.
      await page.locator('offer-search .cards a').first().click();
      await page.waitForFunction(() => !!document.querySelector('offer-search')?.shadowRoot?.querySelector('.detail'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      expect(errors).toEqual([]);
      // Every file the kit asked for was there, and the catalogue was validated in the worker.
      expect(failed).toEqual([]);
      expect(loaded.some((url) => /\/dist\/cdn\/assets\/validate-worker-[\w-]+\.js$/.test(url))).toBe(true);
      await page.close();
    });
  }

  it('shows the same page from the sample packed, loading only the parts each element shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const loaded: string[] = [];
    page.on('response', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${base}/demo/?pack&lang=de`);
    await page.waitForFunction(() => (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards li').length ?? 0) > 0 && (document.querySelector('job-board')?.shadowRoot?.querySelectorAll('a[data-job]').length ?? 0) > 0, null, { timeout: 15_000 });
    const parts = loaded.filter((p) => p.startsWith('/demo/pack/')).map((p) => p.replace('/demo/pack/', '').replace(/\.[0-9a-f]{12}\.json$/, ''));
    expect(new Set(parts)).toEqual(new Set(['index.json', 'offers-de-0', 'events', 'jobs']));
    expect(loaded).not.toContain('/demo/catalogue.json');
    expect(errors).toEqual([]);
    await page.close();
  });

  // The whole page, as a visitor meets it with the map loaded: axe finds nothing, and contrast is
  // really checked in the page and in each element, the map included.
  for (const lang of ['de', 'ar', 'uk'] as const) {
    it(`passes axe (WCAG 2.1 AA) with the map loaded, contrast checked everywhere (${lang})`, async () => {
      // (The page's CSP would refuse axe's script: bypassed for this test only.)
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      // No tile server in the test: a grey tile stands in for OpenStreetMap's.
      await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ contentType: 'image/png', body: TILE }));
      await page.goto(`${base}/demo/?lang=${lang}`);
      const ready = (tag: string, selector: string) =>
        page.waitForFunction(([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector], { timeout: 15_000 });
      await ready('offer-search', '.cards a');
      await ready('event-list', '[part="day"]');
      await ready('job-board', 'a[data-job]');
      await page.locator('offer-map [part="placeholder"] button').click();
      await ready('offer-map', '.leaflet-marker-icon');
      await page.waitForTimeout(500);
      const result = await axeFindings(page);
      expect(result.violations).toEqual([]);
      expect(result.undecided).toEqual([]);
      for (const where of ['page', 'offer-search', 'offer-map', 'event-list', 'job-board']) {
        expect(result.contrastChecked[where] ?? 0, `texts whose contrast was checked in ${where}`).toBeGreaterThan(where === 'offer-map' ? 5 : 20);
      }
      await page.close();
    });
  }
});
