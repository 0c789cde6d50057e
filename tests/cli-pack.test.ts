// `willkommen-widgets pack` and `validate` on a pack, as a maintainer runs them (needs the build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [`${root}bin/willkommen-widgets.js`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const packed = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wk-pack-'));
  const result = cli('pack', 'demo/catalogue.json', dir, '--json');
  return { dir, result, report: JSON.parse(result.out) };
};

describe('willkommen-widgets pack', () => {
  it('writes an index and content-named parts, each far smaller than the catalogue', () => {
    const { dir, result, report } = packed();
    expect(result.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('index.json');
    expect(files.filter((f) => f !== 'index.json' && f !== 'feeds').every((f) => /^(offers-[a-z]{2,3}-\d+|offers-full-\d+|events|jobs)\.[0-9a-f]{12}\.json$/.test(f))).toBe(true);
    // The calendar feeds of the events, in a folder of their own.
    expect(readdirSync(join(dir, 'feeds'))).toContain('events.ics');
    expect(report.feeds[0]).toMatchObject({ name: 'events.ics' });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.format).toBe('willkommen-pack');
    expect(Object.keys(index.offers.lists).sort()).toEqual(['ar', 'de', 'en', 'fa', 'ru', 'uk']);
    expect(index.offers.count).toBe(402);
    expect(index.offers.details.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(files.filter((f) => f.startsWith('offers-full-'))).toHaveLength(Math.ceil(402 / 25));
    // What a German list or map needs is a fraction of the whole catalogue on the wire.
    const whole = gzipSync(readFileSync(join(root, 'demo/catalogue.json'))).length;
    const list = report.parts.find((p: { name: string }) => p.name === index.offers.lists.de[0]).gzipBytes;
    expect(list).toBeLessThan(whole / 5);
    const jobs = report.parts.find((p: { name: string }) => p.name === index.jobs.file).gzipBytes;
    expect(jobs).toBeLessThan(whole / 5);
    rmSync(dir, { recursive: true });
  });

  it('gives the same parts for the same catalogue, and validate finds the whole catalogue in them', () => {
    const a = packed();
    const b = packed();
    expect(readdirSync(a.dir).sort()).toEqual(readdirSync(b.dir).sort());
    const { code, out } = cli('validate', a.dir, '--json');
    const report = JSON.parse(out);
    expect(code).toBe(0);
    expect([report.offers, report.events, report.jobs]).toEqual([402, 78, 96]);
    expect(report.problems).toEqual([]);
    rmSync(a.dir, { recursive: true });
    rmSync(b.dir, { recursive: true });
  });

  it('validate names a missing part, a changed part and a list that does not match the index', () => {
    const { dir } = packed();
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    rmSync(join(dir, index.jobs.file));
    const listFile = join(dir, index.offers.lists.uk[0]);
    const list = JSON.parse(readFileSync(listFile, 'utf8'));
    list.offers.reverse();
    writeFileSync(listFile, JSON.stringify(list));
    const { code, out } = cli('validate', join(dir, 'index.json'), '--json');
    const messages = JSON.parse(out).problems.map((p: { path: string; message: string }) => `${p.path}: ${p.message}`).join('\n');
    expect(code).toBe(1);
    expect(messages).toContain(`${index.jobs.file}: this part is missing`);
    expect(messages).toContain(`${index.offers.lists.uk[0]}: the content changed after packing`);
    expect(messages).toContain('$.offers.lists.uk: the list in "uk" does not hold the same offers in the same order');
    rmSync(dir, { recursive: true });
  });

  it('keeps parts of an earlier pack unless --clean, and refuses to pack a pack', () => {
    const { dir } = packed();
    writeFileSync(join(dir, 'jobs.0123456789ab.json'), '{}');
    expect(cli('pack', 'demo/catalogue.json', dir).out).toMatch(/1 parts of earlier packs left in place/);
    expect(readdirSync(dir)).toContain('jobs.0123456789ab.json');
    expect(cli('pack', 'demo/catalogue.json', dir, '--clean').out).toMatch(/removed 1 parts of earlier packs/);
    expect(readdirSync(dir)).not.toContain('jobs.0123456789ab.json');
    const again = cli('pack', dir, join(dir, 'again'));
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/a pack already/);
    rmSync(dir, { recursive: true });
  });

  it('writes an index that its published JSON Schema accepts, and the schema refuses a broken one', () => {
    const { dir } = packed();
    const schema = JSON.parse(readFileSync(join(root, 'schema/pack-v1.schema.json'), 'utf8'));
    const check = new Ajv2020({ strict: false }).compile(schema);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(check(index), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...index, offers: { ...index.offers, lists: { de: ['../../etc/passwd'] } } })).toBe(false);
    expect(check({ ...index, catalogue: { ...index.catalogue, offers: [] } })).toBe(false);
    rmSync(dir, { recursive: true });
  });
});
