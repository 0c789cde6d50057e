/**
 * schema.org `eventSchedule` (Schedule) → an iCalendar RRULE and the first occurrence as the
 * event's start. Times of a schedule have no offset: they are wall-clock times in the schedule's
 * zone (`scheduleTimezone`) or the catalogue's, and repeat at the same wall-clock time.
 */
import { RRule } from 'rrule';
import { isTimeZone, offsetText } from '../../catalogue/local-time.js';
import { instantOf, wallTime } from '../../catalogue/zone.js';
import { LIMITS } from '../../catalogue/schema.js';
import type { Ctx, DateParts } from './fields.js';
import { parseDate } from './fields.js';
import type { Node } from './graph.js';
import { dayCode } from './hours.js';

export interface Timing {
  start: string;
  end?: string;
  recurrence?: string;
}

export type TimingResult = { ok: true; timing: Timing } | { ok: false; reason: string };

const FREQ_WORDS: Record<string, [string, number]> = {
  daily: ['DAILY', 1], täglich: ['DAILY', 1], weekly: ['WEEKLY', 1], wöchentlich: ['WEEKLY', 1],
  biweekly: ['WEEKLY', 2], fortnightly: ['WEEKLY', 2], zweiwöchentlich: ['WEEKLY', 2], '14-tägig': ['WEEKLY', 2], '14-täglich': ['WEEKLY', 2],
  monthly: ['MONTHLY', 1], monatlich: ['MONTHLY', 1], yearly: ['YEARLY', 1], annually: ['YEARLY', 1], jährlich: ['YEARLY', 1],
};


/** FREQ and INTERVAL of "P1W", "P2W", "P14D", "P1M", "weekly", "monatlich"… */
export function frequency(value: string): [string, number] | undefined {
  const s = value.trim();
  const iso = /^P(?:(\d{1,3})Y)?(?:(\d{1,3})M)?(?:(\d{1,3})W)?(?:(\d{1,4})D)?$/i.exec(s);
  if (iso && s.length > 1) {
    const [y, m, w, d] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    const parts = [y, m, w, d].filter((n) => n > 0).length;
    if (parts !== 1) return undefined;
    if (y) return ['YEARLY', y];
    if (m) return ['MONTHLY', m];
    if (w) return ['WEEKLY', w];
    return d % 7 === 0 ? ['WEEKLY', d / 7] : ['DAILY', d];
  }
  const word = Object.hasOwn(FREQ_WORDS, s.toLowerCase()) ? FREQ_WORDS[s.toLowerCase()] : undefined;
  return word;
}

/** "HH:MM:SS" of a schedule time ("18:00", "18:00:00", "18:00:00+02:00"); the offset, if any, apart. */
function clock(value: string | undefined): { time: string; offset: boolean } | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*T?(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(value);
  if (!m) return undefined;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return undefined;
  return { time: `${String(h).padStart(2, '0')}:${m[2]}:${String(sec).padStart(2, '0')}`, offset: m[4] !== undefined };
}

/** Seconds of an ISO 8601 duration of hours and minutes ("PT1H30M"). */
function durationSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^P(?:(\d{1,2})D)?(?:T(?:(\d{1,3})H)?(?:(\d{1,4})M)?(?:(\d{1,5})S)?)?$/i.exec(value.trim());
  if (!m || value.trim().length < 3) return undefined;
  const seconds = Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return seconds > 0 && seconds <= 14 * 86_400 ? seconds : undefined;
}

