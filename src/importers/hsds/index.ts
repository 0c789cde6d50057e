/**
 * Open Referral HSDS → catalogue. Reads the 3.0 JSON (a service, a list, a service at location, an
 * organisation with its services, a page of an API answer, or an API whose `/services` pages are
 * followed) and tabular data packages (datapackage.json + CSV files, HSDS 3.0, 2.x, 1.x and the
 * older Ohana layout) from a file, a folder, a zip archive or a web address. Every service becomes
 * one offer for each place it is offered at.
 */
import { languageCode } from '../../catalogue/languages.js';
import { LIMITS } from '../../catalogue/limits.js';
import { FORMAT, FORMAT_VERSION } from '../../catalogue/values.js';
import { ImportLog, SafeLog } from '../log.js';
import { memorySource } from '../source.js';
import { plainLine, shorten } from '../text.js';
import type { Fetched, ImportOptions, ImportSource, Importer } from '../types.js';
import { CategoryMapper } from './categories.js';
import labelTable from './labels.json';
import { mapService, type MapContext } from './map.js';
import type { Labels } from './schedules.js';
import { isTabular, joinTables, jsonRows, readTables, tableOf, type Tables } from './tabular.js';
import { field, isObj, object, objects, str, type Obj } from './values.js';

/** Pages of an API that are followed at most. */
export const MAX_PAGES = 1_000;
/** Services whose details are downloaded one by one at most, when the list gives only their names. */
export const MAX_DETAILS = 10_000;
const PER_PAGE = '100';
const DETAIL_CONCURRENCY = 4;
const PAGE_KEYS = ['contents', 'items', 'data', 'results'];
const NESTED_KEYS = ['service_at_locations', 'locations', 'schedules', 'regular_schedules', 'phones', 'attributes', 'languages'];

const LABELS: Readonly<Record<string, Labels>> = { en: labelTable.en, de: labelTable.de };

interface Run {
  ctx: MapContext;
  source: ImportSource;
  options: ImportOptions;
  read: number;
  title?: string;
}

