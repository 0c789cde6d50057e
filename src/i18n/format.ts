/**
 * Dates, times, weekdays, distances and language names in the visitor's conventions (Intl). Every
 * date and time the kit shows is made here, so each is Gregorian: German letters, appointments and
 * deadlines are, while `Intl` gives Farsi the Solar Hijri calendar ("۱۸ آذر ۱۴۰۵") and a regional
 * tag such as th or ar-SA may bring another one. Digits and month names stay the locale's own
 * ("۹ دسامبر ۲۰۲۶", "9 грудня 2026 р."). Elements format dates in their date locale
 * (`LocaleController.dates`): fa-AF for a Dari reader, whose months are Afghanistan's ("۹ دسمبر ۲۰۲۶").
 */
import { WEEKDAYS, type Weekday } from '../catalogue/values.js';
import { endonym } from './locales.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat | Intl.RelativeTimeFormat;

const cache = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The calendar of every date the kit shows (a caller may still ask for another one). */
export const CALENDAR = 'gregory';

/** A date and time formatter in `locale` on the Gregorian calendar, made once per locale and options. */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`dt:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { calendar: CALENDAR, ...options }));
}

// 2026-11-02 is a Monday.
const MONDAY = Date.UTC(2026, 10, 2, 12);

export function weekdayName(day: Weekday, locale: string, style: 'long' | 'short' = 'long'): string {
  return dateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000);
}

/** "09:00" as the visitor writes times ("9:00 AM", "09:00", "٩:٠٠ ص"). */
export function timeOfDay(time: string, locale: string): string {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  if (minutes >= 24 * 60) return '24:00';
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 0, minutes));
}

/**
 * A date ("2026-12-09") or a date and time (ISO 8601) in words: "9. Dezember 2026",
 * "۹ دسامبر ۲۰۲۶". A date alone is that calendar day wherever the visitor is; a date and time is
 * shown in `options.timeZone` (default: the visitor's). Text that is no date comes back as it is.
 */
export function formatDate(iso: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, dateOnly ? { timeZone: 'UTC', ...options } : options).format(date);
}

/** A moment in words with the given fields ("Mittwoch, 9. Dezember", "18:00"), in `options.timeZone`. */
export function formatMoment(moment: Date | number, locale: string, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(locale, options).format(moment);
}

/** The time of day of a moment in `timeZone` ("18:00", "6:00 PM"). */
export function timeOf(moment: Date | number, locale: string, timeZone?: string): string {
  return formatMoment(moment, locale, { hour: 'numeric', minute: '2-digit', timeZone });
}

/** Two times of one day as a range ("18:00–20:00", "6:00 – 8:00 PM"), in `timeZone`. */
export function timeRange(start: Date | number, end: Date | number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).formatRange(start, end);
}

/** A time zone's name in words ("Central European Time", "Mitteleuropäische Zeit"); undefined for an unknown zone. */
export function timeZoneName(zone: string, locale: string): string | undefined {
  try {
    return formatParts(new Date(), locale, { timeZone: zone, timeZoneName: 'longGeneric' }).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

function formatParts(moment: Date | number, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatPart[] {
  return dateTimeFormat(locale, options).formatToParts(moment);
}

/** A number of days from today in words: "today", "tomorrow", "vor 3 Tagen", "منذ ٣ أيام". */
export function relativeDays(days: number, locale: string): string {
  return cached(`rd:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
}

/** How long ago, in words: `ago(0, 'day')` "today", `ago(3, 'week')` "3 weeks ago", "vor 3 Wochen". */
export function ago(amount: number, unit: Intl.RelativeTimeFormatUnit, locale: string): string {
  return cached(`rd:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(-amount, unit);
}

/** A length of time in words: `duration(12, 'month')` "12 months", "12 Monate", "۱۲ ماه". */
export function duration(amount: number, unit: 'day' | 'week' | 'month' | 'year', locale: string): string {
  return cached(`du:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })).format(amount);
}

export function distance(km: number, locale: string): string {
  const format = cached(`km:${locale}:${km < 10 ? 1 : 0}`, () =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }),
  );
  return format.format(km);
}

export function count(n: number, locale: string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/**
 * A language's name in the visitor's language ("Arabisch", "Paschtu"); where the browser has no
 * name for it there ("rom", "de-x-ls"), its own name ("Romani čhib", "Leichte Sprache").
 */
export function languageName(tag: string, locale: string): string {
  // Intl drops a private-use part ("de-x-ls" would be "German"): such a variety has its own name.
  if (/-x-/i.test(tag)) return endonym(tag);
  let name: string | undefined;
  try {
    name = cached(`ln:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' })).of(tag);
  } catch {
    // A tag Intl does not take (private use such as de-x-ls).
  }
  return name && name.toLowerCase() !== tag.toLowerCase() ? name : endonym(tag);
}

export function list(items: string[], locale: string): string {
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
