// npm test: every suite — the build, the type check, Vitest (Node) and Web Test Runner (Chromium).
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

if (run('build', process.execPath, [`${root}scripts/build.mjs`])) passed++;
else failed++;

if (run('storybook build', bin('storybook'), ['build', '-o', `${tmp}/storybook-static`, '--quiet'])) passed++;
else failed++;

if (run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) passed++;
else failed++;

rmSync(`${tmp}/vitest.json`, { force: true });
const unitOk = run('vitest (Node)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}/vitest.json`]);
try {
  const report = JSON.parse(readFileSync(`${tmp}/vitest.json`, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!unitOk && report.numFailedTests === 0) failed++;
} catch {
  failed++;
}

rmSync(`${tmp}/browser.json`, { force: true });
const browserOk = run('web-test-runner (Chromium)', bin('web-test-runner'), [], { WK_BROWSER_COUNTS: `${tmp}/browser.json` });
counted(`${tmp}/browser.json`, browserOk);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
