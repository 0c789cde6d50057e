/** Dates, times, weekdays, distances and language names in the visitor's conventions (Intl). */
import { WEEKDAYS, type Weekday } from '../catalogue/values.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat>();
function cached<T extends object>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value as never);
  }
  return value;
}

// 2026-11-02 is a Monday.
const MONDAY = Date.UTC(2026, 10, 2, 12);

export function weekdayName(day: Weekday, locale: string, style: 'long' | 'short' = 'long'): string {
  const format = cached(`wd:${locale}:${style}`, () => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }));
  return (format as Intl.DateTimeFormat).format(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000);
}

/** "09:00" as the visitor writes times ("9:00 AM", "09:00", "٩:٠٠ ص"). */
export function timeOfDay(time: string, locale: string): string {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  if (minutes >= 24 * 60) return '24:00';
  const format = cached(`t:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  return (format as Intl.DateTimeFormat).format(Date.UTC(2026, 0, 1, 0, minutes));
}

export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = cached(`d:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { timeZone: iso.length === 10 ? 'UTC' : undefined, ...options }));
  return (format as Intl.DateTimeFormat).format(date);
}

export function distance(km: number, locale: string): string {
  const format = cached(`km:${locale}:${km < 10 ? 1 : 0}`, () =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }),
  );
  return (format as Intl.NumberFormat).format(km);
}

export function count(n: number, locale: string): string {
  return (cached(`n:${locale}`, () => new Intl.NumberFormat(locale)) as Intl.NumberFormat).format(n);
}

/** A language's name in the visitor's language ("Arabisch"). */
export function languageName(tag: string, locale: string): string {
  try {
    const names = cached(`ln:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' })) as Intl.DisplayNames;
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function list(items: string[], locale: string): string {
  return (cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })) as Intl.ListFormat).format(items);
}
