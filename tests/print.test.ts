// The print view of an offer: what the element hands to the print dialog fits on one A4 page,
// in German and in Arabic (needs the build that `npm test` makes first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
let browser: Browser;
let base = '';
let close = () => undefined as void;

beforeAll(async () => {
  const { server, url } = await serve({ root });
  base = url;
  close = () => void server.close();
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  close();
});

describe('printing an offer', () => {
  for (const lang of ['de', 'ar']) {
    it(`fits on one page (${lang})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/demo/?lang=${lang}`);
      await page.waitForFunction(() => (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards a').length ?? 0) > 0);
      // The offer with the longest description in the sample.
      const id = await page.evaluate(async () => {
        const catalogue = await (await fetch('catalogue.json')).json();
        const length = (o: { description?: Record<string, string> }) => Object.values(o.description ?? {}).join('').length;
        return catalogue.offers.reduce((a: { id: string }, b: { id: string }) => (length(b as never) > length(a as never) ? b : a)).id as string;
      });
      await page.evaluate((offer) => (document.querySelector('offer-search') as HTMLElement & { open(id: string): void }).open(offer), id);
      await page.waitForFunction(() => !!document.querySelector('offer-search')?.shadowRoot?.querySelector('.detail'));
      // Keep the dialog from opening and keep the frame that would be printed.
      await page.evaluate(() => {
        const desc = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow') as PropertyDescriptor;
        Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
          configurable: true,
          get() {
            const w = desc.get?.call(this) as Window | null;
            const frame = this as HTMLIFrameElement;
            if (w) w.print = () => void ((window as unknown as { printed: HTMLIFrameElement }).printed = frame);
            return w;
          },
        });
      });
      await page.locator('offer-search .detail-actions button').nth(2).click();
      await page.waitForFunction(() => !!(window as unknown as { printed?: HTMLIFrameElement }).printed);
      const html = await page.evaluate(() => {
        const doc = (window as unknown as { printed: HTMLIFrameElement }).printed.contentDocument as Document;
        const css = doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
        return `<!doctype html><html lang="${doc.documentElement.lang}" dir="${doc.documentElement.dir}"><head><meta charset="utf-8"><style>${css}</style></head><body>${doc.body.innerHTML}</body></html>`;
      });
      expect(html).toContain('class="detail"');
      expect(html).not.toContain('class="detail-actions"');
      const print = await browser.newPage();
      await print.setContent(html);
      const pdf = await print.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(1);
      await print.close();
      await page.close();
    });
  }
});
