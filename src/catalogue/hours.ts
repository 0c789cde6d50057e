/**
 * Opening hours in the catalogue's time zone: is an offer open now, when does it close, when does it
 * open next. An offer without hours is "unknown", never "closed".
 */
import type { Offer, OpeningSlot } from './schema.js';
import { WEEKDAYS, type Weekday } from './values.js';
import { wallTime } from './zone.js';

export interface ZonedTime {
  weekday: Weekday;
  /** Minutes since midnight in the zone. */
  minutes: number;
}

export type OpenState =
  | { kind: 'open'; closes: string }
  | { kind: 'closed'; next?: { day: Weekday; opens: string; inDays: number } }
  | { kind: 'temporarily-closed' }
  | { kind: 'appointment' }
  | { kind: 'unknown' };

let lastZoned: { minute: number; timeZone: string; value: ZonedTime } | undefined;

/** Weekday and time of `date` in `timeZone` (whatever zone the visitor's device is in). */
export function zonedTime(date: Date, timeZone: string): ZonedTime {
  const minute = Math.floor(date.getTime() / 60_000);
  if (lastZoned && lastZoned.minute === minute && lastZoned.timeZone === timeZone) return lastZoned.value;
  const value = computeZonedTime(date, timeZone);
  lastZoned = { minute, timeZone, value };
  return value;
}

function computeZonedTime(date: Date, timeZone: string): ZonedTime {
  const w = wallTime(date, timeZone);
  // The weekday of the zone's calendar day (getUTCDay: 0 is Sunday).
  const weekday = WEEKDAYS[(new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7];
  return { weekday, minutes: w.hour * 60 + w.minute };
}

export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The slots of one weekday, in order. */
export function slotsOn(slots: readonly OpeningSlot[], day: Weekday): OpeningSlot[] {
  return slots.filter((s) => s.days.includes(day)).sort((a, b) => a.opens.localeCompare(b.opens));
}

export function openState(offer: Offer, now: ZonedTime): OpenState {
  if (offer.temporarilyClosed) return { kind: 'temporarily-closed' };
  const weekly = offer.openingHours?.weekly ?? [];
  if (weekly.length === 0) return offer.openingHours?.appointmentOnly ? { kind: 'appointment' } : { kind: 'unknown' };
  const today = slotsOn(weekly, now.weekday);
  const current = today.find((s) => toMinutes(s.opens) <= now.minutes && now.minutes < toMinutes(s.closes));
  if (current) {
    // Back-to-back slots ("09:00–12:00", "12:00–16:00") close at the end of the last one.
    let closes = current.closes;
    for (const s of today) if (s.opens === closes) closes = s.closes;
    return { kind: 'open', closes };
  }
  const start = WEEKDAYS.indexOf(now.weekday);
  for (let inDays = 0; inDays < 8; inDays++) {
    const day = WEEKDAYS[(start + inDays) % 7];
    const later = slotsOn(weekly, day).find((s) => inDays > 0 || toMinutes(s.opens) > now.minutes);
    if (later) return { kind: 'closed', next: { day, opens: later.opens, inDays } };
  }
  return { kind: 'closed' };
}
