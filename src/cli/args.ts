/** A small argument reader: positional words, `--flag`, `--option value` and `--option=value`. */
import { closest } from './messages.js';

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Reads `args`; `valued` names the options that take a value, `flags` those that do not. */
export function parseArgs(args: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(unknownOption(arg, [...valued, ...flags]));
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(unknownOption(`--${name}`, [...valued, ...flags]));
    }
  }
  return { positional, options };
}

/** "unknown option --jsn — did you mean --json?" (`-json` with one dash is taken for `--json`). */
function unknownOption(arg: string, names: readonly string[]): string {
  const bare = arg.replace(/^-+/, '').replace(/=.*$/, '');
  const suggestion = names.includes(bare) ? bare : closest(bare, names);
  return `unknown option ${arg.replace(/=.*$/, '')}${suggestion ? ` — did you mean --${suggestion}?` : ''}`;
}

/** Time allowed for a download, in milliseconds: `--timeout SECONDS`, default 30 s. */
export function timeoutOption(args: ParsedArgs): number {
  const value = args.options.get('timeout');
  if (value === undefined) return 30_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError('--timeout needs a number of seconds, such as 30');
  return seconds * 1000;
}

/** `--limit N`: entries listed per group in the report for people, default 50. */
export function limitOption(args: ParsedArgs): number {
  const limit = Number(args.options.get('limit') ?? 50);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError('--limit needs a whole number, such as 50');
  return limit;
}
