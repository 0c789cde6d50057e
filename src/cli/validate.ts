/**
 * `willkommen-widgets validate <file-or-url> [--json] [--out clean.json]`: tells a catalogue
 * maintainer exactly what is wrong, and writes the repaired catalogue on request.
 * Exit 0: no problems; 1: problems (records dropped, fields repaired or removed); 2: unusable.
 */
import { readFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { validateCatalogue, type ValidationResult } from '../catalogue/validate.js';
import { limitOption, timeoutOption, type ParsedArgs } from './args.js';
import { CliError, fileMessage, loadFailure, parseJsonText } from './messages.js';
import { writeCatalogue } from './output.js';
import { download } from './source.js';
import { checkPack, packIndexSource, partReader } from './pack.js';
import { errorSummary, exitCode, printReport, summary, type CliIo } from './report.js';

export const VALIDATE_USAGE = `willkommen-widgets validate <file-folder-or-url> [--json] [--out clean.json] [--limit N]

Checks a Willkommen catalogue (format version 1), or a pack (its folder or index.json; every part is
read and checked against the index): prints what it holds and every problem, each with its JSON
path, a code and what was done (record dropped, field repaired, field removed).
  --out FILE   write the repaired catalogue to FILE (- for standard output), so the repairs are made
               once and not in every visitor's browser
  --json       print one JSON object: {"offers", "events", "jobs", "categories", "regions", "dropped",
               "repaired", "removed", "problems": [{"path", "code", "message", "severity", "action"}]}
  --limit N    problems listed per code in the report for people (default 50; --json lists all)
  --timeout S  seconds allowed for a download (default 30)
Examples:
  willkommen-widgets validate catalogue.json
  willkommen-widgets validate https://example.org/catalogue.json --out clean.json
  willkommen-widgets validate public/katalog/ --json
Exit status: 0 no problems, 1 problems found, 2 not a usable catalogue (missing, not JSON, not a
catalogue, or the address cannot be reached).`;

/**
 * A catalogue from a file or an http(s) address, parsed and validated; a pack (its folder or its
 * index.json) with every part read and checked.
 */
export async function loadCatalogue(source: string, timeout = 30_000): Promise<ValidationResult> {
  const index = await packIndexSource(source);
  const result = await loadDocument(index, timeout);
  return result.pack ? checkPack(result, partReader(index, timeout)) : result;
}

async function loadDocument(source: string, timeout: number): Promise<ValidationResult> {
  if (/^https?:\/\//i.test(source)) {
    const answer = await download(source, timeout);
    if (answer.status >= 400) throw new CliError(`${source}: the server answered ${answer.status}${STATUS_CODES[answer.status] ? ` (${STATUS_CODES[answer.status]})` : ''}`);
    return validateCatalogue(parseJsonText(source, answer.text, { contentType: answer.contentType, url: true }));
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new CliError(fileMessage(error as Error, source));
  }
  return validateCatalogue(parseJsonText(source, text.replace(/^\uFEFF/, '')));
}

export async function validateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [source] = args.positional;
  const json = args.options.has('json');
  const out = args.options.get('out') as string | undefined;
  const limit = limitOption(args);
  const timeout = timeoutOption(args);
  let result: ValidationResult;
  try {
    result = await loadCatalogue(source, timeout);
  } catch (error) {
    const message = loadFailure(source, error);
    if (json) io.out(JSON.stringify(errorSummary(message.split('\n')[0])));
    else io.err(message);
    return 2;
  }
  const report = out === '-' ? { out: io.err, err: io.err } : io;
  if (json) report.out(JSON.stringify(summary(result)));
  else printReport(source, result, report, limit);
  if (out) await writeCatalogue(result.catalogue, out, io, json);
  return exitCode(result);
}

