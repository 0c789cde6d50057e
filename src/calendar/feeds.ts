/**
 * Calendar feeds (RFC 5545) that a publisher serves as static files and calendar apps subscribe to
 * (webcal:// or https): one for all events, one for each category and each region that has events
 * (docs/catalogue-format.md, "Calendar feeds"). Every event appears once, with its recurrence rule,
 * at its wall-clock time in the catalogue's time zone, which the feed describes in a VTIMEZONE
 * made from the zone's offsets (Intl): a weekly event at 18:00 stays at 18:00 across daylight
 * saving changes. Texts are in the catalogue's default language. Pure: the same catalogue, `now`
 * and options give the same bytes; the command line writes the files.
 */
import { RRule } from 'rrule';
import type { Catalogue, CatalogueEvent, LangMap, Location } from '../catalogue/schema.js';
import { localText } from '../catalogue/text.js';
import { safeUrl } from '../catalogue/url.js';
import { feedFileName, feedUrl, type FeedScope } from './feed-names.js';
import { escapeText, foldLine, utc } from './ics.js';
import { firstSpan } from './occurrences.js';
import { addDays, dayKey, floating, fromFloating, instantOf, startOfDay, wallTime, zoneOffset, type WallTime } from './zone.js';

export { FEED_FILE, feedFileName, feedUrl, webcalUrl, type FeedScope } from './feed-names.js';

export interface FeedOptions {
  /** The moment the feeds are made: events that ended more than `pastDays` days before are left out. */
  now: Date;
  /** Days an event stays in the feeds after it has ended (for recurring ones: its last occurrence). Default 30. */
  pastDays?: number;
  /**
   * DTSTAMP of every event. Default: the catalogue's `updated`, else the start of the day of `now`
   * (UTC), so that feeds written again the same day are the same bytes.
   */
  stamp?: Date;
  /** The https folder the feeds are served from. Default: the catalogue's `feeds.url`. */
  url?: string;
  /** The host name in UIDs (`<event id>@<domain>`). Default: the host of the publisher's address, else of the folder. */
  domain?: string;
}

export interface CalendarFeed {
  /** `events.ics`, `events-category-<id>.ics` or `events-region-<id>.ics`. */
  name: string;
  text: string;
  /** Events in the feed (a recurring event counts once). */
  events: number;
  /** The category or the region whose events the feed holds; none for all events. */
  scope?: FeedScope;
  /** The calendar's name (X-WR-CALNAME). */
  title: string;
  /** The feed's https address, when the folder's is known. */
  url?: string;
}

const DAY = 86_400_000;
const PRODID = '-//Willkommen Widgets//calendar feeds//EN';
/** How long a calendar app waits before it asks for the feed again. */
const REFRESH = 'PT12H';
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Host name of UIDs when neither the publisher's nor the feeds' address is known. */
const FALLBACK_DOMAIN = 'willkommen-widgets.invalid';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A local date-time value (`20261203T180000`), read in the zone named by TZID. */
function localValue(w: WallTime): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** A DATE value (`20261203`) for a day key (`2026-12-03`). */
function dateValue(key: string): string {
  return key.replace(/-/g, '');
}

/** A parameter value, quoted when it holds a character that ends a parameter. */
function param(value: string): string {
  return /[:;,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** A UTC offset as TZOFFSETFROM and TZOFFSETTO write it (`+0100`, `-0330`, `+005328`). */
function offsetValue(ms: number): string {
  const seconds = Math.abs(Math.round(ms / 1000));
  const s = seconds % 60;
  return `${ms < 0 ? '-' : '+'}${pad(Math.floor(seconds / 3600))}${pad(Math.floor((seconds % 3600) / 60))}${s ? pad(s) : ''}`;
}

/** Text without the control characters iCalendar TEXT does not allow (line breaks are escaped). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function hostOf(url: string | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe && /^https?:/.test(safe) ? new URL(safe).hostname || undefined : undefined;
}

/* ---------------------------------------------------------------- VTIMEZONE */

interface Transition {
  /** The instant of the change. */
  at: number;
  /** Offsets before and after, in milliseconds. */
  from: number;
  to: number;
}

/** The instants in [from, to) at which the zone's offset changes, found day by day and then to the second. */
function transitions(zone: string, from: number, to: number): Transition[] {
  const offsetAt = (ms: number) => zoneOffset(new Date(ms), zone);
  const found: Transition[] = [];
  let t = from;
  let offset = offsetAt(t);
  while (t < to) {
    const next = Math.min(t + DAY, to);
    if (offsetAt(next) === offset) {
      t = next;
      continue;
    }
    let lo = Math.floor(t / 1000);
    let hi = Math.floor(next / 1000);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid * 1000) === offset) lo = mid;
      else hi = mid;
    }
    const after = offsetAt(hi * 1000);
    found.push({ at: hi * 1000, from: offset, to: after });
    offset = after;
    t = hi * 1000;
  }
  return found;
}

