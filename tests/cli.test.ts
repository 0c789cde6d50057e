// The validator CLI as a maintainer runs it (needs `npm run build`, which `npm test` runs first).
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './helpers/catalogue-server.js';

const root = new URL('..', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [`${root}bin/willkommen-widgets.js`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('willkommen-widgets validate', () => {
  it('reports the sample catalogue as complete and clean', () => {
    const { code, out } = cli('validate', 'demo/catalogue.json', '--json');
    const report = JSON.parse(out);
    expect(report.offers).toBeGreaterThanOrEqual(350);
    expect(report.events).toBeGreaterThanOrEqual(60);
    expect(report.jobs).toBeGreaterThanOrEqual(80);
    expect(report.categories).toBe(11);
    expect(report.problems).toEqual([]);
    expect(code).toBe(0);
  });

  it('prints counts, categories and language coverage for people', () => {
    const { code, out } = cli('validate', 'demo/catalogue.json');
    expect(code).toBe(0);
    expect(out).toMatch(/offers: \d{3}/);
    expect(out).toMatch(/migration-counselling\s+\d+ offers\s+Migration counselling/);
    expect(out).toMatch(/^\s+ar\s+\d+\s+100 %$/m);
    expect(out).toMatch(/problems: 0/);
  });

  it('exits 1 on the hostile fixture and keeps every record that can be shown', () => {
    const { code, out } = cli('validate', 'tests/fixtures/hostile-catalogue.json', '--json');
    const report = JSON.parse(out);
    expect(code).toBe(1);
    expect(report).toMatchObject({ offers: 58, events: 24, jobs: 23, categories: 2, dropped: 14 });
    expect(report.problems.length).toBeGreaterThan(90);
    expect(report.problems[0]).toEqual({ path: expect.stringMatching(/^\$/), code: expect.any(String), message: expect.any(String), severity: expect.any(String), action: expect.any(String) });
  });

  it('groups problems by code in the text report, each with its path', () => {
    const { out } = cli('validate', 'tests/fixtures/hostile-catalogue.json', '--limit', '100');
    expect(out).toMatch(/records dropped: 14, fields repaired: \d+, fields removed: \d+/);
    expect(out).toMatch(/^  unsafe-link \(\d+\):$/m);
    expect(out).toContain('warning $.offers[6].contact.website: is not an allowed link (only http, https, mailto and tel); removed');
    expect(out).toContain('error   $.offers[62].id: "bad id with spaces" is not an id (letters, digits and . _ : - only); offer dropped');
  });

  it('writes the repaired catalogue with --out, which then validates without a repair or a drop', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-cli-'));
    const clean = join(dir, 'clean.json');
    expect(cli('validate', 'tests/fixtures/hostile-catalogue.json', '--out', clean, '--json').code).toBe(1);
    const again = cli('validate', clean, '--json');
    const report = JSON.parse(again.out);
    expect(report).toMatchObject({ offers: 58, events: 24, jobs: 23, dropped: 0, repaired: 0, removed: 0 });
    expect(report.problems.every((p: { action: string }) => p.action === 'kept')).toBe(true);
    expect(readFileSync(clean, 'utf8')).not.toMatch(/javascript:/i);
  });

  it('answers --help, --version, unknown commands and options', () => {
    expect(cli('--help')).toMatchObject({ code: 0, out: expect.stringContaining('import <format> <input>') });
    expect(cli('import', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('schema-org') });
    expect(cli('--version').out.trim()).toBe(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version);
    expect(cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
    expect(cli('validate', 'demo/catalogue.json', '--colour')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --colour') });
    expect(cli('validate')).toMatchObject({ code: 2, err: expect.stringContaining('missing argument') });
  });

  it('exits 2 with one clear message for a document that is not a catalogue', () => {
    const { code, err } = cli('validate', 'package.json');
    expect(code).toBe(2);
    expect(err.trim()).toBe('package.json: This is not a catalogue: the document has no "format": "willkommen-catalogue" (or "willkommen-pack" for a pack).');
  });

  it('exits 2 for a file that does not exist, and for bad usage', () => {
    expect(cli('validate', 'no/such/file.json')).toMatchObject({ code: 2, err: 'file not found: no/such/file.json\n' });
    expect(cli('check', 'demo/catalogue.json').code).toBe(2);
  });

  describe('with a URL', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      const sample = readFileSync(`${root}demo/catalogue.json`);
      server = await startServer({
        '/catalogue.json': (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(sample),
        '/page': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Hallo'),
      });
    });
    afterAll(() => server.close());

    it('downloads and validates a catalogue', async () => {
      // Asynchronous: the test server answers from this process.
      const { stdout } = await promisify(execFile)(process.execPath, [`${root}bin/willkommen-widgets.js`, 'validate', server.url('/catalogue.json'), '--json']);
      expect(JSON.parse(stdout).offers).toBeGreaterThanOrEqual(350);
    });

    it('exits 2 when the URL serves a web page', async () => {
      const error = await promisify(execFile)(process.execPath, [`${root}bin/willkommen-widgets.js`, 'validate', server.url('/page')]).catch((e: { code: number; stderr: string }) => e);
      expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('returned a web page, not a catalogue') });
    });
  });
});
