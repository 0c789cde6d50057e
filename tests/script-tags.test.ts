// The script-tag files as a host page uses them (needs the build that `npm test` makes): files used
// together share their code and their catalogue download; the catalogue request leaves as soon as
// the file runs, in parallel with the elements' code; the optional preload line is used, not doubled.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT as root, startBrowserPage } from './helpers/browser-page';

let browser: Browser;
let base = '';
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  ({ base, browser, close } = await startBrowserPage());
  // The sample catalogue as a pack, for the page that uses one.
  rmSync(`${root}.tmp/test-pack`, { recursive: true, force: true });
  spawnSync(process.execPath, [`${root}bin/willkommen-widgets.js`, 'pack', 'demo/catalogue.json', '.tmp/test-pack'], { cwd: root });
}, 30_000);
afterAll(() => close());

type Seen = { url: string; started: number; ended: number };
/** Opens a page and notes every request with when it started and ended (ms since navigation). */
async function open(path: string, latencyMs = 0): Promise<{ page: Page; requests: Seen[]; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  // (A missing favicon is the test page's, not the kit's.)
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
  if (latencyMs) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  // When the page creates a worker, and when the elements are defined (their code has run).
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        marks.worker ??= performance.now();
        super(url, options);
      }
    };
    customElements.whenDefined('offer-search').then(() => (marks.defined = performance.now()));
  });
  await page.goto(`${base}/tests/fixtures/pages/${path}`);
  return { page, requests: [], errors };
}
async function timings(page: Page): Promise<Seen[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ url: e.name, started: Math.round(e.startTime), ended: Math.round((e as PerformanceResourceTiming).responseEnd) })),
  );
}
const ready = (page: Page, tag: string, selector: string) =>
  page.waitForFunction(([t, s]) => !!document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector], { timeout: 20_000 });

