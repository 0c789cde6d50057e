/**
 * Events expanded into occurrences in the catalogue's time zone: single events, recurring ones
 * (iCalendar RRULE, expanded with the rrule library on wall-clock time so daylight saving changes
 * keep the local time), and events spanning several days, which appear on each of their days.
 */
import type { RRule } from 'rrule';
import type { CatalogueEvent } from '../catalogue/schema.js';
import { addDays, dayKey, floating, fromFloating, instantOf, startOfDay, wallTime } from './zone.js';

export interface Occurrence {
  event: CatalogueEvent;
  start: Date;
  end: Date;
  allDay: boolean;
  /** Catalogue index of the event. */
  index: number;
}

let Rules: typeof RRule | undefined;

/** Loads the recurrence library (a separate file, fetched only by pages that list events). */
export async function loadRecurrenceRules(): Promise<void> {
  Rules ??= (await import('rrule')).RRule;
}

export function recurrenceRulesLoaded(): boolean {
  return Rules !== undefined;
}

const DEFAULT_DURATION = 60 * 60 * 1000;
const MAX_PER_EVENT = 400;

function isDateOnly(value: string): boolean {
  return value.length === 10;
}

/** Start and end instants of an event's first occurrence. */
export function firstSpan(event: CatalogueEvent, zone: string): { start: Date; end: Date; allDay: boolean } {
  const allDay = isDateOnly(event.start);
  const start = allDay ? startOfDay(event.start, zone) : new Date(event.start);
  let end: Date;
  if (event.end) end = isDateOnly(event.end) ? startOfDay(addDays(event.end, 1), zone) : new Date(event.end);
  else end = allDay ? startOfDay(addDays(event.start, 1), zone) : new Date(start.getTime() + DEFAULT_DURATION);
  return { start, end, allDay };
}

/** Occurrences of one event that end after `from` and start before `to`. */
export function occurrencesOf(event: CatalogueEvent, index: number, zone: string, from: Date, to: Date): Occurrence[] {
  const first = firstSpan(event, zone);
  const duration = first.end.getTime() - first.start.getTime();
  if (!event.recurrence) {
    return first.end > from && first.start < to ? [{ event, index, ...first }] : [];
  }
  if (!Rules) throw new Error('Call loadRecurrenceRules() before expanding recurring events.');
  let rule: RRule;
  try {
    const options = Rules.parseString(event.recurrence);
    rule = new Rules({ ...options, dtstart: floating(wallTime(first.start, zone)), tzid: null });
  } catch {
    return first.end > from && first.start < to ? [{ event, index, ...first }] : [];
  }
  // Search in floating time, a day wider on each side (zone offsets), then check real instants.
  const floatingFrom = new Date(floating(wallTime(from, zone)).getTime() - duration - 86_400_000);
  const floatingTo = new Date(floating(wallTime(to, zone)).getTime() + 86_400_000);
  const out: Occurrence[] = [];
  for (const date of rule.between(floatingFrom, floatingTo, true, (_d, i) => i < MAX_PER_EVENT)) {
    const start = instantOf(fromFloating(date), zone);
    const end = new Date(start.getTime() + duration);
    if (end > from && start < to) out.push({ event, index, start, end, allDay: first.allDay });
  }
  return out;
}

/** Every occurrence of the events in [from, to), by start time. */
export function occurrences(events: readonly CatalogueEvent[], zone: string, from: Date, to: Date): Occurrence[] {
  const all: Occurrence[] = [];
  events.forEach((event, index) => all.push(...occurrencesOf(event, index, zone, from, to)));
  return all.sort((a, b) => a.start.getTime() - b.start.getTime() || a.index - b.index);
}

export interface DayGroup {
  /** "2026-12-03" in the catalogue's zone. */
  day: string;
  occurrences: Occurrence[];
}

/** Occurrences under each day they touch (an event over two days shows on both), from `from` on. */
export function byDay(list: readonly Occurrence[], zone: string, from: Date, to: Date): DayGroup[] {
  const groups = new Map<string, Occurrence[]>();
  const firstDay = dayKey(from, zone);
  const lastDay = dayKey(new Date(to.getTime() - 1), zone);
  for (const occurrence of list) {
    let day = dayKey(occurrence.start, zone);
    const endDay = dayKey(new Date(occurrence.end.getTime() - 1), zone);
    if (day < firstDay) day = firstDay;
    for (; day <= endDay && day <= lastDay; day = addDays(day, 1)) {
      let group = groups.get(day);
      if (!group) groups.set(day, (group = []));
      group.push(occurrence);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, occurrences]) => ({ day, occurrences }));
}
