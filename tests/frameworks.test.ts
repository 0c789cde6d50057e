// The kit where sites are built with frameworks, and as it is published (needs the build that
// `npm test` makes): the React and Vue example apps type-check against the typings generated from
// the manifest (and deliberately wrong uses do not), build with Vite and work in Chromium; the
// script tags the build prints load the elements from a CDN path with the file's integrity hash;
// the package holds what a user needs, nothing else, and passes publint and arethetypeswrong.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { staleTypeFiles } from '../scripts/build-framework-types.mjs';
import { integrityReport, scriptTag } from '../scripts/cdn-integrity.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(`${tmpdir()}/wk-frameworks-`);

interface Run {
  code: number | null;
  output: string;
}
/** Runs a command in the repository; resolves with its exit code and what it printed. */
function run(command: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}
const node = (...args: string[]) => run(process.execPath, args);

// The slow parts start at once and run side by side; each test waits for the one it needs.
let typecheckReact: Promise<Run>;
let typecheckVue: Promise<Run>;
let builds: Promise<Run[]>;
let packed: Promise<{ files: string[]; attw: Run; publint: Run }>;
let browser: Browser;
let base = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  typecheckReact = node('node_modules/typescript/bin/tsc', '-p', 'examples/type-errors/tsconfig.react.json');
  typecheckVue = node('examples/vue/vue-tsc.cjs', '-p', 'examples/type-errors/tsconfig.vue.json');
  const vite = (app: string) => node('node_modules/vite/bin/vite.js', 'build', `examples/${app}`, '--outDir', `${out}/${app}`, '--emptyOutDir', '--logLevel', 'warn');
  builds = Promise.all([vite('react'), vite('vue')]);
  packed = (async () => {
    // The tarball `npm publish` would upload (without running the build: npm test has just made it).
    const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out]);
    const [{ filename, files: list }] = JSON.parse(pack.output.slice(pack.output.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const files = list.map((f) => f.path);
    // An ES module package: Node ≥ 20.19 (the package's engines) also loads it with require().
    const [attw, publint] = await Promise.all([
      node('node_modules/@arethetypeswrong/cli/dist/index.js', `${out}/${filename}`, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped'),
      node('node_modules/publint/src/cli.js', '--strict'),
    ]);
    return { files, attw, publint };
  })();
  const { server, url } = await serve({ root: out });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
}, 20_000);

afterAll(async () => {
  await browser?.close();
  close();
  rmSync(out, { recursive: true, force: true });
});

interface Manifest {
  modules: { declarations?: { name: string; tagName?: string; attributes?: { name: string; privacy?: string }[]; events?: { name?: string; privacy?: string }[] }[] }[];
}
const publicName = (item: { name?: string; privacy?: string }) => !!item.name && !item.name.startsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected';

describe('framework typings', () => {
  it('are generated from the manifest and name every element, attribute and event it lists', () => {
    expect(staleTypeFiles()).toEqual([]);
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as Manifest;
    const react = readFileSync(`${root}types/react.d.ts`, 'utf8');
    const vue = readFileSync(`${root}types/vue.d.ts`, 'utf8');
    const svelte = readFileSync(`${root}types/svelte.d.ts`, 'utf8');
    const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(tags.map((d) => d.tagName).sort()).toEqual(['event-list', 'job-board', 'offer-map', 'offer-search']);
    for (const d of tags) {
      for (const file of [react, vue, svelte]) expect(file).toContain(`'${d.tagName}': `);
      /** The body of an interface the typings declare for this element. */
      const block = (file: string, name: string) => {
        const start = file.indexOf(`export interface ${d.name}${name} `);
        return start < 0 ? '' : file.slice(start, file.indexOf('\n}\n', start));
      };
      for (const a of (d.attributes ?? []).filter(publicName)) {
        expect(block(react, 'Props'), `${d.tagName} ${a.name} (React)`).toMatch(new RegExp(`^  '?${a.name}'?\\?:`, 'm'));
        expect(block(vue, 'VueProps'), `${d.tagName} ${a.name} (Vue)`).toMatch(new RegExp(`^  ${camel(a.name)}\\?:`, 'm'));
        expect(block(svelte, 'SvelteProps'), `${d.tagName} ${a.name} (Svelte)`).toMatch(new RegExp(`^  '?${a.name}'?\\?:`, 'm'));
      }
      for (const e of (d.events ?? []).filter(publicName)) {
        expect(block(react, 'Props'), `${d.tagName} ${e.name} (React)`).toContain(`'on${e.name}'?: (event: `);
        expect(block(vue, 'VueEvents'), `${d.tagName} ${e.name} (Vue)`).toContain(`'${e.name}': `);
        expect(block(svelte, 'SvelteProps'), `${d.tagName} ${e.name} (Svelte)`).toContain(`'on${e.name}'?: (event: `);
      }
    }
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    for (const framework of ['react', 'vue', 'svelte']) expect(pkg.exports[`./${framework}`]).toEqual({ types: `./types/${framework}.d.ts` });
  });

  /** Lines of a file marked as a deliberate type error. */
  const marked = (file: string) =>
    readFileSync(`${root}${file}`, 'utf8')
      .split('\n')
      .flatMap((line, i) => (/(\/\/|\{\/\*|<!--) error:/.test(line) ? [`${file}:${i + 1}`] : []));
  /** Where the compiler reported an error: file:line. */
  const reported = (output: string) => [...output.matchAll(/^(\S.*?)\((\d+),\d+\): error TS\d+/gm)].map((m) => `${resolve(root, m[1]).slice(root.length)}:${m[2]}`);

  it('type-check the React example (TypeScript 7) and reject each wrong attribute, property and listener', { timeout: 60_000 }, async () => {
    const { code, output } = await typecheckReact;
    expect(code).not.toBe(0);
    // Every error is a marked line (the app itself and the right uses pass), every marked line fails.
    expect([...new Set(reported(output))].sort()).toEqual([...marked('examples/type-errors/react.tsx'), ...marked('examples/type-errors/svelte.ts')].sort());
  });

  it('type-check the Vue example (vue-tsc, strictTemplates) and reject each wrong prop and listener', { timeout: 60_000 }, async () => {
    const { code, output } = await typecheckVue;
    expect(code).not.toBe(0);
    expect([...new Set(reported(output))].sort()).toEqual(marked('examples/type-errors/vue.vue').sort());
  });
});

/** Checked chips of the element's topic filter, by name. */
const topics = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('offer-search')?.shadowRoot?.querySelectorAll<HTMLLabelElement>('label.chip') ?? [])]
      .filter((label) => label.querySelector('input')?.checked)
      .map((label) => {
        const name = label.cloneNode(true) as HTMLLabelElement;
        name.querySelectorAll('input, .count').forEach((e) => e.remove());
        return name.textContent!.trim();
      }),
  );

