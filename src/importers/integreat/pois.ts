/**
 * Integreat POIs (the `locations/` endpoint) → catalogue offers, one offer per POI with the texts
 * of every language read.
 */
import { DEFAULT_CATEGORIES } from '../../catalogue/categories.js';
import { repairBoolean } from '../../catalogue/repair.js';
import { LIMITS, type Category, type Offer } from '../../catalogue/schema.js';
import type { ImportLog } from '../log.js';
import { plainLine, shorten, toPlainText } from '../text.js';
import type { ImportOptions } from '../types.js';
import categoryTable from './categories.json';
import { IdSet, email, idText, isObject, langMap, line, mapLocation, phone, safeId, str, updatedDate, webUrl, type Json } from './common.js';
import { mapOpeningHours } from './hours.js';
import type { Dataset } from './read.js';

const BY_NAME: Readonly<Record<string, string>> = categoryTable.byName;
const BY_ICON: Readonly<Record<string, string>> = categoryTable.byIcon;
const DEFAULT_IDS = new Set(DEFAULT_CATEGORIES.map((c) => c.id));
/** A summary made from the whole text is cut here: it is shown in lists. */
const SUMMARY_FROM_TEXT = 300;

interface Texts {
  title?: string;
  summary?: string;
  description?: string;
  category?: string;
}

/** One POI as read in every language. */
export interface PoiItem {
  /** The record of the first language it was found in: every field that has no language. */
  record: Json;
  tag: string;
  at: string;
  objectId?: string;
  translationId?: string;
  texts: Map<string, Texts>;
  updated: string[];
}

/** Keys under which a record can be found from its other languages (`available_languages`). */
export function languageKeys(record: Json, slug: string, suffix = ''): string[] {
  const keys: string[] = [];
  const own = idText(record.id);
  if (own) keys.push(`${slug}|id:${own}${suffix}`);
  const path = str(record.path);
  if (path) keys.push(`${slug}|path:${path}`);
  if (isObject(record.available_languages)) {
    for (const [lang, ref] of Object.entries(record.available_languages)) {
      if (!isObject(ref)) continue;
      const id = idText(ref.id);
      if (id) keys.push(`${lang}|id:${id}${suffix}`);
      const refPath = str(ref.path);
      if (refPath) keys.push(`${lang}|path:${refPath}`);
    }
  }
  return keys;
}

function readTexts(record: Json, log: ImportLog, at: string): Texts {
  const out: Texts = {};
  out.title = line(record.title, LIMITS.title, log, 'title', at) ?? (isObject(record.location) ? line(record.location.name, LIMITS.title, log, 'title', at) : undefined);
  const description = toPlainText(record.content, { max: LIMITS.description, breaks: 'paragraphs' });
  if (description.shortened) log.unmapped('content', `${description.text.slice(0, 60)}…`, `longer than ${LIMITS.description} characters; shortened`, at);
  if (description.text) out.description = description.text;
  const meta = plainLine(record.meta_description, { max: LIMITS.summary });
  const summary = meta || shorten(plainLine(record.excerpt, { max: SUMMARY_FROM_TEXT + 1_000 }), SUMMARY_FROM_TEXT);
  // A short text whose summary is the whole text: only the description.
  if (summary && summary !== out.description?.replace(/\s+/g, ' ')) out.summary = summary;
  if (isObject(record.category)) out.category = line(record.category.name, LIMITS.name, log, 'category', at);
  return out;
}

/** Merges the POIs of every language: a record joins the POI whose other language names it. */
export function collectPois(datasets: readonly Dataset[], log: ImportLog): PoiItem[] {
  const items: PoiItem[] = [];
  const byKey = new Map<string, PoiItem>();
  // With one language there is nothing to match: only repeated POIs are looked for.
  const matching = datasets.filter((d) => d.pois?.length).length > 1;
  for (const set of datasets) {
    (set.pois ?? []).forEach((record, index) => {
      const at = `${set.poisAt ?? set.slug}[${index}]`;
      if (!isObject(record)) {
        log.skip(at, 'not an Integreat location (not a JSON object)');
        return;
      }
      const objectId = isObject(record.location) ? idText(record.location.id) : undefined;
      const keys = matching ? languageKeys(record, set.slug) : [];
      const objectKey = objectId ? `poi:${objectId}` : undefined;
      let item: PoiItem | undefined;
      for (const key of objectKey ? [...keys, objectKey] : keys) {
        item = byKey.get(key);
        if (item) break;
      }
      if (item && item.texts.has(set.tag)) {
        if (objectId && item.objectId === objectId) {
          log.skip(at, `repeats the location ${objectId} in the language "${set.slug}"`);
          return;
        }
        item = undefined;
      }
      if (!item) {
        item = { record, tag: set.tag, at, objectId, translationId: idText(record.id), texts: new Map(), updated: [] };
        items.push(item);
      }
      for (const key of objectKey ? [...keys, objectKey] : keys) if (!byKey.has(key)) byKey.set(key, item);
      item.texts.set(set.tag, readTexts(record, log, at));
      const updated = updatedDate(record.last_updated) ?? updatedDate(record.modified_gmt);
      if (updated) item.updated.push(updated);
    });
  }
  return items;
}

