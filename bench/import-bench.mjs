// Import bench: a 10,000-row HSDS 3.0 CSV data package (written by the fixture generator with the
// mess of real directories) imported by the CLI in a fresh process, three times; median time and
// peak memory (resident set), and the memory of a process that only loads the CLI, for comparison.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n * 10) / 10;

function child(...args) {
  return JSON.parse(execFileSync(process.execPath, [`${root}bench/import-child.mjs`, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

export function runImportBench(rows = 10_000) {
  const dir = mkdtempSync(join(tmpdir(), 'wk-import-bench-'));
  try {
    const input = join(dir, 'package');
    execFileSync(process.execPath, [`${root}tests/fixtures/import/hsds/make-large.mjs`, input, String(rows)], { stdio: 'ignore' });
    const runs = [1, 2, 3].map(() => child('hsds', input, join(dir, 'catalogue.json')));
    const baseline = median([1, 2, 3].map(() => child('baseline').peakRssMb));
    const last = runs.at(-1);
    return {
      [`import.hsds_csv_ms.${rows}`]: round(median(runs.map((r) => r.ms))),
      [`import.hsds_csv_peak_rss_mb.${rows}`]: round(median(runs.map((r) => r.peakRssMb))),
      'import.cli_baseline_rss_mb': round(baseline),
      [`import.hsds_csv_offers.${rows}`]: last.offers,
      [`import.hsds_csv_repaired.${rows}`]: last.repaired,
      [`import.hsds_csv_removed.${rows}`]: last.removed,
      [`import.hsds_csv_dropped.${rows}`]: last.dropped,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(runImportBench(Number(process.argv[2] ?? 10_000)));