describe.each(['react', 'vue'])('the %s example', (app) => {
  it('builds with Vite and shows the catalogue; the app sets a preset, hears the events and re-renders without losing the element', { timeout: 60_000 }, async () => {
    for (const build of await builds) expect(build.code, build.output).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/${app}/`);
    const listed = page.locator('#listed');
    const shown = () => page.evaluate(() => (document.querySelector('offer-search') as HTMLElement & { results: unknown[] }).results.length);

    // Results, and the app heard how many (the list shown first is a change too).
    await page.waitForFunction(() => (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards li').length ?? 0) > 0, null, { timeout: 15_000 });
    await expect.poll(() => listed.textContent()).toMatch(/^\d+ offers listed/);
    const all = await shown();
    expect(await listed.textContent()).toContain(`${all} offers listed`);
    expect(await topics(page)).toEqual([]);

    // The app's control sets the preset: the element's topics follow, and the app hears the new list.
    await page.selectOption('#topic', 'work');
    await expect.poll(() => topics(page)).toEqual(['Job placement']);
    await expect.poll(() => listed.textContent()).toContain('topics: work');
    const work = await shown();
    expect(work).toBeLessThan(all);
    expect(await listed.textContent()).toContain(`${work} offers listed`);

    // The visitor types; the app re-renders (another state changes): same element, same search.
    await page.locator('offer-search input[type="search"]').fill('beratung');
    await expect.poll(() => listed.textContent()).toContain('search “beratung”');
    await page.evaluate(() => Object.assign(document.querySelector('offer-search')!, { keptBy: 'test' }));
    await page.locator('#wide').check();
    await expect.poll(() => page.locator('main').getAttribute('class')).toBe('wide');
    expect(await page.evaluate(() => (document.querySelector('offer-search') as HTMLElement & { keptBy?: string }).keptBy)).toBe('test');
    expect(await page.locator('offer-search input[type="search"]').inputValue()).toBe('beratung');
    expect(await topics(page)).toEqual(['Job placement']);

    // Another preset from the app changes the topics and keeps what the visitor typed.
    await page.selectOption('#topic', 'migration-counselling');
    await expect.poll(() => topics(page)).toEqual(['Migration counselling']);
    expect(await page.locator('offer-search input[type="search"]').inputValue()).toBe('beratung');
    await expect.poll(() => listed.textContent()).toMatch(/^\d+ offers listed \(preset\), search “beratung”, topics: migration-counselling$/);

    // The visitor opens an offer: its title reaches the app's own UI.
    await page.locator('offer-search .cards li a').first().click();
    const title = (await page.locator('offer-search #detail-title').textContent())!.trim();
    await expect.poll(() => page.locator('#selected').textContent()).toBe(`You opened: ${title}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('distribution', () => {
  const integrity = () => JSON.parse(readFileSync(`${root}dist/integrity.json`, 'utf8')) as { scripts: Record<string, { url: string; integrity: string }>; modules: Record<string, string> };
  const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

  it('the build prints each script-tag file with its versioned CDN path and the hash of the file', () => {
    const { scripts, modules } = integrity();
    const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(Object.keys(scripts).sort()).toEqual(['event-list.js', 'job-board.js', 'offer-map.js', 'offer-search.js', 'willkommen-widgets.js']);
    const printed = integrityReport({ scripts });
    for (const [file, entry] of Object.entries(scripts)) {
      expect(entry.url).toBe(`https://cdn.jsdelivr.net/npm/willkommen-widgets@${version}/dist/cdn/${file}`);
      expect(entry.integrity).toBe(sha384(`${root}dist/cdn/${file}`));
      expect(printed).toContain(`<script type="module" src="${entry.url}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`);
    }
    for (const [url, hash] of Object.entries(modules)) expect(hash, url).toBe(sha384(`${root}dist/cdn/${url.split('/dist/cdn/')[1]}`));
    // The README's snippet has the same form.
    expect(readFileSync(`${root}README.md`, 'utf8')).toMatch(/<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/willkommen-widgets@[\d.]+\/dist\/cdn\/offer-search\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>/);
  });

  /** A page on another origin than the CDN, with the printed tag; the CDN's files come from dist/cdn. */
  async function fromCdn(tag: string, { importMap = false, changeChunk = false } = {}) {
    const { modules } = integrity();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('https://cdn.jsdelivr.net/npm/**', async (route) => {
      const file = `${root}dist/cdn/${route.request().url().split('/dist/cdn/')[1]}`;
      let body = readFileSync(file);
      // A CDN that serves a changed copy of the elements' code.
      if (changeChunk && /\/chunks\/offer-search\.elements-/.test(file)) body = Buffer.concat([body, Buffer.from('\n;document.title = "changed";')]);
      await route.fulfill({ body, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
    });
    await page.route(`${base}/page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">${importMap ? `<script type="importmap">${JSON.stringify({ integrity: modules })}</script>` : ''}
${tag}</head><body><offer-search src="${base}/react/catalogue.json"></offer-search></body></html>`,
      }),
    );
    await page.route(`${base}/react/catalogue.json`, (route) => route.fulfill({ path: `${root}demo/catalogue.json`, contentType: 'application/json' }));
    const refused = page.waitForEvent('console', { predicate: (m) => m.type() === 'error' && /integrity/.test(m.text()), timeout: 15_000 });
    await page.goto(`${base}/page.html`);
    const outcome = await Promise.race([
      page.waitForFunction(() => (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards li').length ?? 0) > 0, null, { timeout: 15_000 }).then(() => 'shown'),
      refused.then(() => 'refused'),
    ]);
    const defined = await page.evaluate(() => !!customElements.get('offer-search'));
    await page.close();
    return { outcome, defined, errors };
  }

  it('the printed script tag loads the element from the CDN path; a wrong hash or, with the import map, a changed module is refused', { timeout: 45_000 }, async () => {
    const entry = integrity().scripts['offer-search.js'];
    expect(await fromCdn(scriptTag(entry))).toEqual({ outcome: 'shown', defined: true, errors: [] });
    const wrongHash = await fromCdn(scriptTag({ ...entry, integrity: sha384(`${root}dist/cdn/job-board.js`) }));
    expect(wrongHash).toMatchObject({ outcome: 'refused', defined: false });
    expect(wrongHash.errors.join('\n')).toMatch(/integrity.*offer-search\.js/);
    // The script-tag file's hash does not cover the modules it loads; an import map's can.
    const changed = await fromCdn(scriptTag(entry), { importMap: true, changeChunk: true });
    expect(changed).toMatchObject({ outcome: 'refused', defined: false });
    expect(changed.errors.join('\n')).toMatch(/integrity.*offer-search\.elements-/);
  });

  it('npm pack holds what a user needs and no tests, stories, examples, fixtures or bench', { timeout: 60_000 }, async () => {
    const { files } = await packed;
    for (const needed of [
      'README.md', 'LICENSE', 'package.json', 'custom-elements.json', 'bin/willkommen-widgets.js', 'dist/index.js', 'dist/define.js', 'dist/importers.js',
      'dist/cli/index.js', 'dist/types/index.d.ts', 'dist/cdn/willkommen-widgets.js', 'dist/cdn/offer-search.js', 'dist/integrity.json',
      'schema/catalogue-v1.schema.json', 'schema/pack-v1.schema.json', 'templates/angebote-offers.csv', 'types/react.d.ts', 'types/vue.d.ts', 'types/svelte.d.ts',
    ]) expect(files, needed).toContain(needed);
    expect(files.filter((f) => /(^|\/)(tests?|stories|examples|fixtures|bench|src|xliff|\.storybook)\/|\.test\.|\.stories\.|^dist\/sizes\.json$/.test(f))).toEqual([]);
    // Everything package.json points to is in the package.
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    const targets = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
    for (const target of targets([pkg.exports, pkg.bin, pkg.main, pkg.types, pkg.typesVersions]).filter((t) => !t.includes('*'))) {
      expect(files, target).toContain(target.replace(/^\.\//, ''));
    }
  });

  it('passes publint and arethetypeswrong', { timeout: 60_000 }, async () => {
    const { attw, publint } = await packed;
    expect(publint.code, publint.output).toBe(0);
    expect(publint.output).toContain('All good!');
    expect(attw.code, attw.output).toBe(0);
    expect(attw.output).toContain('No problems found');
  });
});
