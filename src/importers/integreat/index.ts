/**
 * Integreat's public content API → catalogue. Reads the `locations/` (POIs) and `events/`
 * endpoints of one region in one or several languages, from the API itself or from saved answers,
 * and merges the languages into one multilingual catalogue. The answer format is the one of
 * integreat-cms (integreat_cms/api/v3/locations.py and events.py) as the Integreat app reads it.
 */
import * as v from 'valibot';
import { DEFAULT_CATEGORIES } from '../../catalogue/categories.js';
import { EventSchema, FORMAT, FORMAT_VERSION, LIMITS, OfferSchema, type CatalogueEvent, type Offer } from '../../catalogue/schema.js';
import { ImportLog } from '../log.js';
import type { Importer } from '../types.js';
import { IdSet, isObject, str } from './common.js';
import { buildEvents } from './events.js';
import { Categories, collectPois, poiOffer } from './pois.js';
import { readInput, type Dataset } from './read.js';
import { validZone } from './recurrence.js';

/** The region slug of the first record whose path names it ("/augsburg/de/locations/…"). */
function regionFromPaths(datasets: readonly Dataset[]): string | undefined {
  for (const set of datasets) {
    for (const record of [...(set.pois ?? []).slice(0, 20), ...(set.events ?? []).slice(0, 20)]) {
      const path = isObject(record) ? str(record.path) : undefined;
      const m = path ? /^\/([^/]+)\/[^/]+\//.exec(path) : null;
      if (m) return m[1];
    }
  }
  return undefined;
}

/**
 * Checks a record against the catalogue's schema before it leaves the importer: a field that
 * would not pass is left out and reported, so the validator keeps every record made here.
 */
function settle<T extends Offer | CatalogueEvent>(record: T, schema: v.GenericSchema, at: string, log: ImportLog): T | undefined {
  const fields = record as unknown as Record<string, unknown>;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = v.safeParse(schema, record);
    if (result.success) return record;
    const issue = result.issues[0];
    let key = (issue.path?.[0] as { key?: unknown } | undefined)?.key;
    if (key === undefined && 'end' in fields) key = 'end';
    if (typeof key !== 'string' || key === 'id' || key === 'title' || key === 'start' || !(key in fields)) {
      log.skip(at, `cannot be used: ${issue.message}`);
      return undefined;
    }
    log.unmapped(key, typeof fields[key] === 'string' ? (fields[key] as string) : JSON.stringify(fields[key]).slice(0, 120), `${issue.message}; left out`, at);
    delete fields[key];
  }
  log.skip(at, 'cannot be used');
  return undefined;
}

export const importIntegreat: Importer = async (source, options = {}) => {
  const log = new ImportLog();
  const { datasets, region: regionFromAddress } = await readInput(source, options, log);
  if (!datasets.some((d) => d.pois || d.events)) {
    const why = [
      ...log.skipped.map((s) => `${s.at}: ${s.reason}`),
      ...log.unmappedList().filter((u) => u.field === 'language').map((u) => `language "${u.value}": ${u.reason}`),
    ].slice(0, 3).join('; ');
    throw new Error(`${source.label}: nothing could be read from Integreat${why ? ` (${why})` : ''}`);
  }
  const read = datasets.reduce((n, d) => n + (d.pois?.length ?? 0) + (d.events?.length ?? 0), 0);
  const region = (regionFromAddress ?? regionFromPaths(datasets) ?? '').replace(/[^A-Za-z0-9._:-]+/g, '-').slice(0, 40);
  const defaultTag = datasets[0].tag;
  let zone = 'Europe/Berlin';
  if (options.timeZone !== undefined) {
    if (validZone(options.timeZone)) zone = options.timeZone;
    else log.unmapped('time zone', options.timeZone, 'not an IANA time zone such as "Europe/Berlin"; Europe/Berlin is used');
  }

  const categories = new Categories(options, defaultTag, log);
  const offerIds = new IdSet();
  const offers: Offer[] = [];
  const offerIdByPoi = new Map<string, string>();
  for (const item of collectPois(datasets, log)) {
    if (offers.length >= LIMITS.offers) {
      log.skip(item.at, `more than ${LIMITS.offers} locations; the catalogue holds no more`);
      continue;
    }
    const made = poiOffer(item, region, defaultTag, offerIds, categories, log);
    const offer = made && settle(made, OfferSchema, item.at, log);
    if (!offer) continue;
    offers.push(offer);
    if (item.objectId && !offerIdByPoi.has(item.objectId)) offerIdByPoi.set(item.objectId, offer.id);
  }

  const events: CatalogueEvent[] = [];
  for (const event of buildEvents(datasets, region, defaultTag, zone, offerIdByPoi, log).events) {
    const kept = settle(event, EventSchema, `event ${event.id}`, log);
    if (kept) events.push(kept);
  }

  const updated = offers.reduce<string | undefined>((latest, o) => (o.updated && (!latest || Date.parse(o.updated) > Date.parse(latest)) ? o.updated : latest), undefined);
  const title = options.title ?? (region ? `Integreat ${region}` : undefined);
  const document: Record<string, unknown> = {
    format: FORMAT,
    version: FORMAT_VERSION,
    ...(title ? { title } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(updated ? { updated } : {}),
    defaultLanguage: defaultTag,
    timeZone: zone,
    // Categories of its own replace the default list, so the defaults are listed with them.
    ...(categories.own.length ? { categories: [...DEFAULT_CATEGORIES.map((c) => structuredClone(c)), ...categories.own] } : {}),
    offers,
    events,
  };
  return { document, read, unmapped: log.unmappedList(), skipped: log.skipped };
};
