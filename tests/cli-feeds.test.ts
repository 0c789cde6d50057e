// `willkommen-widgets feeds`, and the feeds `pack` writes, as a publisher runs them (needs the build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [`${root}bin/willkommen-widgets.js`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const FOLDER_URL = 'https://example.org/katalog/feeds/';

interface FeedFile {
  name: string;
  events: number;
  bytes: number;
  gzipBytes: number;
  url?: string;
}

const written = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wk-feeds-'));
  const result = cli('feeds', 'demo/catalogue.json', dir, '--url', FOLDER_URL, '--json');
  return { dir, result, report: JSON.parse(result.out) as { feeds: number; events: number; bytes: number; files: FeedFile[] } };
};

describe('willkommen-widgets feeds', () => {
  it('writes events.ics and a feed for each category and region that has events, each parsing cleanly', () => {
    const { dir, result, report } = written();
    expect(result.code).toBe(0);
    const sample = JSON.parse(readFileSync(join(root, 'demo/catalogue.json'), 'utf8'));
    const names = readdirSync(dir).sort();
    expect(names).toEqual(report.files.map((f) => f.name).sort());
    expect(names).toContain('events.ics');
    // Every category with an event that goes on (a rule without an end) has its feed.
    for (const category of sample.categories) {
      if (sample.events.some((e: { categories?: string[]; recurrence?: string }) => e.categories?.includes(category.id) && e.recurrence && !/COUNT|UNTIL/.test(e.recurrence))) {
        expect(names, category.id).toContain(`events-category-${category.id}.ics`);
      }
    }
    for (const file of report.files) {
      const text = readFileSync(join(dir, file.name), 'utf8');
      expect(Buffer.byteLength(text)).toBe(file.bytes);
      expect(file.url).toBe(`${FOLDER_URL}${file.name}`);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(file.events);
      for (const event of events) {
        expect(event.summary.length).toBeGreaterThan(0);
        expect(event.uid).toMatch(/^[\w.:-]+@willkommen\.example\.org$/);
      }
      expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      expect(text).not.toMatch(/javascript:/i);
    }
    expect(report.events).toBe(report.files[0].events);
    rmSync(dir, { recursive: true });
  });

  it('writes the same bytes when run again', () => {
    const a = written();
    const b = written();
    for (const name of readdirSync(a.dir)) expect(readFileSync(join(b.dir, name), 'utf8'), name).toBe(readFileSync(join(a.dir, name), 'utf8'));
    rmSync(a.dir, { recursive: true });
    rmSync(b.dir, { recursive: true });
  });

  it('tells people the feeds and the webcal:// address, and keeps earlier feeds unless --clean', () => {
    const { dir } = written();
    writeFileSync(join(dir, 'events-category-abgeschlossen.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const { code, out } = cli('feeds', 'demo/catalogue.json', dir, '--url', FOLDER_URL);
    expect(code).toBe(0);
    expect(out).toMatch(/: \d+ feeds, \d+ events, [\d.]+ kB \([\d.]+ kB gzip\)\n/);
    expect(out).toMatch(/^ {2}events\.ics +\d+ events +[\d.]+ kB$/m);
    expect(out).toContain('  subscribe: webcal://example.org/katalog/feeds/events.ics');
    expect(out).toContain('1 feeds of earlier runs left in place (--clean removes them): events-category-abgeschlossen.ics');
    expect(cli('feeds', 'demo/catalogue.json', dir, '--clean').out).toContain('removed 1 feeds of earlier runs');
    expect(readdirSync(dir)).not.toContain('events-category-abgeschlossen.ics');
    rmSync(dir, { recursive: true });
  });

  it('refuses an address that is not https, and says where the output cannot go', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-feeds-'));
    const http = cli('feeds', 'demo/catalogue.json', dir, '--url', 'http://example.org/feeds/');
    expect(http.code).toBe(2);
    expect(http.err).toContain('willkommen-widgets feeds: --url needs the https address of the folder the feeds are served from');
    const file = join(dir, 'file.txt');
    writeFileSync(file, 'x');
    const inFile = cli('feeds', 'demo/catalogue.json', file);
    expect(inFile.code).toBe(2);
    expect(inFile.err).toBe(`${file} is a file, not a folder: feeds writes several files into a folder (made when it is missing)\n`);
    rmSync(dir, { recursive: true });
  });
});

describe('willkommen-widgets pack with feeds', () => {
  it('writes the feeds into feeds/ and names their address in the pack with --feeds-url', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-pack-feeds-'));
    const { code, out } = cli('pack', 'demo/catalogue.json', dir, '--feeds-url', FOLDER_URL, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.catalogue.feeds).toEqual({ url: FOLDER_URL });
    expect(readdirSync(join(dir, 'feeds')).sort()).toEqual(report.feeds.map((f: FeedFile) => f.name).sort());
    const validated = cli('validate', dir, '--json');
    expect(validated.code).toBe(0);
    expect(JSON.parse(validated.out).problems).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});
