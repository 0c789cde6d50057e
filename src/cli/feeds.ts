/**
 * `willkommen-widgets feeds <catalogue> <folder>`: writes a catalogue's calendar feeds, the static
 * .ics files calendar apps subscribe to (docs/catalogue-format.md, "Calendar feeds"), for
 * publishers who serve the catalogue without a pack. `pack` writes the same feeds into its folder.
 */
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { calendarFeeds, FEED_FILE, webcalUrl, type CalendarFeed } from '../calendar/feeds.js';
import type { Catalogue } from '../catalogue/schema.js';
import { safeUrl } from '../catalogue/url.js';
import type { ValidationResult } from '../catalogue/validate.js';
import { UsageError, timeoutOption, type ParsedArgs } from './args.js';
import { fileMessage, loadFailure } from './messages.js';
import { outputFolderProblem } from './output.js';
import type { CliIo } from './report.js';

export const FEEDS_USAGE = `willkommen-widgets feeds <file-or-url> <folder> [--url <public folder URL>] [--past-days N] [--clean] [--json]

Writes a catalogue's events as calendar feeds (iCalendar .ics files) that calendar apps subscribe
to and keep up to date: events.ics with every event, events-category-<id>.ics for each category
and events-region-<id>.ics for each region that has events. Each event is in a feed once, with its
recurrence, at its local time in the catalogue's time zone; texts are in the catalogue's default
language. Serve the folder as it is, with Cache-Control: max-age=3600 (the feeds ask calendar
apps to look again every 12 hours), and name it in the catalogue: "feeds": {"url": "…"}.
The catalogue (or a pack: its folder or index.json) is validated first.
  --url URL        the https address the folder is served from (default: the catalogue's feeds.url);
                   the feeds name their address, and the report gives the webcal:// address
  --past-days N    days an event stays in the feeds after it has ended (default 30)
  --clean          remove feeds of earlier runs that are not written again (a category that has no
                   events now; by default they stay)
  --json           print one JSON object: {"feeds", "events", "bytes", "gzipBytes",
                   "files": [{"name", "events", "bytes", "gzipBytes", "url"}]}
  --timeout S      seconds allowed for a download (default 30)
<folder> is made when it is missing; it must not be a file. pack writes the same feeds into the
pack's feeds/ folder.
Examples:
  willkommen-widgets feeds catalogue.json public/feeds/ --url https://example.org/feeds/
  willkommen-widgets feeds https://example.org/catalogue.json public/feeds/ --json
Exit status: 0 written (1 when the catalogue had problems, which were repaired or left out), 2 unusable
(missing, not JSON, not a catalogue, the address cannot be reached, or <folder> cannot be written).`;

/** A written feed as the reports list it. */
export interface FeedFile {
  name: string;
  events: number;
  bytes: number;
  gzipBytes: number;
  url?: string;
}

/** The https address of a folder given with `--<option>`, ending with "/"; undefined when not given. */
export function feedsUrlOption(args: ParsedArgs, option: string): string | undefined {
  const value = args.options.get(option);
  if (value === undefined) return undefined;
  const url = safeUrl(String(value));
  const folder = url?.startsWith('https://') ? new URL(url) : undefined;
  if (!folder || folder.search || folder.hash) {
    throw new UsageError(`--${option} needs the https address of the folder the feeds are served from, such as https://example.org/katalog/feeds/`);
  }
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return folder.href;
}

/** `--past-days N`: days an event stays in the feeds after it has ended, default 30. */
function pastDaysOption(args: ParsedArgs): number {
  const days = Number(args.options.get('past-days') ?? 30);
  if (!Number.isInteger(days) || days < 0) throw new UsageError('--past-days needs a whole number of days, such as 30');
  return days;
}

/** The feeds of `catalogue` as of now, served from `url` (else the catalogue's feeds.url). */
export function feedsOf(catalogue: Catalogue, url: string | undefined, pastDays = 30): CalendarFeed[] {
  return calendarFeeds(catalogue, { now: new Date(), pastDays, ...(url ? { url } : {}) });
}

