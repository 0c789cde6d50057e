/**
 * `willkommen-widgets export hsds <catalogue> [--out services.json] [--language en]`: writes the
 * offers of a catalogue as Open Referral HSDS 3.0 JSON (the `/services` page, every service nested).
 */
import { writeFile } from 'node:fs/promises';
import { exportHsds } from '../importers/index.js';
import { UsageError, timeoutOption, type ParsedArgs } from './args.js';
import { CliError, fileMessage, loadFailure } from './messages.js';
import type { CliIo } from './report.js';
import { loadCatalogue } from './validate.js';

export const EXPORT_USAGE = `willkommen-widgets export hsds <file-or-url> [--out services.json] [--language CODE]

Writes the offers of a catalogue as Open Referral HSDS 3.0 JSON: the answer of GET /services, one
page with every service fully nested (organization, locations, addresses, phones, schedules,
languages, categories as attributes). The catalogue is validated first.
  --out FILE       write to FILE (default: standard output)
  --language CODE  the language of the texts (HSDS has one a document; default: the catalogue's default language)
  --timeout S      seconds allowed for a download (default 30)
Events and jobs have no place in HSDS: they are counted and left out.
Examples:
  willkommen-widgets export hsds catalogue.json --out services.json
  willkommen-widgets export hsds https://example.org/catalogue.json --language en > services.json
Exit status: 0 written, 1 written but something was left out, 2 not a usable catalogue (missing,
not JSON, not a catalogue, or the address cannot be reached) or the file cannot be written.`;

export async function exportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [format, source] = args.positional;
  if (format !== 'hsds') throw new UsageError(`unknown export format "${format}"; the one format is hsds`);
  const timeout = timeoutOption(args);
  let result;
  try {
    result = await loadCatalogue(source, timeout);
  } catch (error) {
    io.err(loadFailure(source, error));
    return 2;
  }
  const language = args.options.get('language') as string | undefined;
  const exported = exportHsds(result.catalogue, language ? { language } : {});
  const out = args.options.get('out') as string | undefined;
  const text = `${JSON.stringify(exported.document, null, 2)}\n`;
  const say = out ? io.out : io.err;
  if (out) {
    try {
      await writeFile(out, text);
    } catch (error) {
      throw new CliError(fileMessage(error as Error, out, true));
    }
  } else io.out(text.trimEnd());
  const { services, organizations, locations, schedules } = exported.counts;
  say(`${out ?? 'standard output'}: ${services} services of ${organizations} organisations at ${locations} locations, ${schedules} schedules, texts in "${exported.language}"`);
  const { events, jobs } = exported.skipped;
  if (events || jobs) say(`  ${events} events and ${jobs} jobs are not part of HSDS and were left out`);
  if (result.problems.length) say(`  the catalogue has ${result.problems.length} problems; run "willkommen-widgets validate ${source}" to see them`);
  for (const u of exported.leftOut) say(`  left out: ${u.count} × ${u.field} ${JSON.stringify(u.value)}: ${u.reason}`);
  return exported.leftOut.length ? 1 : 0;
}
