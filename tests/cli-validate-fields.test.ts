// `willkommen-widgets validate` on the fields for freshness, translation, next steps and corrections,
// as a catalogue maintainer reads its report (runs the command's code, no build needed).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/index.js';

const dir = mkdtempSync(join(tmpdir(), 'wk-fields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const catalogue = {
  format: 'willkommen-catalogue',
  version: 1,
  checkAfterMonths: 'ein Jahr',
  corrections: { url: 'http://example.org/korrektur?eintrag={id}&name={name}', email: 'mailto:Korrektur@Example.org' },
  offers: [
    {
      id: 'o-1',
      title: { ar: 'استشارة', 'DE-X-LS': 'Beratung' },
      machineTranslated: 'ar, Farsi',
      wheelchair: 'teilweise',
      notice: { text: 'Bis 12. Januar geschlossen', until: 'bald' },
      booking: 'javascript:alert(1)',
      checked: '1.3.2026',
    },
  ],
};

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('validate: the new fields', () => {
  const file = join(dir, 'katalog.json');
  writeFileSync(file, JSON.stringify(catalogue));

  it('names every problem with its path, its code and what was done', async () => {
    const { code, out } = await run('validate', file);
    expect(code).toBe(1);
    for (const line of [
      /bad-value \(\d\):[\s\S]*error\s+\$\.checkAfterMonths: "ein Jahr" is not a whole number of months from 1 to 120; 12 is used/,
      /not-https \(1\):\s+error\s+\$\.corrections\.url: .* is not an https address/,
      /email-repaired \(1\):\s+(?:error|warning)\s+\$\.corrections\.email/,
      /\$\.offers\[0\]\.title\["DE-X-LS"\]: "DE-X-LS" was read as the language code "de-x-ls"/,
      /\$\.offers\[0\]\.machineTranslated: "ar, Farsi" was read as "ar", "fa"/,
      /value-repaired[\s\S]*\$\.offers\[0\]\.wheelchair: "teilweise" was read as "partly"/,
      /\$\.offers\[0\]\.notice\.until: "bald" is not a date/,
      /unsafe-link \(1\):\s+warning\s+\$\.offers\[0\]\.booking/,
      /date-repaired \(1\):\s+warning\s+\$\.offers\[0\]\.checked: "1\.3\.2026" was read as 2026-03-01/,
      /missing-original \(1\):\s+warning\s+\$\.offers\[0\]\.machineTranslated: the title has no text in "de"/,
    ]) {
      expect(out).toMatch(line);
    }
  });

  it('lists the same codes in --json, and --out writes a catalogue that validates clean', async () => {
    const clean = join(dir, 'sauber.json');
    const { out } = await run('validate', file, '--json', '--out', clean);
    const codes = (JSON.parse(out.split('\n')[0]).problems as { code: string }[]).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['bad-value', 'not-https', 'language-repaired', 'value-repaired', 'bad-date', 'unsafe-link', 'date-repaired', 'missing-original']));
    const written = JSON.parse(readFileSync(clean, 'utf8'));
    expect(written.corrections).toEqual({ email: 'Korrektur@example.org' });
    expect(written.offers[0]).toMatchObject({ title: { ar: 'استشارة', 'de-x-ls': 'Beratung' }, machineTranslated: ['ar', 'fa'], wheelchair: 'partly', notice: { text: 'Bis 12. Januar geschlossen' }, checked: '2026-03-01' });
    const again = await run('validate', clean, '--json');
    // Only the note stays: the title still has no German original.
    expect((JSON.parse(again.out).problems as { code: string }[]).map((p) => p.code)).toEqual(['missing-original']);
  });
});
