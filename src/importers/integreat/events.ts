/**
 * Integreat events (the `events/` endpoint) → catalogue events. Texts of every language are merged
 * into one event; an event that recurs becomes one event with a recurrence rule, also where the
 * API lists its occurrences one by one.
 */
import { LIMITS, type CatalogueEvent, type Location } from '../../catalogue/schema.js';
import type { ImportLog } from '../log.js';
import { toPlainText } from '../text.js';
import { IdSet, idText, isObject, langMap, line, mapLocation, safeId, str, webUrl, type Json } from './common.js';
import { languageKeys } from './pois.js';
import type { Dataset } from './read.js';
import { cleanRecurrence, eventTimes, inferRecurrence, type EventTimes } from './recurrence.js';

interface Texts {
  title?: string;
  description?: string;
}

interface EventItem {
  record: Json;
  at: string;
  times: EventTimes;
  texts: Map<string, Texts>;
  eventId?: string;
  recurrenceId?: string;
  translationId?: string;
  /** Integreat's id of the POI where it takes place. */
  poiId?: string;
}

function readTexts(record: Json, log: ImportLog, at: string): Texts {
  const out: Texts = {};
  out.title = line(record.title, LIMITS.title, log, 'title', at);
  const description = toPlainText(record.content, { max: LIMITS.description, breaks: 'paragraphs' });
  if (description.shortened) log.unmapped('content', `${description.text.slice(0, 60)}…`, `longer than ${LIMITS.description} characters; shortened`, at);
  if (description.text) out.description = description.text;
  return out;
}

/** Merges the events of every language: one item per occurrence listed. */
function collect(datasets: readonly Dataset[], zone: string, log: ImportLog): EventItem[] {
  const items: EventItem[] = [];
  const byKey = new Map<string, EventItem>();
  const matching = datasets.filter((d) => d.events?.length).length > 1;
  for (const set of datasets) {
    (set.events ?? []).forEach((record, index) => {
      const at = `${set.eventsAt ?? set.slug}[${index}]`;
      if (!isObject(record)) {
        log.skip(at, 'not an Integreat event (not a JSON object)');
        return;
      }
      const times = eventTimes(record.event, zone, log, at);
      if (!times) {
        log.skip(at, 'has no usable start (event.start)');
        return;
      }
      const info = isObject(record.event) ? record.event : {};
      const eventId = idText(info.id);
      // Translation ids repeat for every listed occurrence of a recurring event: the date tells them apart.
      const keys = matching ? languageKeys(record, set.slug, `|${times.date}`) : [];
      if (matching && eventId) keys.push(`event:${eventId}|${times.date}`);
      let item: EventItem | undefined;
      for (const key of keys) {
        item = byKey.get(key);
        if (item) break;
      }
      if (item && item.texts.has(set.tag)) item = undefined;
      if (!item) {
        item = {
          record,
          at,
          times,
          texts: new Map(),
          eventId,
          recurrenceId: idText(info.recurrence_id),
          translationId: idText(record.id),
          poiId: isObject(record.location) ? idText(record.location.id) : undefined,
        };
        items.push(item);
        if (info.only_weekdays === true && times.timeKey.slice(-2) !== '+0') {
          log.unmapped('event', 'only on weekdays', 'an event over several days that skips weekends; it is shown on every day', at);
        }
      }
      for (const key of keys) if (!byKey.has(key)) byKey.set(key, item);
      item.texts.set(set.tag, readTexts(record, log, at));
    });
  }
  return items;
}

const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

function placeKey(item: EventItem): string {
  if (item.poiId) return `poi:${item.poiId}`;
  const loc = isObject(item.record.location) ? item.record.location : {};
  return `${norm(str(loc.address))}|${norm(str(loc.postcode))}|${norm(str(loc.town))}`;
}

/** The text of an item in the first language it has. */
function firstTitle(item: EventItem): string | undefined {
  for (const t of item.texts.values()) if (t.title) return t.title;
  return undefined;
}

export interface EventOutput {
  events: CatalogueEvent[];
  /** Listed occurrences that were merged into a recurring event. */
  merged: number;
}

