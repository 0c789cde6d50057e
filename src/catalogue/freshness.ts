/**
 * How far an entry can be relied on: when someone last confirmed it (`checked`, else `updated`),
 * whether it is due a check after the catalogue's `checkAfterMonths`, and whether a short-term
 * notice ("closed until 12 January") still holds. No DOM, no Lit.
 */
import { dayKey } from './zone.js';

/** A date without a time (the validator's DATE; limits.ts stays out of the elements' code). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dates of an offer, an event or a job that say how fresh it is. */
export interface Dated {
  /** Someone confirmed the entry is still right ("last checked"). */
  readonly checked?: string;
  /** The entry was last changed. */
  readonly updated?: string;
}

const DAY_MS = 86_400_000;

/** The moment of a date (read as noon UTC of that day) or a date-time; NaN when it is neither. */
export function instant(iso: string): number {
  return Date.parse(DATE.test(iso) ? `${iso}T12:00:00Z` : iso);
}

/** When the entry was last confirmed: `checked`, or without it `updated`. */
export function lastConfirmed(entry: Dated): string | undefined {
  for (const value of [entry.checked, entry.updated]) if (value && !Number.isNaN(instant(value))) return value;
  return undefined;
}

/** `time` plus whole calendar months (31 January + 1 month is 28 or 29 February). */
function addMonths(time: number, months: number): number {
  const d = new Date(time);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

/**
 * True when the entry was last confirmed more than `months` months before `now` (and so gets an
 * age notice). An entry with neither `checked` nor `updated` gets none: nothing is known of its age.
 */
export function isDueForCheck(entry: Dated, months: number, now: Date = new Date()): boolean {
  const when = lastConfirmed(entry);
  if (!when) return false;
  return now.getTime() > addMonths(instant(when), months);
}

/** Whole days from `iso` to `now` (0 on the same day, in UTC; negative for a date still to come). */
export function daysSince(iso: string, now: Date = new Date()): number {
  const then = new Date(instant(iso));
  const from = Date.UTC(then.getUTCFullYear(), then.getUTCMonth(), then.getUTCDate());
  const to = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((to - from) / DAY_MS);
}

/**
 * How to say when something happened: `days` or `weeks` ago while it is recent (up to 13 days, then
 * up to 8 weeks), else as a `date`.
 */
export type Recency = { unit: 'day' | 'week'; amount: number } | { unit: 'date' };

export function recency(iso: string, now: Date = new Date()): Recency {
  const days = daysSince(iso, now);
  if (Number.isNaN(days) || days < 0) return { unit: 'date' };
  if (days <= 13) return { unit: 'day', amount: days };
  const weeks = Math.round(days / 7);
  return weeks <= 8 ? { unit: 'week', amount: weeks } : { unit: 'date' };
}

/**
 * True while a notice holds: without `until` always; with a date, to the end of that day in the
 * catalogue's time zone; with a date-time, to that moment.
 */
export function noticeHolds(notice: { readonly text?: unknown; readonly until?: string } | undefined, timeZone: string, now: Date = new Date()): boolean {
  if (!notice) return false;
  const until = notice.until;
  if (!until) return true;
  if (DATE.test(until)) return dayKey(now, timeZone) <= until;
  const end = Date.parse(until);
  return Number.isNaN(end) || now.getTime() <= end;
}
