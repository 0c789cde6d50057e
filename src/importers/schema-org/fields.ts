/**
 * Fields every kind of record shares: texts and language maps, links, e-mail and phone, dates,
 * places, languages, categories, and the report of what has no place in the catalogue.
 */
import { LANGUAGE_TAG } from '../../catalogue/limits.js';
import { DEFAULT_CATEGORIES } from '../../catalogue/categories.js';
import { languageCodes } from '../../catalogue/languages.js';
import { repairEmail, repairPhone, repairWebUrl } from '../../catalogue/repair.js';
import { LIMITS, isValidDate, type LangMap, type Location } from '../../catalogue/schema.js';
import { safeUrl } from '../../catalogue/url.js';
import { withZoneOffset } from '../../catalogue/local-time.js';
import type { ImportLog } from '../log.js';
import { plainText, shorten } from '../text.js';
import categoryTable from './data/categories.json';
import propertyTable from './data/properties.json';
import { isObject, safeLanguageCode, type Graph, type Node } from './graph.js';

const GERMANY = { latMin: 47.2, latMax: 55.1, lonMin: 5.8, lonMax: 15.1 };
const DEFAULT_IDS = new Set(DEFAULT_CATEGORIES.map((c) => c.id));
const TYPE_CATEGORIES = new Map(Object.entries(categoryTable.types));
const KEYWORD_CATEGORIES = new Map(Object.entries(categoryTable.keywords));
const STEM_CATEGORIES = Object.entries(categoryTable.stems);
const QUIET = new Set(propertyTable.quiet);
const MAPPED: Readonly<Record<string, readonly string[]>> = propertyTable.mapped;
const REASONS = new Map(Object.entries(propertyTable.reasons));
/** Distinct values reported per field before the rest are counted together. */
const MAX_DISTINCT = 200;

/** A date or date-time as written: its parts, before any time zone is applied. */
export interface DateParts {
  date: string;
  /** "HH:MM:SS" */
  time?: string;
  /** "Z" or "+02:00" */
  offset?: string;
}

