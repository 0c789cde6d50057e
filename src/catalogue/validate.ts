/**
 * Validation of an untrusted catalogue document that keeps every record that can be shown.
 *
 * A record is dropped only when it cannot be shown at all (not an object, no usable id or title,
 * an event without a usable start). Any other bad field is repaired where the repair is certain
 * (`repair.ts`, through the field reader), otherwise removed, and reported once with its JSON path,
 * a code and a plain-English reason; the record stays. Dangerous links are removed, never
 * repaired. A document that is not a catalogue at all is refused with one message.
 */
import { DEFAULT_CATEGORIES } from './categories.js';
import { CatalogueError } from './errors.js';
import { absent, isPlainObject, Reader } from './field-reader.js';
import { languageCode } from './languages.js';
import { LANGUAGE_TAG, LIMITS } from './limits.js';
import { isPackIndex, readPackIndex, type PackIndex } from './pack.js';
import { isTimeZone } from './local-time.js';
import { Collector, describe, pathOf, type Path, type Problem, type ProblemCode } from './problems.js';
// Types only from the schema: the validator reads fields itself and does not load Valibot.
import type { Catalogue, CatalogueEvent, Category, Job, LangMap, Location, Offer } from './schema.js';
import { CEFR_LEVELS, COSTS, DEFAULT_CHECK_AFTER_MONTHS, EMPLOYMENT_TYPES, FORMAT, FORMAT_VERSION, PACK_FORMAT } from './values.js';

export { PROBLEM_CODES, type Problem, type ProblemAction, type ProblemCode, type Severity } from './problems.js';

export interface ValidationResult {
  catalogue: Catalogue;
  /**
   * Set when the document is a pack's index: `catalogue` is then its head (categories, regions,
   * languages, …) with no records, and the parts are named here.
   */
  pack?: PackIndex;
  problems: Problem[];
  /** Records (offers, events, jobs, categories, regions) that were dropped. */
  dropped: number;
  /** Fields repaired and fields removed in the records that were kept. */
  repaired: number;
  removed: number;
}

const MAX_DEPTH = 24;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Bidirectional embeddings, overrides and isolates, and C0/C1 controls other than tab and newline.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
// Link fields are left exactly as written: the URL check refuses any hidden character in them.
const LINK_KEYS = new Set(['url', 'website', 'email', 'phone', 'booking']);
const COST_WORDS: Record<string, (typeof COSTS)[number]> = {
  free: 'free', 'free of charge': 'free', 'no cost': 'free', none: 'free', kostenlos: 'free', kostenfrei: 'free',
  gratis: 'free', umsonst: 'free', gebührenfrei: 'free', entgeltfrei: 'free', gratuit: 'free', gratuito: 'free', ücretsiz: 'free',
  reduced: 'reduced', ermäßigt: 'reduced', ermaessigt: 'reduced', reduziert: 'reduced', 'low cost': 'reduced',
  paid: 'paid', kostenpflichtig: 'paid', 'gegen gebühr': 'paid', payant: 'paid',
};

/**
 * Cleans every string in place: removes invisible direction overrides and control characters,
 * notes markup (shown as plain text, never as HTML), and deletes prototype-polluting keys and
 * values nested deeper than any record of the format.
 */
function sanitise(value: unknown, path: (string | number)[], out: Collector, depth: number): unknown {
  if (typeof value === 'string') {
    let s = value;
    UNSAFE_CHARS.lastIndex = 0;
    if (UNSAFE_CHARS.test(s)) {
      s = s.replace(UNSAFE_CHARS, '');
      out.repair(path, 'hidden-characters', 'contains invisible control or text-direction override characters; they were removed');
    }
    UNSAFE_CHARS.lastIndex = 0;
    if (s.length <= LIMITS.description && MARKUP.test(s)) {
      out.note(path, 'markup', 'contains HTML markup; it is shown as plain text, never as HTML');
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

/** Fields shared by offers, events and jobs: texts, place, and how current and how translated the record is. */
function common(r: Reader, raw: Record<string, unknown>, path: Path): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) record[key] = value;
  };
  set('description', r.langMap(raw.description, [...path, 'description'], LIMITS.description));
  set('location', r.location(raw.location, [...path, 'location']));
  set('checked', r.date(raw.checked, [...path, 'checked']));
  set('machineTranslated', r.languages(raw.machineTranslated, [...path, 'machineTranslated']));
  set('translatedFrom', r.language(raw.translatedFrom, [...path, 'translatedFrom']));
  return record;
}

