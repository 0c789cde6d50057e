/**
 * What the CLI says when something outside the catalogue goes wrong — a file that is missing or is
 * a folder, a text that is not JSON, a host that cannot be reached, a mistyped command — in plain
 * words that name the file or the host, never a system error code.
 */
import { dirname } from 'node:path';
import { CatalogueError } from '../catalogue/errors.js';

/** A failure the user can act on; its message is printed as it is, with exit status 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

type SystemError = Error & { code?: string; path?: string; syscall?: string };

/** A file system error in plain words. `writing`: the path was to be written (or made). */
export function fileMessage(error: SystemError, path = error.path ?? '', writing = false): string {
  switch (error.code) {
    case 'ENOENT':
      return writing ? `cannot write ${path}: the folder ${dirname(path)} does not exist` : `file not found: ${path}`;
    case 'EISDIR':
      return writing ? `cannot write ${path}: it is a folder; give a file name` : `${path} is a folder, not a file`;
    case 'ENOTDIR':
      return `cannot use ${path}: a part of the path is a file, not a folder`;
    case 'EEXIST':
      return `${path} is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${path}`;
    case 'ENOSPC':
      return `cannot write ${path}: the disk is full`;
    case 'EROFS':
      return `cannot write ${path}: the disk is read-only`;
    case 'ENAMETOOLONG':
      return `the name is too long: ${path}`;
    case 'EMFILE':
    case 'ENFILE':
      return `cannot open ${path}: too many files are open`;
    default:
      return `cannot ${writing ? 'write' : 'read'} ${path} (${error.message.replace(/^[A-Z]+: /, '')})`;
  }
}

/**
 * Why `source` could not be used as a catalogue, in one message: the file or host problem as it
 * was said, or what the validator found (`source: This is not a catalogue …`).
 */
