// `willkommen-widgets feeds`, and the feeds `pack` writes, run in this process from the source.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { FEED_FILE } from '../calendar/feeds.js';
import { runCli } from './index.js';

const root = new URL('../..', import.meta.url).pathname;
const demo = `${root}demo/catalogue.json`;
const base = mkdtempSync(join(tmpdir(), 'wk-feeds-unit-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
let n = 0;
const folder = () => join(base, `out-${n++}`);

describe('willkommen-widgets feeds', () => {
  it('writes the feeds of the sample catalogue and lists them as JSON', async () => {
    const dir = folder();
    const { code, out } = await run('feeds', demo, dir, '--url', 'https://example.org/katalog/feeds', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const names = readdirSync(dir).sort();
    expect(names).toEqual(report.files.map((f: { name: string }) => f.name).sort());
    expect(report.feeds).toBe(names.length);
    expect(names.every((name) => FEED_FILE.test(name))).toBe(true);
    expect(report.files[0]).toMatchObject({ name: 'events.ics', url: 'https://example.org/katalog/feeds/events.ics' });
    expect(report.events).toBe(report.files[0].events);
    expect(report.bytes).toBe(report.files.reduce((sum: number, f: { bytes: number }) => sum + f.bytes, 0));
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(report.files.find((f: { name: string }) => f.name === name).events);
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    }
  });

  it('tells people what it wrote and where to subscribe', async () => {
    const dir = folder();
    const { code, out } = await run('feeds', demo, dir, '--url', 'https://example.org/katalog/feeds/');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^${dir}: \\d+ feeds, \\d+ events, [\\d.]+ kB \\([\\d.]+ kB gzip\\)`));
    expect(out).toMatch(/^ {2}events\.ics +\d+ events +[\d.]+ kB$/m);
    expect(out).toContain('  subscribe: webcal://example.org/katalog/feeds/events.ics');
    expect(out).toContain('add "feeds": {"url": "https://example.org/katalog/feeds/"} to the catalogue');
    const unnamed = await run('feeds', demo, folder());
    expect(unnamed.out).toContain('the feeds\' address is not known: give --url');
  });

  it('keeps feeds of earlier runs unless --clean, and nothing else is touched', async () => {
    const dir = folder();
    await run('feeds', demo, dir);
    writeFileSync(join(dir, 'events-region-nirgendwo.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    expect((await run('feeds', demo, dir)).out).toContain('1 feeds of earlier runs left in place (--clean removes them): events-region-nirgendwo.ics');
    expect(readdirSync(dir)).toContain('events-region-nirgendwo.ics');
    expect((await run('feeds', demo, dir, '--clean')).out).toContain('removed 1 feeds of earlier runs');
    expect(readdirSync(dir)).not.toContain('events-region-nirgendwo.ics');
    expect(readdirSync(dir)).toContain('notes.txt');
    expect(readdirSync(dir).some((name) => name.endsWith('.part'))).toBe(false);
  });

  it('writes no feed for a catalogue without current events', async () => {
    const source = join(base, 'old.json');
    writeFileSync(source, JSON.stringify({ format: 'willkommen-catalogue', version: 1, events: [{ id: 'e', title: 'Sommerfest', start: '2020-07-01' }] }));
    const dir = folder();
    const { code, out } = await run('feeds', source, dir);
    expect(code).toBe(0);
    expect(out).toContain('no feeds written');
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses an address that is not https, a bad --past-days and a file as the folder', async () => {
    const http = await run('feeds', demo, folder(), '--url', 'http://example.org/feeds/');
    expect(http.code).toBe(2);
    expect(http.err).toBe('willkommen-widgets feeds: --url needs the https address of the folder the feeds are served from, such as https://example.org/katalog/feeds/\nUsage: willkommen-widgets feeds <file-or-url> <folder> [--url <public folder URL>] [--past-days N] [--clean] [--json]\nRun "willkommen-widgets feeds --help" for its options and examples.');
    expect((await run('feeds', demo, folder(), '--past-days', 'viele')).err).toContain('--past-days needs a whole number of days');
    const file = join(base, 'file.txt');
    writeFileSync(file, 'x');
    const json = await run('feeds', demo, file, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out).error).toBe(`${file} is a file, not a folder: feeds writes several files into a folder (made when it is missing)`);
  });

  it('is in the help, with its own', async () => {
    const help = await run('--help');
    expect(help.out).toContain('feeds <file-or-url> <folder>');
    expect(help.out).toContain('willkommen-widgets feeds catalogue.json public/feeds/ --url https://example.org/feeds/');
    const own = await run('feeds', '--help');
    expect(own.out).toMatch(/^willkommen-widgets feeds <file-or-url> <folder>/);
    for (const part of ['--url URL', '--past-days N', '--clean', '--json', '--timeout S', 'Cache-Control: max-age=3600', 'Examples:', 'Exit status: 0 written']) expect(own.out).toContain(part);
    expect((await run('fedds', 'x')).err).toContain('did you mean "feeds"?');
  });
});

describe('willkommen-widgets pack, with feeds', () => {
  it('writes the feeds into <folder>/feeds/ and names their address with --feeds-url', async () => {
    const dir = folder();
    const { code, out } = await run('pack', demo, dir, '--feeds-url', 'https://example.org/katalog/feeds/', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.catalogue.feeds).toEqual({ url: 'https://example.org/katalog/feeds/' });
    expect(readdirSync(join(dir, 'feeds')).sort()).toEqual(report.feeds.map((f: { name: string }) => f.name).sort());
    expect(report.feeds[0]).toMatchObject({ name: 'events.ics', url: 'https://example.org/katalog/feeds/events.ics' });
    expect(report.files).toBe(report.parts.length);
    // A pack made from that pack's catalogue keeps the address; validate reads it from the index.
    const validated = await run('validate', dir, '--json');
    expect(JSON.parse(validated.out).problems).toEqual([]);
    const text = await run('pack', demo, folder());
    expect(text.out).toMatch(/^ {2}calendar feeds in feeds\/ +[\d.]+ kB gzip {2}\(events\.ics, \d+ events; \d+ more for categories and regions\); --feeds-url names their address$/m);
  });

  it('refuses a --feeds-url that is not https', async () => {
    const { code, err } = await run('pack', demo, folder(), '--feeds-url', 'ftp://example.org/feeds/');
    expect(code).toBe(2);
    expect(err).toContain('--feeds-url needs the https address of the folder the feeds are served from');
  });
});
