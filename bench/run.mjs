// npm run bench: measures in headless Chromium and writes bench/results.json (a flat object of
// named numbers, so each run can be compared with the last). Needs `npm run build` first (done here).
// The search and map benches run on generated catalogues of realistic offers (bench/make-catalogue.mjs),
// made once per size under .tmp/bench/; typing is measured with real key presses.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { runImportBench } from './import-bench.mjs';
import { runKeyboardBench } from './keyboard.mjs';
import { runNetworkBench } from './network.mjs';
import { SOURCES } from './make-catalogue.mjs';
import { serve } from '../scripts/serve.mjs';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
// The catalogue validator on the main thread, for the parse-and-validate figure (the script-tag
// files run it in a worker and do not export it): a bundle of its own for the bench page.
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: { outDir: '.tmp/bench/lib', emptyOutDir: true, target: 'es2022', minify: true, lib: { entry: 'src/catalogue/parse.ts', formats: ['es'], fileName: 'parse' } },
});

/** The catalogue of `n` offers under the served root, made again when the generator or its data changed. */
function ensureCatalogue(n) {
  const file = `${root}.tmp/bench/catalogue-${n}.json`;
  const made = existsSync(file) ? statSync(file).mtimeMs : 0;
  if (SOURCES.some((source) => statSync(source).mtimeMs > made)) {
    console.log(`catalogue of ${n} offers…`);
    // In a process of its own: at 100,000 offers the generator holds about a gigabyte while it writes.
    execFileSync(process.execPath, ['--max-old-space-size=4096', `${root}bench/make-catalogue.mjs`, String(n), file], { stdio: 'inherit' });
  }
  return file;
}
for (const n of sizes) ensureCatalogue(n);

const typing = JSON.parse(readFileSync(new URL('./data/queries.json', import.meta.url), 'utf8'));
const { layouts, keyCodes } = JSON.parse(readFileSync(new URL('./data/keyboard-layouts.json', import.meta.url), 'utf8'));
/** Time from one key press to the next at the least: a quick typist's pace. */
const PACE_MS = 100;

/**
 * Presses the key that types `char` on a keyboard layout. Keys on the US layout Playwright knows
 * (Latin letters, digits, space, hyphen) go through page.keyboard.press. For the others (ä, ß,
 * Arabic, Persian, Cyrillic) page.keyboard.type would insert the text without any key event, so they
 * are sent as Playwright sends keys, by the DevTools protocol, with the key, code and key code of
 * that layout: keydown, keypress, input and keyup, as from a real keyboard.
 */
function keyboard(page, cdp) {
  const keyFor = new Map();
  for (const [name, keys] of Object.entries(layouts)) {
    for (const [code, chars] of Object.entries(keys)) {
      chars.forEach((c, shifted) => keyFor.has(`${name}:${c}`) || keyFor.set(`${name}:${c}`, { code, shifted: shifted === 1 }));
    }
  }
  return async (char, layout) => {
    if (char === '⌫') return page.keyboard.press('Backspace');
    if (/^[a-zA-Z0-9 -]$/.test(char)) return page.keyboard.press(char === ' ' ? 'Space' : char);
    const key = keyFor.get(`${layout}:${char}`);
    if (!key) throw new Error(`no key types "${char}" on the ${layout} layout`);
    const keyCode = key.code.startsWith('Key') ? key.code.charCodeAt(3) : keyCodes[key.code];
    const event = { key: char, code: key.code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers: key.shifted ? 8 : 0 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event, text: char, unmodifiedText: char });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  };
}

/** Types every query into the real <offer-search> of a catalogue of `n` offers, and empties the field after each. */
async function typingBench(page, cdp, n, indexMs) {
  await page.evaluate(([size, ms]) => window.searchTyping.open(size, ms), [n, indexMs]);
  await page.locator('offer-search #search').click();
  const press = keyboard(page, cdp);
  let count = 0;
  let last = 0;
  const pressed = async (char, layout) => {
    const wait = last + PACE_MS - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    last = Date.now();
    await press(char, layout);
    // Every key here changes the field; the page answers once that keystroke is measured.
    const measured = await page.evaluate((c) => window.searchTyping.measured(c), ++count);
    if (measured < count) throw new Error(`key "${char}" was not measured (${measured} of ${count})`);
  };
  for (const query of typing.queries) {
    await page.evaluate((label) => window.searchTyping.label(label), query.script);
    for (const char of query.text) await pressed(char, query.layout);
    await page.evaluate(() => window.searchTyping.label('clear'));
    await page.keyboard.press('Control+A');
    await pressed('⌫');
  }
  const { results, slowest } = await page.evaluate(() => window.searchTyping.finish());
  console.log(`  slowest keystrokes: ${slowest.map((s) => `${s.ms} ms (${s.script}, "${s.value}")`).join('; ')}`);
  return results;
}

const { server, url } = await serve({ root });
const browser = await launchChromium(['--js-flags=--max-old-space-size=4096']);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error(e));
const cdp = await page.context().newCDPSession(page);
await page.goto(`${url}/bench/bench.html`);
await page.waitForFunction(() => typeof window.runSearchBench === 'function' && typeof window.runMapBench === 'function' && !!window.searchTyping);
const results = {};
for (const n of sizes) {
  console.log(`search bench at ${n} offers…`);
  Object.assign(results, await page.evaluate((size) => window.runSearchBench([size]), n));
  console.log(`typing at ${n} offers…`);
  Object.assign(results, await typingBench(page, cdp, n, results[`search.index_complete_ms.${n}`]));
}
for (const n of sizes) {
  console.log(`map bench at ${n} offers…`);
  Object.assign(results, await page.evaluate((size) => window.runMapBench([size]), n));
}
await browser.close();
console.log('keyboard: key presses per task and tab stops per element on the demo page…');
Object.assign(results, await runKeyboardBench(url));
server.close();

console.log('network: first card on 3G and 4G, second visits, whole catalogues and memory, as documents and as packs…');
Object.assign(
  results,
  await runNetworkBench({
    root,
    catalogues: [`${root}demo/catalogue.json`, ...sizes.filter((n) => n >= 10_000).map((n) => `${root}.tmp/bench/catalogue-${n}.json`)],
    packs: true,
    runs: Number(process.env.BENCH_RUNS ?? 3),
  }),
);

console.log('import bench: a 10,000-row HSDS CSV package…');
Object.assign(results, runImportBench(10_000));

const sizesFile = `${root}dist/sizes.json`;
if (existsSync(sizesFile)) {
  for (const [entry, bytes] of Object.entries(JSON.parse(readFileSync(sizesFile, 'utf8')))) results[`size.gzip_kb.${entry}`] = Math.round(bytes / 102.4) / 10;
}
const sample = readFileSync(`${root}demo/catalogue.json`);
results['size.sample_catalogue_kb'] = Math.round(sample.length / 1024);
results['size.sample_catalogue_gzip_kb'] = Math.round(gzipSync(sample).length / 1024);
for (const n of sizes) results[`size.bench_catalogue_mb.${n}`] = Math.round(statSync(`${root}.tmp/bench/catalogue-${n}.json`).size / 1024 / 102.4) / 10;

const file = `${root}bench/results.json`;
const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log('\nfigure'.padEnd(44), 'now'.padStart(10), 'last'.padStart(10));
for (const [key, value] of Object.entries(results)) {
  console.log(key.padEnd(44), String(value).padStart(10), String(previous[key] ?? '–').padStart(10));
}
