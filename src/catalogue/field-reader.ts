/**
 * Reads the fields of catalogue records one by one: each bad field is repaired where the repair is
 * certain (`repair.ts`) or removed, and reported once. The validator builds records with it.
 */
import { languageCode, languageCodes } from './languages.js';
import { DATE, DATE_TIME, ID, LANGUAGE_TAG, LIMITS, RRULE, TIME, isValidDate } from './limits.js';
import { withZoneOffset } from './local-time.js';
import { describe, type Collector, type Path } from './problems.js';
import { repairBoolean, repairDate, repairEmail, repairPhone, repairTime, repairWebUrl, weekdayCode, WHEELCHAIR_WORDS } from './repair.js';
import type { Corrections, Feeds, LangMap, Location, Notice, Offer, OpeningSlot } from './schema.js';
import { safeUrl } from './url.js';
import { CORRECTIONS_PLACEHOLDERS, WHEELCHAIR, type Wheelchair } from './values.js';

const GERMANY = { latMin: 47.2, latMax: 55.1, lonMin: 5.8, lonMax: 15.1 };

// Texts of a catalogue use a handful of language tags over and over: each is written the one way once.
const CANONICAL = new Map<string, string | undefined>();
function canonicalTag(tag: string): string | undefined {
  if (CANONICAL.has(tag)) return CANONICAL.get(tag);
  if (CANONICAL.size > 1_000) CANONICAL.clear();
  const code = languageCode(tag);
  CANONICAL.set(tag, code);
  return code;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export /** Absent for every optional field: missing, null, or text with nothing in it. */
function absent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reads the fields of records one by one, repairing or removing each bad one. */
export class Reader {
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
      // A tag in another case ("DE-X-LS", "de-at") is written the one way, so texts are found by their tag.
      const canonical = LANGUAGE_TAG.test(key) && key.length <= 35 ? canonicalTag(key) : undefined;
      if (!LANGUAGE_TAG.test(key) || key.length > 35 || (canonical !== undefined && canonical !== key)) {
        const code = canonical ?? languageCode(key);
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

  /** Wheelchair access: yes, partly or no; true/false and words in English and German repaired. */
  wheelchair(value: unknown, path: Path): Wheelchair | undefined {
    if (typeof value === 'boolean') {
      const got = value ? 'yes' : 'no';
      this.out.repair(path, 'value-repaired', `${value} was read as "${got}"`);
      return got;
    }
    return this.pick(value, path, WHEELCHAIR, 'a wheelchair access value (yes, partly, no)', WHEELCHAIR_WORDS);
  }

  /** A short-term notice `{ text, until }`; text alone is read as the notice's text. */
  notice(value: unknown, path: Path): Notice | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string') {
      const text = this.text(value, path, LIMITS.nextStep);
      if (text === undefined) return undefined;
      this.out.repair(path, 'value-repaired', 'text alone was read as the notice\'s text');
      return { text };
    }
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with text and until');
    const text = this.langMap(value.text, [...path, 'text'], LIMITS.nextStep);
    if (text === undefined) {
      if (absent(value.text)) this.out.remove(path, 'empty', 'has no text');
      return undefined;
    }
    const until = this.date(value.until, [...path, 'until']);
    return until === undefined ? { text } : { text, until };
  }

  /**
   * Where visitors report a mistake: `{ url, email }`. The URL is an https template whose
   * placeholders ({id}, {title}, {page}) are kept as written; text alone is read as the URL or the
   * address it is.
   */
  corrections(value: unknown, path: Path): Corrections | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string') {
      const key = value.includes('@') && !/^\s*https?:/i.test(value) ? 'email' : 'url';
      this.out.repair(path, 'value-repaired', `text alone was read as the corrections ${key === 'email' ? 'address' : 'URL'}`);
      return this.corrections({ [key]: value }, path);
    }
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with url and email');
    const corrections: Corrections = {};
    const url = this.correctionsUrl(value.url, [...path, 'url']);
    if (url !== undefined) corrections.url = url;
    const email = this.email(value.email, [...path, 'email']);
    if (email !== undefined) corrections.email = email;
    return Object.keys(corrections).length ? corrections : undefined;
  }

  /** An https URL template for reports of mistakes; unknown placeholders are kept and reported. */
  correctionsUrl(value: unknown, path: Path): string | undefined {
    const url = this.webUrl(value, path);
    if (url === undefined) return undefined;
    if (!/^https:\/\//i.test(url)) {
      this.out.remove(path, 'not-https', `${describe(value)} is not an https address; reports of mistakes are sent only over https`);
      return undefined;
    }
    const unknown = [...url.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((p) => !(CORRECTIONS_PLACEHOLDERS as readonly string[]).includes(p.toLowerCase()));
    if (unknown.length) {
      this.out.note(path, 'unknown-placeholder', `${[...new Set(unknown)].map((p) => `{${p}}`).join(', ')} ${unknown.length === 1 ? 'is not a placeholder' : 'are not placeholders'} the kit fills in (${CORRECTIONS_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}); kept as written`);
    }
    return url;
  }

  /**
   * Where the calendar feeds are: `{ url }`, the https address of their folder (a missing "/" at
   * the end is added); text alone is read as that address.
   */
  feeds(value: unknown, path: Path): Feeds | undefined {
    if (absent(value)) return undefined;
    if (typeof value === 'string') {
      this.out.repair(path, 'value-repaired', 'text alone was read as the address of the feeds\' folder');
      return this.feeds({ url: value }, path);
    }
    if (!isPlainObject(value)) return this.wrongType(path, value, 'must be an object with url');
    const at = [...path, 'url'];
    const url = this.webUrl(value.url, at);
    if (url === undefined) {
      if (absent(value.url)) this.out.remove(path, 'empty', 'has no url (the address of the feeds\' folder)');
      return undefined;
    }
    if (!/^https:\/\//i.test(url)) {
      this.out.remove(at, 'not-https', `${describe(value.url)} is not an https address; calendar apps subscribe to feeds over https`);
      return undefined;
    }
    const folder = new URL(url);
    if (folder.search || folder.hash) {
      this.out.remove(at, 'bad-link', `${describe(value.url)} is not a folder's address (it has a ?query or a #fragment)`);
      return undefined;
    }
    if (url.endsWith('/')) return { url };
    if (!folder.pathname.endsWith('/')) folder.pathname += '/';
    this.out.repair(at, 'link-repaired', `${describe(url)} was read as the folder "${folder.href}"`);
    return { url: folder.href };
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
