/**
 * `willkommen-widgets pack <catalogue> <folder>`: writes a catalogue as a pack for the network (with
 * its calendar feeds in feeds/), and the checks `validate` makes on a pack (every part there, valid,
 * and consistent with the index).
 */
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateCatalogue, type Problem, type ValidationResult } from '../catalogue/validate.js';
import { packCatalogue, packHash } from '../pack/index.js';
import type { ParsedArgs } from './args.js';
import { UsageError, timeoutOption } from './args.js';
import { feedsOf, feedsUrlOption, writeFeeds, type FeedFile } from './feeds.js';
import { CliError, fileMessage, loadFailure, parseJsonText } from './messages.js';
import { outputFolderProblem } from './output.js';
import type { CliIo } from './report.js';
import { download } from './source.js';

export const PACK_USAGE = `willkommen-widgets pack <file-or-url> <folder> [--list-size N] [--first-size N] [--details-size N] [--feeds-url URL] [--clean] [--json]

Writes a catalogue as a pack for the network: a small index.json (point the elements' src at it)
and parts whose names carry a hash of their content, so a server can let browsers keep them for a
year (Cache-Control: max-age=31536000, immutable); serve index.json with a short lifetime
(Cache-Control: no-cache). What a list or a map shows comes per language: a first part of
--first-size offers (default 100), which is all the first cards wait for, then parts of --list-size
(default 1000); full offers come in parts of --details-size
(default 25) when one is opened; events and jobs are parts of their own.
The events also become calendar feeds in <folder>/feeds/ (as "willkommen-widgets feeds" writes
them: events.ics, one per category and one per region that has events; serve them with
Cache-Control: max-age=3600).
The catalogue is validated first and packed with its repairs made.
  --feeds-url URL  the https address <folder>/feeds/ is served from; the pack's catalogue names it
                   ("feeds": {"url": …}) so elements find the feeds (default: the catalogue's feeds.url)
  --clean          remove parts of earlier packs from the folder, and feeds that are not written
                   again (by default they stay, for pages that still hold an older index.json)
  --json           print one JSON object: {"files", "bytes", "gzipBytes", "parts": [{"name", "bytes", "gzipBytes"}],
                   "feeds": [{"name", "events", "bytes", "gzipBytes", "url"}]}
  --timeout S      seconds allowed for a download (default 30)
<folder> is made when it is missing; it must not be a file.
Examples:
  willkommen-widgets pack catalogue.json public/katalog/
  willkommen-widgets pack https://example.org/catalogue.json public/katalog/ --clean
Exit status: 0 packed (1 when the catalogue had problems, which were repaired or left out), 2 unusable
(missing, not JSON, not a catalogue, the address cannot be reached, or <folder> cannot be written).`;

const PART_NAME = /^(?:offers-[\w-]+|events|jobs)\.[0-9a-f]{12}\.json$/;

