// The embed builder (demo/builder.html) on the built kit, as a webmaster uses it: the choices give a
// snippet that, pasted into a plain page under exactly the policy the builder states, shows what
// the live preview showed; hostile values come out escaped; the page passes axe.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { axeFindings } from './helpers/axe-page.js';

const root = new URL('..', import.meta.url).pathname;
/** Pasted pages and a hostile catalogue, served by the same server as the builder. */
const folder = '.tmp/builder-test';
let base = '';
let browser: Browser;
let close: () => void = () => undefined;

beforeAll(async () => {
  rmSync(`${root}${folder}`, { recursive: true, force: true });
  mkdirSync(`${root}${folder}`, { recursive: true });
  const { server, url } = await serve({ root });
  base = url;
  close = () => server.close();
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
  close();
});

type Seen = { count: string; topics: string[]; accent: string; colour: string };

/** What the element shows: its count, the checked topics, the accent colour of its card links. */
function shown(page: Page, selector: string): Promise<Seen> {
  return page.evaluate((s) => {
    const host = document.querySelector(s);
    const root = host?.shadowRoot;
    if (!root) throw new Error(`no ${s}`);
    const link = root.querySelector('.card h3 a, .cards h3 a');
    return {
      count: root.querySelector('#count, h2.count')?.textContent?.trim() ?? '',
      topics: [...root.querySelectorAll('.chip[data-checked]')].map((chip) => chip.textContent?.replace(/\s*[\d.,]+\s*$/, '').trim() ?? ''),
      accent: getComputedStyle(host).getPropertyValue('--wk-accent').trim(),
      colour: link ? getComputedStyle(link).color : '',
    };
  }, selector);
}

const ready = (page: Page, selector: string) =>
  page.waitForFunction((s) => !!document.querySelector(s)?.shadowRoot?.querySelector('.card h3 a, .cards h3 a'), selector, { timeout: 15_000 });

/** Opens the builder; resolves once the sample catalogue is read and the preview shows it. */
async function openBuilder(options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: options.bypassCSP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${base}/demo/builder.html`);
  await page.getByText(/^Catalogue read:/).waitFor();
  await ready(page, '#preview > *');
  return { page, errors };
}

/**
 * Writes the snippet into a plain page (and the CSS into its stylesheet), with the builder's policy
 * lines added to one that allows nothing else, and opens it. Every policy violation is collected.
 */
async function paste(name: string, snippet: string, policyLines: string, css: string): Promise<{ page: Page; errors: string[] }> {
  const directives = new Map<string, string[]>([['default-src', ["'none'"]], ['style-src', ["'self'"]]]);
  for (const line of policyLines.split('\n').filter(Boolean)) {
    const [directive, ...sources] = line.trim().split(/\s+/);
    directives.set(directive, [...new Set([...(directives.get(directive) ?? []), ...sources])]);
  }
  const policy = [...directives].map(([d, s]) => `${d} ${s.join(' ')}`).join('; ');
  writeFileSync(`${root}${folder}/${name}.css`, css);
  writeFileSync(
    `${root}${folder}/${name}.html`,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">
<title>A plain page</title>
<link rel="stylesheet" href="${name}.css">
</head>
<body>
<h1>Help in our town</h1>
${snippet}
</body>
</html>
`,
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.effectiveDirective} refused ${e.blockedURI}`)),
  );
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${base}/${folder}/${name}.html`);
  return { page, errors };
}