/** The next step for a visitor, on offers and events: booking, what to bring, who it is for, wheelchair access, a notice. */
function nextStep(r: Reader, raw: Record<string, unknown>, path: Path, record: Record<string, unknown>): void {
  const set = (key: string, value: unknown) => {
    if (value !== undefined) record[key] = value;
  };
  set('booking', r.webUrl(raw.booking, [...path, 'booking']));
  set('bring', r.langMap(raw.bring, [...path, 'bring'], LIMITS.nextStep));
  set('audience', r.langMap(raw.audience, [...path, 'audience'], LIMITS.nextStep));
  set('wheelchair', r.wheelchair(raw.wheelchair, [...path, 'wheelchair']));
  set('notice', r.notice(raw.notice, [...path, 'notice']));
}

function readOffer(r: Reader, raw: Record<string, unknown>, path: Path): Record<string, unknown> {
  const offer = common(r, raw, path);
  const set = (key: string, value: unknown) => {
    if (value !== undefined) offer[key] = value;
  };
  set('summary', r.langMap(raw.summary, [...path, 'summary'], LIMITS.summary));
  set('categories', r.categories(raw.categories, [...path, 'categories']));
  set('languages', r.languages(raw.languages, [...path, 'languages']));
  set('organization', r.organization(raw.organization, [...path, 'organization']));
  set('online', r.boolean(raw.online, [...path, 'online']));
  set('contact', r.contact(raw.contact, [...path, 'contact'], ['phone', 'email', 'website']));
  set('openingHours', r.openingHours(raw.openingHours, [...path, 'openingHours']));
  set('temporarilyClosed', r.boolean(raw.temporarilyClosed, [...path, 'temporarilyClosed']));
  set('cost', r.pick(raw.cost, [...path, 'cost'], COSTS, 'a known cost (free, reduced, paid)', COST_WORDS));
  set('costNote', r.langMap(raw.costNote, [...path, 'costNote'], LIMITS.nextStep));
  set('updated', r.date(raw.updated, [...path, 'updated']));
  nextStep(r, raw, path, offer);
  return offer;
}

function readEvent(r: Reader, raw: Record<string, unknown>, path: Path): Record<string, unknown> | undefined {
  const start = r.date(raw.start, [...path, 'start']);
  if (start === undefined) return undefined;
  const event = common(r, raw, path);
  const set = (key: string, value: unknown) => {
    if (value !== undefined) event[key] = value;
  };
  event.start = start;
  const end = r.date(raw.end, [...path, 'end']);
  if (end !== undefined) {
    if (Date.parse(end.length === 10 ? `${end}T23:59:59Z` : end) < Date.parse(start.length === 10 ? `${start}T00:00:00Z` : start)) {
      r.out.remove([...path, 'end'], 'ends-before-start', `the event ends (${end}) before it starts (${start})`);
    } else event.end = end;
  }
  set('online', r.boolean(raw.online, [...path, 'online']));
  set('url', r.webUrl(raw.url, [...path, 'url']));
  set('recurrence', r.recurrence(raw.recurrence, [...path, 'recurrence']));
  set('categories', r.categories(raw.categories, [...path, 'categories']));
  set('languages', r.languages(raw.languages, [...path, 'languages']));
  set('offer', r.id(raw.offer, [...path, 'offer']));
  set('cost', r.pick(raw.cost, [...path, 'cost'], COSTS, 'a known cost (free, reduced, paid)', COST_WORDS));
  nextStep(r, raw, path, event);
  return event;
}

