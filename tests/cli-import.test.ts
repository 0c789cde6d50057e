// The import and export commands as a publisher runs them (needs `npm run build`, which `npm test`
// runs first): every format from a file, a folder, a zip or a web address; the written catalogue
// then passes `validate` with nothing dropped and nothing repaired.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Handler } from './helpers/catalogue-server.js';

const root = new URL('..', import.meta.url).pathname;
const fixtures = `${root}tests/fixtures/import`;
const bin = `${root}bin/willkommen-widgets.js`;
const dir = mkdtempSync(join(tmpdir(), 'wk-cli-import-'));

const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const cliAsync = (...args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 1 << 28 })
    .then(({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }));

/** Validates a written catalogue with the CLI: it must keep everything and need no repair. */
function revalidate(file: string) {
  const { out } = cli('validate', file, '--json');
  const report = JSON.parse(out);
  expect(report.dropped).toBe(0);
  expect(report.repaired).toBe(0);
  expect(report.removed).toBe(0);
  return report;
}

function zipFolder(folder: string, prefix = ''): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[`${prefix}${relative(folder, path)}`] = new Uint8Array(readFileSync(path));
    }
  };
  walk(folder);
  return zipSync(files);
}

describe('willkommen-widgets import csv', () => {
  it('imports the filled-in template with nothing to report', () => {
    const out = join(dir, 'template.json');
    const { code, out: stdout } = cli('import', 'csv', 'templates/angebote-offers-beispiel.csv', '--out', out);
    expect(stdout).toMatch(/records read: 12 {3}rows or items skipped: 0/);
    expect(stdout).toMatch(/offers: 12 /);
    expect(stdout).toMatch(/problems: 0 /);
    expect(code).toBe(0);
    expect(revalidate(out).offers).toBe(12);
  });

  it('reads a German Excel sheet in Windows-1252, says what it skipped and could not map, exit 1', () => {
    const out = join(dir, 'messy.json');
    const { code, out: stdout } = cli('import', 'csv', `${fixtures}/csv/messy-windows-1252.csv`, '--out', out, '--json');
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report).toMatchObject({ read: 9, offers: 7, dropped: 0 });
    expect(report.skipped).toHaveLength(2);
    expect(report.skipped[0]).toEqual({ at: expect.stringMatching(/line \d+/), reason: expect.any(String) });
    expect(report.unmapped.length).toBeGreaterThan(5);
    const catalogue = JSON.parse(readFileSync(out, 'utf8'));
    expect(JSON.stringify(catalogue)).toMatch(/Straße|Öffnungszeiten|–/);
    expect(JSON.stringify(catalogue)).not.toMatch(/javascript:|=HYPERLINK/i);
    revalidate(out);
  });

  it('says nothing was written without --out', () => {
    expect(cli('import', 'csv', 'templates/angebote-offers-beispiel.csv').out).toContain('nothing written: add --out catalogue.json');
  });
});

describe('willkommen-widgets import schema-org', () => {
  it('imports every JSON-LD file of a folder', () => {
    const out = join(dir, 'ld.json');
    const report = JSON.parse(cli('import', 'schema-org', `${fixtures}/schema-org`, '--out', out, '--json').out);
    expect(report).toMatchObject({ offers: 9, events: 11, jobs: 6, dropped: 0 });
    revalidate(out);
  });
});

describe('willkommen-widgets import integreat', () => {
  it('merges the saved responses of two languages into one catalogue', () => {
    const out = join(dir, 'integreat.json');
    const report = JSON.parse(cli('import', 'integreat', `${fixtures}/integreat`, '--languages', 'de,ar', '--out', out, '--json').out);
    expect(report).toMatchObject({ offers: 11, events: 11, dropped: 0 });
    const catalogue = JSON.parse(readFileSync(out, 'utf8'));
    expect(catalogue.offers.some((o: { title: Record<string, string> }) => typeof o.title === 'object' && o.title.de && o.title.ar)).toBe(true);
    revalidate(out);
  });

  it('reads the same from a zip archive', () => {
    const zip = join(dir, 'integreat.zip');
    writeFileSync(zip, zipFolder(`${fixtures}/integreat`, 'saved/'));
    const report = JSON.parse(cli('import', 'integreat', zip, '--languages', 'de,ar', '--json').out);
    expect(report).toMatchObject({ offers: 11, events: 11 });
  });
});