describe('script-tag files', () => {
  it('used together share their modules and one catalogue download', async () => {
    const { page, errors } = await open('two-files.html');
    await ready(page, 'offer-search', '.cards a');
    await ready(page, 'job-board', 'a[data-job]');
    const seen = await timings(page);
    const catalogue = seen.filter((r) => r.url.endsWith('/demo/catalogue.json'));
    expect(catalogue).toHaveLength(1);
    // Each module once: the shared code (Lit, the loader, the base element) is not loaded twice.
    const modules = seen.filter((r) => r.url.includes('/dist/cdn/')).map((r) => r.url);
    expect(new Set(modules).size).toBe(modules.length);
    expect(modules.filter((u) => /\/chunks\/offer-search\.elements-/.test(u))).toHaveLength(1);
    expect(modules.filter((u) => /\/chunks\/job-board\.elements-/.test(u))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('start the catalogue download and the validator with the elements’ code, not after it', async () => {
    // 150 ms each way: one round trip more or less is plain to see.
    const { page, errors } = await open('two-files.html', 150);
    await ready(page, 'offer-search', '.cards a');
    const seen = await timings(page);
    const find = (pattern: RegExp) => seen.find((r) => pattern.test(r.url)) as Seen;
    const file = find(/\/dist\/cdn\/offer-search\.js$/);
    const catalogue = find(/\/demo\/catalogue\.json$/);
    const elements = find(/\/chunks\/offer-search\.elements-/);
    // The modules the file asks for at once are listed in it.
    // (Translations are listed too; only the page's language is asked for.)
    const listed = [...(await (await fetch(`${base}/dist/cdn/offer-search.js`)).text()).matchAll(/\.\/chunks\/[\w.-]+\.js/g)]
      .map((m) => m[0].slice(1))
      .filter((name) => !/\/chunks\/(?:ar|fa|uk|ru|tr|fr|es)-/.test(name));
    const shared = seen.filter((r) => listed.some((l) => r.url.endsWith(l)));
    expect(shared.length).toBe(listed.length);
    const workers = seen.filter((r) => /validate-worker-/.test(r.url));
    // The catalogue request leaves as soon as the script-tag file has arrived…
    expect(catalogue.started).toBeLessThan(file.ended + 100);
    // …together with every module of the elements' code (asked for at once, not one level after the other)…
    expect(catalogue.started).toBeLessThan(elements.ended);
    expect(Math.max(...shared.map((r) => r.started)) - Math.min(...shared.map((r) => r.started))).toBeLessThan(150);
    // …and the validator's worker is started before the elements' code has run (one worker, taken
    // over by the loader).
    expect(workers).toHaveLength(1);
    const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
    expect(marks.worker).toBeLessThan(marks.defined);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('all-in-one: bring the code of the elements in the page first, then the rest and the API', async () => {
    const { page, errors } = await open('all-in-one.html', 50);
    await ready(page, 'offer-search', '.cards a');
    const first = (await timings(page)).filter((r) => r.url.includes('/dist/cdn/'));
    // The code of the elements that are not in the page is asked for only after the page's element's.
    expect(first.some((r) => /\/chunks\/offer-search\.elements-/.test(r.url))).toBe(true);
    const rest = (seen: Seen[]) => seen.filter((r) => /\/chunks\/(?:job-board|event-list|offer-map|willkommen-widgets)\.elements-/.test(r.url));
    for (const r of rest(first)) expect(r.started).toBeGreaterThan(first.find((f) => /offer-search\.elements-/.test(f.url))!.ended);
    // Then the rest comes: the package's API from the file, and an element added later works.
    // (A string, so the test runner does not rewrite the page's import.)
    const api = await page.evaluate(`import('/dist/cdn/willkommen-widgets.js').then((kit) =>
      ['configureLoader', 'fetchCatalogue', 'registerElements', 'OfferSearch'].filter((name) => typeof kit[name] === 'function'))`);
    expect(api).toEqual(['configureLoader', 'fetchCatalogue', 'registerElements', 'OfferSearch']);
    await page.evaluate(() => {
      const board = document.createElement('job-board');
      board.setAttribute('src', '../../../demo/catalogue.json');
      document.querySelector('main')!.append(board);
    });
    await ready(page, 'job-board', 'a[data-job]');
    expect(rest(await timings(page)).some((r) => /willkommen-widgets\.elements-/.test(r.url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  /**
   * Two visits of the pack page in one browser profile; on the second the server is slow, so what
   * shows first is the saved copy. `between` runs in the first page once its copies are kept.
   */
  async function returningVisit(between?: (page: Page) => Promise<void>) {
    const context = await browser.newContext();
    const visit = async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        const marks: Record<string, number> = {};
        (window as unknown as { __marks: Record<string, number> }).__marks = marks;
        // When the worker is first asked to validate something (keeping a copy is not validating).
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
          if (!(args[0] as { onlySave?: boolean })?.onlySave) marks.validate ??= performance.now();
          return (post as (...a: unknown[]) => void).apply(this, args);
        };
        customElements.whenDefined('offer-search').then(() => (marks.defined = performance.now()));
        const look = () => {
          if (document.querySelector('offer-search')?.shadowRoot?.querySelector('.cards a')) marks.cards = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await page.goto(`${base}/tests/fixtures/pages/pack.html`);
      await ready(page, 'offer-search', '.cards a');
      return { page, errors };
    };
    const cardsOf = (page: Page) => page.evaluate(() => [...document.querySelector('offer-search')!.shadowRoot!.querySelectorAll('.cards a')].map((a) => a.textContent));
    const first = await visit();
    // The whole first page of cards, after the first frame.
    await first.page.waitForFunction(() => document.querySelector('offer-search')!.shadowRoot!.querySelectorAll('.cards a').length === 20);
    const cards = await cardsOf(first.page);
    // The saved copies are written by the worker once the list has arrived.
    await first.page.waitForTimeout(1000);
    await between?.(first.page);
    await first.page.close();
    await context.route('**/.tmp/test-pack/index.json', async (route) => {
      await new Promise((done) => setTimeout(done, 3000));
      await route.continue();
    });
    const second = await visit();
    await second.page.waitForFunction(() => document.querySelector('offer-search')!.shadowRoot!.querySelectorAll('.cards a').length === 20);
    const result = {
      marks: await second.page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks),
      cards: await cardsOf(second.page),
      expected: cards,
      errors: [...first.errors, ...second.errors],
      kept: await second.page.evaluate(async () => (await (await caches.open('willkommen-widgets:catalogues:v1')).keys()).map((r) => r.url)),
    };
    await context.close();
    return result;
  }

  it('on a returning visit, show the saved pack as the validator left it, read while the elements’ code loads', async () => {
    const { marks, cards, expected, errors, kept } = await returningVisit();
    expect(cards).toEqual(expected);
    // Nothing was validated again before the saved cards were shown (the server was still silent).
    expect(marks.validate === undefined || marks.validate > marks.cards).toBe(true);
    // What the validator made of the index and of the part shown first is kept beside them, once;
    // the list's later parts are kept as they came (validated again when they are needed).
    const name = (url: string) => url.replace(/.*\/test-pack\//, '').replace(/\.[0-9a-f]{12}\.json$/, '');
    const results = kept.filter((url) => url.includes('willkommen-validated=')).map((url) => name(new URL(url).searchParams.get('willkommen-validated')!));
    const copies = kept.filter((url) => !url.includes('willkommen-validated=')).map(name);
    expect(results.sort()).toEqual(['index.json', 'offers-ar-0']);
    expect(copies).toContain('offers-ar-1');
    expect(errors).toEqual([]);
  });

  it('on a returning visit, validate the saved copy again when what the validator left does not match it', async () => {
    const { marks, cards, expected, errors } = await returningVisit(async (page) => {
      // Damaged results, and results that belong to other bytes: neither is used.
      await page.evaluate(async () => {
        const cache = await caches.open('willkommen-widgets:catalogues:v1');
        for (const request of await cache.keys()) {
          if (!request.url.includes('willkommen-validated=')) continue;
          const print = (await cache.match(request))!.headers.get('x-willkommen-fingerprint')!;
          const damaged = request.url.includes('index.json')
            ? new Response('{"catalogue":', { headers: { 'x-willkommen-fingerprint': print } })
            : new Response(JSON.stringify({ catalogue: { offers: [{ id: 'x', title: 'Not from this copy' }] }, problems: [] }), { headers: { 'x-willkommen-fingerprint': 'other' } });
          await cache.put(request, damaged);
        }
      });
    });
    expect(cards).toEqual(expected);
    expect(cards).not.toContain('Not from this copy');
    // The copies were validated again before their cards were shown (the server was still silent).
    expect(marks.validate).toBeLessThan(marks.cards);
    expect(errors).toEqual([]);
  });

  it('use the catalogue a host preloads with the line in the README, without a second download', async () => {
    const { page, errors } = await open('preload.html');
    await ready(page, 'offer-search', '.cards a');
    const catalogue = (await timings(page)).filter((r) => r.url.endsWith('/demo/catalogue.json'));
    expect(catalogue).toHaveLength(1);
    expect(errors.filter((e) => /preload/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('start the part of a pack the element shows, in the page’s language, as soon as the index is there', async () => {
    const { page, errors } = await open('pack.html', 150);
    await ready(page, 'offer-search', '.cards a');
    const seen = await timings(page);
    const parts = seen.filter((r) => r.url.includes('/.tmp/test-pack/')).map((r) => r.url.replace(/.*\/test-pack\//, '').replace(/\.[0-9a-f]{12}\.json$/, ''));
    expect(parts.sort()).toEqual(['index.json', 'offers-ar-0']);
    const list = seen.find((r) => /\/offers-ar-0\./.test(r.url)) as Seen;
    const elements = seen.find((r) => /\/chunks\/offer-search\.elements-/.test(r.url)) as Seen;
    expect(list.started).toBeLessThan(elements.ended);
    expect(errors).toEqual([]);
    await page.close();
  });
});