const EMPLOYMENT_WORDS: Record<string, (typeof EMPLOYMENT_TYPES)[number]> = {
  fulltime: 'FULL_TIME', vollzeit: 'FULL_TIME', parttime: 'PART_TIME', teilzeit: 'PART_TIME', ausbildung: 'APPRENTICESHIP',
  apprenticeship: 'APPRENTICESHIP', praktikum: 'INTERN', internship: 'INTERN', minijob: 'MINI_JOB', befristet: 'TEMPORARY',
  ehrenamt: 'VOLUNTEER', ehrenamtlich: 'VOLUNTEER',
};

/** The employment type a German or run-together word stands for ("Vollzeit", "fulltime"), as a synonym table for `pick`. */
function employmentWord(value: string): Record<string, (typeof EMPLOYMENT_TYPES)[number]> {
  const key = value.trim().toLowerCase();
  const word = key.replace(/[\s_-]/g, '');
  return Object.hasOwn(EMPLOYMENT_WORDS, word) ? { [key]: EMPLOYMENT_WORDS[word] } : {};
}

function readJob(r: Reader, raw: Record<string, unknown>, path: Path): Record<string, unknown> {
  const job = common(r, raw, path);
  const set = (key: string, value: unknown) => {
    if (value !== undefined) job[key] = value;
  };
  set('requirements', r.langMap(raw.requirements, [...path, 'requirements'], LIMITS.description));
  set('employer', r.organization(raw.employer, [...path, 'employer']));
  set(
    'employmentType',
    r.list(raw.employmentType, [...path, 'employmentType'], EMPLOYMENT_TYPES.length, (t, p) =>
      r.pick(t, p, EMPLOYMENT_TYPES, 'a known employment type', typeof t === 'string' ? employmentWord(t) : {}),
    ),
  );
  set('field', r.id(raw.field, [...path, 'field']));
  set('germanLevel', r.pick(raw.germanLevel, [...path, 'germanLevel'], CEFR_LEVELS, 'a CEFR level (A1, A2, B1, B2, C1, C2)'));
  set('datePosted', r.date(raw.datePosted, [...path, 'datePosted']));
  set('validThrough', r.date(raw.validThrough, [...path, 'validThrough']));
  set('apply', r.contact(raw.apply, [...path, 'apply'], ['url', 'email', 'phone']));
  return job;
}

interface RecordList {
  key: 'offers' | 'events' | 'jobs' | 'categories' | 'regions';
  noun: string;
  max: number;
  titleKey: 'title' | 'name';
  titleMax: number;
  read: (r: Reader, raw: Record<string, unknown>, path: Path) => Record<string, unknown> | undefined;
}

/** The records kept, and for each its index in the source list (for paths in later checks). */
interface Kept<T> {
  items: T[];
  at: number[];
}