function newContext(options: ImportOptions, log: SafeLog, language: string): MapContext {
  return {
    log,
    language,
    labels: LABELS[language.split('-')[0].toLowerCase()] ?? LABELS.en,
    today: new Date().toISOString().slice(0, 10),
    categories: new CategoryMapper(options.categoryMap, log),
    termLookup: () => undefined,
    ids: new Set(),
    offers: [],
  };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} is not JSON (${(error as Error).message})`);
  }
}

/** A JSON answer or file: the items it holds, and paging information when it is one page of a list. */
function itemsOf(json: unknown): { items: unknown[]; paged: boolean; last?: boolean; totalPages?: number; page?: number } {
  if (Array.isArray(json)) return { items: json, paged: false };
  if (!isObj(json)) return { items: [], paged: false };
  for (const key of PAGE_KEYS) {
    if (Object.hasOwn(json, key) && Array.isArray(json[key])) {
      const totalPages = Number(str(json.total_pages ?? json.totalPages ?? json.last_page_number));
      const page = Number(str(json.page_number ?? json.page ?? json.current_page));
      const last = json.last_page === true || json.last === true ? true : json.last_page === false ? false : undefined;
      return {
        items: json[key] as unknown[],
        paged: true,
        ...(last !== undefined ? { last } : {}),
        ...(Number.isFinite(totalPages) && totalPages > 0 ? { totalPages } : {}),
        ...(Number.isFinite(page) && str(json.page_number ?? json.page ?? json.current_page) !== '' ? { page } : {}),
      };
    }
  }
  if (Array.isArray(json.services) && !field(json, 'name')) return { items: json.services, paged: false };
  return { items: [json], paged: false };
}

/** True for an object that looks like an HSDS service, service at location or organisation. */
function looksLikeHsds(item: unknown): boolean {
  return isObj(item) && (!!field(item, 'name') || !!object(item, 'service') || Array.isArray(item.services) || !!field(item, 'id'));
}

/** The services an item holds: a service, a service at location (with its service) or an organisation with services. */
function servicesOfItem(item: Obj): Obj[] {
  const service = object(item, 'service');
  if (service) {
    const sal: Obj = { ...item };
    delete sal.service;
    return [{ ...service, service_at_locations: [sal] }];
  }
  if (Array.isArray(item.services) && !Array.isArray(item.service_at_locations)) {
    const organization: Obj = { ...item };
    delete organization.services;
    return objects(item, 'services').map((s) => (object(s, 'organization') ? s : { ...s, organization }));
  }
  return [item];
}

function mapItems(run: Run, items: readonly unknown[], where: (i: number) => string): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isObj(item)) {
      run.ctx.log.skip(where(i), `not an HSDS service (found ${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item})`);
      continue;
    }
    for (const service of servicesOfItem(item)) {
      run.read++;
      mapService(service, where(i), run.ctx);
    }
  }
}

/** Tables from the tabular.json form ({ "services.csv": [ … ], … }), or undefined for other JSON. */
function jsonTables(json: unknown, label: string): Tables | undefined {
  if (!isObj(json)) return undefined;
  const keys = Object.keys(json).filter((k) => /\.csv$/i.test(k));
  if (!keys.length) return undefined;
  const tables: Tables = {};
  for (const key of keys) {
    const table = tableOf(key);
    if (table && !tables[table]) tables[table] = { file: `${label} ${key}`, rows: jsonRows(json[key]) };
  }
  return tables;
}

function mapTables(run: Run, tables: Tables): void {
  if (!tables.services) {
    throw new Error('no services table (services.csv) in the data package');
  }
  const joined = joinTables(tables, run.ctx.log);
  run.ctx.termLookup = joined.termLookup;
  let n = 0;
  for (const { service, at, missingOrganization } of joined.services) {
    run.read++;
    mapService(service, at, run.ctx, missingOrganization);
    if (++n % 20_000 === 0) run.options.onProgress?.(`${n} of ${joined.count} services`);
  }
}

async function fromPackage(run: Run, source: ImportSource): Promise<void> {
  const { tables, title } = await readTables(source, run.ctx.log, run.options.onProgress);
  if (title && !/^human services data/i.test(title)) run.title = title;
  mapTables(run, tables);
}

async function fromJsonText(run: Run, text: string, label: string): Promise<void> {
  const json = parseJson(text, label);
  const tables = jsonTables(json, label);
  if (tables) {
    mapTables(run, tables);
    return;
  }
  const { items } = itemsOf(json);
  if (!items.some(looksLikeHsds)) throw new Error(`${label}: no HSDS services in it (expected a service, a list of services or a page with "contents")`);
  mapItems(run, items, (i) => (Array.isArray(json) || items.length > 1 ? `${label} $[${i}]` : label));
}

async function fromFile(run: Run, source: ImportSource): Promise<void> {
  const name = source.files[0] ?? source.label;
  if (/\.csv$/i.test(name) || /(?:^|\/)datapackage\.json$/i.test(name)) return fromPackage(run, source);
  const text = (await source.text(name)) ?? '';
  if (!text.trim()) throw new Error('the file is empty');
  return fromJsonText(run, text, name);
}

async function fromFolder(run: Run, source: ImportSource): Promise<void> {
  if (isTabular(source)) return fromPackage(run, source);
  const jsonFiles = source.files.filter((f) => /\.json$/i.test(f)).sort();
  if (!jsonFiles.length) throw new Error('no HSDS data in it: expected datapackage.json, services.csv or JSON files of services');
  for (const file of jsonFiles) {
    const text = await source.text(file);
    if (!text?.trim()) continue;
    try {
      await fromJsonText(run, text, file);
    } catch (error) {
      run.ctx.log.skip(file, (error as Error).message.replace(`${file}: `, ''));
    }
  }
}

async function download(source: ImportSource, url: string): Promise<Fetched> {
  const answer = await source.fetch(url);
  if (answer.status < 200 || answer.status >= 300) throw new Error(`${url} answered with HTTP status ${answer.status}`);
  return answer;
}

function withParams(url: string, params: Readonly<Record<string, string>>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.href;
}

/** Downloads the full record of services the list gives only in part (3.0 lists hold one-to-one fields only). */
async function details(run: Run, base: string, items: unknown[], budget: { left: number }): Promise<unknown[]> {
  const thin = items.some((item) => isObj(item) && field(item, 'id') && !NESTED_KEYS.some((k) => Object.hasOwn(item, k)));
  if (!thin) return items;
  const out = [...items];
  let next = 0;
  const worker = async () => {
    while (next < out.length) {
      const i = next++;
      const item = out[i];
      if (!isObj(item) || !field(item, 'id') || NESTED_KEYS.some((k) => Object.hasOwn(item, k))) continue;
      if (budget.left <= 0) continue;
      budget.left--;
      const url = `${base}/services/${encodeURIComponent(field(item, 'id'))}`;
      try {
        const full = parseJson((await download(run.source, url)).text, url);
        if (isObj(full) && field(full, 'id')) out[i] = full;
      } catch (error) {
        run.ctx.log.unmapped('service details', field(item, 'id'), `could not be downloaded (${(error as Error).message}); the offer has the list's data only`, url);
      }
    }
  };
  await Promise.all(Array.from({ length: DETAIL_CONCURRENCY }, worker));
  return out;
}

