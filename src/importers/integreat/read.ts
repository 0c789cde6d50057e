/**
 * Where the Integreat importer reads from: the content API of one region (its base address, such
 * as https://cms.integreat-app.de/api/v3/augsburg/de/) or a folder of saved answers of its
 * `locations/` and `events/` endpoints, one language or several.
 */
import { languageCode } from '../../catalogue/languages.js';
import type { ImportLog } from '../log.js';
import type { ImportOptions, ImportSource } from '../types.js';
import slugTable from './language-slugs.json';

/** The answers of one language. */
export interface Dataset {
  /** Integreat's language slug ("de", "ar", "de-si"): the key of `available_languages`. */
  slug: string;
  /** The catalogue's language code for it. */
  tag: string;
  /** Where each list came from, for messages. */
  poisAt?: string;
  eventsAt?: string;
  pois?: unknown[];
  events?: unknown[];
}

export interface Input {
  datasets: Dataset[];
  /** The region slug from the address, when known. */
  region?: string;
}

const SLUGS: Readonly<Record<string, string | null>> = slugTable.slugs;
const SLUG_REASONS: Readonly<Record<string, string>> = slugTable.reasons;
const SLUG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The catalogue language code of an Integreat language slug, or `undefined` (reported). */
export function languageTag(slug: string, log: ImportLog, at: string): string | undefined {
  const key = slug.trim().toLowerCase();
  if (Object.hasOwn(SLUGS, key)) {
    const tag = SLUGS[key];
    if (tag === null) log.unmapped('language', slug, `${SLUG_REASONS[key] ?? 'no language code'}; its texts were left out`, at);
    return tag ?? undefined;
  }
  const tag = SLUG.test(key) ? languageCode(key) : undefined;
  if (!tag) log.unmapped('language', slug, 'not a known language code; its texts were left out', at);
  return tag;
}

/** Parses a saved or downloaded answer: a JSON list, or `undefined` (reported). */
function jsonList(text: string | undefined, at: string, log: ImportLog): unknown[] | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    log.skip(at, `not readable as JSON (${(error as Error).message.slice(0, 200)})`);
    return undefined;
  }
  if (!Array.isArray(data)) {
    log.skip(at, 'not a list of Integreat records (the endpoints answer with a JSON list)');
    return undefined;
  }
  return data;
}

interface Base {
  /** Everything before the language segment, ending in "/". */
  prefix: string;
  /** Everything after it ("" or "wp-json/extensions/v3/"). */
  suffix: string;
  lang: string;
  region?: string;
}

/** Splits an API address into the parts around its language segment. */
export function parseBase(address: string): Base | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const segments = url.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  // An address of one endpoint ("…/de/locations/") stands for its base.
  if (/^(?:locations|events|pois)$/i.test(segments[segments.length - 1] ?? '')) segments.pop();
  const wp = segments.indexOf('wp-json');
  const langAt = wp > 0 ? wp - 1 : segments.length - 1;
  if (langAt < 0) return undefined;
  const enc = (list: string[]) => list.map((s) => encodeURIComponent(s)).join('/');
  const before = segments.slice(0, langAt);
  const after = wp > 0 ? segments.slice(wp) : [];
  return {
    prefix: `${url.origin}/${before.length ? `${enc(before)}/` : ''}`,
    suffix: after.length ? `${enc(after)}/` : '',
    lang: segments[langAt],
    region: langAt > 0 ? segments[langAt - 1] : undefined,
  };
}

async function download(source: ImportSource, url: string, log: ImportLog, options: ImportOptions): Promise<unknown[] | undefined> {
  options.onProgress?.(`reading ${url}`);
  let text: string;
  try {
    const answer = await source.fetch(url);
    if (answer.status < 200 || answer.status >= 300) {
      log.skip(url, `the server answered with status ${answer.status}`);
      return undefined;
    }
    text = answer.text;
  } catch (error) {
    log.skip(url, `cannot be downloaded (${(error as Error).message})`);
    return undefined;
  }
  return jsonList(text, url, log);
}

