/** Shared pieces of the Integreat importer: JSON access, ids, texts in several languages, places. */
import { phoneParts } from '../../catalogue/phone.js';
import { repairEmail, repairPhone, repairWebUrl } from '../../catalogue/repair.js';
import { LIMITS, isValidDate, type Location } from '../../catalogue/schema.js';
import type { ImportLog } from '../log.js';
import { idPart, toPlainText } from '../text.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A scalar id as text ("12" for 12), or `undefined`. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 200) return value.trim();
  return undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A catalogue id from parts (as `idPart` makes them: other characters become "-"), at most 100 characters. */
export function safeId(...parts: string[]): string {
  return idPart(parts.join('-'), { max: LIMITS.id }) || 'integreat';
}

/** Makes ids unique: the first keeps its id, later ones get "-2", "-3"… */
export class IdSet {
  private readonly used = new Set<string>();
  take(wanted: string, alternative?: string): string {
    if (!this.used.has(wanted)) return this.add(wanted);
    if (alternative && !this.used.has(alternative)) return this.add(alternative);
    const base = (alternative ?? wanted).slice(0, LIMITS.id - 8);
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!this.used.has(candidate)) return this.add(candidate);
    }
  }
  private add(id: string): string {
    this.used.add(id);
    return id;
  }
}

/** One line of text (titles, names, addresses): markup stripped, references decoded. */
export function line(value: unknown, max: number, log: ImportLog, field: string, at: string): string | undefined {
  const { text, shortened } = toPlainText(value, { max, breaks: 'none' });
  if (shortened) log.unmapped(field, text, `longer than ${max} characters; shortened`, at);
  return text || undefined;
}

/**
 * A language map from texts by language: a text that only repeats the default language's text
 * (Integreat fills untranslated fields with it) is left out, so it is not shown as a translation.
 */
export function langMap(texts: ReadonlyMap<string, string | undefined>, defaultTag: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const base = texts.get(defaultTag);
  let n = 0;
  for (const [tag, text] of texts) {
    if (!text || n >= LIMITS.languagesPerMap) continue;
    if (tag !== defaultTag && text === base) continue;
    out[tag] = text;
    n++;
  }
  return n ? out : undefined;
}

/** A date or date-time for `updated`: as written when it has an offset, else only its date. */
export function updatedDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/.test(s) && isValidDate(s)) return s;
  const date = s.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isValidDate(date) ? date : undefined;
}

const GERMANY = { latMin: 47.2, latMax: 55.1, lonMin: 5.8, lonMax: 15.1 };
const inGermany = (lat: number, lon: number) =>
  lat >= GERMANY.latMin && lat <= GERMANY.latMax && lon >= GERMANY.lonMin && lon <= GERMANY.lonMax;

function coordinate(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Integreat's `location` (`address`, `postcode`, `town`, `latitude`, `longitude`) → catalogue location. */
export function mapLocation(raw: unknown, log: ImportLog, at: string): Location | undefined {
  if (!isObject(raw)) return undefined;
  const out: Location = {};
  const street = line(raw.address, LIMITS.street, log, 'street', at);
  if (street) out.street = street;
  const postal = line(raw.postcode, 200, log, 'postal code', at);
  if (postal) {
    if (postal.length <= LIMITS.postalCode && /^[A-Za-z0-9 -]*$/.test(postal)) out.postalCode = postal;
    else log.unmapped('postal code', postal, 'not a postal code; left out', at);
  }
  const town = line(raw.town, LIMITS.locality, log, 'town', at);
  if (town) out.locality = town;
  let lat = coordinate(raw.latitude);
  let lon = coordinate(raw.longitude);
  if (lat !== undefined && lon !== undefined) {
    if (lat === 0 && lon === 0) {
      log.unmapped('coordinates', '0, 0', 'not a place (0, 0); left out', at);
    } else if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      log.unmapped('coordinates', `${lat}, ${lon}`, 'not a latitude and longitude; left out', at);
    } else {
      if (!inGermany(lat, lon) && inGermany(lon, lat)) {
        log.unmapped('coordinates', `${lat}, ${lon}`, 'latitude and longitude were swapped; swapped back', at);
        [lat, lon] = [lon, lat];
      }
      out.lat = lat;
      out.lon = lon;
    }
  } else if (lat !== undefined || lon !== undefined) {
    log.unmapped('coordinates', `${String(raw.latitude)}, ${String(raw.longitude)}`, 'only one of latitude and longitude; left out', at);
  }
  return Object.keys(out).length ? out : undefined;
}

/** A web address through `repairWebUrl`; anything else is reported and left out. */
export function webUrl(value: unknown, field: string, log: ImportLog, at: string): string | undefined {
  const raw = str(value);
  if (!raw) return undefined;
  const url = raw.length <= LIMITS.url ? repairWebUrl(raw) : undefined;
  if (!url) log.unmapped(field, raw, 'not a safe web address (only http and https); left out', at);
  return url;
}

export function email(value: unknown, log: ImportLog, at: string): string | undefined {
  const raw = str(value);
  if (!raw) return undefined;
  const out = repairEmail(raw);
  if (!out) log.unmapped('email', raw, 'not an e-mail address; left out', at);
  return out;
}

const PHONE = /^\+?[0-9 ()/.-]{3,40}$/;

/** A phone number as written when the catalogue takes it, else the number to dial (its note reported). */
export function phone(value: unknown, log: ImportLog, at: string): string | undefined {
  const raw = typeof value === 'number' ? String(value) : str(value);
  if (!raw) return undefined;
  const repaired = repairPhone(raw);
  if (repaired && PHONE.test(repaired)) return repaired;
  const parts = repaired ? phoneParts(repaired) : undefined;
  if (parts && PHONE.test(parts.dial)) {
    log.unmapped('phone', raw, 'only the number to dial was kept (the catalogue takes digits, spaces and + ( ) / . -)', at);
    return parts.dial;
  }
  log.unmapped('phone', raw, 'not a phone number; left out', at);
  return undefined;
}
