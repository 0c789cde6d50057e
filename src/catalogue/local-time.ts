/**
 * Local times without an offset, read in a catalogue's zone: for the validator and the importers.
 * Kept apart from zone.ts, which the elements load.
 */
import { instantOf, wallTime, zoneOffset } from './zone.js';

/** "+01:00" for a zone's offset at an instant. */
export function offsetText(instant: Date, zone: string): string {
  const minutes = Math.round(zoneOffset(instant, zone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A local date-time without an offset ("2026-12-01T18:00" or "…:00") read as wall time in a zone,
 * written with the offset that holds on that day ("2026-12-01T18:00:00+01:00"; in summer +02:00).
 */
export function withZoneOffset(local: string, zone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(local.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const instant = instantOf({ year, month, day, hour, minute, second }, zone);
  const w = wallTime(instant, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(instant, zone)}`;
}

/** True for an IANA time zone the runtime knows ("Europe/Berlin"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
