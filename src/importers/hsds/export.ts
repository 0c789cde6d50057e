/**
 * Catalogue → Open Referral HSDS 3.0: the body of a `GET /services` answer (the paginated page of
 * fully nested services), so the offers of a catalogue can go back into the Open Referral world.
 *
 * HSDS has one language per document: every language map is read in `options.language` (default:
 * the catalogue's default language) along the usual fallback chain. Events and jobs have no place
 * in HSDS; they are only counted. Every HSDS id is a name-based UUID (version 5, SHA-1) of the
 * catalogue id, so the same catalogue gives the same ids on every run, and the catalogue id itself
 * travels in an attribute (`willkommen-catalogue` taxonomy, term `catalogue-id`, value = the id).
 *
 * The next-step fields go where HSDS has a place for them: `checked` → `assured_date`, `audience`
 * → `eligibility_description`, `costNote` → `fees_description` (after the cost's phrase), `bring` →
 * `required_documents`, the notice's text → `alert`, `wheelchair` → the location's `accessibility`;
 * the booking link and the notice's last day travel in attributes of the kit's taxonomy (terms
 * `booking`, `notice-until`), as does wheelchair access of an offer without an address (`wheelchair`).
 */
import type { Catalogue, LangMap, Offer, OpeningSlot } from '../../catalogue/schema.js';
import { WEEKDAYS } from '../../catalogue/values.js';
import { localText } from '../../catalogue/text.js';
import { safeUrl } from '../../catalogue/url.js';
import type { Unmapped } from '../types.js';
import phraseTable from './phrases.json';

/** The taxonomy the catalogue's categories are written in (term code = category id). */
export const HSDS_CATEGORY_TAXONOMY = 'willkommen-categories';
/** The taxonomy of the attribute that carries the catalogue id of a service. */
export const HSDS_CATALOGUE_TAXONOMY = 'willkommen-catalogue';
/** Term code of that attribute; its `value` is the offer's catalogue id. */
export const HSDS_CATALOGUE_ID_TERM = 'catalogue-id';
/** Terms of the kit's taxonomy for fields HSDS has no place for; each attribute's `value` is the field's value. */
export const HSDS_KIT_TERMS = {
  booking: { name: 'Booking', description: 'A web page to book an appointment for the service.' },
  'notice-until': { name: 'Alert until', description: 'The last day (or the moment) the service\'s alert applies.' },
  wheelchair: { name: 'Wheelchair access', description: 'Wheelchair access (yes, partly, no) of a service without a physical location.' },
} as const;
export type HsdsKitTerm = keyof typeof HSDS_KIT_TERMS;

export interface HsdsExportOptions {
  /** Language of the texts (BCP 47). Default: the catalogue's `defaultLanguage`. */
  language?: string;
  /** ISO 3166-1 alpha-2 country of the addresses. Default `DE`. */
  country?: string;
  /** HSDS requires `state_province` on an address; the catalogue has none. Default: empty. */
  stateProvince?: string;
  /**
   * What the ids are unique within, so two catalogues with an offer `o-1` do not give the same
   * UUID. Default: the publisher's URL, else its name, else nothing.
   */
  idScope?: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  name?: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq?: 'WEEKLY';
  interval?: number;
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsRequiredDocument {
  id: string;
  service_id: string;
  document: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  amount: number;
  currency: string;
}

export interface HsdsService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'temporarily closed';
  alert?: string;
  eligibility_description?: string;
  fees_description?: string;
  assured_date?: string;
  last_modified?: string;
  organization?: HsdsOrganization;
  service_at_locations: HsdsServiceAtLocation[];
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  required_documents: HsdsRequiredDocument[];
  attributes: HsdsAttribute[];
}

/** The `/services` answer of the HSDS 3.0 API (openapi.json: `Page` with `contents`), one page. */
export interface HsdsServicePage {
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: HsdsService[];
}