export async function packCommand(args: ParsedArgs, io: CliIo, load: (source: string, timeout: number) => Promise<ValidationResult>): Promise<number> {
  const [source, folder] = args.positional;
  const json = args.options.has('json');
  const detailsSize = Number(args.options.get('details-size') ?? 25);
  if (!Number.isInteger(detailsSize) || detailsSize < 1) throw new UsageError('--details-size needs a whole number of offers, such as 25');
  const listSize = Number(args.options.get('list-size') ?? 1000);
  if (!Number.isInteger(listSize) || listSize < 1) throw new UsageError('--list-size needs a whole number of offers, such as 1000');
  const firstSize = Number(args.options.get('first-size') ?? Math.min(100, listSize));
  if (!Number.isInteger(firstSize) || firstSize < 1 || firstSize > listSize) throw new UsageError(`--first-size needs a whole number of offers from 1 to --list-size (${listSize}), such as 100`);
  const feedsUrl = feedsUrlOption(args, 'feeds-url');
  const timeout = timeoutOption(args);
  const fail = (message: string) => {
    if (json) io.out(JSON.stringify({ error: message.split('\n')[0] }));
    else io.err(message);
    return 2;
  };
  // Said before the catalogue is read (which can take a while): the folder cannot be a file.
  const folderProblem = await outputFolderProblem(folder, 'pack');
  if (folderProblem) return fail(folderProblem);
  let result: ValidationResult;
  try {
    result = await load(source, timeout);
  } catch (error) {
    return fail(loadFailure(source, error));
  }
  if (result.pack) return fail(`${source}: This is a pack already; pack the catalogue it was made from.`);
  const catalogue = feedsUrl ? { ...result.catalogue, feeds: { url: feedsUrl } } : result.catalogue;
  const pack = await packCatalogue(catalogue, { detailsSize, listSize, firstSize });
  let earlier: string[];
  let feeds: { files: FeedFile[]; earlier: string[] };
  try {
    await mkdir(folder, { recursive: true });
    for (const file of pack.files) await writeFile(join(folder, file.name), file.text);
    const kept = new Set(pack.files.map((f) => f.name));
    earlier = (await readdir(folder)).filter((name) => PART_NAME.test(name) && !kept.has(name));
    if (args.options.has('clean')) for (const name of earlier) await unlink(join(folder, name));
    feeds = await writeFeeds(join(folder, 'feeds'), feedsOf(catalogue, catalogue.feeds?.url), args.options.has('clean'));
  } catch (error) {
    return fail(fileMessage(error as Error, (error as { path?: string }).path ?? folder, true));
  }

  const parts = pack.files.map((f) => ({ name: f.name, bytes: Buffer.byteLength(f.text), gzipBytes: gzipSync(f.text).length }));
  const total = (key: 'bytes' | 'gzipBytes') => parts.reduce((sum, p) => sum + p[key], 0);
  if (json) {
    io.out(JSON.stringify({ files: parts.length, bytes: total('bytes'), gzipBytes: total('gzipBytes'), parts, feeds: feeds.files }));
  } else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const { offers, events, jobs } = pack.index;
    io.out(`${folder}: ${parts.length} files, ${kb(total('bytes'))} (${kb(total('gzipBytes'))} gzip)`);
    io.out(`  index.json                  ${kb(parts[0].gzipBytes).padStart(9)} gzip  (the address for src)`);
    if (offers) {
      const languages = Object.entries(offers.lists);
      const perLanguage = languages.map(([, names]) => parts.filter((p) => names.includes(p.name)).reduce((n, p) => n + p.gzipBytes, 0));
      const first = parts.filter((p) => languages.some(([, names]) => names[0] === p.name));
      const full = parts.filter((p) => offers.details.files.includes(p.name));
      io.out(`  offers for lists and maps   ${kb(Math.max(...perLanguage)).padStart(9)} gzip at most, in ${languages.length} languages (${languages.map(([lang]) => lang).join(', ')}), ${languages[0][1].length} parts (the first of ${offers.firstSize ?? offers.listSize} offers, the others of ${offers.listSize}); the first ${kb(Math.max(...first.map((p) => p.gzipBytes)))} at most`);
      io.out(`  full offers                 ${kb(Math.max(...full.map((p) => p.gzipBytes))).padStart(9)} gzip at most, one of ${full.length} parts of ${offers.details.size}`);
    }
    if (events) io.out(`  events                      ${kb(parts.find((p) => p.name === events.file)?.gzipBytes ?? 0).padStart(9)} gzip  (${events.count})`);
    if (jobs) io.out(`  jobs                        ${kb(parts.find((p) => p.name === jobs.file)?.gzipBytes ?? 0).padStart(9)} gzip  (${jobs.count})`);
    if (feeds.files.length) {
      const all = feeds.files[0];
      io.out(`  calendar feeds in feeds/    ${kb(all.gzipBytes).padStart(9)} gzip  (events.ics, ${all.events} events; ${feeds.files.length - 1} more for categories and regions)${all.url ? '' : '; --feeds-url names their address'}`);
    }
    if (earlier.length) io.out(args.options.has('clean') ? `  removed ${earlier.length} parts of earlier packs` : `  ${earlier.length} parts of earlier packs left in place (--clean removes them)`);
    if (feeds.earlier.length) io.out(args.options.has('clean') ? `  removed ${feeds.earlier.length} feeds of earlier packs` : `  ${feeds.earlier.length} feeds of earlier packs left in place (--clean removes them)`);
    if (result.problems.length) io.out(`  the catalogue had ${result.problems.length} problems; run "willkommen-widgets validate ${source}" to see them`);
  }
  return result.problems.length ? 1 : 0;
}

/** Where a pack's parts are read from: a folder or a web address. */
export type ReadPart = (name: string) => Promise<string>;

