/**
 * `willkommen-widgets validate <file-or-url> [--json] [--out clean.json]`: tells a catalogue
 * maintainer exactly what is wrong, and writes the repaired catalogue on request.
 * Exit 0: no problems; 1: problems (records dropped, fields repaired or removed); 2: unusable.
 */
import { readFile } from 'node:fs/promises';
import { CatalogueError } from '../catalogue/errors.js';
import { fetchCatalogue } from '../catalogue/load.js';
import { parseCatalogue } from '../catalogue/parse.js';
import { memoryCopies } from '../catalogue/saved-copies.js';
import type { ValidationResult } from '../catalogue/validate.js';
import type { ParsedArgs } from './args.js';
import { writeCatalogue } from './output.js';
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
Exit status: 0 no problems, 1 problems found, 2 not a usable catalogue.`;

/**
 * A catalogue from a file or an http(s) address, parsed and validated; a pack (its folder or its
 * index.json) with every part read and checked.
 */
export async function loadCatalogue(source: string): Promise<ValidationResult> {
  const index = await packIndexSource(source);
  const result = await loadDocument(index);
  return result.pack ? checkPack(result, partReader(index)) : result;
}

async function loadDocument(source: string): Promise<ValidationResult> {
  if (/^https?:\/\//i.test(source)) {
    return fetchCatalogue(source, undefined, { savedCopies: memoryCopies(), retries: 1 });
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CatalogueError('network', code === 'ENOENT' ? `Cannot read ${source}: no such file` : code === 'EISDIR' ? `Cannot read ${source}: it is a folder` : `Cannot read ${source}: ${code ?? (error as Error).message}`);
  }
  return parseCatalogue(text.replace(/^\uFEFF/, ''));
}

export async function validateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [source] = args.positional;
  const json = args.options.has('json');
  const out = args.options.get('out') as string | undefined;
  let result: ValidationResult;
  try {
    result = await loadCatalogue(source);
  } catch (error) {
    const message = error instanceof CatalogueError ? error.message : String(error);
    if (json) io.out(JSON.stringify(errorSummary(message)));
    else io.err(`${source}: ${message}`);
    return 2;
  }
  const report = out === '-' ? { out: io.err, err: io.err } : io;
  if (json) report.out(JSON.stringify(summary(result)));
  else printReport(source, result, report, Number(args.options.get('limit') ?? 50));
  if (out) await writeCatalogue(result.catalogue, out, io, json);
  return exitCode(result);
}