/**
 * The catalogue's events: occurrences with the same title, time of day and place become one
 * event: with Integreat's rule where it gives one, else with a rule found from their dates when
 * they are regular (every day, every week…), else they stay separate events.
 */
export function buildEvents(
  datasets: readonly Dataset[],
  region: string,
  defaultTag: string,
  zone: string,
  offerIdByPoi: ReadonlyMap<string, string>,
  log: ImportLog,
): EventOutput {
  const items = collect(datasets, zone, log);
  const groups = new Map<string, EventItem[]>();
  for (const item of items) {
    const title = firstTitle(item);
    if (!title) {
      log.skip(item.at, 'has no title in any language');
      continue;
    }
    const key = `${norm(title)}\u0000${item.times.timeKey}\u0000${placeKey(item)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }

  const ids = new IdSet();
  const events: CatalogueEvent[] = [];
  let merged = 0;
  const emit = (item: EventItem, recurrence: string | undefined) => {
    if (events.length >= LIMITS.events) {
      log.skip(item.at, `more than ${LIMITS.events} events; the catalogue holds no more`);
      return;
    }
    const { record, at, times } = item;
    const base = item.eventId ?? (item.recurrenceId ? `r${item.recurrenceId}` : item.translationId ? `t${item.translationId}` : times.date);
    const wanted = safeId('integreat', region, 'event', base);
    const id = ids.take(wanted, recurrence ? undefined : safeId('integreat', region, 'event', base, times.date));
    const texts = (field: keyof Texts) => new Map([...item.texts].map(([tag, t]) => [tag, t[field]]));
    const event: CatalogueEvent = { id, title: langMap(texts('title'), defaultTag)!, start: times.start };
    const description = langMap(texts('description'), defaultTag);
    if (description) event.description = description;
    if (times.end) event.end = times.end;
    const location: Location | undefined = item.poiId !== undefined || isObject(record.location) ? mapLocation(record.location, log, at) : undefined;
    if (location) event.location = location;
    const meeting = webUrl(record.meeting_url, 'meeting link', log, at);
    if (meeting) {
      event.online = true;
      event.url = meeting;
    } else {
      const url = webUrl(record.url, 'event link', log, at);
      // A recurring event links to its own page, not to the page of one date ("…/slug$2026-05-11/").
      if (url) event.url = recurrence ? url.replace(/\$\d{4}-\d{2}-\d{2}(?=\/?(?:[?#]|$))/, '') : url;
    }
    if (recurrence) event.recurrence = recurrence;
    const offer = item.poiId ? offerIdByPoi.get(item.poiId) : undefined;
    if (offer) event.offer = offer;
    events.push(event);
  };

  for (const group of groups.values()) {
    group.sort((a, b) => Date.parse(a.times.start) - Date.parse(b.times.start) || a.times.date.localeCompare(b.times.date));
    // Occurrences that carry Integreat's rule: one event per rule, from its first listed date.
    const byRule = new Map<string, EventItem[]>();
    const plain: EventItem[] = [];
    for (const item of group) {
      const rule = cleanRecurrence(item.record.recurrence_rule, item.times.date, log, item.at);
      if (rule) {
        const list = byRule.get(rule);
        if (list) list.push(item);
        else byRule.set(rule, [item]);
      } else plain.push(item);
    }
    const fold = (list: EventItem[]) => {
      merged += list.length - 1;
      for (const item of list.slice(1)) log.unmapped('event occurrence', firstTitle(item) ?? '', 'listed one by one; merged into one recurring event', item.at);
    };
    for (const [rule, list] of byRule) {
      emit(list[0], rule);
      fold(list);
    }
    // The same date listed twice is one event.
    const byDate = new Map<string, EventItem>();
    for (const item of plain) {
      const seen = byDate.get(item.times.date);
      if (seen) {
        log.skip(item.at, `repeats the event at ${seen.at} (same title, time, place and date)`);
        continue;
      }
      byDate.set(item.times.date, item);
    }
    const distinct = [...byDate.values()];
    const inferred = inferRecurrence(distinct.map((i) => i.times.date), distinct[0]?.times.allDay ?? false);
    if (inferred) {
      emit(distinct[0], inferred);
      fold(distinct);
    } else {
      for (const item of distinct) emit(item, undefined);
    }
  }
  return { events, merged };
}