describe('the embed builder', () => {
  it('gives a snippet that shows, in a plain page under the policy it states, what the preview shows', async () => {
    const { page, errors } = await openBuilder();
    await page.locator('#choices').getByRole('checkbox', { name: /Language and integration courses/ }).check();
    await page.getByLabel('Language of the interface and the content').selectOption('de');
    await page.getByLabel('Accent colour', { exact: true }).fill('#7a1f5c');
    await page.waitForFunction(() => document.querySelector('#preview offer-search')?.shadowRoot?.querySelector('.chip[data-checked]') && /Angebot/.test(document.querySelector('#preview offer-search')?.shadowRoot?.querySelector('#count')?.textContent ?? ''));
    const preview = await shown(page, '#preview offer-search');
    expect(preview.topics).toEqual(['Sprach- und Integrationskurse']);
    // Languages spoken are named in English and in their own name, as the elements write it,
    // also where the browser has no name of its own for them (Somali, Pashto, Dari).
    const spoken = await page.locator('#choices fieldset:has(input[name="languages"]) label').allTextContents();
    expect(spoken.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(expect.arrayContaining(['Somali – Soomaali', 'Pashto – پښتو', 'Dari – دری', 'Arabic – العربية'].map((name) => expect.stringMatching(new RegExp(`^${name} \\(\\d+\\)$`)))));
    expect(preview.colour).toBe('rgb(122, 31, 92)');

    // Copy: the button says so in a live region, and the clipboard holds the snippet.
    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    await expect.poll(() => page.locator('#snippet-status').textContent()).toMatch(/copied/i);
    expect(await page.locator('#snippet-status').getAttribute('role')).toBe('status');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await page.locator('#snippet').inputValue());
    expect(snippet).toContain(`src="${base}/dist/cdn/offer-search.js"`);
    expect(snippet).toMatch(/<offer-search[^>]* categories="language"/);
    expect(snippet).toMatch(/<offer-search[^>]* lang="de"/);
    // The colours go into the site's stylesheet, not into the snippet.
    expect(snippet).not.toContain('style');
    const css = await page.locator('#css').inputValue();
    expect(css).toMatch(/^offer-search \{\s*--wk-accent: #7a1f5c;\s*\}$/);
    const policy = await page.locator('#csp').inputValue();
    expect(policy.split('\n')).toEqual(expect.arrayContaining([`connect-src ${base}`, `script-src ${base}`]));
    expect(errors).toEqual([]);

    const pasted = await paste('offer-search', snippet, policy, css);
    await ready(pasted.page, 'offer-search');
    await pasted.page.waitForFunction(() => !!document.querySelector('offer-search')?.shadowRoot?.querySelector('.chip[data-checked]'));
    expect(await shown(pasted.page, 'offer-search')).toEqual(preview);
    expect(pasted.errors).toEqual([]);
    await pasted.page.close();
    await page.context().close();
  });

  it('escapes hostile values, and a <style> element works under the hash it states', async () => {
    // A catalogue whose employer name is markup (the kit keeps it as text), at a URL that is markup too.
    const catalogue = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8'));
    const hostile = 'Farbtupfer "><script>alert(1)</script>';
    const today = new Date().toISOString().slice(0, 10);
    const open = catalogue.jobs.filter((job: { validThrough?: string }) => !job.validThrough || job.validThrough >= today);
    for (const job of open.slice(0, 3)) job.employer.name = hostile;
    writeFileSync(`${root}${folder}/hostile.json`, JSON.stringify(catalogue));
    const src = `/${folder}/hostile.json?x="><script>alert(2)</script>`;

    const { page, errors } = await openBuilder();
    await page.getByRole('radio', { name: /Job board/ }).check();
    await page.getByLabel('Catalogue URL').fill(src);
    await page.getByLabel('Catalogue URL').press('Enter');
    await page.getByLabel('Catalogue URL').blur();
    await page.getByText(/^Catalogue read:/).waitFor();
    await page.getByLabel('Only the jobs of one employer').selectOption(hostile);
    await page.getByLabel('Language of the interface and the content').selectOption('de');
    await page.getByLabel('Accent colour', { exact: true }).fill('#1d6b35');
    await page.getByRole('radio', { name: /A <style> element in the snippet/ }).check();
    await page.waitForFunction(() => /^3 Stellen$/.test(document.querySelector('#preview job-board')?.shadowRoot?.querySelector('h2.count')?.textContent?.trim() ?? ''), null, { timeout: 15_000 });
    await ready(page, '#preview job-board');
    const preview = await shown(page, '#preview job-board');
    expect(preview.colour).toBe('rgb(29, 107, 53)');

    const snippet = await page.locator('#snippet').inputValue();
    expect(snippet).toContain('employer="Farbtupfer &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).toContain(`src="/${folder}/hostile.json?x=&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"`);
    expect(snippet.match(/<script/g)).toHaveLength(1);
    expect(snippet).toContain('<style>');
    const policy = await page.locator('#csp').inputValue();
    expect(policy).toMatch(/^style-src 'sha256-[A-Za-z0-9+/]+=*'$/m);
    expect(policy).toMatch(/^connect-src 'self'$/m);
    expect(errors).toEqual([]);

    // Pasted: the attributes read back as the catalogue's text, nothing runs, the <style> applies.
    const pasted = await paste('job-board', snippet, policy, '');
    await ready(pasted.page, 'job-board');
    expect(await pasted.page.locator('job-board').getAttribute('employer')).toBe(hostile);
    expect(await pasted.page.locator('job-board').getAttribute('src')).toBe(src);
    expect(await shown(pasted.page, 'job-board')).toEqual(preview);
    expect(pasted.errors).toEqual([]);
    await pasted.page.close();
    await page.context().close();
  });

  it('passes axe (WCAG 2.1 AA), with each element in the preview', async () => {
    // (The page's policy would refuse axe's script: bypassed for this test only.)
    const { page } = await openBuilder({ bypassCSP: true });
    await page.locator('#choices').getByRole('checkbox', { name: /Language and integration courses/ }).check();
    const first = await axeFindings(page);
    expect(first.violations).toEqual([]);
    expect(first.undecided).toEqual([]);
    await page.getByRole('radio', { name: /Job board/ }).check();
    await ready(page, '#preview job-board');
    expect((await axeFindings(page)).violations).toEqual([]);
    await page.context().close();
  });
});