/** Reads a list of records: each is kept unless it has no usable id or title; repeated ids after the first are dropped. */
function records<T extends { id: string }>(doc: Record<string, unknown>, list: RecordList, r: Reader): Kept<T> {
  const out = r.out;
  const kept: Kept<T> = { items: [], at: [] };
  const raw = doc[list.key];
  if (raw === undefined || raw === null) return kept;
  if (!Array.isArray(raw)) {
    out.ignore([list.key], 'wrong-type', `must be a list of ${list.noun}s, found ${describe(raw)}`);
    return kept;
  }
  let items = raw;
  if (items.length > list.max) {
    out.ignore([list.key], 'too-many-records', `has ${items.length} ${list.noun}s; only the first ${list.max} are read`);
    out.dropped += items.length - list.max;
    items = items.slice(0, list.max);
  }
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const path = [list.key, i];
    const item = items[i];
    if (!isPlainObject(item)) {
      out.drop(path, 'not-object', `must be an object, found ${describe(item)}; ${list.noun} dropped`);
      continue;
    }
    const problemsBefore = out.problems.length;
    const counts = [out.repaired, out.removed];
    const id = r.id(item.id, [...path, 'id']);
    const title = id === undefined ? undefined : r.langMap(item[list.titleKey], [...path, list.titleKey], list.titleMax);
    const record = id === undefined || title === undefined ? undefined : list.read(r, item, path);
    if (record === undefined) {
      // The record cannot be shown: its field problems become one reason to drop it.
      const reasons = out.problems.splice(problemsBefore).filter((p) => p.action !== 'kept' || p.code === 'markup');
      [out.repaired, out.removed] = counts;
      const name = id ? ` "${id}"` : '';
      const why = id === undefined
        ? absent(item.id) ? 'has no id' : reasons.find((p) => p.path.endsWith('.id'))?.message.replace(/; removed$/, '') ?? 'has no usable id'
        : title === undefined
          ? absent(item[list.titleKey]) ? `has no ${list.titleKey}` : reasons.find((p) => p.path.includes(`.${list.titleKey}`))?.message.replace(/; removed$/, '') ?? 'has no text in any language'
          : `has no usable start (${reasons.find((p) => p.path.endsWith('.start'))?.message.replace(/; removed$/, '') ?? 'missing'})`;
      const at = id === undefined ? [...path, 'id'] : title === undefined ? [...path, list.titleKey] : [...path, 'start'];
      const code: ProblemCode = id === undefined ? (absent(item.id) ? 'missing-id' : 'bad-id') : title === undefined ? 'missing-title' : 'missing-start';
      out.drop(at, code, `${why}; ${list.noun}${name} dropped`);
      continue;
    }
    const first = firstIndex.get(id as string);
    if (first !== undefined) {
      out.problems.splice(problemsBefore);
      [out.repaired, out.removed] = counts;
      out.drop([...path, 'id'], 'duplicate-id', `duplicate id "${id}" (first used at ${pathOf([list.key, first])}); this ${list.noun} dropped`);
      continue;
    }
    firstIndex.set(id as string, i);
    kept.items.push({ id, [list.titleKey]: title, ...record } as unknown as T);
    kept.at.push(i);
  }
  return kept;
}

function checkCategories(
  record: { categories?: string[] },
  path: Path,
  known: ReadonlyMap<string, string>,
  out: Collector,
): void {
  if (!record.categories) return;
  const kept: string[] = [];
  const unknown: string[] = [];
  for (const c of record.categories) {
    const id = known.get(c) ?? known.get(c.trim().toLowerCase());
    if (id === undefined) unknown.push(c);
    else {
      if (id !== c) out.repair([...path, 'categories'], 'category-repaired', `${describe(c)} was read as the category "${id}"`);
      if (!kept.includes(id)) kept.push(id);
    }
  }
  if (unknown.length) {
    out.remove([...path, 'categories'], 'unknown-category', `unknown ${unknown.length === 1 ? 'category' : 'categories'} ${unknown.map((c) => describe(c)).join(', ')}`);
  }
  if (kept.length) record.categories = kept;
  else delete record.categories;
}

/** The languages a text is in; a plain string is in the catalogue's default language. */
function languagesOf(text: LangMap | undefined, defaultLanguage: string): string[] {
  return text === undefined ? [] : typeof text === 'string' ? [defaultLanguage] : Object.keys(text);
}

/**
 * Machine translation against the original: a language cannot be both the original and a machine
 * translation, and a record marked machine-translated needs its title in the original language
 * for "show original".
 */
