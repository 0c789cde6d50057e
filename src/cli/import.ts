/**
 * `willkommen-widgets import <format> <input> [--out catalogue.json] [--json]`: makes a catalogue
 * from Open Referral HSDS, Integreat, schema.org JSON-LD or the kit's spreadsheet template. The
 * result goes through the same validator as any catalogue; the report adds what could not be mapped.
 */
import { readFile } from 'node:fs/promises';
import { isTimeZone } from '../catalogue/local-time.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { IMPORT_FORMATS, IMPORTERS, type ImportFormat } from '../importers/index.js';
import type { ImportOptions, ImportSource } from '../importers/types.js';
import { UsageError, limitOption, timeoutOption, type ParsedArgs } from './args.js';
import { CliError, didYouMean, fileMessage, jsonMessage } from './messages.js';
import { writeCatalogue } from './output.js';
import { errorSummary, exitCode, printReport, summary, type CliIo } from './report.js';
import { openSource } from './source.js';

export const IMPORT_USAGE = `willkommen-widgets import <format> <input> [--out catalogue.json] [--json] [options]

Makes a catalogue from another format. <input> is a file, a folder, a zip archive or an http(s) address.
  hsds         Open Referral HSDS: 3.0 JSON (a service, a list, an API page or an API base URL) or a
               tabular data package (datapackage.json + CSV files, 3.0 or 1.x/2.x) as a folder or zip
  integreat    Integreat's content API of one region (https://cms.integreat-app.de/api/v3/<region>/<lang>/)
               or a folder with saved locations.json and events.json
  schema-org   JSON-LD Event, JobPosting, Organization (and kinds) from a JSON file or an HTML page
  csv          the kit's spreadsheet template (templates/angebote-offers.csv)
Options:
  --out FILE            write the catalogue to FILE (- for standard output); without it nothing is written
  --json                print one JSON object: as validate --json, plus "read", "skipped" and "unmapped"
  --languages de,en,ar  languages to read where the source has several (Integreat); the first is the default
  --language CODE       language of texts where the source does not say (default: de; HSDS: en)
  --time-zone ZONE      time zone of times without an offset (default Europe/Berlin)
  --category-map FILE   JSON object: taxonomy term (id or name) → category id, added to the built-in mapping
  --title TEXT          the catalogue's title
  --limit N             entries listed per group in the report for people (default 50)
  --timeout S           seconds allowed for each download (default 30)
Examples:
  willkommen-widgets import csv angebote.csv --out catalogue.json
  willkommen-widgets import hsds hsds-package.zip --language de --out catalogue.json
  willkommen-widgets import integreat https://cms.integreat-app.de/api/v3/rostock/de/ --languages de,ar,uk --out catalogue.json
Exit status: 0 everything mapped, 1 something not mapped, skipped or repaired, 2 the input is unusable
(missing, empty, not readable, or the address cannot be reached).`;

async function options(args: ParsedArgs): Promise<ImportOptions> {
  const options: ImportOptions = {};
  const get = (name: string) => args.options.get(name) as string | undefined;
  const languages = get('languages');
  if (languages) options.languages = languages.split(',').map((l) => l.trim()).filter(Boolean);
  if (get('language')) options.defaultLanguage = get('language');
  if (get('time-zone')) {
    if (!isTimeZone(get('time-zone') as string)) throw new UsageError(`--time-zone ${get('time-zone')} is not an IANA time zone such as Europe/Berlin`);
    options.timeZone = get('time-zone');
  }
  if (get('title')) options.title = get('title');
  const mapFile = get('category-map');
  if (mapFile) {
    let map: unknown;
    let text: string;
    try {
      text = await readFile(mapFile, 'utf8');
    } catch (error) {
      throw new CliError(`--category-map: ${fileMessage(error as Error, mapFile)}`);
    }
    try {
      map = JSON.parse(text);
    } catch (error) {
      throw new CliError(`--category-map: ${jsonMessage(mapFile, text, error as Error)}`);
    }
    if (typeof map !== 'object' || map === null || Array.isArray(map) || !Object.values(map).every((v) => typeof v === 'string')) {
      throw new UsageError(`--category-map ${mapFile}: must be a JSON object of terms to category ids, such as {"BD-1800": "health"}`);
    }
    options.categoryMap = map as Record<string, string>;
  }
  return options;
}

export async function importCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [format, input] = args.positional;
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format ${didYouMean(format, IMPORT_FORMATS)} (the formats: ${IMPORT_FORMATS.join(', ')})`);
  }
  const json = args.options.has('json');
  const out = args.options.get('out') as string | undefined;
  const report = out === '-' ? { out: io.err, err: io.err } : io;
  const fail = (message: string) => {
    if (json) report.out(JSON.stringify(errorSummary(message.split('\n')[0])));
    else io.err(message);
    return 2;
  };
  const limit = limitOption(args);
  const timeout = timeoutOption(args);
  const importOptions = await options(args);
  if (!json) importOptions.onProgress = (message) => io.err(`  ${message}`);
  let imported;
  let result;
  let source: ImportSource | undefined;
  try {
    source = await openSource(input, { timeout });
    imported = await IMPORTERS[format as ImportFormat](source, importOptions);
    result = validateCatalogue(imported.document);
  } catch (error) {
    return fail(await importFailure(input, source, error));
  }
  if (json) report.out(JSON.stringify(summary(result, imported)));
  else printReport(`${format} ${input}`, result, report, limit, imported);
  if (out) await writeCatalogue(result.catalogue, out, io, json);
  else if (!json) report.out('  nothing written: add --out catalogue.json to write the catalogue');
  return exitCode(result, imported);
}

/**
 * Why an import failed, in one message: the file or host problem as it was said; a JSON file that
 * does not parse, with its line and column.
 */
async function importFailure(input: string, source: ImportSource | undefined, error: unknown): Promise<string> {
  if (error instanceof CliError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (source?.kind === 'file' && /is not JSON \(/.test(message)) {
    const text = await source.text(source.files[0]);
    if (text !== undefined) {
      try {
        JSON.parse(text);
      } catch (parseError) {
        return jsonMessage(input, text, parseError as Error);
      }
    }
  }
  return `${input}: ${message}`;
}