/** Follows the pages of a services listing; `first` is page 1 when it was already downloaded. */
async function paginate(run: Run, listUrl: string, base: string, first?: unknown): Promise<void> {
  const budget = { left: MAX_DETAILS };
  let json = first;
  let previousFirstId: string | undefined;
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) {
      run.ctx.log.skip(listUrl, `more than ${MAX_PAGES} pages; the pages after page ${MAX_PAGES} were not read`);
      return;
    }
    const url = page === 1 && first !== undefined ? listUrl : withParams(listUrl, { page: String(page) });
    if (json === undefined) {
      try {
        json = parseJson((await download(run.source, url)).text, url);
      } catch (error) {
        if (page === 1) throw error;
        run.ctx.log.skip(url, `page ${page} could not be read (${(error as Error).message}); the pages after it were not read`);
        return;
      }
    }
    const info = itemsOf(json);
    json = undefined;
    if (page === 1 && !info.items.some(looksLikeHsds)) throw new Error(`${url}: no HSDS services in the answer`);
    const firstId = isObj(info.items[0]) ? field(info.items[0], 'id') : '';
    // An empty page, or the same page again (a server that ignores "page"): the end.
    if (page > 1 && (info.items.length === 0 || (firstId !== '' && firstId === previousFirstId))) return;
    previousFirstId = firstId;
    const before = budget.left;
    const items = await details(run, base, info.items, budget);
    if (before > 0 && budget.left <= 0) {
      run.ctx.log.unmapped('service details', `more than ${MAX_DETAILS} services`, "details were downloaded for the first ones only; the others have the list's data only", base);
    }
    mapItems(run, items, (i) => `${url} $${info.paged ? '.contents' : ''}[${i}]`);
    run.options.onProgress?.(`page ${page}${info.totalPages ? ` of ${info.totalPages}` : ''}: ${info.items.length} ${info.items.length === 1 ? 'service' : 'services'}`);
    // Only a page that says there are more is followed: last_page false, or total_pages beyond this one.
    if (!info.paged || info.items.length === 0 || info.last === true) return;
    if (info.totalPages !== undefined ? page >= info.totalPages : info.last !== false) return;
  }
}

