// The WordPress plugin end to end, against a real WordPress (Debian's package, served by PHP's
// built-in server, its database in a MariaDB of the test's own): the release zip installed and
// activated, a page with two blocks, a page with shortcodes, the block's settings sidebar in the
// editor, and the pages in Chromium showing the sample catalogue.
//
// Needs the packages `wordpress`, `php-cli`, `php-mysql` and `mariadb-server` (.ci/run installs
// them). Without them the test is skipped, saying what is missing; with WK_WORDPRESS_TEST=required
// (set by .ci/run) it fails instead.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const WORDPRESS = '/usr/share/wordpress';
const SITE = `${root}integrations/wordpress/test-site`;
const CATALOGUE = '/wp-content/uploads/willkommen/catalogue.json';
const HOSTILE = '"><script>window.wkPwned = 1</script>';

/** A program on PATH or in the system folders (mariadbd is in /usr/sbin, often not on PATH). */
function program(name: string): string | undefined {
  for (const folder of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin']) {
    try {
      accessSync(join(folder, name), constants.X_OK);
      return join(folder, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

/** What this machine lacks to run the test, or '' when it has everything. */
function missing(): string {
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) return 'WordPress is not installed (Debian package wordpress)';
  if (!program('php')) return 'PHP is not installed (php-cli)';
  if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) return "PHP's MySQL extension is not installed (php-mysql)";
  if (!program('mariadbd') || !program('mariadb-install-db')) return 'MariaDB is not installed (mariadb-server)';
  if (!existsSync(`${root}dist/cdn/willkommen-widgets.js`)) return 'the kit is not built (npm run build)';
  return '';
}

const lacking = missing();
const required = process.env.WK_WORDPRESS_TEST === 'required';
const skipped = !!lacking && !required;
// One line in the test output, the reason included (the reporter names only the skipped file).
if (skipped) process.stderr.write(`WordPress plugin test skipped: ${lacking}; .ci/run installs it.\n`);

let tmp = '';
let base = '';
let version = '';
let pages: Record<string, string> = {};
let mariadb: ChildProcess | undefined;
let php: ChildProcess | undefined;
let browser: Browser;

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.error ?? ''}`);
  return result.stdout;
}

/** Stops a process started here (with its workers: it leads a process group) and waits for it. */
async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}

/** Opens a page and collects what went wrong in it. */
async function open(url: string): Promise<{ page: Page; errors: string[]; failed: string[]; requested: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const failed: string[] = [];
  const requested: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  // The site has no icon (WordPress answers /favicon.ico with 404): one the browser does not ask the server for.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(url);
  return { page, errors, failed, requested };
}

/** Waits until the n-th element of a kind shows at least one result (cards, days, jobs). */
function results(page: Page, tag: string, selector: string, index = 0) {
  return page.waitForFunction(
    ([t, s, i]) => (document.querySelectorAll(t as string)[i as number]?.shadowRoot?.querySelectorAll(s as string).length ?? 0) > 0,
    [tag, selector, index],
    { timeout: 20_000 },
  );
}

/** The kit's module scripts in the page, by file name. */
function moduleScripts(page: Page): Promise<string[]> {
  return page.$$eval('script[src*="/plugins/willkommen-widgets/kit/"]', (scripts) =>
    scripts.map((s) => `${s.getAttribute('type')} ${new URL((s as HTMLScriptElement).src).pathname.split('/').pop()}`),
  );
}

describe.skipIf(skipped)('WordPress plugin', () => {
  beforeAll(async () => {
    if (lacking) throw new Error(`WordPress test required, but ${lacking}.`);
    tmp = mkdtempSync(join(tmpdir(), 'wk-wordpress-'));
    const wp = join(tmp, 'wp');
    const socket = join(tmp, 'mariadb.sock');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = { ...process.env, WK_WP_ROOT: wp, WK_WP_URL: base, WK_WP_DB_SOCKET: socket, WK_WP_DEBUG_LOG: join(tmp, 'debug.log') };

    // The database: a MariaDB of its own, on a socket in the temporary folder, fast rather than durable.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const innodb = ['--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0', '--innodb-log-file-size=8M', '--innodb-buffer-pool-size=32M'];
    run(program('mariadb-install-db')!, ['--no-defaults', `--datadir=${tmp}/db`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve', ...innodb]);
    mariadb = spawn(program('mariadbd')!, ['--no-defaults', `--datadir=${tmp}/db`, `--socket=${socket}`, '--skip-networking', '--skip-log-bin', `--log-error=${tmp}/mariadb.log`, `--pid-file=${tmp}/mariadb.pid`, ...asRoot, ...innodb, '--innodb-flush-method=nosync'], { detached: true, stdio: 'ignore' });
    await waitFor('MariaDB', () => existsSync(socket) || mariadb?.exitCode !== null);
    if (!existsSync(socket)) throw new Error(`MariaDB did not start: ${readFileSync(`${tmp}/mariadb.log`, 'utf8')}`);

    // The site: Debian's WordPress (hard links where the file system allows, so it is instant),
    // with the test's wp-config.php and the sample catalogue as an upload.
    if (spawnSync('cp', ['-rlL', WORDPRESS, wp]).status !== 0) {
      rmSync(wp, { recursive: true, force: true });
      run('cp', ['-rL', WORDPRESS, wp]);
    }
    rmSync(join(wp, 'wp-config.php'));
    copyFileSync(join(SITE, 'wp-config.php'), join(wp, 'wp-config.php'));
    mkdirSync(dirname(join(wp, CATALOGUE)), { recursive: true });
    copyFileSync(`${root}demo/catalogue.json`, join(wp, CATALOGUE));

    // The plugin as a site owner gets it: the release zip, unpacked into wp-content/plugins.
    run(process.execPath, [`${root}scripts/package-wordpress.mjs`, '--out', join(tmp, 'release')]);
    const kitVersion = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
    for (const [path, data] of Object.entries(unzipSync(readFileSync(join(tmp, 'release', `willkommen-widgets-${kitVersion}.zip`))))) {
      if (path.endsWith('/')) continue;
      const file = join(wp, 'wp-content/plugins', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
    }

    // WordPress's installation, the plugin activated, and the pages, from the command line.
    const block = (attrs: Record<string, unknown>) => ({ name: 'willkommen-widgets/widget', attrs });
    const spec = {
      defaultSrc: CATALOGUE,
      pages: [
        {
          title: 'Angebote',
          blocks: [block({ element: 'offer-search', src: CATALOGUE, categories: 'language' }), block({ element: 'offer-search', src: CATALOGUE, categories: HOSTILE })],
        },
        {
          title: 'Kurzcodes',
          content: `<!-- wp:shortcode -->\n[willkommen element="event-list" range="month"]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[willkommen element="offer-search" src="${CATALOGUE}" categories="work" url-state]\n<!-- /wp:shortcode -->`,
        },
        {
          title: 'Fremde Adressen',
          content: '[willkommen element="job-board" src="javascript:alert(1)"]\n\n[willkommen element="event-list" src="katalog.json"]\n\n[willkommen element="script" src="/x.js"]',
        },
      ],
    };
    const installed = JSON.parse(run('php', ['-d', 'display_errors=stderr', join(SITE, 'setup.php')], { env, input: JSON.stringify(spec) }));
    version = installed.version;
    pages = installed.pages;

    php = spawn('php', ['-d', 'display_errors=0', '-S', `127.0.0.1:${port}`, '-t', wp], { env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, detached: true, stdio: 'ignore' });
    await waitFor('PHP\'s server', async () => (await fetch(`${base}/wp-login.php`).catch(() => undefined))?.ok === true);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stop(php);
    await stop(mariadb);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('two blocks on one page: the kit\'s module once, the catalogue\'s offers, a hostile preset inert', async () => {
    const { page, errors, failed, requested } = await open(pages.Angebote);
    await results(page, 'offer-search', '.cards li', 0);
    // (A topic the catalogue does not have: the second search finds nothing.)
    await results(page, 'offer-search', '[part="empty"], .cards li', 1);
    // German, as the site is.
    expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');
    expect(await page.locator('offer-search').first().locator('#count').textContent()).toMatch(/Angebote/);
    // One module script for both blocks, loaded once, through WordPress's own script handling
    // (WordPress 6.1 registers a script and gives its tag type="module"; 6.5 and later enqueue a script module).
    expect(await moduleScripts(page)).toEqual(['module offer-search.js']);
    expect(requested.filter((p) => p.endsWith('/kit/offer-search.js'))).toHaveLength(1);
    const id = await page.locator('script[src*="/kit/offer-search.js"]').getAttribute('id');
    expect(id).toBe(Number.parseFloat(version) >= 6.5 ? 'willkommen-widgets/offer-search-js-module' : 'willkommen-widgets-offer-search-js');
    // The preset reached the element: the first search lists only language courses, fewer than the whole catalogue.
    const counts = await page.$$eval('offer-search', (els) => els.map((el) => Number(/\d+/.exec(el.shadowRoot?.querySelector('#count')?.textContent ?? '')?.[0])));
    const offers = JSON.parse(readFileSync(`${root}demo/catalogue.json`, 'utf8')).offers.length;
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(offers);
    expect(await page.locator('offer-search').first().getAttribute('categories')).toBe('language');
    // The hostile value is the attribute's text, nothing more: no script ran, no element was made of it.
    expect(await page.locator('offer-search').nth(1).getAttribute('categories')).toBe(HOSTILE);
    expect(await page.evaluate(() => 'wkPwned' in window)).toBe(false);
    expect(await page.$$eval('script', (scripts) => scripts.filter((s) => s.textContent?.includes('wkPwned')).length)).toBe(0);
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  }, 30_000);

  it('shortcodes: each element\'s module once, the default catalogue from the settings, switches as bare names', async () => {
    const { page, errors, failed } = await open(pages.Kurzcodes);
    await results(page, 'event-list', '[part="day"]');
    await results(page, 'offer-search', '.cards li');
    expect(await moduleScripts(page)).toEqual(expect.arrayContaining(['module event-list.js', 'module offer-search.js']));
    expect(await moduleScripts(page)).toHaveLength(2);
    expect(await page.locator('event-list').getAttribute('src')).toBe(CATALOGUE);
    expect(await page.locator('event-list').getAttribute('range')).toBe('month');
    expect(await page.locator('offer-search').getAttribute('categories')).toBe('work');
    expect(await page.locator('offer-search').getAttribute('url-state')).toBe('');
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  }, 30_000);

  it('leaves out a catalogue address that is not http(s), and elements that are not the kit\'s', async () => {
    const html = await (await fetch(pages['Fremde Adressen'])).text();
    expect(html).toContain('<job-board></job-board>');
    expect(html).not.toContain('javascript:alert');
    // (A bare relative path would have become http://katalog.json.)
    expect(html).toContain('<event-list></event-list>');
    expect(html).not.toMatch(/<script[^>]*\/x\.js/);
    expect(html).not.toContain('[willkommen');
  });

  it('the block in the editor: the sidebar chooses the element and its presets, and the page shows them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/wp-login.php`);
    await page.fill('#user_login', 'redaktion');
    await page.fill('#user_pass', 'redaktion-test');
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${base}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(() => !!(window as any).wp?.data?.select('core/editor')?.getCurrentPostId?.(), null, { timeout: 30_000 });
    const blockTitle = await page.evaluate(() => {
      const { data, blocks } = (window as any).wp;
      if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      data.dispatch('core/editor').editPost({ title: 'Stellen' });
      data.dispatch('core/block-editor').insertBlocks(blocks.createBlock('willkommen-widgets/widget'));
      return blocks.getBlockType('willkommen-widgets/widget').title as string;
    });
    expect(blockTitle).toBe('Willkommen-Widget');
    // The block shows what it will show; its settings are in the sidebar, in the site's German
    // (the plugin's translations, for the PHP side and the editor script).
    const placeholder = page.locator('.wp-block-willkommen-widgets-widget');
    await expect.poll(() => placeholder.textContent()).toContain('Angebotssuche');
    await page.getByRole('button', { name: 'Voreinstellungen' }).waitFor();
    await page.getByLabel('Element', { exact: true }).selectOption('job-board');
    await expect.poll(() => placeholder.textContent()).toContain('Stellenbörse');
    await page.getByLabel('Katalogadresse').fill(CATALOGUE);
    await page.getByLabel('Deutschniveau').selectOption('B1');
    await page.getByLabel('Art der Arbeit').fill('APPRENTICESHIP');
    await expect.poll(() => placeholder.textContent()).toContain('APPRENTICESHIP');
    // Publish, and open the page as a visitor would.
    const link = await page.evaluate(async () => {
      const { data } = (window as any).wp;
      data.dispatch('core/editor').editPost({ status: 'publish' });
      await data.dispatch('core/editor').savePost();
      return data.select('core/editor').getCurrentPost().link as string;
    });
    expect(errors).toEqual([]);
    // The settings page: the default catalogue, and the policy lines for this site.
    await page.goto(`${base}/wp-admin/options-general.php?page=willkommen-widgets`);
    expect(await page.getByLabel('Standard-Katalogadresse').inputValue()).toBe(CATALOGUE);
    expect(await page.locator('.wrap pre').textContent()).toBe("script-src 'self'\nconnect-src 'self'\nimg-src 'self' data: https://tile.openstreetmap.org");
    await page.close();

    const visit = await open(link);
    await results(visit.page, 'job-board', 'a[data-job]');
    const board = visit.page.locator('job-board');
    expect(await board.getAttribute('src')).toBe(CATALOGUE);
    expect(await board.getAttribute('level')).toBe('B1');
    expect(await board.getAttribute('types')).toBe('APPRENTICESHIP');
    expect(await moduleScripts(visit.page)).toEqual(['module job-board.js']);
    expect(visit.errors).toEqual([]);
    expect(visit.failed).toEqual([]);
    await visit.page.close();
  }, 60_000);

  it('no PHP notice, warning or error comes from the plugin', () => {
    const log = existsSync(join(tmp, 'debug.log')) ? readFileSync(join(tmp, 'debug.log'), 'utf8') : '';
    expect(log.split('\n').filter((line) => line.includes('/plugins/willkommen-widgets/'))).toEqual([]);
  });
});
