/**
 * HSDS opening hours → the catalogue's weekly slots. Reads the 3.0 schedules (RRULE parts: freq,
 * byday "MO,TU", interval, opens_at/closes_at, valid_from/valid_to) and the older
 * regular_schedules (weekday as a name or a number, ISO 8601: 1 = Monday … 7 = Sunday, 0 also
 * Sunday). Lines that cannot be read are left out and reported; nothing is guessed.
 */
import { repairBoolean, repairDate, repairTime, weekdayCode } from '../../catalogue/repair.js';
import { LIMITS, isValidDate } from '../../catalogue/limits.js';
import { WEEKDAYS, type Weekday } from '../../catalogue/values.js';
import { formatDate as formatDay } from '../../i18n/format.js';
import type { OpeningSlot } from '../../catalogue/schema.js';
import type { SafeLog } from '../log.js';
import { plainLine } from '../text.js';
import { field, fill, type Obj } from './values.js';

export interface Labels {
  [key: string]: string;
}

export interface HoursContext {
  log: SafeLog;
  /** Today as YYYY-MM-DD: schedules that ended before it are left out. */
  today: string;
  labels: Labels;
  /** The catalogue's default language, for dates written in notes. */
  language: string;
}

interface Slot {
  day: Weekday;
  opens: string;
  closes: string;
  /** The schedule line the slot comes from. */
  line: number;
}

/** A time of day from "09:00", "9:00am", "10:00:00", "09:00-05:00", "09:00Z", "2000-01-01T08:00:00Z". */
export function timeOf(value: string): string | undefined {
  let s = value.trim();
  if (!s || s.length > 40) return undefined;
  s = s.replace(/^\d{4}-\d{2}-\d{2}[T ]/, '');
  s = s.replace(/^(\d{1,2}:\d{2}:\d{2})\.\d+/, '$1');
  s = s.replace(/\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$/i, '');
  return repairTime(s);
}

const NUMBERED: Readonly<Record<string, Weekday>> = { '0': 'su', '1': 'mo', '2': 'tu', '3': 'we', '4': 'th', '5': 'fr', '6': 'sa', '7': 'su' };

function dayOf(value: string): Weekday | undefined {
  const s = value.trim();
  return NUMBERED[s] ?? weekdayCode(s);
}

