// The reference for developers: the custom elements manifest (custom-elements.json, written by
// `npm run build`) holds each element's public API and nothing else, and the docs page of each
// element in the built Storybook (`npm test` builds it in .tmp/storybook-static) shows all of it:
// attributes, properties, methods, events with their detail, CSS custom properties and parts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('../', import.meta.url).pathname;
const storybook = `${root}.tmp/storybook-static/`;
const built = existsSync(`${storybook}index.json`);
const hasManifest = existsSync(`${root}custom-elements.json`);

type Named = { name: string; description?: string; type?: { text: string }; privacy?: string; static?: boolean; kind?: string; attribute?: string; fieldName?: string };
type Declaration = Named & { tagName?: string; superclass?: { name: string }; members?: Named[]; attributes?: Named[]; events?: Named[]; cssProperties?: Named[]; cssParts?: Named[]; slots?: Named[] };
type Module = { path: string; declarations?: Declaration[] };

/** The element tags, from the kit's one list (src/tags.ts). */
const TAGS = [...readFileSync(`${root}src/tags.ts`, 'utf8').matchAll(/^\s+'([a-z]+-[a-z-]+)': \w+,$/gm)].map((m) => m[1]);
const modules: Module[] = hasManifest ? JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')).modules : [];
const declarations = modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
const declarationOf = (tag: string) => declarations.find((d) => d.tagName === tag);

/**
 * What the element's source declares private, protected, `#…` or as Lit's internal state, in its
 * class and in the shared base class: none of it belongs in the manifest or on a docs page.
 */
function internalNames(path: string): Set<string> {
  const names = new Set<string>();
  for (const file of [path, 'src/elements/base/willkommen-element.ts']) {
    const source = readFileSync(`${root}${file}`, 'utf8');
    for (const m of source.matchAll(/^ {2}(?:@\w+\([^)]*\)\s+)?(?:private|protected)\s+(?:static\s+|readonly\s+|async\s+|override\s+|get\s+|set\s+)*(\w+)/gm)) names.add(m[1]);
    for (const m of source.matchAll(/^ {2}@(?:state|query)\([^)]*\)\s+(?:private\s+|protected\s+)?(?:readonly\s+)?(\w+)/gm)) names.add(m[1]);
    for (const m of source.matchAll(/^ {2}(?:static\s+|readonly\s+)*#(\w+)/gm)) names.add(`#${m[1]}`);
  }
  return names;
}

