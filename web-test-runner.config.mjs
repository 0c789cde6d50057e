// Browser tests in Debian's Chromium (CHROME_PATH to use another), with a small test API that
// misbehaves on purpose under /__test__/ (a mock server for tests; the product has none).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const small = readFileSync(new URL('./tests/fixtures/small-catalogue.json', import.meta.url), 'utf8');
const hits = new Map();

// A 1×1 PNG: the local tile server that stands in for the tile provider in map tests.
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// Packs the tests put here (a mock server for them): files by pack and name, and how often each was read.
const packs = new Map();
const packHits = new Map();

async function packStore(context) {
  const [, id, name] = /^\/__test__\/packs\/([\w-]+)\/([\w.-]+)$/.exec(context.path) ?? [];
  if (!id) return false;
  const key = `${id}/${name}`;
  if (context.method === 'PUT') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    packs.set(key, Buffer.concat(chunks).toString('utf8'));
    context.status = 204;
    return true;
  }
  if (name === 'hits') {
    context.set('content-type', 'application/json');
    context.body = JSON.stringify(Object.fromEntries([...packHits].filter(([k]) => k.startsWith(`${id}/`)).map(([k, n]) => [k.slice(id.length + 1), n])));
    return true;
  }
  if (!packs.has(key)) {
    context.status = 404;
    return true;
  }
  packHits.set(key, (packHits.get(key) ?? 0) + 1);
  context.set('content-type', 'application/json');
  // Packs named no-store-… stand for a server that lets nothing be cached.
  context.set('cache-control', id.startsWith('no-store') ? 'no-store' : name === 'index.json' ? 'no-cache' : 'max-age=31536000, immutable');
  context.body = packs.get(key);
  return true;
}

async function testApi(context, next) {
  const path = context.path;
  if (await packStore(context)) return;
  if (path.startsWith('/__tiles__/')) {
    context.set('content-type', 'image/png');
    context.set('cache-control', 'no-store');
    context.body = TILE;
    return;
  }
  if (!path.startsWith('/__test__/')) return next();
  const hit = (hits.get(context.url) ?? 0) + 1;
  hits.set(context.url, hit);
  const json = (status, body) => {
    context.status = status;
    context.set('content-type', 'application/json');
    context.set('cache-control', 'no-store');
    context.body = body;
  };
  if (path === '/__test__/catalogue.json') return json(200, small);
  if (path.startsWith('/__test__/fail-once/')) return hit === 1 ? json(500, '{}') : json(200, small);
  const status = /^\/__test__\/status\/(\d{3})/.exec(path);
  if (status) return json(Number(status[1]), '{}');
  const slow = /^\/__test__\/slow\/(\d+)/.exec(path);
  if (slow) return new Promise((resolve) => setTimeout(resolve, Number(slow[1]))).then(() => json(200, small));
  context.status = 404;
}

/** JSON data files of the source (tables such as language names) as ES modules, as Vite serves them. */
function jsonModules() {
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (/^\/src\/.*\.json$/.test(context.path)) return 'js';
    },
    transform(context) {
      if (/^\/src\/.*\.json$/.test(context.path)) return { body: `export default ${context.body};` };
    },
  };
}

/**
 * One line per test file as it finishes (the test names are listed only for failures, by the
 * default reporter, with the error and the browser's logs), and the totals at the end.
 */
function fileReporter() {
  const totals = { files: 0, passed: 0, failed: 0 };
  const count = (suite, into) => {
    for (const test of suite?.tests ?? []) if (!test.skipped) into[test.passed ? 'passed' : 'failed']++;
    for (const child of suite?.suites ?? []) count(child, into);
    return into;
  };
  return {
    reportTestFileResults({ logger, sessionsForTestFile, testFile }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessionsForTestFile) count(session.testResults, counts);
      const ok = sessionsForTestFile.every((s) => s.passed);
      totals.files++;
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      logger.log(` ${ok ? '\x1b[32m✓\x1b[39m' : '\x1b[31m×\x1b[39m'} ${relative(process.cwd(), testFile)} (${counts.passed + counts.failed} tests${counts.failed ? `, ${counts.failed} failed` : ''})`);
    },
    onTestRunFinished() {
      console.log(`\n ${totals.files} test files, ${totals.passed} tests passed, ${totals.failed} failed`);
    },
  };
}

/**
 * Browser logs that say nothing about the kit: Lit's notice that the tests run its development
 * build (they do, on purpose, for its extra checks, whose warnings still print). Messages that tests
 * cause on purpose are kept by those tests (tests/helpers/console.ts) and asserted there.
 */
const KNOWN_LOGS = [/^Lit is in dev mode\. Not recommended for production! See https:\/\/lit\.dev\/msg\/dev-mode for more information\.$/];

/** Writes the number of passed and failed tests for scripts/test.mjs. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results: count it as one failure.
        if (!session.passed && (!session.testResults || session.testResults.tests.length + session.testResults.suites.length === 0)) failed++;
      }
      const file = process.env.WK_BROWSER_COUNTS;
      if (file) {
        mkdirSync(new URL('./.tmp/', import.meta.url), { recursive: true });
        writeFileSync(file, JSON.stringify({ passed, failed }));
      }
    },
  };
}

export default {
  files: ['src/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: keyboard tests bring their page to the front, which stops animation frames in the others.
  concurrency: 1,
  middleware: [testApi],
  plugins: [jsonModules(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  testFramework: { config: { timeout: 15000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Test files run in parallel pages: keep timers and animation frames running in all of them.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !(args.length === 1 && typeof args[0] === 'string' && KNOWN_LOGS.some((known) => known.test(args[0]))),
  // The default reporter without its progress bar (in a log, one line per update) prints the
  // failures and the browser logs of each file; the file reporter one line per file.
  reporters: [defaultReporter({ reportTestProgress: false }), fileReporter(), countReporter()],
};
