// One import in a fresh process, for bench/import-bench.mjs: prints time and peak memory as JSON.
// `node bench/import-child.mjs baseline` loads the CLI and imports nothing (the process's own memory).
import { runCli } from '../dist/cli/index.js';

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
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  offers: report?.offers ?? 0,
  read: report?.read ?? 0,
  repaired: report?.repaired ?? 0,
  removed: report?.removed ?? 0,
  dropped: report?.dropped ?? 0,
  unmapped: report?.unmapped?.length ?? 0,
}));
