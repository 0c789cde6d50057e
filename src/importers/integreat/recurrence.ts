/**
 * Event times and recurrence: Integreat's `event.start`/`event.end` (local date-times with an
 * offset; older versions `start_date` + `start_time` without one), its `recurrence_rule`
 * (python-dateutil's text: "DTSTART:…\nRRULE:FREQ=WEEKLY;BYDAY=MO"), and a rule found from
 * repeated occurrences that some versions list one by one.
 */
import { isValidDate } from '../../catalogue/schema.js';
import { withZoneOffset } from '../../catalogue/local-time.js';
import type { ImportLog } from '../log.js';
import { isObject, str } from './common.js';

export interface EventTimes {
  start: string;
  end?: string;
  allDay: boolean;
  /** Local date of the start ("2026-05-12"). */
  date: string;
  /** Local time of day of start and end and the days between them, for finding repeats. */
  timeKey: string;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

interface Parsed {
  date: string;
  time?: string; // HH:MM:SS
  offset?: string; // "+02:00" or "Z"
}

function parse(value: string | undefined): Parsed | undefined {
  if (!value) return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isValidDate(m[1])) return undefined;
  const out: Parsed = { date: m[1] };
  if (m[2] !== undefined) {
    if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return undefined;
    out.time = `${m[2]}:${m[3]}:${m[4] ?? '00'}`;
  }
  if (m[6]) out.offset = m[6].toUpperCase() === 'Z' ? 'Z' : `${m[6].slice(0, 3)}:${m[6].slice(-2)}`;
  return out;
}

function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function validZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length > 64 || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Start and end of one Integreat event (`event` object): with their offset as given; without
 * one, read in `zone` and reported. All-day events become dates.
 */
export function eventTimes(event: unknown, fallbackZone: string, log: ImportLog, at: string): EventTimes | undefined {
  if (!isObject(event)) return undefined;
  const joined = (date: unknown, time: unknown) => (str(date) ? `${String(date).trim()}${str(time) ? `T${String(time).trim()}` : ''}` : undefined);
  const start = parse(str(event.start) ?? joined(event.start_date, event.start_time));
  if (!start) return undefined;
  let end = parse(str(event.end) ?? joined(event.end_date, event.end_time));
  const allDay = event.all_day === true || !start.time;
  const zone = validZone(event.timezone) ? event.timezone : fallbackZone;

  if (allDay) {
    let endDate = end?.date;
    // An exclusive end at midnight ("…T00:00:00" of the next day) ends on the day before.
    if (end && endDate && end.time === '00:00:00' && endDate > start.date) endDate = dateOf(dayNumber(endDate) - 1);
    if (endDate && endDate < start.date) {
      log.unmapped('event end', endDate, 'ends before it starts; the end was left out', at);
      endDate = undefined;
    }
    const days = endDate ? dayNumber(endDate) - dayNumber(start.date) : 0;
    return { start: start.date, ...(endDate && endDate !== start.date ? { end: endDate } : {}), allDay: true, date: start.date, timeKey: `all-day+${days}` };
  }

  const withOffset = (p: Parsed): string | undefined => {
    const local = `${p.date}T${p.time ?? '00:00:00'}`;
    return p.offset ? `${local}${p.offset}` : withZoneOffset(local, zone);
  };
  if (!start.offset) log.unmapped('time zone', zone, `date-time without an offset; read as local time in ${zone}`, at);
  const startText = withOffset(start);
  if (!startText) return undefined;
  let endText = end ? withOffset(end) : undefined;
  if (end && endText && Date.parse(endText) < Date.parse(startText)) {
    log.unmapped('event end', endText, 'ends before it starts; the end was left out', at);
    endText = undefined;
    end = undefined;
  }
  const days = end ? dayNumber(end.date) - dayNumber(start.date) : 0;
  const timeKey = `${start.time}-${end?.time ?? ''}+${days}`;
  return { start: startText, ...(endText ? { end: endText } : {}), allDay: false, date: start.date, timeKey };
}

const KEPT = ['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT'] as const;
const PART_FORMS: Record<(typeof KEPT)[number], RegExp> = {
  FREQ: /^(?:DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  BYDAY: /^(?:[+-]?\d{1,2})?(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:[+-]?\d{1,2})?(?:MO|TU|WE|TH|FR|SA|SU))*$/,
  UNTIL: /^\d{8}(?:T\d{6}Z?)?$/,
  COUNT: /^[1-9]\d{0,3}$/,
};