/** Category ids of the catalogue for Integreat's POI categories, and the categories made for the others. */
export class Categories {
  readonly own: Category[] = [];
  private readonly ownById = new Map<string, Category>();
  constructor(
    private readonly options: ImportOptions,
    private readonly defaultTag: string,
    private readonly log: ImportLog,
  ) {}

  /** The category id for a POI's category (its texts in every language), or `undefined`. */
  resolve(raw: unknown, names: ReadonlyMap<string, string | undefined>, at: string): string | undefined {
    if (!isObject(raw)) return undefined;
    const id = idText(raw.id);
    const icon = str(raw.icon)?.trim().toLowerCase();
    const allNames = [...names.values()].filter((n): n is string => !!n);
    const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
    const map = this.options.categoryMap ?? {};
    const mapped = [id, ...allNames, icon].find((k) => k !== undefined && Object.hasOwn(map, k));
    if (mapped !== undefined) return this.ensure(map[mapped], names, at);
    for (const name of allNames) if (Object.hasOwn(BY_NAME, norm(name))) return BY_NAME[norm(name)];
    if (icon && Object.hasOwn(BY_ICON, icon)) return BY_ICON[icon];
    if (!id && allNames.length === 0) return undefined;
    const own = safeId('integreat-category', id ?? norm(allNames[0]));
    const result = this.ensure(own, names, at);
    const made = result ? this.ownById.get(result) : undefined;
    if (made) {
      const shown = typeof made.name === 'string' ? made.name : (made.name[this.defaultTag] ?? Object.values(made.name)[0] ?? own);
      this.log.unmapped('category', shown, 'no default category fits; added as a category of its own', at);
    }
    return result;
  }

  /** A category id that the catalogue will know: a default one, or one made here with the Integreat names. */
  private ensure(id: string, names: ReadonlyMap<string, string | undefined>, at: string): string | undefined {
    if (DEFAULT_IDS.has(id) || this.ownById.has(id)) return id;
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id) || id.length > LIMITS.id) {
      this.log.unmapped('category', id, 'the category map names an id that is not a valid id; left out', at);
      return undefined;
    }
    if (DEFAULT_IDS.size + this.own.length >= LIMITS.categories) {
      this.log.unmapped('category', id, `more than ${LIMITS.categories} categories; left out`, at);
      return undefined;
    }
    const name = langMap(names, this.defaultTag) ?? id;
    const category: Category = { id, name };
    this.own.push(category);
    this.ownById.set(id, category);
    return id;
  }
}

/** One offer from a POI, or `undefined` when it has no title (skipped). */
export function poiOffer(item: PoiItem, region: string, defaultTag: string, ids: IdSet, categories: Categories, log: ImportLog): Offer | undefined {
  const { record, at } = item;
  const texts = (field: keyof Texts) => new Map([...item.texts].map(([tag, t]) => [tag, t[field]]));
  const title = langMap(texts('title'), defaultTag);
  if (!title) {
    log.skip(at, 'has no title in any language');
    return undefined;
  }
  const source = item.objectId ?? (item.translationId ? `t${item.translationId}` : undefined);
  if (!source) {
    log.skip(at, 'has no id (neither location.id nor id)');
    return undefined;
  }
  const offer: Offer = { id: ids.take(safeId('integreat', region, source)), title };
  const summary = langMap(texts('summary'), defaultTag);
  if (summary) offer.summary = summary;
  const description = langMap(texts('description'), defaultTag);
  if (description) offer.description = description;
  const category = categories.resolve(record.category, texts('category'), at);
  if (category) offer.categories = [category];
  if (isObject(record.organization)) {
    const name = line(record.organization.name, LIMITS.name, log, 'organization', at);
    if (name) {
      const url = webUrl(record.organization.website, 'organization website', log, at);
      offer.organization = url ? { name, url } : { name };
    }
  }
  const location = mapLocation(record.location, log, at);
  if (location) offer.location = location;

  // Contact: the POI's own fields (its primary contact), else the first contact that has one.
  const contacts = Array.isArray(record.contacts) ? record.contacts.filter(isObject).slice(0, 50) : [];
  const first = (field: string) => [record[field], ...contacts.map((c) => c[field])].find((v) => str(v) !== undefined || typeof v === 'number');
  const contact: NonNullable<Offer['contact']> = {};
  const website = webUrl(first('website'), 'website', log, at);
  if (website) contact.website = website;
  // The link to book an appointment is the offer's booking link, not its website.
  const booking = webUrl(record.appointment_url, 'appointment link', log, at);
  const mail = email(first('email'), log, at);
  if (mail) contact.email = mail;
  const tel = phone(first('phone_number') ?? first('mobile_number'), log, at);
  if (tel) contact.phone = tel;
  if (Object.keys(contact).length) offer.contact = contact;

  const hours = mapOpeningHours(record.opening_hours, at, log);
  if (hours) offer.openingHours = hours;
  if (repairBoolean(record.temporarily_closed) === true) offer.temporarilyClosed = true;
  const updated = item.updated.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  if (updated) offer.updated = updated;
  if (booking) offer.booking = booking;
  // `barrier_free`: true or false when the region has said so, null when it has not.
  const barrierFree = record.barrier_free === null || record.barrier_free === undefined ? undefined : repairBoolean(record.barrier_free);
  if (barrierFree !== undefined) offer.wheelchair = barrierFree ? 'yes' : 'no';
  return offer;
}
