// Screenshots of the demo in headless Chromium at phone (390 px) and desktop width, in German
// and Arabic (and whatever else is asked for), to look at what was built:
//   node scripts/screenshots.mjs [--lang de,ar] [--query text] [--open] [--out .tmp/screenshots]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const langs = option('lang', 'de,ar').split(',');
const query = option('query', '');
const openFirst = args.includes('--open');
const out = option('out', '.tmp/screenshots');
const root = new URL('..', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'ignore' });

const { server, url } = await serve({ root });
const browser = await launchChromium();
const problems = [];
for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  for (const lang of langs) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    page.on('console', (m) => m.type() === 'error' && problems.push(`${label}/${lang}: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${label}/${lang}: ${r.status()} ${r.url()}`));
    page.on('pageerror', (e) => problems.push(`${label}/${lang}: ${e.message}`));
    await page.goto(`${url}/demo/?lang=${lang}${query ? `&wk-q=${encodeURIComponent(query)}` : ''}`);
    await page.waitForFunction(() => document.querySelector('offer-search')?.shadowRoot?.querySelector('.cards, .empty, [role=alert]'), null, { timeout: 15_000 });
    if (openFirst) {
      await page.locator('offer-search .cards a').first().click();
      await page.waitForTimeout(200);
    }
    const file = `${out}/${label}-${lang}${query ? '-query' : ''}${openFirst ? '-detail' : ''}.png`;
    // The top of the page, then the widget itself (its first screens).
    await page.screenshot({ path: file });
    const box = await page.locator('offer-search').boundingBox();
    if (box) {
      await page.setViewportSize({ width, height: Math.min(2400, Math.ceil(box.y + box.height) + 20) });
      await page.screenshot({ path: file.replace('.png', '-widget.png'), clip: { x: 0, y: box.y - 10, width, height: Math.min(1400, box.height + 20) } });
    }
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
