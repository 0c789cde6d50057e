// One import in a fresh process, for bench/import-bench.mjs: prints time and peak memory as JSON.
// `node bench/import-child.mjs baseline` loads the CLI and imports nothing (the process's own memory).
import { readFileSync } from 'node:fs';
import { runCli } from '../dist/cli/index.js';

/**
 * The process's peak resident memory in MB. On Linux from /proc (this program's own memory only):
 * `resourceUsage().maxRSS` of a process started by a large one reports the starter's peak (the
 * full bench's, over 1 GB, for a CLI that needs 53 MB).
 */
function peakRssMb() {
  try {
    const kb = /^VmHWM:\s*(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

const [format, input, out] = process.argv.slice(2);
let report = null;
const started = performance.now();
if (format !== 'baseline') {
  const lines = [];
  const code = await runCli(['import', format, input, '--out', out, '--json', '--language', 'de'], { out: (l) => lines.push(l), err: () => {} });
  if (code === 2) {
    console.error(lines.join('\n'));
    process.exit(2);
  }
  report = JSON.parse(lines[0]);
}
const ms = performance.now() - started;
console.log(JSON.stringify({
  ms,
  peakRssMb: peakRssMb(),
  offers: report?.offers ?? 0,
  read: report?.read ?? 0,
  repaired: report?.repaired ?? 0,
  removed: report?.removed ?? 0,
  dropped: report?.dropped ?? 0,
  unmapped: report?.unmapped?.length ?? 0,
}));