/** A data package on the web: datapackage.json and the files it names, downloaded. */
async function packageFromUrl(run: Run, url: string, descriptorText: string): Promise<void> {
  const descriptor = parseJson(descriptorText, url);
  const files: Record<string, string> = {};
  const resources: Obj[] = [];
  const list = isObj(descriptor) && Array.isArray(descriptor.resources) ? descriptor.resources : [];
  for (const r of list) {
    if (!isObj(r)) continue;
    const path = Array.isArray(r.path) ? str(r.path[0]) : str(r.path);
    if (!path || !tableOf(str(r.name) || path) || !/^(?:https?:\/\/|[^:]*$)/i.test(path)) continue;
    const local = `${resources.length}-${path.split('/').pop() ?? 'table.csv'}`;
    try {
      files[local] = (await download(run.source, new URL(path, url).href)).text;
      resources.push({ name: str(r.name) || path, path: local });
    } catch (error) {
      run.ctx.log.unmapped('file', path, `listed in datapackage.json but could not be downloaded (${(error as Error).message}); left out`, url);
    }
  }
  files['datapackage.json'] = JSON.stringify({ ...(isObj(descriptor) ? { title: descriptor.title } : {}), resources });
  await fromPackage(run, memorySource(files, { label: url, kind: 'folder' }));
}

async function fromUrl(run: Run, source: ImportSource): Promise<void> {
  const url = source.label.trim();
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error('not a web address');
  }
  if (/\.zip$/i.test(u.pathname)) throw new Error('a zip archive on the web: download it first and import the file');
  const path = u.pathname.replace(/\/+$/, '');
  if (/\/services$/i.test(path)) {
    return paginate(run, url, `${u.origin}${path.replace(/\/services$/i, '')}`);
  }
  const base = `${u.origin}${path}`;
  let answer: Fetched | undefined;
  try {
    answer = await download(source, url);
  } catch (error) {
    if (/\.(?:json|csv)$/i.test(path)) throw error;
  }
  if (answer) {
    if (/\.csv$/i.test(path)) return fromPackage(run, memorySource({ [path.split('/').pop() as string]: answer.text }, { label: url, kind: 'folder' }));
    if (/datapackage\.json$/i.test(path)) return packageFromUrl(run, url, answer.text);
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      json = undefined;
    }
    if (json !== undefined) {
      const tables = jsonTables(json, url);
      if (tables) return mapTables(run, tables);
      const info = itemsOf(json);
      // A page of a listing at this very address, or a single document of services.
      if (info.items.some(looksLikeHsds) && !(isObj(json) && (Object.hasOwn(json, 'openapi_url') || Object.hasOwn(json, 'version')) && !info.paged)) {
        if (info.paged) return paginate(run, url, base, json);
        mapItems(run, info.items, (i) => (info.items.length > 1 ? `${url} $[${i}]` : url));
        return;
      }
    } else if (/\.json$/i.test(path)) throw new Error(`${url} is not JSON`);
  }
  // An API's base address: its /services listing, fully nested where the API can.
  return paginate(run, withParams(`${base}/services`, { page: '1', per_page: PER_PAGE, full: 'true' }), base);
}

export const importHsds: Importer = async (source, options = {}) => {
  const log = new ImportLog();
  const language = languageCode(options.defaultLanguage ?? 'en') ?? 'en';
  const run: Run = { ctx: newContext(options, new SafeLog(log), language), source, options, read: 0 };
  if (source.kind === 'url') await fromUrl(run, source);
  else if (source.kind === 'file') await fromFile(run, source);
  else await fromFolder(run, source);

  const categories = run.ctx.categories.documentCategories();
  const title = options.title ? shorten(plainLine(options.title), LIMITS.title) : run.title ? shorten(run.title, LIMITS.title) : undefined;
  const document: Record<string, unknown> = {
    format: FORMAT,
    version: FORMAT_VERSION,
    ...(title ? { title } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    defaultLanguage: language,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(categories ? { categories } : {}),
    offers: run.ctx.offers,
  };
  return { document, read: run.read, unmapped: log.unmappedList(), skipped: log.skipped };
};