function checkTranslation(
  record: { title: LangMap; machineTranslated?: string[]; translatedFrom?: string },
  path: Path,
  defaultLanguage: string,
  out: Collector,
): void {
  const original = record.translatedFrom ?? defaultLanguage;
  if (!record.machineTranslated) return;
  if (record.machineTranslated.includes(original)) {
    out.remove([...path, 'machineTranslated'], 'bad-value', `"${original}" is the language the texts were written in${record.translatedFrom ? ' (translatedFrom)' : ' (the catalogue\'s default language)'}, not a machine translation`);
    record.machineTranslated = record.machineTranslated.filter((l) => l !== original);
    if (!record.machineTranslated.length) delete record.machineTranslated;
    return;
  }
  if (!languagesOf(record.title, defaultLanguage).includes(original)) {
    out.note([...path, record.translatedFrom ? 'translatedFrom' : 'machineTranslated'], 'missing-original', `the title has no text in "${original}", the language the texts were translated from; "show original" cannot be offered`);
  }
}

function checkRegion(location: Location | undefined, path: Path, regions: ReadonlySet<string>, out: Collector): void {
  if (location?.region !== undefined && !regions.has(location.region)) {
    out.remove([...path, 'location', 'region'], 'unknown-region', `unknown region "${location.region}"`);
    delete location.region;
  }
}


