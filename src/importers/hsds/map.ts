/**
 * One HSDS service (in the nested 3.0 JSON shape; the tabular reader builds the same shape from
 * CSV rows) → catalogue offers, one for each place the service is offered at. Every value is
 * read defensively: HSDS data in the wild has numbers as text, text as numbers, nulls and markup.
 */
import languageTable from '../../catalogue/data/language-names.json';
import { languageCode, languageCodes } from '../../catalogue/languages.js';
import { repairEmail, repairPhone, repairWebUrl, wheelchairFromText } from '../../catalogue/repair.js';
import { safeUrl } from '../../catalogue/url.js';
import { DATE, ID, isValidDate, LIMITS } from '../../catalogue/limits.js';
import { COSTS, type Cost, type Wheelchair } from '../../catalogue/values.js';
import type { SafeLog } from '../log.js';
import { excerpt, hash, idPart, plainLine, plainText, shorten, trimEnd } from '../text.js';
import type { CategoryMapper, Term, TermLookup } from './categories.js';
import { HSDS_CATALOGUE_ID_TERM, HSDS_CATALOGUE_TAXONOMY, HSDS_PHRASES, type HsdsKitTerm, type HsdsPhrase } from './export.js';
import { dateOf, groupSlots, readHolidays, readSchedules, type HoursContext, type Labels } from './schedules.js';
import { field, fill, isObj, items, object, objects, str, type Obj } from './values.js';