/** The wall-clock date and time in `zone` of a date-time with an offset. */
function wallOf(parts: DateParts, zone: string): DateParts {
  if (!parts.time || !parts.offset) return parts;
  const w = wallTime(new Date(`${parts.date}T${parts.time}${parts.offset}`), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` };
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function addSeconds(date: string, time: string, seconds: number): { date: string; time: string } {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min, s] = time.split(':').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d, h, min, s) + seconds * 1000).toISOString();
  return { date: t.slice(0, 10), time: t.slice(11, 19) };
}

/** A wall-clock time in `zone` written in the catalogue's zone with its offset. */
function inZone(ctx: Ctx, date: string, time: string, zone: string, at: string): string | undefined {
  if (zone === ctx.options.zone) return ctx.dateValue({ date, time }, at);
  const [y, m, d] = date.split('-').map(Number);
  const [h, min, s] = time.split(':').map(Number);
  const instant = instantOf({ year: y, month: m, day: d, hour: h, minute: min, second: s }, zone);
  const w = wallTime(instant, ctx.options.zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(instant, ctx.options.zone)}`;
}

/**
 * The timing of an event from one of its schedules. The event's own start and end give what the
 * schedule leaves out (first day, time, last day).
 */
export function scheduleTiming(
  ctx: Ctx,
  schedule: Node,
  eventStart: DateParts | undefined,
  eventEnd: DateParts | undefined,
  at: string,
): TimingResult {
  const g = ctx.graph;
  let zone = ctx.options.zone;
  const scheduleZone = g.text(schedule, 'scheduleTimezone');
  if (scheduleZone && scheduleZone.trim() !== zone) {
    if (scheduleZone.length <= 64 && isTimeZone(scheduleZone.trim())) {
      zone = scheduleZone.trim();
      ctx.unmapped('time zone', `schedule in ${zone}`, `times converted to ${ctx.options.zone}; the series repeats at that wall-clock time`, at);
    } else ctx.unmapped('time zone', scheduleZone.length > 60 ? 'text' : scheduleZone, `not a time zone; read in ${zone}`, at);
  }
  const start = wallOf(eventStart ?? { date: '' }, zone);
  const end = eventEnd ? wallOf(eventEnd, zone) : undefined;

  // Frequency and the parts of the rule.
  let freq: [string, number] | undefined;
  const freqText = g.text(schedule, 'repeatFrequency');
  if (freqText) {
    freq = frequency(freqText);
    if (!freq) ctx.unmapped('schedule', freqText.length > 40 ? 'repeat frequency' : freqText, 'not a daily, weekly, monthly or yearly repetition; only the first date is kept', at);
  }
  const byDay: string[] = [];
  for (const val of g.values(schedule, 'byDay', 14)) {
    const name = g.enumeration(val);
    if (!name) continue;
    const ical = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(name);
    const code = ical ? `${ical[1] ?? ''}${ical[2].toUpperCase()}` : dayCode(name)?.toUpperCase();
    if (code) {
      if (!byDay.includes(code)) byDay.push(code);
    } else ctx.unmapped('schedule', name.length > 40 ? 'day' : name, 'not a weekday; left out', at);
  }
  const numbers = (name: string, min: number, max: number): number[] => {
    const out: number[] = [];
    for (const val of g.values(schedule, name, 31)) {
      const n = Number(g.scalar(val));
      if (Number.isInteger(n) && n >= min && n <= max && n !== 0 && !out.includes(n)) out.push(n);
    }
    return out;
  };
  const byMonthDay = numbers('byMonthDay', -31, 31);
  const byMonth = numbers('byMonth', 1, 12);
  const byMonthWeek = numbers('byMonthWeek', -5, 5);
  if (!freq && freqText === undefined) {
    if (byDay.length) freq = ['WEEKLY', 1];
    else if (byMonthDay.length) freq = ['MONTHLY', 1];
    if (freq) ctx.unmapped('schedule', 'no repeatFrequency', `read as ${freq[0].toLowerCase()} from the days given`, at);
  }

  // First day and time.
  const scheduleStart = (() => {
    const raw = g.text(schedule, 'startDate');
    return raw ? parseDate(raw) : undefined;
  })();
  const firstDay = scheduleStart ? wallOf(scheduleStart, zone) : start.date ? start : undefined;
  if (!firstDay) return { ok: false, reason: 'the schedule has no start date, nor has the event' };
  const startText = g.text(schedule, 'startTime');
  const endText = g.text(schedule, 'endTime');
  const startClock = clock(startText);
  const endClock = clock(endText);
  for (const t of [startText, endText]) {
    if (t !== undefined && !clock(t)) ctx.unmapped('schedule', t.length > 40 ? 'time' : t, 'not a time of day; left out', at);
  }
  if (startClock?.offset || endClock?.offset) ctx.unmapped('schedule', 'time with an offset', `a repeating time is read as wall-clock time in ${zone}`, at);
  const startTime = startClock?.time ?? firstDay.time ?? (start.date ? start.time : undefined);
  const allDay = startTime === undefined;

  // The last day: the schedule's endDate, or the event's end when it lies on a later day.
  const scheduleEndRaw = g.text(schedule, 'endDate');
  const scheduleEnd = scheduleEndRaw ? parseDate(scheduleEndRaw) : undefined;
  const lastDay = scheduleEnd ? wallOf(scheduleEnd, zone).date : end && end.date > firstDay.date ? end.date : undefined;
  let count: number | undefined;
  const countVal = g.values(schedule, 'repeatCount', 1)[0];
  if (countVal) {
    const n = Number(g.scalar(countVal));
    if (Number.isInteger(n) && n > 0 && n <= 10_000) count = n;
  }
  if (schedule.has('exceptDate')) {
    ctx.unmapped('schedule', 'exceptDate', 'dates a series skips cannot be written in the catalogue; the event shows on them too', at);
  }

  const parts: string[] = [];
  if (freq) {
    parts.push(`FREQ=${freq[0]}`);
    if (freq[1] > 1) parts.push(`INTERVAL=${freq[1]}`);
    let days = byDay;
    if (freq[0] === 'MONTHLY' && byMonthWeek.length && days.length) {
      days = byMonthWeek.flatMap((w) => days.map((d) => `${w}${d.replace(/^[+-]?\d/, '')}`));
    } else if (byMonthWeek.length) {
      ctx.unmapped('schedule', 'byMonthWeek', 'read only for monthly series with days', at);
    }
    if (freq[0] === 'WEEKLY' || freq[0] === 'DAILY') days = [...new Set(days.map((d) => d.replace(/^[+-]?\d/, '')))];
    if (days.length) parts.push(`BYDAY=${days.join(',')}`);
    if (byMonthDay.length && freq[0] !== 'WEEKLY') parts.push(`BYMONTHDAY=${byMonthDay.join(',')}`);
    if (byMonth.length) parts.push(`BYMONTH=${byMonth.join(',')}`);
    if (lastDay) {
      parts.push(`UNTIL=${lastDay.replace(/-/g, '')}${allDay ? '' : 'T235959Z'}`);
      if (count) ctx.unmapped('schedule', 'repeatCount with endDate', 'the end date is kept', at);
    } else if (count) parts.push(`COUNT=${count}`);
  } else if (byDay.length || byMonthDay.length) {
    ctx.unmapped('schedule', 'days without a repetition', 'only the first date is kept', at);
  }
  let rule = parts.join(';');
  if (rule.length > LIMITS.recurrence) {
    ctx.unmapped('schedule', 'rule too long', 'only the first date is kept', at);
    rule = '';
  }

  // The first occurrence on or after the first day.
  let firstDate = firstDay.date;
  if (rule) {
    try {
      const [y, m, d] = firstDate.split('-').map(Number);
      const [h, min, s] = (startTime ?? '00:00:00').split(':').map(Number);
      const dtstart = new Date(Date.UTC(y, m - 1, d, h, min, s));
      const first = new RRule({ ...RRule.parseString(rule), dtstart, tzid: null }).after(dtstart, true);
      if (!first) return { ok: false, reason: 'the schedule has no date between its start and its end' };
      firstDate = first.toISOString().slice(0, 10);
    } catch {
      ctx.unmapped('schedule', 'rule not understood', 'only the first date is kept', at);
      rule = '';
    }
  } else if (lastDay && lastDay < firstDate) {
    return { ok: false, reason: 'the schedule ends before it begins' };
  }

  const timing: Timing = { start: firstDate };
  if (startTime !== undefined) {
    const startValue = inZone(ctx, firstDate, startTime, zone, at);
    if (!startValue) return { ok: false, reason: 'the start time cannot be read' };
    timing.start = startValue;
    let endAt: { date: string; time: string } | undefined;
    const duration = durationSeconds(g.text(schedule, 'duration'));
    if (endClock) endAt = { date: endClock.time <= startTime ? addDays(firstDate, 1) : firstDate, time: endClock.time };
    else if (duration) endAt = addSeconds(firstDate, startTime, duration);
    else if (end?.time && end.date === start.date && start.time && end.time > start.time) endAt = { date: firstDate, time: end.time };
    if (endAt) timing.end = inZone(ctx, endAt.date, endAt.time, zone, at);
  }
  if (rule) timing.recurrence = rule;
  return { ok: true, timing };
}