/** Category ids, and names in every language (lower case) to ids, for references written as names. */
function categoryLookup(categories: readonly Category[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of categories) map.set(c.id, c.id);
  for (const c of categories) {
    map.set(c.id.toLowerCase(), c.id);
    const names = typeof c.name === 'string' ? [c.name] : Object.values(c.name);
    for (const name of names) if (!map.has(name.trim().toLowerCase())) map.set(name.trim().toLowerCase(), c.id);
  }
  return map;
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
  if (isPackIndex(input)) return validatePackIndex(input as Record<string, unknown>);
  if (input.format !== FORMAT) {
    throw new CatalogueError(
      'not-catalogue',
      input.format === undefined
        ? `This is not a catalogue: the document has no "format": "${FORMAT}" (or "${PACK_FORMAT}" for a pack).`
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

  let defaultLanguage = 'de';
  if (!absent(doc.defaultLanguage)) {
    const lang = typeof doc.defaultLanguage === 'string' ? (LANGUAGE_TAG.test(doc.defaultLanguage) ? doc.defaultLanguage : languageCode(doc.defaultLanguage)) : undefined;
    if (lang) defaultLanguage = lang;
    else out.ignore(['defaultLanguage'], 'bad-language', `${describe(doc.defaultLanguage)} is not a language code; "de" is used`);
  }
  let timeZone = 'Europe/Berlin';
  if (!absent(doc.timeZone)) {
    if (typeof doc.timeZone === 'string' && doc.timeZone.length <= 64 && isTimeZone(doc.timeZone)) timeZone = doc.timeZone;
    else out.ignore(['timeZone'], 'bad-value', `${describe(doc.timeZone)} is not an IANA time zone such as "Europe/Berlin"; Europe/Berlin is used`);
  }
  let checkAfterMonths: number = DEFAULT_CHECK_AFTER_MONTHS;
  if (!absent(doc.checkAfterMonths)) {
    const raw = doc.checkAfterMonths;
    const n = typeof raw === 'string' && /^\s*\d{1,3}\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= LIMITS.checkAfterMonths) {
      checkAfterMonths = n;
      if (typeof raw === 'string') out.repair(['checkAfterMonths'], 'value-repaired', `${describe(raw)} was read as the number ${n}`);
    } else {
      out.ignore(['checkAfterMonths'], 'bad-value', `${describe(raw)} is not a whole number of months from 1 to ${LIMITS.checkAfterMonths}; ${DEFAULT_CHECK_AFTER_MONTHS} is used`);
    }
  }
  const r = new Reader(out, timeZone);

  const named = (key: 'categories' | 'regions', noun: string, max: number): RecordList => ({ key, noun, max, titleKey: 'name', titleMax: LIMITS.name, read: () => ({}) });
  const ownCategories = records<Category>(doc, named('categories', 'category', LIMITS.categories), r).items;
  const categories = doc.categories === undefined || doc.categories === null ? DEFAULT_CATEGORIES.map((c) => ({ ...c })) : ownCategories;
  const regions = records<Category>(doc, named('regions', 'region', LIMITS.regions), r).items;
  const offers = records<Offer>(doc, { key: 'offers', noun: 'offer', max: LIMITS.offers, titleKey: 'title', titleMax: LIMITS.title, read: readOffer }, r);
  const events = records<CatalogueEvent>(doc, { key: 'events', noun: 'event', max: LIMITS.events, titleKey: 'title', titleMax: LIMITS.title, read: readEvent }, r);
  const jobs = records<Job>(doc, { key: 'jobs', noun: 'job', max: LIMITS.jobs, titleKey: 'title', titleMax: LIMITS.title, read: readJob }, r);

  const categoryIds = categoryLookup(categories);
  const regionIds = new Set(regions.map((region) => region.id));
  const offerIds = new Set(offers.items.map((o) => o.id));
  offers.items.forEach((offer, n) => {
    const path = ['offers', offers.at[n]];
    checkCategories(offer, path, categoryIds, out);
    checkRegion(offer.location, path, regionIds, out);
    checkTranslation(offer, path, defaultLanguage, out);
  });
  events.items.forEach((event, n) => {
    const path = ['events', events.at[n]];
    checkCategories(event, path, categoryIds, out);
    checkRegion(event.location, path, regionIds, out);
    checkTranslation(event, path, defaultLanguage, out);
    if (event.offer !== undefined && !offerIds.has(event.offer)) {
      out.remove([...path, 'offer'], 'unknown-offer', `no offer has the id "${event.offer}"`);
      delete event.offer;
    }
  });
  jobs.items.forEach((job, n) => {
    checkRegion(job.location, ['jobs', jobs.at[n]], regionIds, out);
    checkTranslation(job, ['jobs', jobs.at[n]], defaultLanguage, out);
  });

  // A field of the document head that cannot be used is an error: nothing is dropped, but a maintainer must see it.
  const head = (read: () => unknown) => {
    const before = out.problems.length;
    const value = read();
    for (const p of out.problems.slice(before)) if (p.action === 'removed') p.severity = 'error';
    return value;
  };
  const catalogue: Catalogue = {
    format: FORMAT,
    version: FORMAT_VERSION,
    title: head(() => r.langMap(doc.title, ['title'], LIMITS.title)) as LangMap | undefined,
    publisher: head(() => r.organization(doc.publisher, ['publisher'])) as Catalogue['publisher'],
    updated: head(() => r.date(doc.updated, ['updated'])) as string | undefined,
    defaultLanguage,
    timeZone,
    checkAfterMonths,
    corrections: head(() => r.corrections(doc.corrections, ['corrections'])) as Catalogue['corrections'],
    feeds: head(() => r.feeds(doc.feeds, ['feeds'])) as Catalogue['feeds'],
    categories,
    regions,
    offers: offers.items,
    events: events.items,
    jobs: jobs.items,
  };
  for (const key of ['title', 'publisher', 'updated', 'corrections', 'feeds'] as const) if (catalogue[key] === undefined) delete catalogue[key];
  return { catalogue, problems: out.problems, dropped: out.dropped, repaired: out.repaired, removed: out.removed };
}

/** A pack's index: its catalogue head, validated as a catalogue without records, and its parts. */
function validatePackIndex(input: Record<string, unknown>): ValidationResult {
  const head = isPlainObject(input.catalogue) ? input.catalogue : {};
  const { offers: _o, events: _e, jobs: _j, ...rest } = head;
  const result = validateCatalogue({ ...rest, format: FORMAT, version: FORMAT_VERSION });
  for (const p of result.problems) p.path = p.path.replace(/^\$/, '$.catalogue');
  const out = new Collector();
  const pack = readPackIndex(input, out);
  if (typeof pack === 'string') throw new CatalogueError('not-catalogue', pack);
  if (!pack.offers && !pack.events && !pack.jobs) throw new CatalogueError('not-catalogue', 'This pack names no parts: no offers, events or jobs.');
  return { ...result, pack, problems: [...result.problems, ...out.problems] };
}