/**
 * Writes `feeds` into `folder` (made when there are feeds and it is missing), each file whole
 * before it takes its name, so a calendar app never reads half a feed. Returns the feeds of
 * earlier runs that were not written again; `clean` removes them.
 */
export async function writeFeeds(folder: string, feeds: readonly CalendarFeed[], clean: boolean): Promise<{ files: FeedFile[]; earlier: string[] }> {
  if (feeds.length) await mkdir(folder, { recursive: true });
  for (const feed of feeds) {
    const temporary = join(folder, `.${feed.name}.part`);
    await writeFile(temporary, feed.text);
    await rename(temporary, join(folder, feed.name));
  }
  let names: string[] = [];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const written = new Set(feeds.map((feed) => feed.name));
  const earlier = names.filter((name) => FEED_FILE.test(name) && !written.has(name)).sort();
  if (clean) for (const name of earlier) await unlink(join(folder, name));
  const files = feeds.map((feed) => ({ name: feed.name, events: feed.events, bytes: Buffer.byteLength(feed.text), gzipBytes: gzipSync(feed.text).length, ...(feed.url ? { url: feed.url } : {}) }));
  return { files, earlier };
}

export async function feedsCommand(args: ParsedArgs, io: CliIo, load: (source: string, timeout: number) => Promise<ValidationResult>): Promise<number> {
  const [source, folder] = args.positional;
  const json = args.options.has('json');
  const clean = args.options.has('clean');
  const url = feedsUrlOption(args, 'url');
  const pastDays = pastDaysOption(args);
  const timeout = timeoutOption(args);
  const fail = (message: string) => {
    if (json) io.out(JSON.stringify({ error: message.split('\n')[0] }));
    else io.err(message);
    return 2;
  };
  // Said before the catalogue is read (which can take a while): the folder cannot be a file.
  const folderProblem = await outputFolderProblem(folder, 'feeds');
  if (folderProblem) return fail(folderProblem);
  let result: ValidationResult;
  try {
    result = await load(source, timeout);
  } catch (error) {
    return fail(loadFailure(source, error));
  }
  const feeds = feedsOf(result.catalogue, url, pastDays);
  let written: { files: FeedFile[]; earlier: string[] };
  try {
    written = await writeFeeds(folder, feeds, clean);
  } catch (error) {
    return fail(fileMessage(error as Error, (error as { path?: string }).path ?? folder, true));
  }

  const { files, earlier } = written;
  const total = (key: 'bytes' | 'gzipBytes') => files.reduce((sum, f) => sum + f[key], 0);
  const events = files[0]?.events ?? 0;
  if (json) {
    io.out(JSON.stringify({ feeds: files.length, events, bytes: total('bytes'), gzipBytes: total('gzipBytes'), files }));
  } else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    if (files.length) {
      io.out(`${folder}: ${files.length} feeds, ${events} events, ${kb(total('bytes'))} (${kb(total('gzipBytes'))} gzip)`);
      const width = Math.max(...files.map((f) => f.name.length));
      for (const f of files) io.out(`  ${f.name.padEnd(width)}  ${String(f.events).padStart(5)} events  ${kb(f.bytes).padStart(9)}`);
    } else {
      io.out(`${folder}: no feeds written: the catalogue has no events that are on or ended less than ${pastDays} days ago`);
    }
    const address = feeds[0]?.url;
    if (address) io.out(`  subscribe: ${webcalUrl(address)}`);
    else if (files.length) io.out('  the feeds\' address is not known: give --url (or "feeds": {"url": …} in the catalogue) so the feeds name it and elements find them');
    if (url && url !== result.catalogue.feeds?.url) io.out(`  add "feeds": {"url": "${url}"} to the catalogue so elements find the feeds`);
    if (earlier.length) io.out(clean ? `  removed ${earlier.length} feeds of earlier runs` : `  ${earlier.length} feeds of earlier runs left in place (--clean removes them): ${earlier.join(', ')}`);
    if (result.problems.length) io.out(`  the catalogue had ${result.problems.length} problems; run "willkommen-widgets validate ${source}" to see them`);
  }
  return result.problems.length ? 1 : 0;
}
