/**
 * "Report a mistake": the links to a catalogue's corrections form or address, filled with the
 * entry a visitor saw. Both only open something (the publisher's form, the visitor's mail
 * program): nothing is sent without the visitor. Every link goes through the one URL check.
 */
import { mailtoUrl, safeUrl } from './url.js';

/** The entry a visitor reports: its id, its title as shown, and the page it was seen on. */
export interface ReportedEntry {
  id: string;
  title: string;
  page: string;
}

/** Titles longer than this are shortened in a link that would otherwise be too long. */
const SHORT_TITLE = 80;

function shorten(entry: ReportedEntry): ReportedEntry {
  return entry.title.length > SHORT_TITLE ? { ...entry, title: `${[...entry.title].slice(0, SHORT_TITLE).join('')}…` } : entry;
}

/** A template's placeholder, written as is or as the URL parser writes it in a path (`%7Bid%7D`). */
const placeholder = (name: keyof ReportedEntry) => new RegExp(`\\{${name}\\}|%7B${name}%7D`, 'gi');

function fill(template: string, entry: ReportedEntry): string {
  let url = template;
  for (const name of ['id', 'title', 'page'] as const) url = url.replace(placeholder(name), () => encodeURIComponent(entry[name]));
  return url;
}

/**
 * The corrections form for `entry`: the template with `{id}`, `{title}` and `{page}` filled in
 * (URL-encoded), when the result is a safe https link. A title too long for a link is shortened.
 */
export function correctionFormUrl(template: string | undefined, entry: ReportedEntry): string | undefined {
  if (!template || !/^https:\/\//i.test(template)) return undefined;
  for (const attempt of [entry, shorten(entry)]) {
    const url = safeUrl(fill(template, attempt));
    if (url?.startsWith('https:')) return url;
  }
  return undefined;
}

/** The text of a report mail, in the visitor's language. */
export interface ReportMail {
  subject: string;
  /** Lines of the body. */
  lines: string[];
}

/**
 * A mailto: link to the corrections address with the subject and body that `write` makes for
 * `entry` (URL-encoded, line breaks as CRLF), when the address is one and the link passes the URL
 * check. A title too long for a link is shortened.
 */
export function correctionMailUrl(address: string | undefined, entry: ReportedEntry, write: (entry: ReportedEntry) => ReportMail): string | undefined {
  const base = address ? mailtoUrl(address) : undefined;
  if (!base) return undefined;
  for (const attempt of [entry, shorten(entry)]) {
    const mail = write(attempt);
    const url = safeUrl(`${base}?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.lines.join('\r\n'))}`);
    if (url) return url;
  }
  return undefined;
}