/** Weekdays from a weekday field: "Monday", "3", "Mon-Fri", "Mo, Mi". */
function daysOf(value: string): Weekday[] | undefined {
  if (value.length > 100) return undefined;
  const one = dayOf(value);
  if (one) return [one];
  const range = value.split(/\s*(?:-|–|—|\bto\b|\bbis\b|\bthrough\b|\bthru\b)\s*/i);
  if (range.length === 2) {
    const from = dayOf(range[0]);
    const to = dayOf(range[1]);
    if (from && to) {
      const days: Weekday[] = [];
      for (let i = WEEKDAYS.indexOf(from); ; i = (i + 1) % 7) {
        days.push(WEEKDAYS[i]);
        if (WEEKDAYS[i] === to) break;
      }
      return days;
    }
  }
  const items = value.split(/\s*(?:,|;|\/|&|\band\b|\bund\b)\s*/i).filter(Boolean);
  if (items.length > 1) {
    const days = items.map(dayOf);
    if (days.every((d): d is Weekday => d !== undefined)) return days;
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar date as YYYY-MM-DD from ISO, German, US ("12/24/2015", "12/24/15") or "January 01, 2026". */
export function dateOf(value: string): string | undefined {
  const s = value.trim();
  if (!s || s.length > 40) return undefined;
  let date: string | undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(s);
  if (iso) date = iso[1];
  date ??= repairDate(s);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (!date && us) {
    const year = us[3].length === 2 ? `20${us[3]}` : us[3];
    date = `${year}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  }
  const named = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{1,4})$/i.exec(s) ?? /^(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{1,4})$/i.exec(s);
  if (!date && named) {
    const [monthName, day] = /^\d/.test(named[1]) ? [named[2], named[1]] : [named[1], named[2]];
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
    if (month >= 0) date = `${named[3].padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  if (!date) return undefined;
  // Years before 1000 (HSDS data writes year 1 for dates that recur every year) are checked as a leap year's date.
  return isValidDate(Number(date.slice(0, 4)) < 1000 ? `2000${date.slice(4)}` : date) ? date : undefined;
}

function formatDate(date: string, language: string, withYear = true): string {
  try {
    return formatDay(withYear ? date : `2000${date.slice(4)}`, language, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
  } catch {
    return date;
  }
}

/** What the schedules of one service at one place give: slots (ungrouped) and notes. */
export interface ScheduleReading {
  slots: Slot[];
  notes: string[];
}

/** Reads schedule objects (3.0 schedules or 1.x/2.x regular_schedules). */
export function readSchedules(items: readonly Obj[], ctx: HoursContext, at: string): ScheduleReading {
  const slots: Slot[] = [];
  const notes: string[] = [];
  const note = (s: Obj) => {
    for (const text of [field(s, 'description'), field(s, 'notes')]) {
      const clean = plainLine(text);
      if (clean && !notes.includes(clean)) notes.push(clean);
    }
  };
  for (const [line, s] of items.entries()) {
    const ends = dateOf(field(s, 'valid_to')) ?? dateOf(field(s, 'until'));
    if (ends && ends < ctx.today) {
      ctx.log.unmapped('schedule', `valid until ${ends}`, 'no longer valid; this opening-hours line is left out', at);
      continue;
    }
    const freq = field(s, 'freq').toUpperCase();
    const interval = Number(field(s, 'interval') || '1');
    const byday = field(s, 'byday', 'by_day');
    const weekday = field(s, 'weekday', 'day', 'days');
    const notWeekly =
      (freq && freq !== 'WEEKLY' && freq !== 'DAILY') ||
      !(interval >= 1) || interval > 1 ||
      (freq === 'WEEKLY' && (field(s, 'byweekno') || field(s, 'bymonthday') || field(s, 'byyearday'))) ||
      /\d/.test(byday);
    if (notWeekly) {
      ctx.log.unmapped('schedule', [freq, interval > 1 ? `INTERVAL=${interval}` : '', byday].filter(Boolean).join(' '), 'not a weekly schedule; only its description is kept', at);
      note(s);
      continue;
    }
    let days: Weekday[] | undefined;
    if (byday) {
      const codes = byday.length > 100 ? [undefined] : byday.split(/[\s,;]+/).filter(Boolean).map((d) => weekdayCode(d));
      days = codes.every((d): d is Weekday => d !== undefined) ? codes : undefined;
      if (!days) {
        ctx.log.unmapped('weekday', byday, 'not a list of weekdays (MO, TU, …); this opening-hours line is left out', at);
        note(s);
        continue;
      }
    } else if (weekday) {
      days = daysOf(weekday);
      if (!days) {
        ctx.log.unmapped('weekday', weekday, 'not a weekday; this opening-hours line is left out', at);
        note(s);
        continue;
      }
    } else if (freq === 'DAILY') {
      days = [...WEEKDAYS];
    }
    const opensText = field(s, 'opens_at', 'opens', 'open');
    const closesText = field(s, 'closes_at', 'closes', 'close');
    if (!days || (!opensText && !closesText)) {
      if (days || opensText || closesText) ctx.log.unmapped('schedule', [weekday || byday, opensText, closesText].filter(Boolean).join(' '), days ? 'has no opening and closing time; only its description is kept' : 'has no weekday; only its description is kept', at);
      note(s);
      continue;
    }
    const opens = timeOf(opensText);
    let closes = timeOf(closesText);
    if (!opens || !closes) {
      for (const [text, time] of [[opensText, opens], [closesText, closes]] as const) {
        if (!time) ctx.log.unmapped('time', text || '(none)', text ? 'not a time of day; this opening-hours line is left out' : 'missing; this opening-hours line is left out', at);
      }
      note(s);
      continue;
    }
    if (closes === '00:00' && opens !== '00:00') closes = '24:00';
    if (closes <= opens) {
      ctx.log.unmapped('schedule', `${opensText}–${closesText}`, closes === opens ? 'opens and closes at the same time (open all day, or closed?); this opening-hours line is left out' : 'closes before it opens; this opening-hours line is left out', at);
      note(s);
      continue;
    }
    for (const day of days) slots.push({ day, opens, closes, line });
    note(s);
  }
  return { slots, notes };
}

/**
 * Slots with the same hours joined into one slot of several days, in week order. With `asWritten`,
 * each schedule line stays one slot, in the order of the lines (the kit's export writes one line
 * per slot of the catalogue).
 */
export function groupSlots(slots: readonly Slot[], ctx: HoursContext, at: string, asWritten = false): OpeningSlot[] {
  const byHours = new Map<string, Set<Weekday>>();
  for (const s of slots) {
    const key = asWritten ? `${s.opens}-${s.closes}-${s.line}` : `${s.opens}-${s.closes}`;
    let days = byHours.get(key);
    if (!days) byHours.set(key, (days = new Set()));
    days.add(s.day);
  }
  const grouped: OpeningSlot[] = [...byHours].map(([key, days]) => {
    const [opens, closes] = key.split('-');
    return { days: WEEKDAYS.filter((d) => days.has(d)), opens, closes };
  });
  if (!asWritten) grouped.sort((a, b) => WEEKDAYS.indexOf(a.days[0]) - WEEKDAYS.indexOf(b.days[0]) || a.opens.localeCompare(b.opens));
  if (grouped.length > LIMITS.slots) {
    ctx.log.unmapped('schedule', `${grouped.length} opening-hours lines`, `more than ${LIMITS.slots}; the rest are left out`, at);
    grouped.length = LIMITS.slots;
  }
  return grouped;
}

/** Holiday schedules as lines of the opening-hours note; past ones and ones without a real date are reported. */
export function readHolidays(items: readonly Obj[], ctx: HoursContext, at: string): string[] {
  const lines: string[] = [];
  for (const h of items) {
    const startText = field(h, 'start_date', 'date', 'valid_from');
    const endText = field(h, 'end_date', 'valid_to');
    const start = dateOf(startText);
    const end = dateOf(endText) ?? start;
    const closedText = field(h, 'closed');
    const closed = closedText === '' ? !field(h, 'opens_at') : repairBoolean(closedText);
    if (closed === undefined) {
      ctx.log.unmapped('holiday schedule', `closed: ${closedText}`, 'not true or false; left out', at);
      continue;
    }
    if (!start || !end) {
      ctx.log.unmapped('holiday schedule', startText || '(no date)', 'no date that can be read; left out', at);
      continue;
    }
    // Year 1 (and other years before 1900) marks a date that recurs every year.
    const yearly = Number(start.slice(0, 4)) < 1900;
    if (!yearly && end < ctx.today) {
      ctx.log.unmapped('holiday schedule', start === end ? start : `${start} – ${end}`, 'in the past; left out', at);
      continue;
    }
    if (closed) {
      if (yearly && end.slice(5) !== start.slice(5)) lines.push(fill(ctx.labels.closedYearlyRange, { from: formatDate(start, ctx.language, false), to: formatDate(end, ctx.language, false) }));
      else if (yearly) lines.push(fill(ctx.labels.closedYearly, { date: formatDate(start, ctx.language, false) }));
      else if (start === end || end < start) lines.push(fill(ctx.labels.closedDay, { date: formatDate(start, ctx.language) }));
      else lines.push(fill(ctx.labels.closedRange, { from: formatDate(start, ctx.language), to: formatDate(end, ctx.language) }));
      continue;
    }
    const opens = timeOf(field(h, 'opens_at'));
    const closes = timeOf(field(h, 'closes_at'));
    if (!opens || !closes || closes <= opens || yearly || end !== start) {
      ctx.log.unmapped('holiday schedule', `${startText} ${field(h, 'opens_at')}–${field(h, 'closes_at')}`.trim(), 'special opening hours that cannot be read; left out', at);
      continue;
    }
    lines.push(fill(ctx.labels.openSpecial, { date: formatDate(start, ctx.language), opens, closes }));
  }
  return lines;
}