export function loadFailure(source: string, error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (isFileError(error)) return fileMessage(error);
  if (error instanceof CatalogueError) return `${source}: ${error.message}`;
  return `${source}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Whether `error` came from the file system (it carries an error code and the path). */
export function isFileError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === 'string' && typeof (error as SystemError).path === 'string';
}

/** `host:port` of an address, or the address itself when it is none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The error codes of a failed fetch: its own, its cause's, and those of each address tried. */
function codes(error: unknown): string[] {
  const found: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 4) return;
    const { code, cause, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') found.push(code);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return found;
}

const TIMEOUT_CODES = ['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT'];

/** Why a download failed, naming the host: an unknown name, a refused connection, no answer in time… */
export function networkMessage(url: string, error: unknown, timeoutMs: number): string {
  const host = hostOf(url);
  const found = codes(error);
  const has = (...wanted: string[]) => found.some((code) => wanted.includes(code));
  if ((error as Error)?.name === 'TimeoutError' || has(...TIMEOUT_CODES)) return `no answer from ${host} within ${timeoutMs / 1000} s`;
  if (has('ENOTFOUND')) return `cannot reach ${host}: the host name is unknown (check the address and the network connection)`;
  if (has('EAI_AGAIN')) return `cannot reach ${host}: the host name could not be looked up (is there a network connection?)`;
  if (has('ECONNREFUSED')) return `cannot reach ${host}: the connection was refused (no server answers there)`;
  if (has('EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL')) return `cannot reach ${host}: there is no way to it from this network`;
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE')) return `${host} closed the connection before the download was complete`;
  const certificate = found.find((code) => /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code));
  if (certificate) return `cannot trust ${host}: its certificate is not valid (${certificate})`;
  const cause = (error as { cause?: Error })?.cause?.message ?? (error as Error)?.message ?? String(error);
  if (cause === 'bad port') return `cannot reach ${host}: downloads are refused on this port (a "bad port" of the Fetch standard); serve the file on another one`;
  return `cannot reach ${host} (${cause})`;
}

/**
 * Where a JSON text stops being JSON: the offset of the first character that cannot be there, or
 * the text's length when it ends too early; -1 when it is JSON. For parse errors whose message
 * gives no position.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Reads the string starting at `i`; false when it is broken (`i` is then where). */
  const string = (): boolean => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return false;
      }
    }
    return false;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const stack: string[] = [];
  let state: 'value' | 'after' | 'key' | 'colon' = 'value';
  for (;;) {
    skip();
    if (i >= n) return state === 'after' && stack.length === 0 ? -1 : n;
    const c = text[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
      } else if (c === '"') {
        if (!string()) return i;
        state = 'after';
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        number.lastIndex = i;
        if (literal) i += literal.length;
        else if (number.test(text)) i = number.lastIndex;
        else return i;
        state = 'after';
      }
    } else if (state === 'key') {
      if (c !== '"' || !string()) return i;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const open = stack[stack.length - 1];
      if (open === undefined) return i;
      if (c === ',') {
        i++;
        state = open === '{' ? 'key' : 'value';
      } else if (c === (open === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

/** What a JSON.parse message says, without its position and excerpt. */
function describeJsonError(message: string, atEnd: boolean): string {
  if (atEnd || /Unexpected end of JSON input/i.test(message)) return 'the text ends too early (a bracket, a brace or a quote is not closed)';
  if (/non-whitespace character after JSON/i.test(message)) return 'there is more text after the end of the JSON document';
  const token = /^Unexpected token '([\s\S]*?)', /.exec(message)?.[1] ?? /^Unexpected token ([\s\S]) in JSON/.exec(message)?.[1];
  if (token !== undefined) return token.trim() === '' ? 'unexpected line break or control character' : `unexpected character ${JSON.stringify(token)}`;
  const plain = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '').trim();
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** The line of `text` around `offset`, at most about 70 characters, with a caret under the place. */
function excerpt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const line = Array.from(text.slice(start, newline === -1 ? undefined : newline).replace(/\r$/, '').replace(/[\t\r]/g, ' '));
  let column = Array.from(text.slice(start, offset)).length;
  let from = line.findIndex((c) => c !== ' ');
  if (from === -1 || from > column) from = column;
  let to = line.length;
  if (to - from > 70) {
    from = Math.max(from, column - 40);
    to = Math.min(to, from + 70);
  }
  const shown = `${from > 0 && line.slice(0, from).some((c) => c !== ' ') ? '…' : ''}${line.slice(from, to).join('')}${to < line.length ? '…' : ''}`;
  column = column - from + (shown.startsWith('…') ? 1 : 0);
  return `    ${shown}\n    ${' '.repeat(column)}^`;
}

/**
 * Parses JSON read from `label` (a file or an address). A text that is not JSON becomes a
 * `CliError` naming the line and column, with the line shown; an empty one or a web page says so.
 */
export function parseJsonText(label: string, text: string, options: { contentType?: string; url?: boolean } = {}): unknown {
  if (text.trim() === '') throw new CliError(options.url ? `${label}: the answer is empty` : `the file is empty: ${label}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(jsonMessage(label, text, error as Error, options));
  }
}

/** The message for a text that JSON.parse refused: where (line, column) and what, with the line shown. */
export function jsonMessage(label: string, text: string, error: Error, options: { contentType?: string; url?: boolean } = {}): string {
  if (/html/i.test(options.contentType ?? '') || /^\s*</.test(text)) {
    return options.url ? `${label}: the address returned a web page, not a catalogue (JSON)` : `${label} is a web page (HTML), not JSON`;
  }
  const stated = /at position (\d+)/.exec(error.message);
  let offset = stated ? Number(stated[1]) : jsonErrorOffset(text);
  if (offset < 0) offset = text.length;
  const atEnd = text.slice(offset).trim() === '' && !/non-whitespace/.test(error.message);
  if (atEnd) offset = text.trimEnd().length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  return `${label}: not valid JSON at line ${line}, column ${column}: ${describeJsonError(error.message, atEnd)}\n${excerpt(text, offset)}`;
}

/** Damerau–Levenshtein distance (a swap of two neighbours counts as one edit). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `word`, when it is close enough to be a typing mistake. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    const allowed = candidate.length <= 4 ? 1 : candidate.length <= 8 ? 2 : 3;
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `"word" — did you mean "suggestion"?` when one is close, else `"word"`. */
export function didYouMean(word: string, candidates: readonly string[], quote = (s: string) => `"${s}"`): string {
  const suggestion = closest(word, candidates);
  return suggestion ? `${quote(word)} — did you mean ${quote(suggestion)}?` : quote(word);
}
