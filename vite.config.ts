import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Under npm test (scripts/test.mjs sets WK_QUIET_LOGS), what tests print with console.log (the
    // figures of the speed tests) is left out; console.warn and console.error still print, since a
    // warning no test expects needs attention (tests that cause one keep it: tests/helpers/console.ts).
    onConsoleLog: process.env.WK_QUIET_LOGS ? (_log, type) => type === 'stderr' : undefined,
  },
});