describe('importing from web addresses', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const send = (type: string, body: string): Handler => (_q, res) => void res.writeHead(200, { 'content-type': type }).end(body);
  beforeAll(async () => {
    const routes: Record<string, Handler> = {
      '/seite.html': send('text/html; charset=utf-8', readFileSync(`${fixtures}/schema-org/guestrow-integration.html`, 'utf8')),
    };
    for (const lang of ['de', 'ar']) {
      routes[`/api/v3/beispielstadt/${lang}/locations/`] = send('application/json', readFileSync(`${fixtures}/integreat/${lang}/locations.json`, 'utf8'));
      routes[`/api/v3/beispielstadt/${lang}/events/`] = send('application/json', readFileSync(`${fixtures}/integreat/${lang}/events.json`, 'utf8'));
    }
    // An HSDS 3.0 API: the services of the list fixture, one a page.
    const services = JSON.parse(readFileSync(`${fixtures}/hsds/hsds3-list.json`, 'utf8')) as unknown[];
    routes['/hsds/services'] = (req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
      const body = { total_items: services.length, total_pages: services.length, page_number: page, size: 1, first_page: page === 1, last_page: page === services.length, empty: false, contents: services.slice(page - 1, page) };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    server = await startServer(routes);
  });
  afterAll(() => server.close());

  it('reads the ld+json blocks of a web page', async () => {
    const { out } = await cliAsync('import', 'schema-org', server.url('/seite.html'), '--json');
    expect(JSON.parse(out)).toMatchObject({ offers: 2, events: 3, jobs: 1 });
  });

  it('reads a region of Integreat’s content API in two languages', async () => {
    const { out } = await cliAsync('import', 'integreat', server.url('/api/v3/beispielstadt/de/'), '--languages', 'de,ar', '--json');
    expect(JSON.parse(out)).toMatchObject({ offers: 11, events: 11, dropped: 0 });
    expect(server.hits('/api/v3/beispielstadt/ar/locations/')).toBe(1);
  });

  it('follows the /services pages of an HSDS API', async () => {
    const { out } = await cliAsync('import', 'hsds', server.url('/hsds/'), '--json');
    const report = JSON.parse(out);
    expect(report).toMatchObject({ read: 3, offers: 3, dropped: 0 });
    expect(server.hits('/hsds/services')).toBe(3);
  });

  it('exits 2 with a plain message when the host is unreachable or the page has no data', async () => {
    const unreachable = await cliAsync('import', 'integreat', 'http://127.0.0.1:9/api/v3/x/de/', '--json');
    expect(unreachable.code).toBe(2);
    expect(JSON.parse(unreachable.out).error).toMatch(/cannot download|refused/);
  });
});

describe('bad input to import', () => {
  it('explains a missing file, an empty file, an unknown format and a bad option', () => {
    expect(cli('import', 'csv', 'no/such.csv')).toMatchObject({ code: 2, err: 'file not found: no/such.csv\n' });
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect(cli('import', 'csv', empty)).toMatchObject({ code: 2, err: expect.stringContaining('the file is empty') });
    expect(cli('import', 'excel', 'x.xlsx')).toMatchObject({ code: 2, err: expect.stringContaining('unknown format "excel"') });
    expect(cli('import', 'csv', 'templates/angebote-offers.csv', '--time-zone', 'Mars/Olympus')).toMatchObject({ code: 2, err: expect.stringContaining('is not an IANA time zone') });
  });

  it('refuses a zip bomb with a message, not a crash', () => {
    // A small archive whose entry says it unpacks to 3 GB: refused before anything is unpacked.
    const bytes = zipSync({ 'angebote.csv': new TextEncoder().encode('id;Titel\n1;Sprachcafé\n') });
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < bytes.length - 4; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 0xc0000000, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xc0000000, true);
    }
    const bomb = join(dir, 'bomb.zip');
    writeFileSync(bomb, bytes);
    expect(cli('import', 'csv', bomb)).toMatchObject({ code: 2, err: expect.stringContaining('unpacks to more than') });
  });
});

describe('willkommen-widgets export hsds', () => {
  it('writes the sample catalogue’s offers as HSDS 3.0 and says what HSDS has no place for', () => {
    const out = join(dir, 'services.json');
    const { code, out: stdout } = cli('export', 'hsds', 'demo/catalogue.json', '--out', out, '--language', 'en');
    expect(code).toBe(0);
    expect(stdout).toMatch(/402 services of \d+ organisations/);
    expect(stdout).toMatch(/78 events and 96 jobs are not part of HSDS and were left out/);
    const page = JSON.parse(readFileSync(out, 'utf8'));
    expect(page.total_items).toBe(402);
    expect(page.contents[0]).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: expect.any(String) });
  });

  it('refuses another export format', () => {
    expect(cli('export', 'csv', 'demo/catalogue.json')).toMatchObject({ code: 2, err: expect.stringContaining('unknown export format "csv"') });
  });
});

mkdirSync(dir, { recursive: true });