export interface HsdsExport {
  /** The JSON to write (services.json): the page with every service. */
  document: HsdsServicePage;
  /** The language the texts were taken in. */
  language: string;
  counts: { services: number; organizations: number; locations: number; schedules: number };
  /** Records that HSDS has no place for. */
  skipped: { events: number; jobs: number };
  /** Values left out because HSDS's formats refuse them (counted per field and reason). */
  leftOut: Unmapped[];
}

// ---------------------------------------------------------------------------------------------
// Name-based UUIDs (RFC 4122 version 5): SHA-1 of a namespace and a name. Synchronous and
// dependency-free (Web Crypto's digest is asynchronous).

/** The kit's own namespace for HSDS ids. */
const NAMESPACE = '5b36658b-4987-4ad1-85d4-5d76cdf7ac8c';
const NAMESPACE_BYTES = Uint8Array.from(NAMESPACE.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)));
const encoder = new TextEncoder();

// Reused between calls: exporting 100,000 offers makes over a million ids.
let bytes = new Uint8Array(1024);
const W = new Int32Array(80);
const DIGEST = new Int32Array(5);

/** SHA-1 of `bytes[0, length)`, into DIGEST. Pads in place (`bytes` has room). */
function sha1(length: number): void {
  const padded = (((length + 8) >> 6) + 1) * 64;
  bytes.fill(0, length, padded);
  bytes[length] = 0x80;
  const bits = length * 8;
  const high = Math.floor(bits / 0x100000000);
  bytes[padded - 8] = high >>> 24; bytes[padded - 7] = (high >>> 16) & 0xff; bytes[padded - 6] = (high >>> 8) & 0xff; bytes[padded - 5] = high & 0xff;
  bytes[padded - 4] = bits >>> 24; bytes[padded - 3] = (bits >>> 16) & 0xff; bytes[padded - 2] = (bits >>> 8) & 0xff; bytes[padded - 1] = bits & 0xff;
  let h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476, h4 = 0xc3d2e1f0 | 0;
  for (let offset = 0; offset < padded; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const i = offset + t * 4;
      W[t] = (bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3];
    }
    for (let t = 16; t < 80; t++) {
      const x = W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16];
      W[t] = (x << 1) | (x >>> 31);
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number, k: number;
      if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + W[t]) | 0;
      e = d; d = c; c = (b << 30) | (b >>> 2); b = a; a = temp;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
  }
  DIGEST[0] = h0; DIGEST[1] = h1; DIGEST[2] = h2; DIGEST[3] = h3; DIGEST[4] = h4;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const CHARS = new Uint16Array(36);

/** RFC 4122 version 5 UUID of `name` in the namespace `namespace` (default: the kit's). */
export function uuidV5(name: string, namespace: Uint8Array = NAMESPACE_BYTES): string {
  const room = namespace.length + name.length * 3 + 72;
  if (bytes.length < room) bytes = new Uint8Array(room * 2);
  bytes.set(namespace, 0);
  const { written } = encoder.encodeInto(name, bytes.subarray(namespace.length));
  sha1(namespace.length + written);
  let at = 0;
  for (let i = 0; i < 16; i++) {
    let byte = (DIGEST[i >> 2] >>> (24 - (i % 4) * 8)) & 0xff;
    if (i === 6) byte = (byte & 0x0f) | 0x50;
    else if (i === 8) byte = (byte & 0x3f) | 0x80;
    CHARS[at++] = HEX_CODES[byte >> 4];
    CHARS[at++] = HEX_CODES[byte & 15];
    if (i === 3 || i === 5 || i === 7 || i === 9) CHARS[at++] = 0x2d;
  }
  return String.fromCharCode.apply(null, CHARS as unknown as number[]);
}

// ---------------------------------------------------------------------------------------------
// Values in the forms HSDS's JSON Schema formats accept.

