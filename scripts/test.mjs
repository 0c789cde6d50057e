// npm test: every suite — the build, the type check, Vitest (Node) and Web Test Runner (Chromium).
// Prints what needs attention: a line per suite and per test file, failures, and warnings nobody
// expected (what a build prints when all is well, such as sizes, only when it fails).
// Ends with one line "N passed, N failed" over all suites; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const tmp = `${root}.tmp`;
mkdirSync(tmp, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

// Terminal escapes (colours, hyperlinks), taken out before output is read.
const ESCAPES = /\x1b\[[0-9;]*[A-Za-z]|\x1b\]8;;[^\x07\x1b]*(?:\x07|\x1b\\)/g;

/**
 * Runs a build whose output says nothing when all is well: standard output is kept and printed
 * only when it fails; `warnings(output)` picks what to print when it succeeds. Standard error
 * (where Vite's warnings go) is printed as it comes, unless `stderr: 'pipe'`.
 */
function runQuietly(label, command, args, { warnings = () => [], stderr = 'inherit' } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', stderr], encoding: 'utf8', maxBuffer: 1 << 28 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const ok = result.status === 0;
  if (!ok) process.stdout.write(output || `${result.error?.message ?? 'no output'}\n`);
  else for (const warning of warnings(output.replace(ESCAPES, ''))) console.log(warning);
  return ok;
}

/**
 * Storybook's warnings, each with the lines that belong to it; all but the one that is understood.
 * "Some chunks are larger than 500 kB": the workshop's preview bundle holds Storybook's own code and
 * every story; it is built for the workshop only and never shipped (the kit's own file sizes are
 * printed and kept by the build, dist/sizes.json).
 */
function storybookWarnings(output) {
  // PLUGIN_TIMINGS: Rolldown's note that plugins took a large share of the build time, which comes
  // on a busy machine and asks nothing of this project (the kit's own build filters it too).
  const known = [/\(!\) Some chunks are larger than 500 kB after minification\./, /\[PLUGIN_TIMINGS\]/];
  const blocks = [];
  let block;
  for (const line of output.split('\n')) {
    if (/^\s*(?:▲|■|WARN\b|ERR!?\b|\(!\)|warning\b)/i.test(line)) blocks.push((block = [line]));
    else if (block && /^│\s+\S/.test(line) && !/^│\s+Vite ✓/.test(line)) block.push(line);
    else block = undefined;
  }
  return blocks.map((lines) => lines.join('\n')).filter((text) => !known.some((k) => k.test(text)));
}

function counted(file, ok) {
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed++; // the runner itself failed
  } catch {
    failed++; // no results at all: the suite could not run
  }
}

const bin = (name) => `${root}node_modules/.bin/${name}`;

if (runQuietly('build', process.execPath, [`${root}scripts/build.mjs`])) passed++;
else failed++;

if (runQuietly('storybook build', bin('storybook'), ['build', '-o', `${tmp}/storybook-static`, '--quiet'], { warnings: storybookWarnings, stderr: 'pipe' })) passed++;
else failed++;

if (run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) passed++;
else failed++;

rmSync(`${tmp}/vitest.json`, { force: true });
// One line per test file (a slow test is no news: listed only past a minute); what tests print with
// console.log left out (WK_QUIET_LOGS, see vite.config.ts), console.warn and console.error kept.
const unitOk = run('vitest (Node)', bin('vitest'), ['run', '--reporter=default', `--reporter=${root}scripts/vitest-counts.mjs`, '--slowTestThreshold=60000'], { WK_UNIT_COUNTS: `${tmp}/vitest.json`, WK_QUIET_LOGS: '1' });
counted(`${tmp}/vitest.json`, unitOk);

rmSync(`${tmp}/browser.json`, { force: true });
const browserOk = run('web-test-runner (Chromium)', bin('web-test-runner'), [], { WK_BROWSER_COUNTS: `${tmp}/browser.json` });
counted(`${tmp}/browser.json`, browserOk);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
