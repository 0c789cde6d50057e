/**
 * Validation of an untrusted catalogue document that keeps every record that can be shown.
 *
 * A record is dropped only when it cannot be shown at all (not an object, no usable id or title,
 * an event without a usable start). Any other bad field is repaired where the repair is certain
 * (`repair.ts`), otherwise removed, and reported once with its JSON path, a code and a
 * plain-English reason; the record stays. Dangerous links are removed, never repaired. A document
 * that is not a catalogue at all is refused with one message.
 */
import { DEFAULT_CATEGORIES } from './categories.js';
import { CatalogueError } from './errors.js';
import { languageCode, languageCodes } from './languages.js';
import { repairBoolean, repairDate, repairEmail, repairPhone, repairTime, repairWebUrl, weekdayCode } from './repair.js';
// Types only from the schema: the validator reads fields itself and does not load Valibot.
import type {
  Catalogue,
  CatalogueEvent,
  Category,
  Job,
  LangMap,
  Location,
  Offer,
  OpeningSlot,
} from './schema.js';
import { LIMITS, isValidDate } from './limits.js';
import { CEFR_LEVELS, COSTS, EMPLOYMENT_TYPES, FORMAT, FORMAT_VERSION } from './values.js';
import { safeUrl } from './url.js';
import { isTimeZone, withZoneOffset } from './local-time.js';

export type Severity = 'error' | 'warning';

/** What the validator did about a problem. */
export type ProblemAction = 'dropped' | 'removed' | 'repaired' | 'kept';

/** Every kind of problem, so tools can group them. */
export const PROBLEM_CODES = [
  'not-object',
  'missing-id',
  'bad-id',
  'duplicate-id',
  'missing-title',
  'missing-start',
  'wrong-type',
  'too-long',
  'too-many',
  'empty',
  'unsafe-link',
  'bad-link',
  'link-repaired',
  'bad-email',
  'email-repaired',
  'bad-phone',
  'phone-repaired',
  'bad-date',
  'date-repaired',
  'no-offset',
  'ends-before-start',
  'bad-time',
  'time-repaired',
  'bad-weekday',
  'weekday-repaired',
  'bad-hours',
  'bad-language',
  'language-repaired',
  'bad-value',
  'value-repaired',
  'bad-coordinates',
  'coordinates-repaired',
  'swapped-coordinates',
  'bad-recurrence',
  'recurrence-repaired',
  'unknown-category',
  'category-repaired',
  'unknown-region',
  'unknown-offer',
  'markup',
  'hidden-characters',
  'too-many-records',
  'bad-field',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * One thing wrong with a catalogue. `error`: the record (or a field of the document head) was
 * dropped; `warning`: the record was kept, the field repaired, removed or kept as written.
 */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
  severity: Severity;
  action: ProblemAction;
}

export interface ValidationResult {
  catalogue: Catalogue;
  problems: Problem[];
  /** Records (offers, events, jobs, categories, regions) that were dropped. */
  dropped: number;
  /** Fields repaired and fields removed in the records that were kept. */
  repaired: number;
  removed: number;
}

type Path = readonly (string | number)[];

const MAX_DEPTH = 24;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Bidirectional embeddings, overrides and isolates, and C0/C1 controls other than tab and newline.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
// Link fields are left exactly as written: the URL check refuses any hidden character in them.
const LINK_KEYS = new Set(['url', 'website', 'email', 'phone']);
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const RRULE = /^(?:[A-Z]+=[A-Za-z0-9,:+-]+)(?:;[A-Z]+=[A-Za-z0-9,:+-]+)*$/;
const GERMANY = { latMin: 47.2, latMax: 55.1, lonMin: 5.8, lonMax: 15.1 };

