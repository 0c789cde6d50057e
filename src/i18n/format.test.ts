// Dates are Gregorian in every locale, in the locale's own digits and month names (Node's ICU; the
// browser test tests/languages.browser.test.ts checks the same in Chromium).
import { describe, expect, it } from 'vitest';
import { ago, duration, formatDate, formatMoment, relativeDays, timeOf, timeRange, timeZoneName, weekdayName } from './format.js';
import { dateLocale } from './locales.js';

describe('dates on the Gregorian calendar', () => {
  it('Farsi: Persian digits and the Persian names of the Gregorian months, never the Solar Hijri calendar', () => {
    expect(formatDate('2026-12-09', 'fa')).toBe('۹ دسامبر ۲۰۲۶');
    expect(formatDate('2026-11-30', 'fa')).toBe('۳۰ نوامبر ۲۰۲۶');
    expect(formatDate('2026-11-30', 'fa')).not.toMatch(/آذر|۱۴۰۵/);
    expect(formatMoment(Date.UTC(2026, 11, 9, 12), 'fa', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' })).toBe('چهارشنبه ۹ دسامبر');
  });

  it('Dari: the Afghan names of the Gregorian months (fa-AF), while Farsi of Iran keeps its own', () => {
    const months = (locale: string) => Array.from({ length: 12 }, (_, m) => formatMoment(Date.UTC(2026, m, 15), locale, { month: 'long', timeZone: 'UTC' }));
    expect(months('fa-AF')).toEqual(['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر']);
    expect(months('fa')).toEqual(['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']);
    expect(formatDate('2026-11-30', 'fa-AF')).toBe('۳۰ نومبر ۲۰۲۶');
    expect(formatDate('2026-11-30', 'fa-AF')).not.toMatch(/قوس|۱۴۰۵/);
    expect(formatMoment(Date.UTC(2026, 11, 9, 12), 'fa-AF', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' })).toBe('چهارشنبه ۹ دسمبر');
    // Weekdays and times are the same as in Iran.
    expect(weekdayName('we', 'fa-AF')).toBe(weekdayName('we', 'fa'));
    expect(timeOf(Date.UTC(2026, 11, 9, 17), 'fa-AF', 'Europe/Berlin')).toBe('۱۸:۰۰');
  });

  it('dates a Dari reader (prs, fa-AF) in fa-AF, a Farsi reader (fa, fa-IR) in fa, each by the first language that reads the interface', () => {
    for (const tag of ['prs', 'prs-AF', 'fa-AF', 'fa-af', 'fa-Arab-AF']) expect(dateLocale('fa', [tag]), tag).toBe('fa-AF');
    for (const tag of ['fa', 'fa-IR', 'fa-Arab']) expect(dateLocale('fa', [tag]), tag).toBe('fa');
    expect(dateLocale('fa', ['ps', 'prs', 'en'])).toBe('fa-AF');
    expect(dateLocale('fa', ['fa', 'prs'])).toBe('fa');
    expect(dateLocale('fa', ['prs', 'fa'])).toBe('fa-AF');
    expect(dateLocale('fa', [])).toBe('fa');
    expect(dateLocale('en', ['ps', 'en', 'prs'])).toBe('en');
    expect(dateLocale('de', ['de-AT'])).toBe('de');
    expect(formatDate('2026-11-30', dateLocale('fa', ['prs']))).toBe('۳۰ نومبر ۲۰۲۶');
    expect(formatDate('2026-11-30', dateLocale('fa', ['fa-IR']))).toBe('۳۰ نوامبر ۲۰۲۶');
  });

  it('Arabic: Gregorian month names, also for a region whose default calendar is another', () => {
    expect(formatDate('2026-12-09', 'ar')).toMatch(/^(9|٩) ديسمبر (2026|٢٠٢٦)$/);
    expect(formatDate('2026-12-09', 'ar-SA')).toMatch(/ديسمبر (2026|٢٠٢٦)/);
    expect(formatDate('2026-12-09', 'th')).toMatch(/2026/);
  });

  it('Ukrainian: month names in the genitive', () => {
    expect(formatDate('2026-12-09', 'uk')).toBe('9 грудня 2026 р.');
    expect(formatMoment(Date.UTC(2026, 2, 3, 12), 'uk', { day: 'numeric', month: 'long', timeZone: 'UTC' })).toBe('3 березня');
  });

  it('keeps a date alone on its day, shows a moment in the time zone asked for, and returns text that is no date', () => {
    expect(formatDate('2026-12-09', 'de')).toBe('9. Dezember 2026');
    expect(formatDate('2026-11-03T13:05:00Z', 'de', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' })).toBe('3. November 2026 um 14:05');
    expect(formatDate('soon', 'de')).toBe('soon');
  });

  it('times, ranges, weekdays, relative days and lengths of time in the locale', () => {
    const start = Date.UTC(2026, 11, 9, 17);
    expect(timeOf(start, 'de', 'Europe/Berlin')).toBe('18:00');
    expect(timeRange(start, start + 2 * 3_600_000, 'de', 'Europe/Berlin')).toMatch(/^18:00\s?–\s?20:00( Uhr)?$/);
    expect(timeOf(start, 'fa', 'Europe/Berlin')).toBe('۱۸:۰۰');
    expect(weekdayName('we', 'fa')).toBe('چهارشنبه');
    expect(relativeDays(1, 'de')).toBe('morgen');
    expect(ago(3, 'week', 'de')).toBe('vor 3 Wochen');
    expect(duration(12, 'month', 'fa')).toBe('۱۲ ماه');
    expect(timeZoneName('Europe/Berlin', 'de')).toBe('Mitteleuropäische Zeit');
    expect(timeZoneName('Mars/Olympus', 'de')).toBeUndefined();
  });
});