export interface MapContext extends HoursContext {
  log: SafeLog;
  labels: Labels;
  categories: CategoryMapper;
  termLookup: TermLookup;
  ids: Set<string>;
  offers: Record<string, unknown>[];
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const GERMANY = { latMin: 47.2, latMax: 55.1, lonMin: 5.8, lonMax: 15.1 };
const KNOWN_CODES = new Set(Object.values(languageTable.names));
const CLOSED_STATUS = new Set(['inactive', 'defunct', 'closed', 'deleted', 'permanently closed', 'archived']);
const FREE = /^(?:free(?: of charge)?|no fees?|none|no charge|no cost|\$ ?0(?:\.00)?|0(?:[.,]00)? ?(?:€|eur|usd|\$)?|kostenlos|kostenfrei|gratis|keine(?: gebühren| kosten)?|ohne kosten|umsonst|entgeltfrei|gebührenfrei|teilnahme kostenlos)$/i;
const PRICE = /^(?:[$€£] ?\d|\d+(?:[.,]\d{1,2})? ?(?:€|\$|£|eur\b|euros?\b|usd\b|dollars?\b|gbp\b))/i;
const UNCERTAIN_PRICE = /free|donat|sliding|vary|varies|variable|waive|reduc|discount|scholarship|insurance|medicaid|medicare|kostenlos|spende|ermäßig|ermaessig|nach vereinbarung/i;
const NOT_VOICE = /fax|tty|tdd|textphone|pager|sms|\btext\b|video|modem/i;
const PO_BOX = /\b(?:p\.?\s*o\.?\s*box|post office box|postfach)\b/i;
/** A date that the kit's export wrote as midnight of that day. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** How a phrase is compared: lower case, without closing punctuation. */
const phraseKey = (text: string) => trimEnd(text.toLowerCase(), '.!。 ');
/** The phrases the kit's HSDS export writes for a cost or "by appointment only", in every language it writes. */
const KIT_PHRASES = new Map<string, HsdsPhrase>();
for (const phrases of HSDS_PHRASES.values()) {
  for (const [key, text] of Object.entries(phrases) as [HsdsPhrase, string][]) KIT_PHRASES.set(phraseKey(text), key);
}
const kitPhrase = (text: string) => KIT_PHRASES.get(phraseKey(text));
/** The cost a phrase of the kit's export stands for. */
const kitCost = (text: string): Cost | undefined => {
  const phrase = kitPhrase(text);
  return (COSTS as readonly string[]).includes(phrase ?? '') ? (phrase as Cost) : undefined;
};

/** Text cut to a limit, with the cut logged. */
function limited(text: string, max: number, what: string, ctx: MapContext, at: string): string {
  if (text.length <= max) return text;
  ctx.log.unmapped(what, text, `longer than ${max} characters; shortened`, at);
  return shorten(text, max);
}

const urlCache = new Map<string, string | undefined>();

function webUrl(value: string, ctx: MapContext, at: string): string | undefined {
  if (!value) return undefined;
  let url = urlCache.get(value);
  if (url === undefined && !urlCache.has(value)) {
    url = value.length <= LIMITS.url ? repairWebUrl(value) : undefined;
    // Organisations' addresses repeat; a bounded cache spares the URL parser.
    if (urlCache.size > 10_000) urlCache.clear();
    urlCache.set(value, url);
  }
  if (!url) ctx.log.unmapped('link', plainLine(value), 'not a usable web address (only http and https links are kept); left out', at);
  return url;
}

function emailOf(value: string, ctx: MapContext, at: string): string | undefined {
  if (!value) return undefined;
  const repaired = value.length <= 1_000 ? repairEmail(value) : undefined;
  // The validator also builds the mailto: link; an address it would refuse is left out here.
  const email = repaired && safeUrl(`mailto:${repaired}`) ? repaired : undefined;
  if (!email) ctx.log.unmapped('email', plainLine(value), 'not an e-mail address; left out', at);
  return email;
}

/** The phone text to show: the number as written, and the phones table's extension ("ext. 12", "Durchwahl 12"). */
function phoneOf(phone: Obj, ctx: MapContext, at: string): string | undefined {
  const raw = plainLine(field(phone, 'number', 'phone', 'value', 'phone_number'));
  if (raw.length > 200) {
    ctx.log.unmapped('phone', raw, 'too long for a phone number; left out', at);
    return undefined;
  }
  const number = trimEnd(raw.replace(/^["'“”„]+/, ''), '"\'“”').trim();
  if (!number) return undefined;
  const extension = plainLine(field(phone, 'extension', 'ext')).replace(/\.0+$/, '');
  const text = extension && !/(?:^|[\s,;(])(?:x|ext\.?|extension|durchwahl|dw\.?)\s*\d/i.test(number) ? fill(ctx.labels.extension, { number, extension }) : number;
  const repaired = repairPhone(text);
  if (!repaired) ctx.log.unmapped('phone', text, 'not a phone number (no number to dial in it, or too long); left out', at);
  return repaired;
}

function isVoice(phone: Obj): boolean {
  return !NOT_VOICE.test(field(phone, 'type', 'number_type', 'phone_type', 'kind'));
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const s = str(value);
  if (!/^[+-]?\d{1,3}(?:[.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

/** A point written as "[lon, lat]", "lon, lat", "POINT(lon lat)", [lon, lat] or a GeoJSON Point: [lon, lat]. */
function pointOf(value: unknown): [number, number] | undefined {
  if (isObj(value) && Array.isArray(value.coordinates)) return pointOf(value.coordinates);
  if (Array.isArray(value) && value.length === 2) {
    const [a, b] = value.map(numberOf);
    return a !== undefined && b !== undefined ? [a, b] : undefined;
  }
  const s = str(value);
  if (s.length > 100) return undefined;
  const m = /^\s*(?:point\s*)?[[(]?\s*([+-]?\d{1,3}(?:\.\d+)?)\s*[,\s]\s*([+-]?\d{1,3}(?:\.\d+)?)\s*[\])]?\s*$/i.exec(s);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function coordinates(location: Obj, country: string, ctx: MapContext, at: string): { lat: number; lon: number } | undefined {
  let lat = numberOf(location.latitude ?? location.lat);
  let lon = numberOf(location.longitude ?? location.lon ?? location.lng);
  if (lat === undefined && lon === undefined) {
    for (const key of ['coordinates', 'geometry', 'point', 'geo', 'position', 'latitude', 'longitude', 'location']) {
      const point = Object.hasOwn(location, key) ? pointOf(location[key]) : undefined;
      if (point) {
        [lon, lat] = point;
        break;
      }
    }
  }
  if (lat === undefined && lon === undefined) {
    const raw = field(location, 'latitude', 'longitude');
    if (raw) ctx.log.unmapped('coordinates', raw, 'not a number; left out', at);
    return undefined;
  }
  if (lat === undefined || lon === undefined) {
    ctx.log.unmapped('coordinates', `${field(location, 'latitude')} ${field(location, 'longitude')}`.trim(), 'only one of latitude and longitude; left out', at);
    return undefined;
  }
  if (lat === 0 && lon === 0) {
    ctx.log.unmapped('coordinates', '0, 0', 'not a real place; left out', at);
    return undefined;
  }
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    ctx.log.unmapped('coordinates', `${lat}, ${lon}`, 'latitude and longitude were swapped; swapped back', at);
    [lat, lon] = [lon, lat];
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    ctx.log.unmapped('coordinates', `${lat}, ${lon}`, 'out of range; left out', at);
    return undefined;
  }
  const inGermany = (y: number, x: number) => y >= GERMANY.latMin && y <= GERMANY.latMax && x >= GERMANY.lonMin && x <= GERMANY.lonMax;
  if (/^(?:|de|deu|germany|deutschland)$/i.test(country) && !inGermany(lat, lon) && inGermany(lon, lat)) {
    ctx.log.unmapped('coordinates', `${lat}, ${lon}`, 'latitude and longitude were swapped (swapped, they lie in Germany); swapped back', at);
    [lat, lon] = [lon, lat];
  }
  return { lat, lon };
}

function address(a: Obj | undefined, ctx: MapContext, at: string): Record<string, string> {
  if (!a) return {};
  const out: Record<string, string> = {};
  const street = [field(a, 'address_1', 'address1', 'street', 'street_address'), field(a, 'address_2', 'address2'), field(a, 'address_3'), field(a, 'address_4')]
    .map((s) => plainLine(s))
    .filter(Boolean)
    .join(', ');
  if (street && !PO_BOX.test(street)) out.street = limited(street, LIMITS.street, 'street', ctx, at);
  const postalCode = plainLine(field(a, 'postal_code', 'zip', 'zip_code', 'postcode'));
  if (postalCode) {
    if (postalCode.length <= LIMITS.postalCode && /^[A-Za-z0-9 -]*$/.test(postalCode)) out.postalCode = postalCode;
    else ctx.log.unmapped('postal code', postalCode, 'not a postal code; left out', at);
  }
  const locality = plainLine(field(a, 'city', 'locality', 'town'));
  if (locality) out.locality = limited(locality, LIMITS.locality, 'locality', ctx, at);
  return out;
}

function isPostal(a: Obj): boolean {
  return /postal|mail/i.test(field(a, 'address_type', 'type'));
}

/** Language codes of language objects ({name, code}) and lists written as text; unknown names are logged. */
function languagesOf(items: readonly unknown[], into: string[], ctx: MapContext, at: string): void {
  const add = (code: string) => {
    if (!into.includes(code)) into.push(code);
  };
  const fromText = (raw: string) => {
    const text = plainLine(raw);
    if (text.length > 1_000) {
      ctx.log.unmapped('language', text, 'too long for a list of languages; left out', at);
      return;
    }
    const { codes, unknown } = languageCodes(text);
    for (const code of codes) {
      // A three-letter word that the table does not know ("All", "TBD") is not taken for a code.
      if (/^[a-z]{3}$/.test(code) && !KNOWN_CODES.has(code)) unknown.push(code);
      else add(code);
    }
    for (const name of unknown) ctx.log.unmapped('language', name, 'not a language the name table knows; left out', at);
  };
  for (const item of items) {
    if (isObj(item)) {
      const code = field(item, 'code', 'language_code');
      const fromCode = code ? languageCode(code) : undefined;
      if (fromCode) add(fromCode);
      else {
        const name = field(item, 'name', 'language');
        if (name) fromText(name);
        else if (code) fromText(code);
      }
    } else if (typeof item === 'string' && item.trim()) fromText(item);
  }
}

function termOf(value: unknown): Term | undefined {
  if (!isObj(value)) return undefined;
  const detail = object(value, 'taxonomy_detail');
  const term: Term = {
    id: field(value, 'id', 'taxonomy_term_id') || undefined,
    code: field(value, 'code') || undefined,
    name: plainLine(field(value, 'name', 'term')) || undefined,
    taxonomy: field(value, 'taxonomy', 'vocabulary') || field(detail, 'name') || undefined,
    parentId: field(value, 'parent_id') || undefined,
  };
  return term.id || term.code || term.name ? term : undefined;
}

function updatedOf(value: string, fromKit: boolean, ctx: MapContext, at: string): string | undefined {
  if (!value) return undefined;
  // The kit's export writes a date as midnight of that day.
  const midnight = fromKit ? MIDNIGHT.exec(value) : null;
  if (midnight && isValidDate(midnight[1])) return midnight[1];
  if (DATE_TIME.test(value) && isValidDate(value)) return value;
  const date = dateOf(value);
  if (date && Number(date.slice(0, 4)) >= 1900) return date;
  ctx.log.unmapped('date', value, 'not a date; left out', at);
  return undefined;
}

/**
 * Cost from fee texts and cost options: free and paid only when certain; the costs in words. A
 * service of the kit's export (`fromKit`) says its cost in a phrase: its other text is words only.
 */
function costOf(service: Obj, fromKit: boolean): { cost?: Cost; text: string } {
  const texts: string[] = [];
  let cost: Cost | undefined;
  for (const raw of [field(service, 'fees_description'), field(service, 'fees'), field(service, 'fee')]) {
    const text = plainText(raw);
    if (!text || texts.includes(text)) continue;
    // The kit's export writes the cost as one of its phrases (exactly that cost, no text), then
    // on the next lines the costs in words.
    const lines = text.split('\n');
    const phrase = kitCost(lines[0]);
    if (phrase) {
      cost ??= phrase;
      const rest = lines.slice(1).join('\n').trim();
      if (rest) texts.push(rest);
      continue;
    }
    if (fromKit) {
      texts.push(text);
      continue;
    }
    const first = text.split(/[.;!\n]/)[0].trim();
    const bare = trimEnd(text, '.! \n');
    if (FREE.test(bare) || FREE.test(first)) {
      cost ??= 'free';
      if (!FREE.test(bare)) texts.push(text);
      continue;
    }
    if (PRICE.test(text) && !UNCERTAIN_PRICE.test(text)) cost = 'paid';
    texts.push(text);
  }
  const options = objects(service, 'cost_options');
  const amounts = options.map((o) => Number(str(o.amount).replace(',', '.'))).filter((n) => Number.isFinite(n));
  if (amounts.length && amounts.every((n) => n === 0)) cost ??= 'free';
  if (amounts.some((n) => n > 0) && cost !== 'free') cost = 'paid';
  for (const o of options) {
    const amount = str(o.amount);
    const option = plainLine(field(o, 'option'));
    const described = plainLine(field(o, 'amount_description'));
    // "Free" at no cost says no more than the cost itself.
    if (amount !== '' && Number(amount.replace(',', '.')) === 0 && !described && (!option || FREE.test(trimEnd(option, '.! ')) || kitPhrase(option) === 'free')) continue;
    const price = [amount && amount !== '0' ? `${amount} ${field(o, 'currency').toUpperCase()}`.trim() : '', described].filter(Boolean).join(' ');
    const text = [option, price].filter(Boolean).join(': ');
    if (text) texts.push(text);
  }
  return { ...(cost ? { cost } : {}), text: texts.join('; ') };
}

/**
 * The offer's id: `wanted` (the catalogue id the kit's export keeps) when it is a usable id not yet
 * taken, else one made from the service's and the place's ids.
 */
function offerId(serviceId: string, placeId: string, ctx: MapContext, wanted?: string): string {
  if (wanted && ID.test(wanted) && wanted.length <= LIMITS.id && !ctx.ids.has(wanted)) {
    ctx.ids.add(wanted);
    return wanted;
  }
  // Ids as long as a paragraph are cut (and told apart by a hash of the whole).
  const cut = (raw: string) => (raw.length > 80 ? `${raw.slice(0, 60)}-${hash(raw, 36)}` : raw);
  const base = idPart(`hsds-${cut(serviceId)}${placeId ? `-${cut(placeId)}` : ''}`);
  let id = base.length > LIMITS.id ? `${base.slice(0, 90)}-${hash(base, 36)}` : base;
  if (!ID.test(id)) id = `hsds-${hash(base, 36)}`;
  for (let n = 2; ctx.ids.has(id); n++) id = `${(base.length > 90 ? base.slice(0, 90) : base)}-${n}`;
  ctx.ids.add(id);
  return id;
}

/** The places of a service: its service-at-location entries, else its locations, else none. */
function placesOf(service: Obj): { sal: Obj; location: Obj | undefined }[] {
  const sals = objects(service, 'service_at_locations', 'service_at_location', 'services_at_location');
  if (sals.length) return sals.map((sal) => ({ sal, location: object(sal, 'location') }));
  const locations = objects(service, 'locations', 'location');
  return locations.map((location) => ({ sal: {}, location }));
}

function isVirtual(location: Obj): boolean {
  return /virtual|online/i.test(field(location, 'location_type', 'type')) || /^(?:true|yes|1)$/i.test(field(location, 'virtual'));
}

function isKitTerm(term: Term | undefined, code?: string): boolean {
  return term?.taxonomy === HSDS_CATALOGUE_TAXONOMY && (code === undefined || term.code === code);
}

/**
 * The kit's export keeps the catalogue id of each offer in an attribute (taxonomy
 * willkommen-catalogue, term catalogue-id): `found` when the service has that attribute, `id` its
 * value; `values`, the other fields it keeps in attributes of that taxonomy (booking, …), by term.
 */
function catalogueIdOf(service: Obj, ctx: MapContext): { found: boolean; id?: string; values: Map<string, string> } {
  const values = new Map<string, string>();
  let found = false;
  let id: string | undefined;
  for (const a of objects(service, 'attributes')) {
    let term = termOf(object(a, 'taxonomy_term'));
    const termId = field(a, 'taxonomy_term_id');
    if (!term && termId) term = ctx.termLookup(termId);
    if (!isKitTerm(term)) continue;
    const value = field(a, 'value');
    if (term?.code === HSDS_CATALOGUE_ID_TERM) {
      if (!found) id = value || undefined;
      found = true;
    } else if (term?.code && value && !values.has(term.code)) values.set(term.code, value);
  }
  return { found, ...(id ? { id } : {}), values };
}

/** A value the kit's export kept in an attribute of its taxonomy. */
const kitValue = (catalogue: { values: Map<string, string> }, term: HsdsKitTerm) => catalogue.values.get(term);

/**
 * Wheelchair access from the accessibility entries of a location (3.0 `accessibility`, 2.x
 * `accessibility_for_disabilities`): the kit's phrases and phrases about wheelchairs ("Wheelchair
 * accessible", "nicht barrierefrei"); entries that say one thing and entries that say another give
 * `partly`. Entries about something else are logged, not guessed.
 */
function wheelchairOf(location: Obj | undefined, ctx: MapContext, at: string): Wheelchair | undefined {
  const found = new Set<Wheelchair>();
  for (const item of items(location, 'accessibility', 'accessibility_for_disabilities')) {
    const texts = isObj(item) ? [field(item, 'description', 'accessibility'), field(item, 'details')] : [str(item)];
    const text = plainLine(texts.filter(Boolean).join(' – '));
    if (!text) continue;
    const phrase = kitPhrase(text);
    const value = phrase?.startsWith('wheelchair-') ? (phrase.slice(11) as Wheelchair) : wheelchairFromText(text);
    if (value) found.add(value);
    else ctx.log.unmapped('accessibility', text, 'not about wheelchair access, or not clear about it; left out', at);
  }
  if (found.size === 0) return undefined;
  return found.size === 1 ? [...found][0] : 'partly';
}

/** A text for a next-step field, or undefined when it is longer than the field takes (it then stays in the description). */
function nextStepText(text: string): string | undefined {
  return text && text.length <= LIMITS.nextStep ? text : undefined;
}

/** The first voice phone of the lists, in order. */
function firstPhone(lists: readonly Obj[][], ctx: MapContext, at: string): string | undefined {
  for (const list of lists) {
    for (const p of list) {
      if (!isVoice(p)) continue;
      const phone = phoneOf(p, ctx, at);
      if (phone) return phone;
    }
  }
  return undefined;
}

function contactPhones(contacts: readonly Obj[]): Obj[] {
  return contacts.flatMap((c) => objects(c, 'phones'));
}

/** Maps one service; the offers go to ctx.offers. Returns the number of offers made. */
export function mapService(service: Obj, at: string, ctx: MapContext, missingOrganization?: string): number {
  const name = plainLine(field(service, 'name'));
  const status = field(service, 'status').toLowerCase();
  if (CLOSED_STATUS.has(status)) {
    ctx.log.skip(at, `the service ${name ? `"${shorten(name, 60)}" ` : ''}has the status "${shorten(plainLine(status), 40)}"`);
    return 0;
  }
  let serviceId = field(service, 'id');
  const organization = object(service, 'organization');
  if (!serviceId) {
    if (!name) {
      ctx.log.skip(at, 'the service has neither an id nor a name');
      return 0;
    }
    serviceId = `x${hash(`${name}\u0000${field(organization, 'name')}\u0000${field(service, 'description').slice(0, 200)}`, 36)}`;
    ctx.log.unmapped('id', name, 'the service has no id; one was made from its name', at);
  }
  if (missingOrganization) ctx.log.unmapped('organization', missingOrganization, 'not in the data; the offer has no organisation', at);
  // A service the kit's export wrote: its description is the summary, an empty line and the
  // description, and its link is the offer's own (no other link stands in for it).
  const catalogue = catalogueIdOf(service, ctx);
  const fromKit = catalogue.found;

  // What all places of the service share.
  const orgName = limited(plainLine(field(organization, 'name')), LIMITS.name, 'organization name', ctx, at);
  const orgUrl = webUrl(field(organization, 'website', 'url'), ctx, at);
  const description = plainText(field(service, 'description'));
  const serviceUrl = webUrl(field(service, 'url', 'website'), ctx, at);
  const serviceEmail = emailOf(field(service, 'email'), ctx, at);
  const serviceContacts = objects(service, 'contacts');
  const orgContacts = objects(organization, 'contacts');
  const languages: string[] = [];
  languagesOf([...items(service, 'languages'), ...objects(service, 'phones').flatMap((p) => items(p, 'languages'))], languages, ctx, at);

  const categories: string[] = [];
  const terms = [
    ...objects(service, 'attributes').map((a) => object(a, 'taxonomy_term') ?? (field(a, 'taxonomy_term_id') ? { id: field(a, 'taxonomy_term_id') } : undefined)),
    ...objects(service, 'taxonomy_terms', 'taxonomies'),
  ];
  for (const raw of terms) {
    let term = termOf(raw);
    if (term?.id && !term.name && !term.code) term = ctx.termLookup(term.id) ?? term;
    // The kit's catalogue fields (the catalogue id) are no topic.
    if (!term || isKitTerm(term)) continue;
    const category = ctx.categories.categoryOf(term, ctx.termLookup, at);
    if (category && !categories.includes(category)) categories.push(category);
  }
  if (categories.length > LIMITS.listItems) {
    ctx.log.unmapped('categories', `${categories.length} categories`, `more than ${LIMITS.listItems}; the rest are left out`, at);
    categories.length = LIMITS.listItems;
  }

  const { cost, text: feeText } = costOf(service, fromKit);
  const extras: string[] = [];
  // Who it is for: the eligibility and the ages, as `audience` (in the description when too long).
  const eligibility = plainText(field(service, 'eligibility_description', 'eligibility'));
  const min = field(service, 'minimum_age');
  const max = field(service, 'maximum_age');
  const minAge = /^\d{1,3}$/.test(min) ? min : '';
  const maxAge = /^\d{1,3}$/.test(max) ? max : '';
  let ages = '';
  // "0 to 120" says nothing: no line for it.
  if (minAge && maxAge && !(minAge === '0' && Number(maxAge) >= 99)) ages = fill(ctx.labels.agesBetween, { min: minAge, max: maxAge });
  else if (minAge && minAge !== '0') ages = fill(ctx.labels.agesFrom, { min: minAge });
  else if (maxAge && !minAge) ages = fill(ctx.labels.agesTo, { max: maxAge });
  const audience = nextStepText([eligibility, ages].filter(Boolean).join('\n'));
  if (!audience) {
    if (eligibility) extras.push(fill(ctx.labels.eligibility, { text: eligibility }));
    if (ages) extras.push(ages);
  }
  // Costs in words as `costNote` (in the description when too long).
  const costNote = nextStepText(feeText);
  if (feeText && !costNote) extras.push(fill(ctx.labels.fees, { text: feeText }));
  const apply = plainText(field(service, 'application_process'));
  if (apply) extras.push(fill(ctx.labels.apply, { text: apply }));
  const interpretation = plainText(field(service, 'interpretation_services'));
  if (interpretation) extras.push(fill(ctx.labels.interpretation, { text: interpretation }));

  const updated = updatedOf(field(service, 'last_modified', 'updated_at', 'updated', 'last_updated', 'modified'), fromKit, ctx, at);
  const checked = updatedOf(field(service, 'assured_date'), fromKit, ctx, at);
  // What to bring: the required documents, one after the other.
  const documents = objects(service, 'required_documents', 'required_document').map((d) => plainLine(field(d, 'document', 'name', 'description'))).filter(Boolean);
  const bring = nextStepText([...new Set(documents)].join(', '));
  if (documents.length && !bring) extras.push([...new Set(documents)].join(', '));
  // A short-term alert, with the last day the kit's export kept.
  const alert = limited(plainText(field(service, 'alert')), LIMITS.nextStep, 'alert', ctx, at);
  const until = kitValue(catalogue, 'notice-until');
  const noticeUntil = until && (DATE.test(until) || DATE_TIME.test(until)) && isValidDate(until) ? until : undefined;
  if (until && !noticeUntil) ctx.log.unmapped('alert until', until, 'not a date; left out', at);
  const notice = alert ? { text: alert, ...(noticeUntil ? { until: noticeUntil } : {}) } : undefined;
  const booking = kitValue(catalogue, 'booking') ? webUrl(kitValue(catalogue, 'booking') as string, ctx, at) : undefined;
  const kitWheelchair = kitValue(catalogue, 'wheelchair');
  const serviceWheelchair = kitWheelchair && ['yes', 'partly', 'no'].includes(kitWheelchair) ? (kitWheelchair as Wheelchair) : undefined;
  const temporarilyClosed = status === 'temporarily closed' || status === 'temporarily_closed';

  // A virtual location beside physical ones says the service is also online: no offer of its own.
  const allPlaces = placesOf(service);
  const virtualPlaces = allPlaces.filter((p) => p.location && isVirtual(p.location));
  const alsoOnline = virtualPlaces.length > 0 && virtualPlaces.length < allPlaces.length;
  const places = alsoOnline ? allPlaces.filter((p) => !virtualPlaces.includes(p)) : allPlaces;
  const listsPlaces = ['service_at_locations', 'service_at_location', 'services_at_location', 'locations', 'location'].some((k) => Object.hasOwn(service, k));
  let made = 0;
  for (const { sal, location } of places.length ? places : [{ sal: {} as Obj, location: undefined }]) {
    const loc = location ?? {};
    const placeId = field(loc, 'id') || field(sal, 'location_id') || field(sal, 'id');
    const placeAt = placeId && places.length > 1 ? `${at} (location ${shorten(placeId, 60)})` : at;
    const locName = plainLine(field(loc, 'name'));
    let title = name || locName || plainLine(field(service, 'alternate_name'));
    if (!title) {
      ctx.log.skip(at, 'the service has no name');
      continue;
    }
    title = limited(title, LIMITS.title, 'title', ctx, placeAt);

    const wantedId = places.length <= 1 ? catalogue.id : undefined;
    const offer: Record<string, unknown> = { id: offerId(serviceId, places.length ? placeId : '', ctx, wantedId), title };
    if (wantedId && offer.id !== wantedId) ctx.log.unmapped('catalogue id', wantedId, 'not a usable id, or the id of another offer; the offer has an id of its own', placeAt);

    // Texts: the service's description as the summary (or a lead from it), the rest below.
    const salDescription = plainText(field(sal, 'description'));
    const locDescription = description ? '' : plainText(field(loc, 'description'));
    const lead = description || salDescription || locDescription;
    const body: string[] = [];
    const split = fromKit ? lead.indexOf('\n\n') : -1;
    if (split > 0 && split <= LIMITS.summary) {
      offer.summary = lead.slice(0, split);
      body.push(lead.slice(split + 2));
    } else if (lead) {
      if (lead.length <= LIMITS.summary) offer.summary = lead;
      else {
        offer.summary = excerpt(lead, 300);
        body.push(lead);
      }
    }
    if (salDescription && salDescription !== lead) body.push(salDescription);
    if (locDescription && locDescription !== lead) body.push(locDescription);
    body.push(...extras);
    if (body.length) offer.description = limited(body.join('\n\n'), LIMITS.description, 'description', ctx, placeAt);

    if (categories.length) offer.categories = [...categories];

    const placeLanguages = [...languages];
    languagesOf([...items(loc, 'languages'), ...objects(sal, 'phones').flatMap((p) => items(p, 'languages')), ...objects(loc, 'phones').flatMap((p) => items(p, 'languages'))], placeLanguages, ctx, placeAt);
    if (placeLanguages.length) offer.languages = placeLanguages.slice(0, LIMITS.listItems);

    if (orgName) offer.organization = { name: orgName, ...(orgUrl ? { url: orgUrl } : {}) };

    // Where: the physical address, else the postal one (without a post-office box).
    const addresses = objects(loc, 'addresses', 'physical_addresses', 'physical_address', 'address');
    const physical = addresses.find((a) => !isPostal(a));
    const postal = addresses.find(isPostal) ?? objects(loc, 'postal_addresses', 'postal_address', 'mail_address')[0];
    const chosen = physical ?? postal;
    const virtual = isVirtual(loc);
    if (location && !virtual) {
      const place: Record<string, unknown> = address(chosen, ctx, placeAt);
      const point = coordinates(loc, field(chosen, 'country'), ctx, placeAt);
      if (point) Object.assign(place, point);
      if (Object.keys(place).length) offer.location = place;
    }
    const website = fromKit
      ? serviceUrl
      : serviceUrl ?? webUrl(field(loc, 'url', 'website'), ctx, placeAt) ?? (alsoOnline ? webUrl(field(virtualPlaces[0].location, 'url', 'website'), ctx, placeAt) : undefined) ?? orgUrl;
    // No place at all (in a record that lists its places) but a website: an online service.
    if (virtual || alsoOnline || (!location && website && listsPlaces)) offer.online = true;

    // How to reach it: the service's phone, else the location's, else the organisation's.
    const salContacts = objects(sal, 'contacts');
    const locContacts = objects(loc, 'contacts');
    const phone = firstPhone(
      [objects(sal, 'phones'), contactPhones(salContacts), objects(service, 'phones'), contactPhones(serviceContacts), objects(loc, 'phones'), contactPhones(locContacts), objects(organization, 'phones'), contactPhones(orgContacts)],
      ctx,
      placeAt,
    );
    let email = serviceEmail;
    for (const candidate of [...salContacts, ...serviceContacts, loc, ...locContacts, organization ?? {}, ...orgContacts]) {
      if (email) break;
      email = emailOf(field(candidate, 'email'), ctx, placeAt);
    }
    const contact = { ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(website ? { website } : {}) };
    if (Object.keys(contact).length) offer.contact = contact;

    // When: schedules of the service at this place, else of the service, else of the location.
    const ownSchedules = (o: Obj | undefined, key: string) =>
      objects(o, key).filter((s) => {
        const sLoc = field(s, 'location_id');
        return !sLoc || !placeId || sLoc === placeId;
      });
    let reading = { slots: [] as ReturnType<typeof readSchedules>['slots'], notes: [] as string[] };
    for (const source of [sal, service, loc]) {
      const items = [...ownSchedules(source, 'schedules'), ...ownSchedules(source, 'regular_schedules')];
      if (!items.length) continue;
      // The most specific schedules win, even where none of their lines can be read.
      reading = readSchedules(items, ctx, placeAt);
      break;
    }
    let holidays: string[] = [];
    for (const source of [sal, service, loc]) {
      const items = ownSchedules(source, 'holiday_schedules');
      if (!items.length) continue;
      holidays = readHolidays(items, ctx, placeAt);
      break;
    }
    const weekly = groupSlots(reading.slots, ctx, placeAt, fromKit);
    // "By appointment only" in the words of the kit's export is no note but what it says.
    const notes = reading.notes.filter((n) => kitPhrase(n) !== 'appointment');
    const noteText = [...notes, ...holidays].join('\n');
    const hours: Record<string, unknown> = {};
    if (weekly.length) hours.weekly = weekly;
    if (notes.length < reading.notes.length) hours.appointmentOnly = true;
    if (noteText) hours.note = limited(noteText, LIMITS.note, 'opening-hours note', ctx, placeAt);
    if (Object.keys(hours).length) offer.openingHours = hours;

    if (temporarilyClosed) offer.temporarilyClosed = true;
    if (cost) offer.cost = cost;
    if (costNote) offer.costNote = costNote;
    if (updated) offer.updated = updated;
    if (checked) offer.checked = checked;
    if (booking) offer.booking = booking;
    if (bring) offer.bring = bring;
    if (audience) offer.audience = audience;
    const wheelchair = (location && !virtual ? wheelchairOf(location, ctx, placeAt) : undefined) ?? serviceWheelchair;
    if (wheelchair) offer.wheelchair = wheelchair;
    if (notice) offer.notice = { ...notice };

    ctx.offers.push(offer);
    made++;
  }
  return made;
}