const COST_WORDS: Record<string, (typeof COSTS)[number]> = {
  free: 'free', 'free of charge': 'free', 'no cost': 'free', none: 'free', kostenlos: 'free', kostenfrei: 'free',
  gratis: 'free', umsonst: 'free', gebührenfrei: 'free', entgeltfrei: 'free', gratuit: 'free', gratuito: 'free', ücretsiz: 'free',
  reduced: 'reduced', ermäßigt: 'reduced', ermaessigt: 'reduced', reduziert: 'reduced', 'low cost': 'reduced',
  paid: 'paid', kostenpflichtig: 'paid', 'gegen gebühr': 'paid', payant: 'paid',
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(segments: Path): string {
  let out = '$';
  for (const s of segments) {
    out += typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 60 ? 'text' : JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Absent for every optional field: missing, null, or text with nothing in it. */
function absent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

class Collector {
  readonly problems: Problem[] = [];
  dropped = 0;
  repaired = 0;
  removed = 0;
  private add(path: Path, code: ProblemCode, message: string, severity: Severity, action: ProblemAction) {
    this.problems.push({ path: pathOf(path), code, message, severity, action });
  }
  /** The record at `path` cannot be shown: dropped. */
  drop(path: Path, code: ProblemCode, message: string) {
    this.dropped++;
    this.add(path, code, message, 'error', 'dropped');
  }
  /** A field of the document head that cannot be used: ignored. */
  ignore(path: Path, code: ProblemCode, message: string) {
    this.add(path, code, `${message}; ignored`, 'error', 'removed');
  }
  remove(path: Path, code: ProblemCode, message: string) {
    this.removed++;
    this.add(path, code, `${message}; removed`, 'warning', 'removed');
  }
  repair(path: Path, code: ProblemCode, message: string) {
    this.repaired++;
    this.add(path, code, message, 'warning', 'repaired');
  }
  note(path: Path, code: ProblemCode, message: string) {
    this.add(path, code, message, 'warning', 'kept');
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

/** Reads the fields of records one by one, repairing or removing each bad one. */
class Reader {
  constructor(
    readonly out: Collector,
    readonly timeZone: string,
  ) {}

  /** Plain text of at most `max` characters. */
  text(value: unknown, path: Path, max: number): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.out.repair(path, 'value-repaired', `the number ${value} was read as text`);
      return String(value);
    }
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be text');
    if (value.length > max) {
      this.out.remove(path, 'too-long', `is too long (at most ${max} characters)`);
      return undefined;
    }
    return value;
  }

  wrongType(path: Path, value: unknown, message: string): undefined {
    this.out.remove(path, 'wrong-type', `${message}, found ${describe(value)}`);
    return undefined;
  }

  id(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    const s = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
    if (s === undefined || s.length > LIMITS.id || !ID.test(s)) {
      this.out.remove(path, 'bad-id', s === undefined ? `must be an id, found ${describe(value)}` : s.length > LIMITS.id ? `is too long for an id (at most ${LIMITS.id} characters)` : `${describe(s)} is not an id (letters, digits and . _ : - only)`);
      return undefined;
    }
    return s;
  }

  language(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be a language code');
    const code = languageCode(value);
    if (code === value) return value;
    if (code) {
      this.out.repair(path, 'language-repaired', `${describe(value)} was read as the language code "${code}"`);
      return code;
    }
    this.out.remove(path, 'bad-language', `${describe(value)} is not a BCP 47 language code such as "de" or "ar", nor a language name the kit knows`);
    return undefined;
  }

  /** Text in one or several languages: a string (the default language) or `{ "de": "…" }`. */
  langMap(value: unknown, path: Path, max: number): LangMap | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string' || typeof value === 'number') return this.text(value, path, max);
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be text or an object of language codes to text');
    const map: Record<string, string> = {};
    let count = 0;
    for (const [key, text] of Object.entries(value)) {
      if (absent(text)) continue;
      let lang = key;
      if (!LANGUAGE_TAG.test(key) || key.length > 35) {
        const code = languageCode(key);
        if (!code) {
          this.out.remove([...path, key], 'bad-language', `${describe(key)} is not a language code`);
          continue;
        }
        this.out.repair([...path, key], 'language-repaired', `${describe(key)} was read as the language code "${code}"`);
        lang = code;
      }
      const s = this.text(text, [...path, key], max);
      if (s === undefined || Object.hasOwn(map, lang)) continue;
      if (count === LIMITS.languagesPerMap) {
        this.out.remove([...path, key], 'too-many', `more than ${LIMITS.languagesPerMap} languages`);
        continue;
      }
      map[lang] = s;
      count++;
    }
    return count > 0 ? map : undefined;
  }

  boolean(value: unknown, path: Path): boolean | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const b = repairBoolean(value);
    if (b === undefined) {
      this.out.remove(path, 'wrong-type', `must be true or false, found ${describe(value)}`);
      return undefined;
    }
    if (typeof value !== 'boolean') this.out.repair(path, 'value-repaired', `${describe(value)} was read as ${b}`);
    return b;
  }

  /** A value of a fixed list, matched without regard to case and spaces; synonyms from `words`. */
  pick<T extends string>(value: unknown, path: Path, allowed: readonly T[], what: string, words: Readonly<Record<string, T>> = {}): T | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string') return this.wrongType(path, value, `must be ${what}`);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const key = value.trim().toLowerCase();
    const found = allowed.find((a) => a.toLowerCase() === key || a.toLowerCase().replace(/[_-]/g, ' ') === key.replace(/[_-]/g, ' ')) ?? (Object.hasOwn(words, key) ? words[key] : undefined);
    if (found) {
      this.out.repair(path, 'value-repaired', `${describe(value)} was read as "${found}"`);
      return found;
    }
    this.out.remove(path, 'bad-value', `${describe(value)} is not ${what}`);
    return undefined;
  }

  /** A list of items read one by one; text "a, b" is read as a list. */
  list<T>(value: unknown, path: Path, max: number, item: (v: unknown, p: Path) => T | undefined, splitText = true): T[] | undefined {
    if (absent(value)) return undefined;
    let items: unknown[];
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string' && splitText) {
      items = value.split(/\s*[,;]\s*/).filter(Boolean);
      this.out.repair(path, 'value-repaired', `${describe(value)} was read as a list of ${items.length}`);
    } else return this.wrongType(path, value, 'must be a list');
    const result: T[] = [];
    const seen = new Set<string>();
    let over = 0;
    for (let i = 0; i < items.length; i++) {
      const got = item(items[i], Array.isArray(value) ? [...path, i] : path);
      if (got === undefined) continue;
      const key = typeof got === 'string' ? got : JSON.stringify(got);
      if (seen.has(key)) continue;
      if (result.length === max) {
        over++;
        continue;
      }
      seen.add(key);
      result.push(got);
    }
    if (over > 0) this.out.remove(path, 'too-many', `has too many entries (at most ${max}); the last ${over}`);
    return result.length ? result : undefined;
  }

  languages(value: unknown, path: Path): string[] | undefined {
    if (typeof value === 'string' && !LANGUAGE_TAG.test(value.trim())) {
      const { codes, unknown } = languageCodes(value);
      if (unknown.length) this.out.remove(path, 'bad-language', `${unknown.map((u) => describe(u)).join(', ')} ${unknown.length === 1 ? 'is not a language' : 'are not languages'} the kit knows`);
      if (codes.length) this.out.repair(path, 'language-repaired', `${describe(value)} was read as ${codes.map((c) => `"${c}"`).join(', ')}`);
      return codes.length ? codes.slice(0, LIMITS.listItems) : undefined;
    }
    return this.list(value, path, LIMITS.listItems, (x, p) => this.language(x, p));
  }

  /** A web address through the one URL check; "www.…" and bare host names get https://. */
  webUrl(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be a link (text)');
    if (value.length > LIMITS.url) {
      this.out.remove(path, 'too-long', `is too long for a link (at most ${LIMITS.url} characters)`);
      return undefined;
    }
    const fixed = repairWebUrl(value);
    if (fixed === undefined) {
      const unsafe = /^\s*[a-z][a-z0-9+.\s-]*:/i.test(value) && !/^\s*https?:/i.test(value) || /&#|&colon;|[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/i.test(value);
      this.out.remove(path, unsafe ? 'unsafe-link' : 'bad-link', unsafe ? 'is not an allowed link (only http, https, mailto and tel)' : 'is not a web address starting with https:// or http://');
      return undefined;
    }
    if (fixed !== value) this.out.repair(path, 'link-repaired', `${describe(value)} was read as ${describe(fixed)}`);
    return fixed;
  }

  email(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be an email address');
    const fixed = value.length <= 1_000 ? repairEmail(value) : undefined;
    if (fixed === undefined || !safeUrl(`mailto:${fixed}`)) {
      this.out.remove(path, 'bad-email', `${describe(value)} is not an email address`);
      return undefined;
    }
    if (fixed !== value) this.out.repair(path, 'email-repaired', `${describe(value)} was read as "${fixed}"`);
    return fixed;
  }

  phone(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) value = String(value);
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be a phone number');
    const fixed = value.length <= 1_000 ? repairPhone(value) : undefined;
    if (fixed === undefined) {
      this.out.remove(path, 'bad-phone', `${describe(value)} is not a phone number (no number to dial in it, or longer than ${LIMITS.phone} characters)`);
      return undefined;
    }
    if (fixed !== value) this.out.repair(path, 'phone-repaired', `${describe(value)} was read as "${fixed}"`);
    return fixed;
  }

  /** A date or a date-time with an offset; German dates and local times (in the catalogue's zone) repaired. */
  date(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be a date');
    const s = value.trim();
    if ((DATE.test(s) || DATE_TIME.test(s)) && isValidDate(s)) return s;
    const date = repairDate(s);
    if (date && isValidDate(date)) {
      this.out.repair(path, 'date-repaired', `${describe(value)} was read as ${date}`);
      return date;
    }
    const local = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(s) && isValidDate(s.replace(' ', 'T')) ? withZoneOffset(s, this.timeZone) : undefined;
    if (local) {
      this.out.repair(path, 'no-offset', `${describe(value)} has no time zone offset; read in ${this.timeZone} as ${local}`);
      return local;
    }
    this.out.remove(path, 'bad-date', `${describe(value)} is not a date (YYYY-MM-DD) or a date-time with a time zone offset (2026-12-03T18:00:00+01:00)`);
    return undefined;
  }

  time(value: unknown, path: Path): string | undefined {
    if (typeof value === 'string' && TIME.test(value)) return value;
    const fixed = typeof value === 'string' ? repairTime(value) : undefined;
    if (fixed) {
      this.out.repair(path, 'time-repaired', `${describe(value)} was read as ${fixed}`);
      return fixed;
    }
    return undefined;
  }

  location(value: unknown, path: Path): Location | undefined {
    if (absent(value)) return undefined;
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with street, postalCode, locality, region, lat and lon');
    const location: Location = {};
    const street = this.text(value.street, [...path, 'street'], LIMITS.street);
    if (street !== undefined) location.street = street;
    const postalCode = this.text(value.postalCode, [...path, 'postalCode'], LIMITS.postalCode);
    if (postalCode !== undefined) {
      if (/^[A-Za-z0-9 -]*$/.test(postalCode)) location.postalCode = postalCode.trim();
      else this.out.remove([...path, 'postalCode'], 'bad-value', `${describe(postalCode)} is not a postal code`);
    }
    const locality = this.text(value.locality, [...path, 'locality'], LIMITS.locality);
    if (locality !== undefined) location.locality = locality;
    const region = this.id(value.region, [...path, 'region']);
    if (region !== undefined) location.region = region;
    const lat = this.coordinate(value.lat, [...path, 'lat'], 90, 'latitude');
    const lon = this.coordinate(value.lon, [...path, 'lon'], 180, 'longitude');
    if ((lat === undefined) !== (lon === undefined)) {
      this.out.remove([...path, lat === undefined ? 'lon' : 'lat'], 'bad-coordinates', 'needs both lat and lon, or neither');
    } else if (lat !== undefined && lon !== undefined) {
      location.lat = lat;
      location.lon = lon;
      if (
        !(lat >= GERMANY.latMin && lat <= GERMANY.latMax && lon >= GERMANY.lonMin && lon <= GERMANY.lonMax) &&
        lon >= GERMANY.latMin && lon <= GERMANY.latMax && lat >= GERMANY.lonMin && lat <= GERMANY.lonMax
      ) {
        this.out.note(path, 'swapped-coordinates', `lat ${lat} and lon ${lon} look swapped (swapped, they would lie in Germany)`);
      }
    }
    return Object.keys(location).length ? location : undefined;
  }

  coordinate(value: unknown, path: Path, limit: number, name: string): number | undefined {
    if (absent(value)) return undefined;
    let n = value;
    if (typeof value === 'string' && /^\s*[+-]?\d{1,3}(?:[.,]\d+)?\s*$/.test(value)) {
      n = Number(value.trim().replace(',', '.'));
    }
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      this.out.remove(path, 'bad-coordinates', `must be a number, found ${describe(value)}`);
      return undefined;
    }
    if (n < -limit || n > limit) {
      this.out.remove(path, 'bad-coordinates', `${n} is not a ${name} (between -${limit} and ${limit})`);
      return undefined;
    }
    if (typeof value === 'string') this.out.repair(path, 'coordinates-repaired', `${describe(value)} was read as the number ${n}`);
    return n;
  }

  organization(value: unknown, path: Path): { name: string; url?: string } | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string') return this.organization({ name: value }, path);
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with a name and a url');
    const name = this.text(typeof value.name === 'string' ? value.name.trim() : value.name, [...path, 'name'], LIMITS.name);
    if (name === undefined) {
      if (absent(value.name)) this.out.remove(path, 'empty', 'has no name');
      return undefined;
    }
    const url = this.webUrl(value.url, [...path, 'url']);
    return { name, ...(url ? { url } : {}) };
  }

  contact(value: unknown, path: Path, keys: readonly ('phone' | 'email' | 'website' | 'url')[]): Record<string, string> | undefined {
    if (absent(value)) return undefined;
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object');
    const contact: Record<string, string> = {};
    for (const key of keys) {
      const raw = value[key];
      const got = key === 'phone' ? this.phone(raw, [...path, key]) : key === 'email' ? this.email(raw, [...path, key]) : this.webUrl(raw, [...path, key]);
      if (got !== undefined) contact[key] = got;
    }
    return Object.keys(contact).length ? contact : undefined;
  }

  slot(value: unknown, path: Path): OpeningSlot | undefined {
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with days, opens and closes');
    const days = this.list(value.days, [...path, 'days'], 7, (d, p) => {
      if (typeof d === 'string') {
        const code = weekdayCode(d);
        if (code && code !== d) this.out.repair(p, 'weekday-repaired', `${describe(d)} was read as "${code}"`);
        if (code) return code;
      }
      this.out.remove(p, 'bad-weekday', `${describe(d)} is not a weekday (mo, tu, we, th, fr, sa, su)`);
      return undefined;
    });
    const opens = this.time(value.opens, [...path, 'opens']);
    let closes = this.time(value.closes, [...path, 'closes']);
    if (closes === '00:00' && opens !== undefined && opens !== '00:00') {
      this.out.repair([...path, 'closes'], 'time-repaired', '"00:00" as a closing time was read as midnight, 24:00');
      closes = '24:00';
    }
    if (!days) {
      this.out.remove(path, 'bad-hours', 'has no weekday');
      return undefined;
    }
    if (opens === undefined || closes === undefined) {
      const which = opens === undefined ? ['opens', value.opens] : ['closes', value.closes];
      this.out.remove(path, 'bad-time', `${which[0]} ${describe(which[1])} is not a time in the form HH:MM`);
      return undefined;
    }
    if (closes <= opens) {
      this.out.remove(path, 'bad-hours', `closes (${closes}) before it opens (${opens})`);
      return undefined;
    }
    return { days, opens, closes };
  }

  openingHours(value: unknown, path: Path): Offer['openingHours'] {
    if (absent(value)) return undefined;
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with weekly, appointmentOnly and note');
    const hours: NonNullable<Offer['openingHours']> = {};
    const weekly = this.list(value.weekly, [...path, 'weekly'], LIMITS.slots, (s, p) => this.slot(s, p), false);
    if (weekly) hours.weekly = weekly;
    const appointmentOnly = this.boolean(value.appointmentOnly, [...path, 'appointmentOnly']);
    if (appointmentOnly !== undefined) hours.appointmentOnly = appointmentOnly;
    const note = this.langMap(value.note, [...path, 'note'], LIMITS.note);
    if (note !== undefined) hours.note = note;
    return Object.keys(hours).length ? hours : undefined;
  }

  categories(value: unknown, path: Path): string[] | undefined {
    return this.list(value, path, LIMITS.listItems, (c, p) => (typeof c === 'string' && c.trim() && !ID.test(c.trim()) ? c.trim() : this.id(c, p)));
  }

  recurrence(value: unknown, path: Path): string | undefined {
    if (absent(value)) return undefined;
    if (typeof value !== 'string') return this.wrongType(path, value, 'must be an iCalendar RRULE (text)');
    const fixed = value.trim().replace(/^RRULE:/i, '').toUpperCase().replace(/;$/, '');
    const ok = fixed.length <= LIMITS.recurrence && RRULE.test(fixed) && /(?:^|;)FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;|$)/.test(fixed);
    if (!ok) {
      this.out.remove(path, 'bad-recurrence', RRULE.test(fixed) ? 'needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY' : 'is not an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU');
      return undefined;
    }
    if (fixed !== value) this.out.repair(path, 'recurrence-repaired', `${describe(value)} was read as ${describe(fixed)}`);
    return fixed;
  }
}

/** Fields shared by offers, events and jobs. */
function common(r: Reader, raw: Record<string, unknown>, path: Path): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) record[key] = value;
  };
  set('description', r.langMap(raw.description, [...path, 'description'], LIMITS.description));
  set('location', r.location(raw.location, [...path, 'location']));
  return record;
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
  set('updated', r.date(raw.updated, [...path, 'updated']));
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
  });
  events.items.forEach((event, n) => {
    const path = ['events', events.at[n]];
    checkCategories(event, path, categoryIds, out);
    checkRegion(event.location, path, regionIds, out);
    if (event.offer !== undefined && !offerIds.has(event.offer)) {
      out.remove([...path, 'offer'], 'unknown-offer', `no offer has the id "${event.offer}"`);
      delete event.offer;
    }
  });
  jobs.items.forEach((job, n) => checkRegion(job.location, ['jobs', jobs.at[n]], regionIds, out));

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
    categories,
    regions,
    offers: offers.items,
    events: events.items,
    jobs: jobs.items,
  };
  for (const key of ['title', 'publisher', 'updated'] as const) if (catalogue[key] === undefined) delete catalogue[key];
  return { catalogue, problems: out.problems, dropped: out.dropped, repaired: out.repaired, removed: out.removed };
}
