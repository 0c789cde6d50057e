#!/usr/bin/env node
// The command line for catalogue maintainers: `npx willkommen-widgets validate | import | export …`.
import { readFileSync } from 'node:fs';

let runCli;
try {
  ({ runCli } = await import('../dist/cli/index.js'));
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND' || !/dist[\\/]cli[\\/]index\.js/.test(String(error.message))) throw error;
  // A checkout that was never built (npm ci builds it; npm install --ignore-scripts does not).
  process.stderr.write(`willkommen-widgets: the command line is not built yet; run "npm run build" in ${new URL('..', import.meta.url).pathname}\n`);
  process.exit(2);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}, version);
process.exitCode = code;