export function partReader(indexSource: string, timeout = 30_000): ReadPart {
  if (/^https?:\/\//i.test(indexSource)) {
    return async (name) => {
      const answer = await download(new URL(name, indexSource).href, timeout);
      if (answer.status >= 400) throw new Error(`the server answered ${answer.status}`);
      return answer.text;
    };
  }
  const folder = indexSource.replace(/[^/\\]*$/, '');
  return async (name) => {
    try {
      return await readFile(join(folder, name), 'utf8');
    } catch (error) {
      throw new CliError(fileMessage(error as Error, join(folder, name)));
    }
  };
}

/** A pack's index file for a folder given on the command line; the source itself otherwise. */
export async function packIndexSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) return source;
  let folder = false;
  try {
    folder = (await stat(source)).isDirectory();
  } catch {
    return source; // the file reader says what is missing
  }
  if (!folder) return source;
  const index = join(source, 'index.json');
  try {
    await stat(index);
  } catch {
    throw new CliError(`${source} is a folder without a pack in it (no index.json); give a catalogue's file, a pack's folder or an http(s) address`);
  }
  return index;
}

/**
 * Checks a pack's parts against its index: each there and valid on its own, the offers in the same
 * order in every language and in the full parts, the counts as the index says, names that match the
 * content. Adds the problems found (paths start with the part's name) and the records to `result`.
 */
export async function checkPack(result: ValidationResult, read: ReadPart): Promise<ValidationResult> {
  const pack = result.pack;
  if (!pack) return result;
  const problems: Problem[] = [...result.problems];
  let { dropped, repaired, removed } = result;
  const error = (path: string, message: string) => problems.push({ path, code: 'bad-value', message, severity: 'error', action: 'dropped' });
  const changed = (path: string) => problems.push({ path, code: 'bad-value', message: 'the content changed after packing: browsers that keep this part may show the old one; pack again', severity: 'warning', action: 'kept' });
  const fullTexts: string[] = [];
  const open = async (name: string): Promise<ValidationResult | undefined> => {
    let text: string;
    try {
      text = await read(name);
    } catch (e) {
      error(name, `this part is missing (${(e as Error).message})`);
      return undefined;
    }
    // A part is named by the hash of its content; the full offers' parts by one hash of them all.
    if (name.startsWith('offers-full-')) fullTexts.push(text);
    else if (/\.([0-9a-f]{12})\.json$/.exec(name)?.[1] !== (await packHash(text))) changed(name);
    try {
      const part = validateCatalogue(parseJsonText(name, text));
      for (const p of part.problems) problems.push({ ...p, path: `${name}: ${p.path}` });
      dropped += part.dropped;
      repaired += part.repaired;
      removed += part.removed;
      return part;
    } catch (e) {
      const message = (e as Error).message.split('\n')[0];
      error(name, message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message);
      return undefined;
    }
  };
  const catalogue = { ...result.catalogue };
  if (pack.offers) {
    const full = [];
    for (const name of pack.offers.details.files) full.push(...((await open(name))?.catalogue.offers ?? []));
    if (fullTexts.length === pack.offers.details.files.length && (await packHash(fullTexts.join('\n'))) !== pack.offers.details.hash) changed('$.offers.details.hash');
    const ids = full.map((o) => o.id).join('\n');
    if (full.length !== pack.offers.count) error('$.offers.count', `the index says ${pack.offers.count} offers; the full parts hold ${full.length}`);
    for (const [lang, names] of Object.entries(pack.offers.lists)) {
      const listed = [];
      for (const name of names) listed.push(...((await open(name))?.catalogue.offers ?? []));
      if (listed.map((o) => o.id).join('\n') !== ids) error(`$.offers.lists.${lang}`, `the list in "${lang}" does not hold the same offers in the same order as the full parts`);
    }
    catalogue.offers = full;
  }
  for (const key of ['events', 'jobs'] as const) {
    const part = pack[key];
    if (!part) continue;
    const records = (await open(part.file))?.catalogue[key] ?? [];
    if (records.length !== part.count) error(`$.${key}.count`, `the index says ${part.count} ${key}; ${part.file} holds ${records.length}`);
    (catalogue as Record<string, unknown>)[key] = records;
  }
  return { ...result, catalogue, problems, dropped, repaired, removed };
}
