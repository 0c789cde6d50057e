#!/usr/bin/env node
// The catalogue validator for maintainers: `npx willkommen-widgets validate <file-or-url> [--json]`.
import { runCli } from '../dist/cli/index.js';

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
