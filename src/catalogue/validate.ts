/**
 * Validation of an untrusted catalogue document: keeps every good record, drops each bad one with
 * its JSON path and a plain-English reason, and refuses a document that is not a catalogue at all.
 */
import * as v from 'valibot';
import { DEFAULT_CATEGORIES } from './categories.js';
import { CatalogueError } from './errors.js';
import {
  CategorySchema,
  EventSchema,
  FORMAT,
  FORMAT_VERSION,
  JobSchema,
  LIMITS,
  OfferSchema,
  PublisherSchema,
  RegionSchema,
  langMap,
  type Catalogue,
  type Location,
} from './schema.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with a catalogue. `error`: the record or field was dropped; `warning`: kept. */
export interface Problem {
  path: string;
  message: string;
  severity: Severity;
}

export interface ValidationResult {
  catalogue: Catalogue;
  problems: Problem[];
  /** Records (offers, events, jobs, categories, regions) that were dropped. */
  dropped: number;
}

const MAX_DEPTH = 24;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Bidirectional embeddings, overrides and isolates, and C0/C1 controls other than tab and newline.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
// Link fields are left exactly as written: the URL check refuses any hidden character in them.
const LINK_KEYS = new Set(['url', 'website', 'email', 'phone']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(segments: readonly (string | number)[]): string {
  let out = '$';
  for (const s of segments) {
    out += typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'text' : JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

class Collector {
  readonly problems: Problem[] = [];
  dropped = 0;
  error(path: readonly (string | number)[], message: string) {
    this.problems.push({ path: pathOf(path), message, severity: 'error' });
  }
  warn(path: readonly (string | number)[], message: string) {
    this.problems.push({ path: pathOf(path), message, severity: 'warning' });
  }
}

/**
 * Cleans every string in place: removes invisible direction overrides and control characters,
 * notes markup (shown as plain text, never as HTML), and deletes prototype-polluting keys and
 * values nested deeper than any record of the format.
 */
function sanitise(value: unknown, path: (string | number)[], out: Collector, depth: number): unknown {
  if (typeof value === 'string') {
    let s = value;
    if (UNSAFE_CHARS.test(s)) {
      UNSAFE_CHARS.lastIndex = 0;
      s = s.replace(UNSAFE_CHARS, '');
      out.warn(path, 'contains invisible control or text-direction override characters; they were removed');
    }
    UNSAFE_CHARS.lastIndex = 0;
    if (s.length <= LIMITS.description && MARKUP.test(s)) {
      out.warn(path, 'contains HTML markup; it is shown as plain text, never as HTML');
    }
    return s;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      value[i] = sanitise(value[i], path, out, depth + 1);
      path.pop();
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (FORBIDDEN_KEYS.has(key)) {
      delete record[key];
      continue;
    }
    if (LINK_KEYS.has(key) && typeof record[key] === 'string') continue;
    path.push(key);
    record[key] = sanitise(record[key], path, out, depth + 1);
    path.pop();
  }
  return record;
}

function issuePath(base: readonly (string | number)[], issue: v.BaseIssue<unknown>): (string | number)[] {
  const path = [...base];
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'string' || typeof key === 'number') path.push(key);
  }
  return path;
}

/** Validates one field of the document head; a bad field is reported and left out. */
function field<S extends v.GenericSchema>(
  doc: Record<string, unknown>,
  key: string,
  schema: S,
  out: Collector,
): v.InferOutput<S> | undefined {
  if (doc[key] === undefined) return undefined;
  const result = v.safeParse(schema, doc[key]);
  if (result.success) return result.output;
  const issue = result.issues[0];
  out.error(issuePath([key], issue), `${issue.message}; ignored`);
  return undefined;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The records kept, and for each its index in the source list (for paths in later checks). */
interface Kept<T> {
  items: T[];
  at: number[];
}

interface RecordList<T> {
  key: 'offers' | 'events' | 'jobs' | 'categories' | 'regions';
  noun: string;
  schema: v.GenericSchema<unknown, T>;
  max: number;
}

/** Validates a list of records one by one: bad records and duplicate ids are dropped with a reason. */
function records<T extends { id: string }>(
  doc: Record<string, unknown>,
  list: RecordList<T>,
  out: Collector,
): Kept<T> {
  const kept: Kept<T> = { items: [], at: [] };
  const raw = doc[list.key];
  if (raw === undefined) return kept;
  if (!Array.isArray(raw)) {
    out.error([list.key], `must be a list of ${list.noun}s, found ${describe(raw)}; ignored`);
    return kept;
  }
  let items = raw;
  if (items.length > list.max) {
    out.error([list.key], `has ${items.length} ${list.noun}s; only the first ${list.max} are read`);
    out.dropped += items.length - list.max;
    items = items.slice(0, list.max);
  }
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const result = v.safeParse(list.schema, items[i]);
    if (!result.success) {
      const rawId = isPlainObject(items[i]) ? (items[i] as { id?: unknown }).id : undefined;
      const name = typeof rawId === 'string' && rawId.length <= LIMITS.id ? ` "${rawId}"` : '';
      const shown = result.issues.slice(0, 5);
      for (const issue of shown) {
        out.error(issuePath([list.key, i], issue), `${issue.message}; ${list.noun}${name} dropped`);
      }
      if (result.issues.length > shown.length) {
        out.error([list.key, i], `${result.issues.length - shown.length} more problems in this ${list.noun}`);
      }
      out.dropped++;
      continue;
    }
    const record = result.output;
    const first = firstIndex.get(record.id);
    if (first !== undefined) {
      out.error(
        [list.key, i, 'id'],
        `duplicate id "${record.id}" (first used at ${pathOf([list.key, first])}); this ${list.noun} dropped`,
      );
      out.dropped++;
      continue;
    }
    firstIndex.set(record.id, i);
    kept.items.push(record);
    kept.at.push(i);
  }
  return kept;
}

const GERMANY = { latMin: 47.2, latMax: 55.1, lonMin: 5.8, lonMax: 15.1 };

function checkLocation(
  location: Location | undefined,
  path: (string | number)[],
  regions: ReadonlySet<string>,
  out: Collector,
): void {
  if (!location) return;
  const { lat, lon } = location;
  if (
    lat !== undefined && lon !== undefined &&
    !(lat >= GERMANY.latMin && lat <= GERMANY.latMax && lon >= GERMANY.lonMin && lon <= GERMANY.lonMax) &&
    lon >= GERMANY.latMin && lon <= GERMANY.latMax && lat >= GERMANY.lonMin && lat <= GERMANY.lonMax
  ) {
    out.warn([...path, 'location'], `lat ${lat} and lon ${lon} look swapped (swapped, they would lie in Germany)`);
  }
  if (location.region !== undefined && !regions.has(location.region)) {
    out.warn([...path, 'location', 'region'], `unknown region "${location.region}"; ignored`);
    delete location.region;
  }
}

function checkCategories(
  record: { categories?: string[] },
  path: (string | number)[],
  known: ReadonlySet<string>,
  out: Collector,
): void {
  if (!record.categories) return;
  const unknown = record.categories.filter((c) => !known.has(c));
  if (unknown.length === 0) return;
  out.warn([...path, 'categories'], `unknown ${unknown.length === 1 ? 'category' : 'categories'} ${unknown.map((c) => `"${c}"`).join(', ')}; ignored`);
  record.categories = record.categories.filter((c) => known.has(c));
}

/**
 * Validates an untrusted, parsed JSON document.
 * @throws CatalogueError (kind `not-catalogue`) when the document is not a catalogue at all.
 */
export function validateCatalogue(input: unknown): ValidationResult {
  if (!isPlainObject(input)) {
    throw new CatalogueError(
      'not-catalogue',
      `This is not a catalogue: expected a JSON object with "format": "${FORMAT}", found ${describe(input)}.`,
    );
  }
  if (input.format !== FORMAT) {
    throw new CatalogueError(
      'not-catalogue',
      input.format === undefined
        ? `This is not a catalogue: the document has no "format": "${FORMAT}".`
        : `This is not a catalogue: "format" is ${describe(input.format)}, expected "${FORMAT}".`,
    );
  }
  if (input.version !== FORMAT_VERSION) {
    throw new CatalogueError(
      'not-catalogue',
      typeof input.version === 'number' && input.version > FORMAT_VERSION
        ? `This catalogue uses format version ${input.version}; this version of the kit reads version ${FORMAT_VERSION}. Update the kit.`
        : `This catalogue has "version" ${describe(input.version)}; expected ${FORMAT_VERSION}.`,
    );
  }

  const out = new Collector();
  const doc = sanitise(input, [], out, 0) as Record<string, unknown>;

  const defaultLanguage = field(doc, 'defaultLanguage', v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'is not a language code')), out) ?? 'de';
  let timeZone = field(doc, 'timeZone', v.pipe(v.string(), v.maxLength(64)), out) ?? 'Europe/Berlin';
  if (!validTimeZone(timeZone)) {
    out.error(['timeZone'], `"${timeZone}" is not an IANA time zone such as "Europe/Berlin"; Europe/Berlin is used`);
    timeZone = 'Europe/Berlin';
  }

  const ownCategories = records(doc, { key: 'categories', noun: 'category', schema: CategorySchema, max: LIMITS.categories }, out).items;
  const categories = doc.categories === undefined ? DEFAULT_CATEGORIES.map((c) => ({ ...c })) : ownCategories;
  const regions = records(doc, { key: 'regions', noun: 'region', schema: RegionSchema, max: LIMITS.regions }, out).items;
  const offers = records(doc, { key: 'offers', noun: 'offer', schema: OfferSchema, max: LIMITS.offers }, out);
  const events = records(doc, { key: 'events', noun: 'event', schema: EventSchema, max: LIMITS.events }, out);
  const jobs = records(doc, { key: 'jobs', noun: 'job', schema: JobSchema, max: LIMITS.jobs }, out);

  const categoryIds = new Set(categories.map((c) => c.id));
  const regionIds = new Set(regions.map((r) => r.id));
  const offerIds = new Set(offers.items.map((o) => o.id));
  offers.items.forEach((offer, n) => {
    const path = ['offers', offers.at[n]];
    checkCategories(offer, path, categoryIds, out);
    checkLocation(offer.location, path, regionIds, out);
  });
  events.items.forEach((event, n) => {
    const path = ['events', events.at[n]];
    checkCategories(event, path, categoryIds, out);
    checkLocation(event.location, path, regionIds, out);
    if (event.offer !== undefined && !offerIds.has(event.offer)) {
      out.warn([...path, 'offer'], `no offer has the id "${event.offer}"; the link is ignored`);
      delete event.offer;
    }
  });
  jobs.items.forEach((job, n) => checkLocation(job.location, ['jobs', jobs.at[n]], regionIds, out));

  const catalogue: Catalogue = {
    format: FORMAT,
    version: FORMAT_VERSION,
    title: field(doc, 'title', langMap(LIMITS.title), out),
    publisher: field(doc, 'publisher', PublisherSchema, out),
    updated: field(doc, 'updated', v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date')), out),
    defaultLanguage,
    timeZone,
    categories,
    regions,
    offers: offers.items,
    events: events.items,
    jobs: jobs.items,
  };
  return { catalogue, problems: out.problems, dropped: out.dropped };
}
