// Screenshots of the demo in headless Chromium at phone (390 px) and desktop width, in German
// and Arabic (and whatever else is asked for), to look at what was built:
//   node scripts/screenshots.mjs [--lang de,ar] [--query text] [--open] [--out .tmp/screenshots]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
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
// --map: agree to the map; tiles are answered locally with a plain tile (nothing leaves the machine).
const showMap = args.includes('--map');

/** A 256×256 PNG in one colour, with a grid line, standing in for map tiles. */
function plainTile() {
  const size = 256;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const edge = x === 0 || y === 0;
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = edge ? 200 : 232;
      raw[o + 1] = edge ? 205 : 236;
      raw[o + 2] = edge ? 196 : 226;
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    let c = ~0;
    for (const byte of body) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    crc.writeUInt32BE(~c >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const TILE = plainTile();
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
    await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
    page.on('pageerror', (e) => problems.push(`${label}/${lang}: ${e.message}`));
    await page.goto(`${url}/demo/?lang=${lang}${query ? `&wk-q=${encodeURIComponent(query)}` : ''}`);
    await page.waitForFunction(() => document.querySelector('offer-search')?.shadowRoot?.querySelector('.cards, .empty, [role=alert]'), null, { timeout: 15_000 });
    if (showMap) {
      await page.locator('offer-map [part="placeholder"] button').click();
      await page.waitForFunction(() => (document.querySelector('offer-map')?.shadowRoot?.querySelectorAll('.leaflet-marker-icon').length ?? 0) > 0, null, { timeout: 15_000 });
      await page.waitForTimeout(500);
    }
    if (openFirst) {
      await page.locator('offer-search .cards a').first().click();
      await page.waitForTimeout(200);
    }
    const file = `${out}/${label}-${lang}${query ? '-query' : ''}${showMap ? '-map' : ''}${openFirst ? '-detail' : ''}.png`;
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