/** Reads "2026-07-14", "2026-07-14T18:00", "2026-07-14 18:00:00+0200", "14.07.2026 18:00". */
export function parseDate(value: string): DateParts | undefined {
  const s = value.trim();
  if (s.length > 40) return undefined;
  let date: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/.exec(s);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)$/.exec(s);
  let tail: string;
  if (iso) {
    date = `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
    tail = iso[4];
  } else if (german) {
    date = `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`;
    tail = german[4].replace(/^,/, '');
  } else return undefined;
  if (!isValidDate(date)) return undefined;
  if (tail.trim() === '') return { date };
  const rest = /^(?:T|\s+)(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:Uhr)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(tail);
  if (!rest) return undefined;
  const [hour, minute, second] = [Number(rest[1]), Number(rest[2]), Number(rest[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const time = `${String(hour).padStart(2, '0')}:${rest[2]}:${String(second).padStart(2, '0')}`;
  let offset: string | undefined;
  if (rest[4]) {
    const o = rest[4].toUpperCase();
    if (o === 'Z') offset = 'Z';
    else {
      const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(o)!;
      if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return undefined;
      offset = `${m[1]}${m[2]}:${m[3] ?? '00'}`;
    }
  }
  return { date, time, ...(offset ? { offset } : {}) };
}

/** The kind of a refused link, for the report ("javascript:", "relative address"…). */
function linkKind(value: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]{0,20}):/i.exec(value);
  if (scheme && !/^https?$/i.test(scheme[1])) return `${scheme[1].toLowerCase()}:`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/.test(value)) return 'hidden characters';
  if (/&#|&colon;|%0|%2[0-9]/i.test(value) && /script|data|vbscript/i.test(value)) return 'encoded scheme';
  if (/^\s*https?:/i.test(value)) return 'malformed or with a user name';
  if (/^\s*[/.?#]/.test(value)) return 'relative address';
  return 'not a web address';
}

export interface Options {
  zone: string;
  defaultLanguage: string;
  categoryMap?: ReadonlyMap<string, string>;
}

/** The import's context: the graph, the log and the options, and the field readers. */
export class Ctx {
  private readonly distinct = new Map<string, Set<string>>();
  /** Local times already converted (many events share their times). */
  private readonly zoned = new Map<string, string>();
  linksRemoved = 0;

  constructor(
    readonly graph: Graph,
    readonly log: ImportLog,
    readonly options: Options,
  ) {}

  /** Reports once per distinct value, with at most MAX_DISTINCT distinct values a field. */
  unmapped(field: string, value: string, reason: string, at?: string): void {
    let seen = this.distinct.get(field);
    if (!seen) this.distinct.set(field, (seen = new Set()));
    if (!seen.has(value)) {
      if (seen.size >= MAX_DISTINCT) {
        this.log.unmapped(field, `(other ${field} values)`, 'more distinct values than are listed one by one', at);
        return;
      }
      seen.add(value);
    }
    this.log.unmapped(field, value, reason, at);
  }

  // ── Text ────────────────────────────────────────────────────────────────────────────────────

  /** Plain text within `max` characters (shortened at a word boundary, and reported). */
  clean(raw: string, max: number, what: string, at: string): string | undefined {
    const text = plainText(raw, { readLimit: Math.max(max * 5, 5_000) });
    if (!text) return undefined;
    if (text.length > max || raw.length > Math.max(max * 5, 5_000)) {
      this.unmapped('text', what, `longer than ${max} characters; shortened`, at);
      return shorten(text, max);
    }
    return text;
  }

  text(node: Node | undefined, names: string | readonly string[], max: number, what: string, at: string): string | undefined {
    for (const name of typeof names === 'string' ? [names] : names) {
      const raw = this.graph.text(node, name);
      const text = raw === undefined ? undefined : this.clean(raw, max, what, at);
      if (text) return text;
    }
    return undefined;
  }

  /** A language map from plain and language-tagged values; a plain string when all is in the default language. */
  langMap(node: Node | undefined, names: string | readonly string[], max: number, what: string, at: string): LangMap | undefined {
    for (const name of typeof names === 'string' ? [names] : names) {
      const map = this.langMapOf(this.graph.texts(node, name), max, what, at);
      if (map) return map;
    }
    return undefined;
  }

  langMapOf(texts: readonly { text: string; lang?: string }[], max: number, what: string, at: string): LangMap | undefined {
    const map = new Map<string, string>();
    const unknownTagged: string[] = [];
    for (const { text, lang } of texts) {
      let code = this.options.defaultLanguage;
      if (lang !== undefined) {
        const found = safeLanguageCode(lang);
        if (!found) {
          this.unmapped('language', lang, 'not a language code the kit knows; the text is used only when there is no other', at);
          unknownTagged.push(text);
          continue;
        }
        code = found;
      }
      if (map.has(code) || map.size >= LIMITS.languagesPerMap) continue;
      const clean = this.clean(text, max, what, at);
      if (clean) map.set(code, clean);
    }
    if (map.size === 0 && unknownTagged.length) {
      const clean = this.clean(unknownTagged[0], max, what, at);
      if (clean) map.set(this.options.defaultLanguage, clean);
    }
    if (map.size === 0) return undefined;
    if (map.size === 1 && map.has(this.options.defaultLanguage)) return map.get(this.options.defaultLanguage)!;
    const out: Record<string, string> = {};
    for (const [k, v] of map) out[k] = v;
    return out;
  }

  /** Texts of several language maps joined per language, paragraphs apart. */
  joinLangMaps(maps: readonly (LangMap | undefined)[], max: number, what: string, at: string): LangMap | undefined {
    const present = maps.filter((m): m is LangMap => m !== undefined);
    if (present.length <= 1) return present[0];
    const joined = new Map<string, string[]>();
    for (const m of present) {
      const entries = typeof m === 'string' ? [[this.options.defaultLanguage, m] as const] : Object.entries(m);
      for (const [lang, text] of entries) {
        let list = joined.get(lang);
        if (!list) joined.set(lang, (list = []));
        list.push(text);
      }
    }
    const texts = [...joined].map(([lang, list]) => ({ text: list.join('\n\n'), lang }));
    return this.langMapOf(texts, max, what, at);
  }

  // ── Links and contact ───────────────────────────────────────────────────────────────────────

  /** A web address through the shared repair (relative ones resolved against the page); dangerous ones removed and counted. */
  webUrl(raw: string, base: string | undefined, at: string): string | undefined {
    const value = raw.trim();
    if (!value) return undefined;
    let fixed: string | undefined;
    // eslint-disable-next-line no-control-regex
    const hidden = /[\u0000-\u0020\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/.test(value);
    if (!hidden && value.length <= LIMITS.url) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(value)) fixed = repairWebUrl(value);
      else {
        // A host name without a scheme ("www.example.org/kurse"), else a link relative to the page.
        fixed = value.startsWith('/') || value.startsWith('.') ? undefined : repairWebUrl(value);
        // Never resolve what only looks relative because its scheme is hidden ("&#106;avascript:", "javascript&colon;").
        if (fixed === undefined && base && !/&#|&[a-z]+;/i.test(value) && !/^[^/?#]*:/.test(value)) {
          try {
            fixed = repairWebUrl(new URL(value, base).href);
          } catch {
            fixed = undefined;
          }
        }
      }
    }
    if (fixed === undefined || fixed.length > LIMITS.url || !safeUrl(fixed)) {
      this.linksRemoved++;
      const kind = linkKind(value);
      const reason = kind === 'relative address' || kind === 'not a web address'
        ? `not an absolute web address${base ? '' : ' (a file has no page address to resolve it against)'}; removed`
        : 'not a safe web address (only https: and http: links are kept); removed';
      this.unmapped('link', kind, reason, at);
      return undefined;
    }
    return fixed;
  }

  firstWebUrl(values: readonly string[], base: string | undefined, at: string): string | undefined {
    for (const v of values) {
      const url = this.webUrl(v, base, at);
      if (url) return url;
    }
    return undefined;
  }

  email(raw: string | undefined, at: string): string | undefined {
    if (raw === undefined || !raw.trim()) return undefined;
    const fixed = raw.length <= 1_000 ? repairEmail(raw) : undefined;
    if (!fixed || !safeUrl(`mailto:${fixed}`)) {
      this.unmapped('email', raw.length > 60 ? 'text' : raw, 'not an e-mail address; removed', at);
      return undefined;
    }
    return fixed;
  }

  phone(raw: string | number | undefined, at: string): string | undefined {
    if (raw === undefined) return undefined;
    const text = String(raw);
    if (!text.trim()) return undefined;
    const fixed = text.length <= 1_000 ? repairPhone(plainText(text, { readLimit: 1_000 })) : undefined;
    if (!fixed || fixed.length > LIMITS.phone) {
      this.unmapped('phone', text.length > 60 ? 'text' : text, 'no phone number to dial in it; removed', at);
      return undefined;
    }
    return fixed;
  }

  // ── Dates ───────────────────────────────────────────────────────────────────────────────────

  /** A catalogue date: a date, a date-time with its offset, or one without read in the catalogue's zone (reported). */
  date(raw: unknown, what: string, at: string): { value: string; parts: DateParts } | undefined {
    if (typeof raw !== 'string' || !raw.trim()) return undefined;
    const parts = parseDate(raw);
    if (!parts) {
      this.unmapped('date', raw.length > 60 ? 'text' : raw, `not a date or date-time (${what}); left out`, at);
      return undefined;
    }
    const value = this.dateValue(parts, at);
    return value ? { value, parts } : undefined;
  }

  dateValue(parts: DateParts, at: string): string | undefined {
    if (!parts.time) return parts.date;
    if (parts.offset) {
      const value = `${parts.date}T${parts.time}${parts.offset}`;
      return isValidDate(value) ? value : undefined;
    }
    const zone = this.options.zone;
    const local = `${parts.date}T${parts.time}`;
    let value = this.zoned.get(local);
    if (value === undefined) {
      value = withZoneOffset(local, zone) ?? '';
      if (this.zoned.size < 20_000) this.zoned.set(local, value);
    }
    if (!value) return undefined;
    this.unmapped('time zone', 'time without offset', `read in ${zone}, with the offset of that date`, at);
    if (value.slice(11, 19) !== parts.time) {
      this.unmapped('time zone', 'time skipped by the change to summer time', `moved to ${value.slice(11, 16)}`, at);
    }
    return value;
  }

  // ── Places ──────────────────────────────────────────────────────────────────────────────────

  private coordinate(value: unknown, limit: number): number | undefined {
    let n = value;
    if (isObject(n)) n = n['@value'];
    if (typeof n === 'string' && /^\s*[+-]?\d{1,3}(?:[.,]\d{1,15})?\s*$/.test(n)) n = Number(n.trim().replace(',', '.'));
    return typeof n === 'number' && Number.isFinite(n) && n >= -limit && n <= limit ? n : undefined;
  }

  /** lat/lon of a node with `geo` (GeoCoordinates) or its own latitude/longitude. */
  private coordinates(node: Node, at: string): { lat: number; lon: number } | undefined {
    const g = this.graph;
    const geo = g.firstNode(node, 'geo') ?? node;
    const latVal = g.values(geo, 'latitude', 1)[0]?.v;
    const lonVal = g.values(geo, 'longitude', 1)[0]?.v;
    if (latVal === undefined && lonVal === undefined) return undefined;
    let lat = this.coordinate(latVal, 90);
    let lon = this.coordinate(lonVal, 180);
    if (lat === undefined || lon === undefined) {
      this.unmapped('coordinates', 'unreadable latitude or longitude', 'not numbers within range, or only one of them; left out', at);
      return undefined;
    }
    const inGermany = (a: number, b: number) => a >= GERMANY.latMin && a <= GERMANY.latMax && b >= GERMANY.lonMin && b <= GERMANY.lonMax;
    if (!inGermany(lat, lon) && inGermany(lon, lat)) {
      [lat, lon] = [lon, lat];
      this.unmapped('coordinates', 'latitude and longitude swapped', 'swapped back (they lie in Germany the other way round)', at);
    }
    return { lat, lon };
  }

  /** Street, postal code and place of a PostalAddress (or of a text "Markt 1, 18273 Güstrow"). */
  private address(location: Location, node: Node, at: string): void {
    const g = this.graph;
    for (const val of g.values(node, 'address', 3)) {
      const s = g.scalar(val);
      if (typeof s === 'string') {
        this.addressText(location, s, at);
        return;
      }
      const a = g.asNode(val);
      if (a) {
        this.postalAddress(location, a, at);
        return;
      }
    }
    if (node.has('streetAddress') || node.has('postalCode') || node.has('addressLocality')) this.postalAddress(location, node, at);
  }

  private postalAddress(location: Location, a: Node, at: string): void {
    const street = this.text(a, 'streetAddress', LIMITS.street, 'street', at);
    if (street) location.street = street.replace(/\n+/g, ', ');
    const postal = this.graph.text(a, 'postalCode');
    if (postal !== undefined) {
      const code = plainText(postal, { readLimit: 100 }).trim();
      if (code.length <= LIMITS.postalCode && /^[A-Za-z0-9 -]+$/.test(code)) location.postalCode = code;
      else this.unmapped('postal code', code.length > 40 ? 'text' : code, 'not a postal code; left out', at);
    }
    const locality = this.text(a, 'addressLocality', LIMITS.locality, 'place name', at);
    if (locality) location.locality = locality;
    if (a.has('addressRegion')) this.unmapped('property', 'PostalAddress.addressRegion', 'regions are set in the catalogue by hand', at);
    if (a.has('postOfficeBoxNumber')) this.unmapped('property', 'PostalAddress.postOfficeBoxNumber', 'the catalogue has no field for a post box', at);
  }

  private addressText(location: Location, raw: string, at: string): void {
    const s = plainText(raw, { readLimit: 1_000 }).replace(/\n+/g, ', ');
    const full = /^(.+?),?\s+(\d{5})\s+([^,\d][^,]*)$/.exec(s);
    const placeOnly = /^(\d{5})\s+([^,\d][^,]*)$/.exec(s);
    if (full) {
      location.street = shorten(full[1].replace(/,$/, '').trim(), LIMITS.street);
      location.postalCode = full[2];
      location.locality = shorten(full[3].trim(), LIMITS.locality);
    } else if (placeOnly) {
      location.postalCode = placeOnly[1];
      location.locality = shorten(placeOnly[2].trim(), LIMITS.locality);
    } else if (s) {
      location.street = shorten(s, LIMITS.street);
      this.unmapped('address', 'address text without postal code', 'kept as the street line', at);
    }
  }

  /**
   * A location from a Place, PostalAddress, VirtualLocation or text (several: the first place, any
   * virtual one makes it online; the others reported).
   */
  place(owner: Node, name: string, at: string): { location?: Location; online?: boolean; url?: string } {
    const g = this.graph;
    const result: { location?: Location; online?: boolean; url?: string } = {};
    let places = 0;
    for (const val of g.values(owner, name, 20)) {
      const s = g.scalar(val);
      if (typeof s === 'string') {
        if (/^\s*(?:online|virtuell|digital|virtual|internet)\s*$/i.test(s)) {
          result.online = true;
          continue;
        }
        if (/^\s*https?:\/\//i.test(s)) {
          result.online = true;
          result.url ??= this.webUrl(s, owner.doc.base, at);
          continue;
        }
        if (places++ === 0) {
          const location: Location = {};
          this.addressText(location, s, at);
          if (Object.keys(location).length) result.location = location;
        }
        continue;
      }
      const node = g.asNode(val);
      if (!node) continue;
      if (node.types.includes('VirtualLocation')) {
        result.online = true;
        const url = g.links(node, 'url')[0];
        if (url) result.url ??= this.webUrl(url, node.doc.base, at);
        continue;
      }
      if (places++ > 0) {
        this.unmapped('location', 'more than one place', 'only the first place is kept', at);
        continue;
      }
      const location = this.ownPlace(node, at);
      if (node.has('name') && (node.types.length === 0 || node.types.some((t) => t !== 'PostalAddress'))) {
        this.unmapped('location', 'name of the place', 'the catalogue keeps the address, not the name of the place', at);
      }
      if (location) result.location = location;
    }
    return result;
  }

  /** A location of the node itself (address and geo of an organisation). */
  ownPlace(node: Node, at: string): Location | undefined {
    const location: Location = {};
    this.address(location, node, at);
    const coords = this.coordinates(node, at);
    if (coords) {
      location.lat = coords.lat;
      location.lon = coords.lon;
    }
    return Object.keys(location).length ? location : undefined;
  }

  // ── Languages and categories ────────────────────────────────────────────────────────────────

  /** Language codes from names, codes or Language objects in the given properties (unknown ones reported). */
  languages(nodes: readonly (Node | undefined)[], names: readonly string[], at: string): string[] | undefined {
    const g = this.graph;
    const codes: string[] = [];
    const add = (raw: string) => {
      const text = plainText(raw, { readLimit: 500 });
      const { codes: found, unknown } = languageCodes(text);
      for (const c of found) {
        if (typeof c === 'string' && LANGUAGE_TAG.test(c) && c.length <= 35) {
          if (!codes.includes(c)) codes.push(c);
        } else unknown.push(text); // the name table answered with something that is not a code
      }
      for (const u of new Set(unknown)) this.unmapped('language', u.length > 60 ? 'text' : u, 'not a language the kit knows', at);
    };
    for (const node of nodes) {
      for (const name of names) {
        for (const val of g.values(node, name, 60)) {
          const s = g.scalar(val);
          if (typeof s === 'string') add(s);
          else {
            const lang = g.asNode(val);
            if (!lang) continue;
            const code = g.text(lang, 'alternateName');
            const byCode = code ? safeLanguageCode(code) : undefined;
            if (byCode) {
              if (!codes.includes(byCode)) codes.push(byCode);
            } else {
              const label = g.text(lang, 'name') ?? g.text(lang, 'identifier');
              if (label) add(label);
            }
          }
        }
      }
    }
    if (codes.length > LIMITS.listItems) {
      this.unmapped('language', 'more than 30 languages', 'only the first 30 are kept', at);
      codes.length = LIMITS.listItems;
    }
    return codes.length ? codes : undefined;
  }

  /** Terms of keywords, serviceType and category (texts, lists written as text, or named things). */
  terms(node: Node, names: readonly string[]): string[] {
    const g = this.graph;
    const out: string[] = [];
    for (const name of names) {
      for (const val of g.values(node, name, 60)) {
        const s = g.scalar(val);
        const text = typeof s === 'string' ? s : g.text(g.asNode(val), 'name');
        if (!text) continue;
        for (const part of plainText(text, { readLimit: 2_000 }).split(/\s*[,;|]\s*/)) {
          const t = part.trim();
          if (t && t.length <= 100 && out.length < 60) out.push(t);
        }
      }
    }
    return out;
  }

  /** Default categories where the type or a term makes them clear; the caller's map first. */
  categories(types: readonly string[], terms: readonly string[], at: string): string[] | undefined {
    const found: string[] = [];
    const add = (id: string | undefined) => {
      if (id && DEFAULT_IDS.has(id) && !found.includes(id)) found.push(id);
    };
    const own = this.options.categoryMap;
    for (const type of types) {
      const mapped = own?.get(type.toLowerCase());
      if (mapped) {
        if (DEFAULT_IDS.has(mapped)) add(mapped);
        else this.unmapped('category', mapped, 'not one of the default categories; the category map can only name those', at);
      } else add(TYPE_CATEGORIES.get(type));
    }
    for (const term of terms) {
      const key = term.toLowerCase();
      const mapped = own?.get(key);
      if (mapped) {
        if (DEFAULT_IDS.has(mapped)) add(mapped);
        else this.unmapped('category', mapped, 'not one of the default categories; the category map can only name those', at);
        continue;
      }
      const direct = KEYWORD_CATEGORIES.get(key);
      if (direct) {
        add(direct);
        continue;
      }
      const stem = STEM_CATEGORIES.find(([s]) => key.includes(s));
      if (stem) add(stem[1]);
      else this.unmapped('keyword', term, 'no category for it (a category map can name one)', at);
    }
    return found.length ? found : undefined;
  }

  // ── Report ──────────────────────────────────────────────────────────────────────────────────

  /** Reports the properties of a record that the catalogue has no place for (one entry per property). */
  reportProperties(node: Node, kind: string, at: string, alsoMapped: readonly string[] = []): void {
    const mapped = MAPPED[kind] ?? [];
    for (const name of node.props.keys()) {
      if (QUIET.has(name) || MAPPED.all.includes(name) || mapped.includes(name) || alsoMapped.includes(name)) continue;
      const shown = /^[@A-Za-z][\w:./#-]{0,80}$/.test(name) ? `${kind}.${name}` : `${kind}.(unusual property name)`;
      this.unmapped('property', shown, REASONS.get(name) ?? propertyTable.defaultReason, at);
    }
  }
}
