/**
 * `willkommen-widgets validate <file-or-url> [--json]`: tells a catalogue maintainer exactly what
 * is wrong. Exit 0: no problems; 1: records dropped or warnings; 2: the document is unusable.
 */
import { readFile } from 'node:fs/promises';
import { CatalogueError } from '../catalogue/errors.js';
import { fetchCatalogue } from '../catalogue/load.js';
import { parseCatalogue } from '../catalogue/parse.js';
import { memoryCopies } from '../catalogue/saved-copies.js';
import { allTexts, localText } from '../catalogue/text.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { ValidationResult } from '../catalogue/validate.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `Usage: willkommen-widgets validate <file-or-url> [--json]

Checks a Willkommen catalogue (format version 1) and prints what it holds and every problem.
  --json   print one JSON object: {"offers", "events", "jobs", "categories", "problems": [{"path", "message"}]}
Exit status: 0 no problems, 1 problems found (records dropped or warnings), 2 not a usable catalogue.`;

async function load(source: string): Promise<ValidationResult> {
  if (/^https?:\/\//i.test(source)) {
    return fetchCatalogue(source, undefined, { savedCopies: memoryCopies(), retries: 1 });
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new CatalogueError('network', `Cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseCatalogue(text.replace(/^\uFEFF/, ''));
}

/** Share of records with text in each language, for title and summary. */
function coverage(catalogue: Catalogue): Map<string, number> {
  const counts = new Map<string, number>();
  for (const offer of catalogue.offers) {
    const langs = new Set(allTexts(offer.title, catalogue.defaultLanguage).map(([lang]) => lang));
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0 %' : `${Math.round((part / whole) * 100)} %`;
}

function report(source: string, { catalogue, problems, dropped }: ValidationResult, io: CliIo): void {
  const name = localText(catalogue.title, 'en', catalogue.defaultLanguage)?.text;
  io.out(`${source}${name ? ` — ${name}` : ''}`);
  io.out(`  offers: ${catalogue.offers.length}   events: ${catalogue.events.length}   jobs: ${catalogue.jobs.length}   regions: ${catalogue.regions.length}`);
  io.out(`  default language: ${catalogue.defaultLanguage}   time zone: ${catalogue.timeZone}`);
  io.out(`  categories (${catalogue.categories.length}):`);
  const perCategory = new Map<string, number>();
  for (const offer of catalogue.offers) for (const c of offer.categories ?? []) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
  for (const category of catalogue.categories) {
    const label = localText(category.name, 'en', catalogue.defaultLanguage)?.text ?? category.id;
    io.out(`    ${category.id.padEnd(24)} ${String(perCategory.get(category.id) ?? 0).padStart(6)} offers   ${label}`);
  }
  io.out('  offer titles by language:');
  for (const [lang, count] of coverage(catalogue)) {
    io.out(`    ${lang.padEnd(8)} ${String(count).padStart(6)}  ${percent(count, catalogue.offers.length)}`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  io.out(`  problems: ${problems.length} (${errors} errors, ${problems.length - errors} warnings); records dropped: ${dropped}`);
  for (const problem of problems) io.out(`    ${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.path}: ${problem.message}`);
}

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest[0] === '--help' || rest[0] === '-h' || rest.length === 0) {
    io.out(USAGE);
    return rest.length === 0 ? 2 : 0;
  }
  if (rest[0] !== 'validate' || rest.length !== 2) {
    io.err(USAGE);
    return 2;
  }
  const source = rest[1];
  let result: ValidationResult;
  try {
    result = await load(source);
  } catch (error) {
    const message = error instanceof CatalogueError ? error.message : String(error);
    if (json) io.out(JSON.stringify({ error: message, offers: 0, events: 0, jobs: 0, categories: 0, problems: [{ path: '$', message }] }));
    else io.err(`${source}: ${message}`);
    return 2;
  }
  const { catalogue, problems } = result;
  if (json) {
    io.out(
      JSON.stringify({
        offers: catalogue.offers.length,
        events: catalogue.events.length,
        jobs: catalogue.jobs.length,
        categories: catalogue.categories.length,
        problems: problems.map(({ path, message, severity }) => ({ path, message, severity })),
      }),
    );
  } else {
    report(source, result, io);
  }
  return problems.length === 0 ? 0 : 1;
}