/**
 * Integreat's `recurrence_rule` → an RRULE value without "RRULE:": FREQ, INTERVAL, BYDAY, UNTIL
 * and COUNT are kept (the parts Integreat writes); anything else is reported.
 */
export function cleanRecurrence(raw: unknown, startDate: string, log: ImportLog, at: string): string | undefined {
  const text = str(raw);
  if (!text) return undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const ruleLine = lines.find((l) => /^RRULE:/i.test(l)) ?? lines.find((l) => /^[A-Z]+=[^:]*$/i.test(l) && /(?:^|;)FREQ=/i.test(l));
  if (!ruleLine) {
    log.unmapped('recurrence rule', text, 'no RRULE in it; the event is read as a single date', at);
    return undefined;
  }
  const parts = new Map<string, string>();
  for (const part of ruleLine.replace(/^RRULE:/i, '').split(';')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    const key = (eq === -1 ? part : part.slice(0, eq)).trim().toUpperCase();
    const value = eq === -1 ? '' : part.slice(eq + 1).trim().toUpperCase();
    const form = (KEPT as readonly string[]).includes(key) ? PART_FORMS[key as (typeof KEPT)[number]] : undefined;
    if (form && form.test(value)) parts.set(key, value);
    else log.unmapped('recurrence rule part', part.trim(), form ? 'not a valid value; left out' : 'only FREQ, INTERVAL, BYDAY, UNTIL and COUNT are read; left out', at);
  }
  if (!parts.has('FREQ')) {
    log.unmapped('recurrence rule', text, 'no FREQ=DAILY, WEEKLY, MONTHLY or YEARLY; the event is read as a single date', at);
    return undefined;
  }
  if (parts.has('UNTIL') && parts.has('COUNT')) parts.delete('COUNT');
  const until = parts.get('UNTIL');
  if (until && `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` < startDate) {
    log.unmapped('recurrence rule', text, 'ends before the event starts; the event is read as a single date', at);
    return undefined;
  }
  if (parts.get('INTERVAL') === '1') parts.delete('INTERVAL');
  return KEPT.filter((k) => parts.has(k)).map((k) => `${k}=${parts.get(k)}`).join(';');
}

const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Monday = 0 … Sunday = 6 for a day number (day 0, 1970-01-01, was a Thursday). */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

/**
 * A rule for occurrences listed one by one (local dates, sorted, no repeats) when they form a
 * regular pattern: every day or every n days, every week or every n weeks, or every week on the
 * same weekdays. It ends on the last listed date, so no date is invented. `undefined` otherwise.
 */
export function inferRecurrence(dates: readonly string[], allDay: boolean): string | undefined {
  if (dates.length < 2) return undefined;
  const days = dates.map(dayNumber);
  const last = dates[dates.length - 1].replace(/-/g, '');
  const until = `UNTIL=${allDay ? last : `${last}T235959`}`;
  const gaps = days.slice(1).map((d, i) => d - days[i]);
  if (gaps.some((g) => g <= 0)) return undefined;
  if (gaps.every((g) => g === gaps[0])) {
    const g = gaps[0];
    if (g === 1) return `FREQ=DAILY;${until}`;
    if (g % 7 === 0 && g / 7 <= 4) return `FREQ=WEEKLY${g > 7 ? `;INTERVAL=${g / 7}` : ''};BYDAY=${RRULE_DAYS[weekday(days[0])]};${until}`;
    if (g < 7) return `FREQ=DAILY;INTERVAL=${g};${until}`;
    return undefined;
  }
  // Every week on the same weekdays: every such day between the first and the last is listed.
  const span = days[days.length - 1] - days[0];
  if (span > 800) return undefined;
  const onDays = new Set(days.map(weekday));
  if (onDays.size < 2) return undefined;
  let expected = 0;
  for (let d = days[0]; d <= days[days.length - 1]; d++) if (onDays.has(weekday(d))) expected++;
  if (expected !== days.length) return undefined;
  const byDay = [...onDays].sort((a, b) => a - b).map((d) => RRULE_DAYS[d]).join(',');
  return `FREQ=WEEKLY;BYDAY=${byDay};${until}`;
}