describe.skipIf(!hasManifest)('the custom elements manifest', () => {
  it('describes every element', () => {
    expect(TAGS.length).toBeGreaterThanOrEqual(4);
    for (const tag of TAGS) expect(declarationOf(tag), tag).toBeTruthy();
  });

  it('holds only what a user of the package can reach: the elements and the exports of its entry', () => {
    // The package's entry and the API it passes on (the all-in-one script-tag file passes on src/api.ts).
    const entry = readFileSync(`${root}src/index.ts`, 'utf8') + readFileSync(`${root}src/api.ts`, 'utf8');
    expect(declarations.length).toBeGreaterThan(TAGS.length);
    for (const d of declarations) expect(!!d.tagName || new RegExp(`export \\{[^}]*\\b${d.name}\\b`).test(entry), `${d.path}: ${d.name}`).toBe(true);
  });

  it.each(TAGS)('holds only the public API of <%s>', (tag) => {
    const declaration = declarationOf(tag) as Declaration & { path: string };
    const internal = internalNames(declaration.path);
    expect(internal.size, 'the source has internal members to leave out').toBeGreaterThan(5);
    const members = declaration.members ?? [];
    for (const member of members) {
      expect(member.privacy ?? 'public', member.name).toBe('public');
      expect(member.name, member.name).not.toMatch(/^[_#]/);
      expect(member.static, member.name).toBeFalsy();
      expect(internal.has(member.name), `${member.name} is internal`).toBe(false);
      expect(member.description?.trim() || member.attribute, `${member.name} is documented`).toBeTruthy();
    }
    // Besides the attributes' properties, exactly the members the class doc comment names in `@api`.
    const api = /^ \* @api (.+)$/m.exec(readFileSync(`${root}${declaration.path}`, 'utf8'))?.[1].split(/[\s,]+/) ?? [];
    expect(members.filter((m) => !m.attribute).map((m) => m.name).sort(), '@api').toEqual([...api].sort());
    // Every attribute belongs to a public property, and the shared ones are inherited.
    const names = members.map((m) => m.name);
    for (const attribute of declaration.attributes ?? []) expect(names, attribute.name).toContain(attribute.fieldName);
    expect((declaration.attributes ?? []).map((a) => a.name)).toEqual(expect.arrayContaining(['src', 'no-skip-link']));
    expect((declaration.cssParts ?? []).map((p) => p.name)).toEqual(expect.arrayContaining(['base', 'status', 'error', 'stale']));
    expect((declaration.cssProperties ?? []).map((p) => p.name)).toEqual(expect.arrayContaining(['--wk-accent', '--wk-surface', '--wk-radius', '--wk-font-size']));
  });

  it.each(TAGS)('names every event of <%s> and gives the shape of its detail', (tag) => {
    const events = declarationOf(tag)?.events ?? [];
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['wk-load', 'wk-error']));
    expect(new Set(events.map((e) => e.name)).size, 'each event once').toBe(events.length);
    for (const event of events) {
      expect(event.name, JSON.stringify(event)).toMatch(/^wk-[a-z-]+$/);
      expect(event.type?.text, event.name).toMatch(/^Wk\w+Event(<\w+>)?$/);
      expect(event.description, event.name).toMatch(/\S.*\n\n`detail`: `\{ \w+\??: .+ \}`$/s);
    }
  });

  it('documents every --wk- custom property the styles read, on the elements that read it', () => {
    const files = (dir: string): string[] =>
      readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}/${e.name}`) : e.name.endsWith('.ts') && !e.name.includes('.test.') ? [`${dir}/${e.name}`] : []));
    const read = new Set(files('src').flatMap((f) => [...readFileSync(`${root}${f}`, 'utf8').matchAll(/var\((--wk-[a-z-]+)/g)].map((m) => m[1])));
    const documented = new Set(TAGS.flatMap((tag) => (declarationOf(tag)?.cssProperties ?? []).map((p) => p.name)));
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !documented.has(name)), 'read by the styles but not documented').toEqual([]);
    for (const tag of TAGS) for (const p of declarationOf(tag)?.cssProperties ?? []) expect(p.description, `${tag} ${p.name}`).toBeTruthy();
  });
});

// ——— the docs pages of the built Storybook ———

let browser: Browser;
let base = '';
let close: () => void = () => undefined;

beforeAll(async () => {
  if (!built || !hasManifest) return;
  const { server, url } = await serve({ root: storybook });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  close();
});

/** The rows of a docs page's table: category → row name → the row's text. */
type Rows = Record<string, Record<string, string>>;

describe.skipIf(!built || !hasManifest)('the Storybook docs page', () => {
  it('exists for every element', () => {
    const entries = Object.values(JSON.parse(readFileSync(`${storybook}index.json`, 'utf8')).entries as Record<string, { id: string; type: string }>);
    for (const tag of TAGS) expect(entries.find((e) => e.id === `elements-${tag}--docs`)?.type, tag).toBe('docs');
  });

  // The four pages are opened at once: each renders all its stories, which takes a few seconds.
  it.concurrent.each(TAGS)('of <%s> lists its public attributes, properties, methods, events, custom properties and parts, and nothing private', { timeout: 60_000 }, async (tag) => {
    const declaration = declarationOf(tag) as Declaration & { path: string };
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // The tables come from the manifest alone: the page's stories go without their catalogue (they
    // show their error state), which spares the machine parsing it a dozen times per page.
    await page.route('**/demo/**', (route) => route.abort());
    await page.goto(`${base}/iframe.html?id=elements-${tag}--docs&viewMode=docs`);
    await page.waitForSelector('.docblock-argstable tbody tr[title]', { timeout: 45_000 });
    const rows: Rows = await page.evaluate(() => {
      const result: Record<string, Record<string, string>> = {};
      let category = '';
      for (const tr of document.querySelectorAll<HTMLTableRowElement>('.docblock-argstable tbody tr')) {
        const title = tr.getAttribute('title');
        if (title) {
          category = title.replace(/^(Hide|Show) (.*) items$/, '$2');
          result[category] = {};
        } else {
          const name = tr.querySelector('td')?.textContent?.trim() ?? '';
          result[category][name] = tr.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        }
      }
      return result;
    });
    await page.close();

    // Storybook puts the rows whose args a story sets first; the order is not compared.
    const names = (category: string) => Object.keys(rows[category] ?? {}).sort();
    const sorted = (list: string[]) => [...list].sort();
    const members = declaration.members ?? [];
    expect(names('attributes')).toEqual(sorted([...(declaration.attributes ?? []).map((a) => a.name), 'lang']));
    expect(names('properties')).toEqual(sorted(members.filter((m) => m.kind === 'field' && !m.attribute).map((m) => m.name)));
    expect(sorted(names('methods').map((n) => n.replace(/\(.*$/, '')))).toEqual(sorted(members.filter((m) => m.kind === 'method').map((m) => m.name)));
    expect(names('events')).toEqual(sorted((declaration.events ?? []).map((e) => e.name)));
    for (const [name, text] of Object.entries(rows.events)) expect(text, name).toMatch(/detail: \{ \w+\??: .+ \}Wk\w+Event/);
    expect(names('css custom properties')).toEqual(sorted((declaration.cssProperties ?? []).map((p) => p.name)));
    expect(names('css shadow parts')).toEqual(sorted((declaration.cssParts ?? []).map((p) => `::part(${p.name})`)));
    // The public API a host uses is there…
    expect(names('attributes')).toEqual(expect.arrayContaining(['src', 'lang']));
    expect(names('events')).toEqual(expect.arrayContaining(['wk-load', 'wk-error']));
    if (tag === 'offer-search') {
      expect(names('methods')).toEqual(expect.arrayContaining(['open(id: string)', 'reset()']));
      expect(names('properties')).toEqual(expect.arrayContaining(['results', 'selected']));
    }
    // …and nothing internal, in any section.
    const internal = internalNames(declaration.path);
    const shown = Object.values(rows).flatMap((r) => Object.keys(r).map((n) => n.replace(/\(.*$/, '')));
    expect(shown.filter((name) => internal.has(name) && !(declaration.attributes ?? []).some((a) => a.name === name))).toEqual([]);
  });
});
