/**
 * iCalendar files (RFC 5545) for "add to calendar": CRLF line ends, lines folded at 75 octets,
 * text escaped, times in UTC (unambiguous in every calendar) and all-day events as dates.
 */
import type { Occurrence } from './occurrences.js';
import { safeUrl } from '../catalogue/url.js';
import { addDays, dayKey } from './zone.js';

export interface IcsText {
  title: string;
  description?: string;
  location?: string;
  lang?: string;
}

const encoder = new TextEncoder();

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A UTC date-time value (`20261203T170000Z`). */
export function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function dateValue(key: string): string {
  return key.replace(/-/g, '');
}

export interface IcsOptions {
  zone: string;
  /** Host name for UIDs (the catalogue's). */
  domain: string;
  /** The calendar's name. */
  name?: string;
  /** Text of each occurrence in the visitor's language. */
  text: (occurrence: Occurrence) => IcsText;
  now?: Date;
}

/** A VCALENDAR with one VEVENT per occurrence. */
export function toIcs(list: readonly Occurrence[], options: IcsOptions): string {
  const stamp = utc(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Willkommen Widgets//event-list//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const occurrence of list) {
    const { event } = occurrence;
    const text = options.text(occurrence);
    const language = text.lang ? `;LANGUAGE=${text.lang}` : '';
    const uidPart = `${event.id}-${utc(occurrence.start)}`.replace(/[^A-Za-z0-9._:-]/g, '-');
    lines.push('BEGIN:VEVENT', `UID:${uidPart}@${options.domain}`, `DTSTAMP:${stamp}`);
    if (occurrence.allDay) {
      const first = dayKey(occurrence.start, options.zone);
      const last = dayKey(new Date(occurrence.end.getTime() - 1), options.zone);
      lines.push(`DTSTART;VALUE=DATE:${dateValue(first)}`, `DTEND;VALUE=DATE:${dateValue(addDays(last, 1))}`);
    } else {
      lines.push(`DTSTART:${utc(occurrence.start)}`, `DTEND:${utc(occurrence.end)}`);
    }
    lines.push(`SUMMARY${language}:${escapeText(text.title)}`);
    if (text.description) lines.push(`DESCRIPTION${language}:${escapeText(text.description)}`);
    if (text.location) lines.push(`LOCATION:${escapeText(text.location)}`);
    const url = safeUrl(event.url);
    if (url?.startsWith('http')) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
