/**
 * Wall-clock time in an IANA time zone and back, with the browser's own time zone data (Temporal
 * where there is one, else Intl; no time zone database shipped). A weekly event at 18:00 in
 * Europe/Berlin stays at 18:00 across daylight saving changes.
 */
export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The part of Temporal read here (Chromium 144+, Firefox 139+). */
interface TemporalApi {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): WallTime } };
}

/**
 * Temporal reads a zone without starting Intl's date formatting, which costs a page about 20 ms on
 * its first use (before the first card can say "open now"), and is faster per call too.
 */
function temporalWallTime(instant: Date, zone: string): WallTime | undefined {
  const temporal = (globalThis as { Temporal?: TemporalApi }).Temporal;
  if (!temporal) return undefined;
  try {
    const t = temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone);
    return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
  } catch {
    return undefined; // a zone or date Temporal refuses: Intl decides (and explains)
  }
}

export function wallTime(instant: Date, zone: string): WallTime {
  const fast = temporalWallTime(instant, zone);
  if (fast) return fast;
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

/** Offset of the zone from UTC at `instant`, in milliseconds (Berlin: +1 h in winter, +2 h in summer). */
export function zoneOffset(instant: Date, zone: string): number {
  const w = wallTime(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in a zone. A time that does not exist (skipped at the spring
 * change) moves forward by the gap; an ambiguous one (autumn) takes the first of the two.
 */
export function instantOf(w: WallTime, zone: string): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // The offsets a day before and after cover both sides of any change on this day.
  const candidates = [...new Set([asUtc - zoneOffset(new Date(asUtc - 86_400_000), zone), asUtc - zoneOffset(new Date(asUtc + 86_400_000), zone)])];
  const same = (t: number) => {
    const v = wallTime(new Date(t), zone);
    return v.day === w.day && v.hour === w.hour && v.minute === w.minute;
  };
  const existing = candidates.filter(same);
  return new Date(existing.length ? Math.min(...existing) : Math.max(...candidates));
}

/** The wall time as a "floating" Date whose UTC fields hold it (for recurrence rules). */
export function floating(w: WallTime): Date {
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}

export function fromFloating(date: Date): WallTime {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** "2026-12-03" for the day of an instant in a zone. */
export function dayKey(instant: Date, zone: string): string {
  const w = wallTime(instant, zone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The instant a day ("2026-12-03") begins in a zone. */
export function startOfDay(key: string, zone: string): Date {
  const [year, month, day] = key.split('-').map(Number);
  return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
}

/** The day key `days` after `key`. */
export function addDays(key: string, days: number): string {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