interface Onset extends Transition {
  /** Wall time of the change, in the offset before it (how DTSTART of an observance reads). */
  wall: WallTime;
  weekday: string;
  /** Which weekday of the month it is (1–5), and whether it is the month's last. */
  nth: number;
  last: boolean;
}

function onset(t: Transition): Onset {
  const wall = fromFloating(new Date(t.at + t.from));
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  return { ...t, wall, weekday: WEEKDAY_CODES[date.getUTCDay()], nth: Math.ceil(wall.day / 7), last: wall.day + 7 > daysInMonth };
}

/**
 * The VTIMEZONE of `zone` for the years `fromYear` to `toYear`: the changes of offset found with
 * Intl, written as STANDARD and DAYLIGHT observances. A change that comes back every year on the
 * same weekday of the same month (the last Sunday of March, the second Sunday of March…) up to
 * `toYear` gets a yearly RRULE, so it holds on after `toYear`; other changes are listed, one
 * RDATE each and the first onset too (some readers take an observance's onsets from its RDATEs
 * alone, and only the first value of each). A zone without changes gets one STANDARD observance
 * with its offset.
 */
export function timeZoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const found = transitions(zone, start, Date.UTC(toYear + 1, 0, 1)).map(onset);
  const observances: { first: number; lines: string[] }[] = [];
  const observance = (kind: string, dtstart: string, from: number, to: number, extra: string[], first: number) =>
    observances.push({ first, lines: [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${offsetValue(from)}`, `TZOFFSETTO:${offsetValue(to)}`, ...extra, `END:${kind}`] });

  // The offset in force from the start, when no change comes in the first year.
  if (!found.length || found[0].wall.year > fromYear) {
    const offset = zoneOffset(new Date(start), zone);
    const daylight = found.some((t) => t.from === offset && t.to < offset);
    observance(daylight ? 'DAYLIGHT' : 'STANDARD', localValue(fromFloating(new Date(start + offset))), offset, offset, [], start);
  }

  // Changes of the same kind (same offsets, month, weekday and time), in runs of consecutive years.
  const groups = new Map<string, Onset[][]>();
  for (const t of found) {
    const key = [t.from, t.to, t.wall.month, t.weekday, t.wall.hour, t.wall.minute, t.wall.second].join('|');
    const runs = groups.get(key) ?? [];
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].wall.year === t.wall.year - 1) run.push(t);
    else runs.push([t]);
    groups.set(key, runs);
  }
  for (const runs of groups.values()) {
    for (const run of runs) {
      const [first] = run;
      const kind = first.to > first.from ? 'DAYLIGHT' : 'STANDARD';
      const nth = run.every((t) => t.last) ? -1 : run.every((t) => t.nth === first.nth) ? first.nth : undefined;
      const lasting = run.length > 1 && run[run.length - 1].wall.year === toYear && nth !== undefined;
      const extra = lasting
        ? [`RRULE:FREQ=YEARLY;BYMONTH=${first.wall.month};BYDAY=${nth}${first.weekday}`]
        : run.length > 1
          ? run.map((t) => `RDATE:${localValue(t.wall)}`)
          : [];
      observance(kind, localValue(first.wall), first.from, first.to, extra, first.at);
    }
  }
  observances.sort((a, b) => a.first - b.first);
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances.flatMap((o) => o.lines), 'END:VTIMEZONE'];
}

/* ---------------------------------------------------------------- VEVENT */

/**
 * A recurrence rule as the feed writes it: UNTIL in the form RFC 5545 asks for next to DTSTART
 * (a date for all-day events; for the others a UTC date-time, a date meaning the end of that day in
 * the zone), checked with the same library the elements expand it with. A rule that library
 * cannot read is left out, as the elements then show the first occurrence only.
 */
function recurrenceRule(value: string, start: Date, allDay: boolean, zone: string): { value: string; rule: RRule } | undefined {
  const until = (v: string) => {
    const m = /^(\d{8})(?:T(\d{6})(Z)?)?$/.exec(v);
    if (!m) return v;
    const day = `${m[1].slice(0, 4)}-${m[1].slice(4, 6)}-${m[1].slice(6)}`;
    if (allDay) return m[3] ? dateValue(dayKey(new Date(`${day}T${m[2].replace(/(\d\d)(\d\d)(\d\d)/, '$1:$2:$3')}Z`), zone)) : m[1];
    if (m[3]) return v;
    if (!m[2]) return utc(new Date(startOfDay(addDays(day, 1), zone).getTime() - 1000));
    const [hour, minute, second] = [0, 2, 4].map((i) => Number(m[2].slice(i, i + 2)));
    const [year, month, date] = day.split('-').map(Number);
    return utc(instantOf({ year, month, day: date, hour, minute, second }, zone));
  };
  const written = value
    .split(';')
    .map((part) => (part.startsWith('UNTIL=') ? `UNTIL=${until(part.slice(6))}` : part))
    .join(';');
  try {
    const options = RRule.parseString(written);
    return { value: written, rule: new RRule({ ...options, dtstart: floating(wallTime(start, zone)), tzid: null }) };
  } catch {
    return undefined;
  }
}

function placeOf(location: Location | undefined): string | undefined {
  const l = location;
  return [l?.street, [l?.postalCode, l?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ') || undefined;
}

/** A coordinate as a FLOAT value: six decimals at most, never an exponent. */
function coordinate(n: number): string {
  return n.toFixed(6).replace(/\.?0+$/, '');
}

interface FeedEvent {
  event: CatalogueEvent;
  /** The VEVENT, folded, without the last line end. */
  text: string;
  year: number;
}

/** The catalogue's events that belong in feeds (not long over), each as its VEVENT lines. */
function feedEvents(catalogue: Catalogue, options: FeedOptions, domain: string): FeedEvent[] {
  const zone = catalogue.timeZone;
  const tzid = param(zone);
  const language = catalogue.defaultLanguage;
  const stamp = utc(options.stamp ?? new Date(catalogue.updated ?? Math.floor(options.now.getTime() / DAY) * DAY));
  const cutoff = options.now.getTime() - Math.max(0, options.pastDays ?? 30) * DAY;
  const categoryNames = new Map(catalogue.categories.map((c) => [c.id, localText(c.name, language, language)?.text]));
  /** A TEXT property in the default language, with LANGUAGE= when the text is in another. */
  const textLine = (name: string, value: LangMap | undefined, after?: string): string | undefined => {
    const text = localText(value, language, language);
    const body = [text?.text, after].filter(Boolean).join('\n\n');
    if (!body) return undefined;
    return `${name}${text && text.lang !== language ? `;LANGUAGE=${param(text.lang)}` : ''}:${escapeText(clean(body))}`;
  };

  const out: FeedEvent[] = [];
  for (const event of catalogue.events) {
    const first = firstSpan(event, zone);
    if (Number.isNaN(first.start.getTime()) || Number.isNaN(first.end.getTime())) continue;
    const recurrence = event.recurrence ? recurrenceRule(event.recurrence, first.start, first.allDay, zone) : undefined;
    // Left out when over for longer than `pastDays`: a single event after its end, a recurring one
    // with COUNT or UNTIL after its last occurrence. Rules without an end go on for ever.
    if (!recurrence) {
      if (first.end.getTime() < cutoff) continue;
    } else if (/(?:^|;)(?:COUNT|UNTIL)=/.test(recurrence.value)) {
      const duration = first.end.getTime() - first.start.getTime();
      if (!recurrence.rule.after(floating(wallTime(new Date(cutoff - duration), zone)), true)) continue;
    }

    const lines = ['BEGIN:VEVENT', `UID:${event.id}@${domain}`, `DTSTAMP:${stamp}`];
    const startDay = dayKey(first.start, zone);
    if (first.allDay) {
      let endDay = addDays(dayKey(new Date(first.end.getTime() - 1), zone), 1);
      if (endDay <= startDay) endDay = addDays(startDay, 1);
      lines.push(`DTSTART;VALUE=DATE:${dateValue(startDay)}`, `DTEND;VALUE=DATE:${dateValue(endDay)}`);
    } else {
      lines.push(`DTSTART;TZID=${tzid}:${localValue(wallTime(first.start, zone))}`, `DTEND;TZID=${tzid}:${localValue(wallTime(first.end, zone))}`);
    }
    if (recurrence) lines.push(`RRULE:${recurrence.value}`);
    lines.push(textLine('SUMMARY', event.title) as string);
    // The event's page also closes the description: many calendar apps do not show URL.
    const url = safeUrl(event.url);
    const link = url && /^https?:/.test(url) ? url : undefined;
    const description = textLine('DESCRIPTION', event.description, link);
    if (description) lines.push(description);
    const place = placeOf(event.location);
    if (place) lines.push(`LOCATION:${escapeText(clean(place))}`);
    const { lat, lon } = event.location ?? {};
    if (lat !== undefined && lon !== undefined) lines.push(`GEO:${coordinate(lat)};${coordinate(lon)}`);
    const categories = (event.categories ?? []).map((id) => categoryNames.get(id)).filter((name): name is string => !!name);
    if (categories.length) lines.push(`CATEGORIES:${categories.map((name) => escapeText(clean(name))).join(',')}`);
    if (link) lines.push(`URL:${link}`);
    lines.push('END:VEVENT');
    out.push({ event, text: lines.map(foldLine).join('\r\n'), year: Number(startDay.slice(0, 4)) });
  }
  return out;
}

/* ---------------------------------------------------------------- feeds */

/**
 * The calendar feeds of a validated catalogue: `events.ics` with every event, then one file for
 * each category and each region (in the catalogue's order) that has events. A feed without events
 * is not made; a catalogue without current events gives no feeds.
 */
export function calendarFeeds(catalogue: Catalogue, options: FeedOptions): CalendarFeed[] {
  const folder = options.url ?? catalogue.feeds?.url;
  const domain = (options.domain ?? hostOf(catalogue.publisher?.url) ?? hostOf(folder) ?? FALLBACK_DOMAIN).replace(/[^A-Za-z0-9.-]/g, '-');
  const events = feedEvents(catalogue, options, domain);
  if (!events.length) return [];

  const zone = catalogue.timeZone;
  const language = catalogue.defaultLanguage;
  const nowYear = Number(dayKey(options.now, zone).slice(0, 4));
  const firstYear = events.reduce((min, e) => Math.min(min, e.year), nowYear);
  const lastYear = events.reduce((max, e) => Math.max(max, e.year), nowYear);
  const timeZone = timeZoneLines(zone, Math.max(1970, firstYear - 1), lastYear + 1).map(foldLine).join('\r\n');
  const title = localText(catalogue.title, language, language) ?? (catalogue.publisher ? { text: catalogue.publisher.name, lang: language } : { text: domain, lang: language });

  const feeds: CalendarFeed[] = [];
  const feed = (scope: FeedScope | undefined, name: LangMap | undefined, list: FeedEvent[]) => {
    if (!list.length) return;
    const part = localText(name, language, language)?.text;
    const calendarName = clean(part ? `${title.text} – ${part}` : title.text);
    const file = feedFileName(scope);
    const url = feedUrl(folder, scope);
    const head = [
      'BEGIN:VCALENDAR',
      `PRODID:${PRODID}`,
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      `NAME${title.lang !== language ? `;LANGUAGE=${param(title.lang)}` : ''}:${escapeText(calendarName)}`,
      `X-WR-CALNAME:${escapeText(calendarName)}`,
      `X-WR-TIMEZONE:${zone}`,
      `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
      `X-PUBLISHED-TTL:${REFRESH}`,
      ...(url ? [`SOURCE;VALUE=URI:${url}`] : []),
    ];
    const text = [...head.map(foldLine), timeZone, ...list.map((e) => e.text), 'END:VCALENDAR'].join('\r\n');
    feeds.push({ name: file, text: `${text}\r\n`, events: list.length, ...(scope ? { scope } : {}), title: calendarName, ...(url ? { url } : {}) });
  };
  // The events of each category and region, in one pass (a catalogue has up to 2,000 regions).
  const byCategory = new Map<string, FeedEvent[]>();
  const byRegion = new Map<string, FeedEvent[]>();
  const add = (map: Map<string, FeedEvent[]>, id: string, e: FeedEvent) => {
    const list = map.get(id);
    if (list) list.push(e);
    else map.set(id, [e]);
  };
  for (const e of events) {
    for (const id of new Set(e.event.categories ?? [])) add(byCategory, id, e);
    if (e.event.location?.region) add(byRegion, e.event.location.region, e);
  }
  feed(undefined, undefined, events);
  for (const category of catalogue.categories) feed({ category: category.id }, category.name, byCategory.get(category.id) ?? []);
  for (const region of catalogue.regions) feed({ region: region.id }, region.name, byRegion.get(region.id) ?? []);
  return feeds;
}