/** The `email` format as JSON Schema validators check it (ajv-formats, full mode). */
const HSDS_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/**
 * A web link as an RFC 3986 URI (`format: uri`): only http(s) links the kit's URL check accepts;
 * host in punycode, every character RFC 3986 does not allow in path, query or fragment escaped.
 */
export function hsdsUri(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const safe = safeUrl(value);
  if (!safe || !/^https?:/i.test(safe)) return undefined;
  const url = new URL(safe);
  const origin = `${url.protocol}//${url.host}`;
  let rest = safe.slice(origin.length);
  const hash = rest.indexOf('#');
  const encode = (part: string) =>
    part.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%?]/gu, (ch) =>
      Array.from(encoder.encode(ch), (b) => `%${HEX[b].toUpperCase()}`).join(''),
    );
  rest = hash < 0 ? encode(rest) : `${encode(rest.slice(0, hash))}#${encode(rest.slice(hash + 1))}`;
  return origin + rest;
}

/** `date` or `date-time` (offset, maybe without seconds) → RFC 3339 date-time with seconds. */
function dateTime(value: string | undefined, timeZone: string): string | undefined {
  if (!value) return undefined;
  const date = /^(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (date) return `${date[1]}T00:00:00${zoneOffset(date[1], timeZone)}`;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(value);
  return m ? `${m[1]}${m[2] ?? ':00'}${m[3].toUpperCase()}` : undefined;
}

/** The UTC offset ("+01:00") of a time zone at noon of a date; "Z" when the zone is unknown. */
function zoneOffset(date: string, timeZone: string): string {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${date}T12:00:00Z`))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /^GMT([+-]\d{2}:\d{2})$/.exec(name ?? '');
    return m ? m[1] : 'Z';
  } catch {
    return 'Z';
  }
}

// ---------------------------------------------------------------------------------------------
// The few phrases HSDS wants as text (cost, appointments), in the languages of the default
// categories (phrases.json); other languages get the English phrase.

export type HsdsPhrase = 'free' | 'reduced' | 'paid' | 'appointment' | 'wheelchair-yes' | 'wheelchair-partly' | 'wheelchair-no';
/** Phrases by language (a Map: a language such as "constructor" finds nothing and gets English). */
export const HSDS_PHRASES: ReadonlyMap<string, Readonly<Record<HsdsPhrase, string>>> = new Map(
  Object.entries(phraseTable).filter((entry): entry is [string, Record<HsdsPhrase, string>] => typeof entry[1] === 'object'),
);

function phrase(language: string, key: HsdsPhrase): string {
  return (HSDS_PHRASES.get(language.toLowerCase().split('-')[0]) ?? (HSDS_PHRASES.get('en') as Record<HsdsPhrase, string>))[key];
}

// ---------------------------------------------------------------------------------------------

/** Catalogue (validated) → HSDS 3.0 `/services` page of fully nested services. */
export function exportHsds(catalogue: Catalogue, options: HsdsExportOptions = {}): HsdsExport {
  const language = options.language?.trim() || catalogue.defaultLanguage || 'de';
  const defaultLanguage = catalogue.defaultLanguage || 'de';
  const timeZone = catalogue.timeZone || 'Europe/Berlin';
  const country = options.country ?? 'DE';
  const stateProvince = options.stateProvince ?? '';
  const scope = options.idScope ?? catalogue.publisher?.url ?? catalogue.publisher?.name ?? '';
  const id = (kind: string, key: string) => uuidV5(`${scope}\u0000${kind}\u0000${key}`);
  const text = (value: LangMap | undefined) => localText(value, language, defaultLanguage)?.text.trim() || undefined;

  const leftOut = new Map<string, Unmapped>();
  const leaveOut = (field: string, value: string, reason: string, at: string) => {
    const key = `${field}\u0000${value}`;
    const seen = leftOut.get(key);
    if (seen) seen.count++;
    else leftOut.set(key, { field, value: value.slice(0, 200), count: 1, reason, at });
  };

  const categoryNames = new Map<string, string>();
  for (const c of catalogue.categories ?? []) categoryNames.set(c.id, text(c.name) ?? c.id);
  const regionNames = new Map<string, string>();
  for (const r of catalogue.regions ?? []) regionNames.set(r.id, text(r.name) ?? r.id);

  const categoryTaxonomy: HsdsTaxonomy = {
    id: id('taxonomy', HSDS_CATEGORY_TAXONOMY),
    name: HSDS_CATEGORY_TAXONOMY,
    description: 'The categories of a Willkommen Widgets catalogue (term code = category id).',
  };
  const catalogueTaxonomy: HsdsTaxonomy = {
    id: id('taxonomy', HSDS_CATALOGUE_TAXONOMY),
    name: HSDS_CATALOGUE_TAXONOMY,
    description: 'Fields of a Willkommen Widgets catalogue that HSDS has no place for.',
  };
  const idTerm: HsdsTaxonomyTerm = {
    id: id('term', `${HSDS_CATALOGUE_TAXONOMY}/${HSDS_CATALOGUE_ID_TERM}`),
    code: HSDS_CATALOGUE_ID_TERM,
    name: 'Catalogue id',
    description: 'The id of the offer in the Willkommen Widgets catalogue it was exported from.',
    taxonomy: HSDS_CATALOGUE_TAXONOMY,
    taxonomy_id: catalogueTaxonomy.id,
    taxonomy_detail: catalogueTaxonomy,
  };
  const kitTerms = new Map<HsdsKitTerm, HsdsTaxonomyTerm>();
  const kitAttribute = (offerId: string, serviceId: string, code: HsdsKitTerm, value: string): HsdsAttribute => {
    let term = kitTerms.get(code);
    if (!term) {
      term = {
        id: id('term', `${HSDS_CATALOGUE_TAXONOMY}/${code}`),
        code,
        ...HSDS_KIT_TERMS[code],
        taxonomy: HSDS_CATALOGUE_TAXONOMY,
        taxonomy_id: catalogueTaxonomy.id,
        taxonomy_detail: catalogueTaxonomy,
      };
      kitTerms.set(code, term);
    }
    return { id: id('attribute', `${offerId}#${code}`), link_id: serviceId, link_entity: 'service', taxonomy_term_id: term.id, taxonomy_term: term, value };
  };
  const categoryTerms = new Map<string, HsdsTaxonomyTerm>();
  const categoryTerm = (categoryId: string): HsdsTaxonomyTerm => {
    let term = categoryTerms.get(categoryId);
    if (!term) {
      const name = categoryNames.get(categoryId) ?? categoryId;
      term = {
        id: id('term', `${HSDS_CATEGORY_TAXONOMY}/${categoryId}`),
        code: categoryId,
        name,
        description: name,
        taxonomy: HSDS_CATEGORY_TAXONOMY,
        taxonomy_id: categoryTaxonomy.id,
        taxonomy_detail: categoryTaxonomy,
        language,
      };
      categoryTerms.set(categoryId, term);
    }
    return term;
  };

  // Offers of one organisation share one organization object (one id), found by its name.
  const organizations = new Map<string, HsdsOrganization>();
  const organizationOf = (offer: Offer, at: string): HsdsOrganization | undefined => {
    const name = offer.organization?.name?.replace(/\s+/g, ' ').trim();
    if (!name) return undefined;
    let org = organizations.get(name);
    if (!org) {
      org = { id: id('organization', name), name, description: '' };
      organizations.set(name, org);
    }
    if (!org.website && offer.organization?.url) {
      const website = hsdsUri(offer.organization.url);
      if (website) org.website = website;
      else leaveOut('organization.url', offer.organization.url, 'not a web address HSDS accepts', at);
    }
    return org;
  };

  const languageNames = new Map<string, string>();
  let displayNames: Intl.DisplayNames | undefined;
  try {
    displayNames = new Intl.DisplayNames([language, 'en'], { type: 'language' });
  } catch {
    displayNames = undefined;
  }
  const languageName = (code: string) => {
    let name = languageNames.get(code);
    if (name === undefined) {
      try {
        name = displayNames?.of(code) ?? code;
      } catch {
        name = code;
      }
      languageNames.set(code, name);
    }
    return name;
  };

  let locations = 0;
  let schedules = 0;
  const contents: HsdsService[] = [];
  const offers = catalogue.offers ?? [];
  for (let index = 0; index < offers.length; index++) {
    const offer = offers[index];
    const at = `offers[${index}] (${offer.id})`;
    const serviceId = id('service', offer.id);
    const organization = organizationOf(offer, at);

    const summary = text(offer.summary);
    const body = text(offer.description);
    const description = summary && body && !body.startsWith(summary) ? `${summary}\n\n${body}` : (body ?? summary);

    const website = offer.contact?.website;
    const url = hsdsUri(website);
    if (website && !url) leaveOut('contact.website', website, 'not a web address HSDS accepts', at);
    let email = offer.contact?.email?.trim();
    if (email && !HSDS_EMAIL.test(email)) {
      leaveOut('contact.email', email, 'HSDS accepts only plain ASCII e-mail addresses', at);
      email = undefined;
    }
    const modified = dateTime(offer.updated, timeZone);
    const fees = [offer.cost ? phrase(language, offer.cost) : undefined, text(offer.costNote)].filter(Boolean).join('\n');
    const alert = offer.notice ? text(offer.notice.text) : undefined;
    const audience = text(offer.audience);

    const service: HsdsService = {
      id: serviceId,
      ...(organization ? { organization_id: organization.id } : {}),
      name: text(offer.title) ?? offer.id,
      ...(description ? { description } : {}),
      ...(url ? { url } : {}),
      ...(email ? { email } : {}),
      status: offer.temporarilyClosed ? 'temporarily closed' : 'active',
      ...(alert ? { alert } : {}),
      ...(audience ? { eligibility_description: audience } : {}),
      ...(fees ? { fees_description: fees } : {}),
      ...(offer.checked ? { assured_date: offer.checked.slice(0, 10) } : {}),
      ...(modified ? { last_modified: modified } : {}),
      ...(organization ? { organization } : {}),
      service_at_locations: [],
      phones: [],
      schedules: [],
      languages: [],
      cost_options: [],
      required_documents: [],
      attributes: [],
    };
    const bring = text(offer.bring);
    if (bring) service.required_documents.push({ id: id('required_document', offer.id), service_id: serviceId, document: bring });
    if (offer.cost === 'free') {
      service.cost_options.push({
        id: id('cost_option', offer.id),
        service_id: serviceId,
        option: phrase(language, 'free'),
        amount: 0,
        currency: 'EUR',
      });
    }

    // Where: the address (a physical location) and, for online offers, a virtual one.
    const place = offer.location;
    if (place && (place.street || place.postalCode || place.locality || place.lat !== undefined)) {
      const locationId = id('location', offer.id);
      const location: HsdsLocation = { id: locationId, location_type: 'physical' };
      if (organization) location.name = organization.name;
      if (place.lat !== undefined && place.lon !== undefined) {
        location.latitude = place.lat;
        location.longitude = place.lon;
      }
      if (place.street || place.postalCode || place.locality) {
        const region = place.region ? regionNames.get(place.region) : undefined;
        location.addresses = [{
          id: id('address', offer.id),
          location_id: locationId,
          address_1: place.street ?? '',
          city: place.locality ?? '',
          ...(region ? { region } : {}),
          state_province: stateProvince,
          postal_code: place.postalCode ?? '',
          country,
          address_type: 'physical',
        }];
      }
      if (offer.wheelchair) location.accessibility = [{ id: id('accessibility', offer.id), location_id: locationId, description: phrase(language, `wheelchair-${offer.wheelchair}`) }];
      service.service_at_locations.push({
        id: id('service_at_location', offer.id),
        service_id: serviceId,
        location_id: locationId,
        location,
      });
      locations++;
    }
    if (offer.online) {
      const locationId = id('location', `${offer.id}#online`);
      const location: HsdsLocation = { id: locationId, location_type: 'virtual' };
      if (organization) location.name = organization.name;
      if (url) location.url = url;
      service.service_at_locations.push({
        id: id('service_at_location', `${offer.id}#online`),
        service_id: serviceId,
        location_id: locationId,
        location,
      });
      locations++;
    }

    const phone = offer.contact?.phone?.trim();
    if (phone) service.phones.push({ id: id('phone', offer.id), service_id: serviceId, number: phone });

    // When: one weekly schedule per slot; the note and "by appointment" go with every schedule.
    const hours = offer.openingHours;
    if (hours) {
      const note = text(hours.note);
      const notes = hours.appointmentOnly ? phrase(language, 'appointment') : undefined;
      const extra = { ...(note ? { description: note } : {}), ...(notes ? { notes } : {}) };
      const slots: readonly OpeningSlot[] = hours.weekly ?? [];
      slots.forEach((slot, i) => {
        const days = WEEKDAYS.filter((d) => slot.days.includes(d));
        if (days.length === 0) return;
        service.schedules.push({
          id: id('schedule', `${offer.id}#${i}`),
          service_id: serviceId,
          freq: 'WEEKLY',
          interval: 1,
          byday: days.map((d) => d.toUpperCase()).join(','),
          opens_at: slot.opens,
          closes_at: slot.closes,
          ...extra,
        });
      });
      if (service.schedules.length === 0 && (note || notes)) {
        service.schedules.push({ id: id('schedule', `${offer.id}#note`), service_id: serviceId, ...extra });
      }
      schedules += service.schedules.length;
    }

    for (const code of offer.languages ?? []) {
      service.languages.push({
        id: id('language', `${offer.id}#${code}`),
        service_id: serviceId,
        name: languageName(code),
        code,
      });
    }

    for (const categoryId of offer.categories ?? []) {
      const term = categoryTerm(categoryId);
      service.attributes.push({
        id: id('attribute', `${offer.id}#category#${categoryId}`),
        link_id: serviceId,
        link_entity: 'service',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      });
    }
    const booking = hsdsUri(offer.booking);
    if (offer.booking && !booking) leaveOut('booking', offer.booking, 'not a web address HSDS accepts', at);
    if (booking) service.attributes.push(kitAttribute(offer.id, serviceId, 'booking', booking));
    if (alert && offer.notice?.until) service.attributes.push(kitAttribute(offer.id, serviceId, 'notice-until', offer.notice.until));
    if (offer.wheelchair && !service.service_at_locations.some((sal) => sal.location.accessibility)) service.attributes.push(kitAttribute(offer.id, serviceId, 'wheelchair', offer.wheelchair));
    service.attributes.push({
      id: id('attribute', `${offer.id}#catalogue-id`),
      link_id: serviceId,
      link_entity: 'service',
      taxonomy_term_id: idTerm.id,
      taxonomy_term: idTerm,
      value: offer.id,
    });

    contents.push(service);
  }

  return {
    document: {
      total_items: contents.length,
      total_pages: 1,
      page_number: 1,
      size: contents.length,
      first_page: true,
      last_page: true,
      empty: contents.length === 0,
      contents,
    },
    language,
    counts: { services: contents.length, organizations: organizations.size, locations, schedules },
    skipped: { events: catalogue.events?.length ?? 0, jobs: catalogue.jobs?.length ?? 0 },
    leftOut: [...leftOut.values()],
  };
}
