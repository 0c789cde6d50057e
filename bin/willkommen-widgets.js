#!/usr/bin/env node
// The command line for catalogue maintainers: `npx willkommen-widgets validate | import | export …`.
import { readFileSync } from 'node:fs';
import { runCli } from '../dist/cli/index.js';

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
