// npm run bench: measures in headless Chromium and writes bench/results.json (a flat object of
// named numbers, so each run can be compared with the last). Needs `npm run build` first (done here).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { runImportBench } from './import-bench.mjs';
import { runKeyboardBench } from './keyboard.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });

const { server, url } = await serve({ root });
const browser = await launchChromium(['--js-flags=--max-old-space-size=4096']);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error(e));
await page.goto(`${url}/bench/bench.html`);
await page.waitForFunction(() => typeof window.runSearchBench === 'function' && typeof window.runMapBench === 'function');
const results = {};
for (const n of sizes) {
  console.log(`search bench at ${n} offers…`);
  Object.assign(results, await page.evaluate((size) => window.runSearchBench([size]), n));
}
for (const n of sizes) {
  console.log(`map bench at ${n} offers…`);
  Object.assign(results, await page.evaluate((size) => window.runMapBench([size]), n));
}
await browser.close();
console.log('keyboard: key presses per task and tab stops per element on the demo page…');
Object.assign(results, await runKeyboardBench(url));
server.close();

console.log('import bench: a 10,000-row HSDS CSV package…');
Object.assign(results, runImportBench(10_000));

const sizesFile = `${root}dist/sizes.json`;
if (existsSync(sizesFile)) {
  for (const [entry, bytes] of Object.entries(JSON.parse(readFileSync(sizesFile, 'utf8')))) results[`size.gzip_kb.${entry}`] = Math.round(bytes / 102.4) / 10;
}
const sample = readFileSync(`${root}demo/catalogue.json`);
results['size.sample_catalogue_kb'] = Math.round(sample.length / 1024);
results['size.sample_catalogue_gzip_kb'] = Math.round(gzipSync(sample).length / 1024);

const file = `${root}bench/results.json`;
const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log('\nfigure'.padEnd(44), 'now'.padStart(10), 'last'.padStart(10));
for (const [key, value] of Object.entries(results)) {
  console.log(key.padEnd(44), String(value).padStart(10), String(previous[key] ?? '–').padStart(10));
}