async function readUrl(source: ImportSource, options: ImportOptions, log: ImportLog): Promise<Input> {
  const base = parseBase(source.label);
  if (!base) throw new Error(`${source.label}: not an address of Integreat's content API (such as https://cms.integreat-app.de/api/v3/augsburg/de/)`);
  if (!options.languages?.length && !SLUG.test(base.lang)) {
    throw new Error(`${source.label}: the address should end with the region and the language, such as https://cms.integreat-app.de/api/v3/augsburg/de/`);
  }
  const slugs = options.languages?.length ? options.languages : [base.lang];
  const datasets: Dataset[] = [];
  for (const slug of slugs) {
    const trimmed = slug.trim();
    if (!SLUG.test(trimmed)) {
      log.unmapped('language', slug, 'not a language code; not read', source.label);
      continue;
    }
    const tag = languageTag(trimmed, log, source.label);
    if (!tag) continue;
    const langBase = `${base.prefix}${encodeURIComponent(trimmed)}/${base.suffix}`;
    const poisAt = `${langBase}locations/`;
    // combine_recurring: a recurring event comes once, with its rule (as the Integreat app asks).
    const eventsAt = `${langBase}events/?combine_recurring=True`;
    datasets.push({ slug: trimmed, tag, poisAt, eventsAt, pois: await download(source, poisAt, log, options), events: await download(source, eventsAt, log, options) });
  }
  return { datasets, region: base.region };
}

/** The saved answers of a folder, by language: `<lang>/locations.json`, `locations.<lang>.json`, `locations.json`. */
async function readFolder(source: ImportSource, options: ImportOptions, log: ImportLog): Promise<Input> {
  const found = new Map<string, { locations?: string; events?: string }>();
  const plain: { locations?: string; events?: string } = {};
  const byDepth = [...source.files].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  for (const file of byDepth) {
    const parts = file.split('/');
    const name = parts[parts.length - 1].toLowerCase();
    let m = /^(locations|events)\.json$/.exec(name);
    let slug: string | undefined;
    if (m) {
      const dir = parts.length > 1 ? parts[parts.length - 2] : undefined;
      if (dir && SLUG.test(dir) && dir.length <= 12) slug = dir.toLowerCase();
    } else {
      m = /^(locations|events)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\.json$/.exec(name);
      if (!m) continue;
      slug = m[2];
    }
    const kind = m[1] as 'locations' | 'events';
    const target = slug ? (found.get(slug) ?? found.set(slug, {}).get(slug)!) : plain;
    target[kind] ??= file;
  }
  const wanted = options.languages?.length ? options.languages.map((l) => l.trim().toLowerCase()) : undefined;
  const first = (wanted?.[0] ?? options.defaultLanguage ?? 'de').toLowerCase();
  // Files without a language belong to the first language when it has none of its own.
  if (plain.locations || plain.events) {
    const own = found.get(first) ?? {};
    found.set(first, { locations: own.locations ?? plain.locations, events: own.events ?? plain.events });
  }
  let slugs = wanted ?? [...found.keys()].sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
  slugs = [...new Set(slugs)];
  if (found.size === 0) {
    throw new Error(`${source.label}: no saved Integreat answers found (expected locations.json and events.json, or <language>/locations.json)`);
  }
  const datasets: Dataset[] = [];
  for (const slug of slugs) {
    const files = found.get(slug);
    if (!files) {
      log.skip(source.label, `no locations.json or events.json for the language "${slug}"`);
      continue;
    }
    const tag = languageTag(slug, log, files.locations ?? files.events ?? source.label);
    if (!tag) continue;
    const set: Dataset = { slug, tag };
    if (files.locations) {
      options.onProgress?.(`reading ${files.locations}`);
      set.poisAt = files.locations;
      set.pois = jsonList(await source.text(files.locations), files.locations, log);
    }
    if (files.events) {
      options.onProgress?.(`reading ${files.events}`);
      set.eventsAt = files.events;
      set.events = jsonList(await source.text(files.events), files.events, log);
    }
    datasets.push(set);
  }
  return { datasets };
}

export function readInput(source: ImportSource, options: ImportOptions, log: ImportLog): Promise<Input> {
  return source.kind === 'url' ? readUrl(source, options, log) : readFolder(source, options, log);
}
