// Calendar feeds, read back with an independent parser (ical.js): time zones, recurrence across
// daylight saving changes, all-day events, hostile text, links, determinism, line lengths.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ID, type Catalogue } from '../catalogue/schema.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { calendarFeeds, feedFileName, feedUrl, webcalUrl, type CalendarFeed, type FeedOptions } from './feeds.js';
import { instantOf } from './zone.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const STAMP = new Date('2026-02-27T08:00:00Z');

/** A long text in Arabic with emoji and line breaks, far over one line of 75 octets. */
const ARABIC = 'مرحبًا بكم في مقهى اللغة 👋🏽 نتحدث الألمانية معًا، بدون تسجيل; لجميع المستويات 👩‍👩‍👧‍👦\nالعنوان: شارع الكاتدرائية ١٢، غرايفسفالد 🇩🇪 '.repeat(6);
const HOSTILE_TITLE = 'Beratung, Recht; Asyl \\ Aufenthalt\nZweite Zeile\\n (kein Umbruch) — 🧑‍⚖️ استشارة';

function fixture(extra: Record<string, unknown> = {}, events: Record<string, unknown>[] = []): Catalogue {
  const { catalogue, problems } = validateCatalogue({
    format: 'willkommen-catalogue',
    version: 1,
    title: { de: 'Ankommen in Vorpommern und Thüringen', en: 'Arriving in Western Pomerania and Thuringia' },
    publisher: { name: 'Netzwerk Ankommen Greifswald e. V.', url: 'https://netzwerk-ankommen.example.org/' },
    updated: '2026-02-27T09:00:00+01:00',
    categories: [
      { id: 'language', name: { de: 'Deutsch lernen', en: 'Learning German' } },
      { id: 'family', name: { de: 'Familie', en: 'Family' } },
      { id: 'health', name: { de: 'Gesundheit', en: 'Health' } },
      { id: 'kurs:abend', name: 'Abendkurse' },
    ],
    regions: [
      { id: 'greifswald', name: 'Greifswald' },
      { id: 'weimar', name: 'Weimar' },
      { id: 'erfurt', name: 'Erfurt' },
      { id: 'suhl', name: 'Suhl' },
    ],
    events: [
      {
        id: 'sprachcafe-greifswald',
        title: { de: 'Sprachcafé Greifswald', en: 'Language café Greifswald' },
        description: { de: 'Deutsch sprechen in entspannter Runde.' },
        start: '2026-03-03T18:00:00+01:00',
        end: '2026-03-03T20:00:00+01:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU',
        categories: ['language', 'kurs:abend'],
        location: { street: 'Domstraße 12', postalCode: '17489', locality: 'Greifswald', region: 'greifswald', lat: 54.0958, lon: 13.3778 },
        url: 'https://netzwerk-ankommen.example.org/sprachcafe',
      },
      {
        id: 'familienfest-weimar',
        title: 'Familienfest im Park',
        start: '2026-06-20',
        end: '2026-06-21',
        categories: ['family'],
        location: { locality: 'Weimar', region: 'weimar' },
      },
      {
        id: 'beratung-erfurt',
        title: { de: HOSTILE_TITLE },
        description: { de: ARABIC },
        start: '2026-04-14T10:00:00+02:00',
        location: { street: 'Anger 1, Hinterhaus; 2. Stock', postalCode: '99084', locality: 'Erfurt', region: 'erfurt' },
      },
      { id: 'english-only', title: { en: 'Job fair for newcomers' }, start: '2026-05-05T09:00:00+02:00', end: '2026-05-05T15:00:00+02:00', location: { locality: 'Suhl', region: 'suhl' } },
      // Ended 10 days before NOW: still in the feeds; ended 40 days before: left out.
      { id: 'recent', title: 'Infoabend Ausbildung', start: '2026-02-19T18:00:00+01:00', end: '2026-02-19T20:00:00+01:00' },
      { id: 'long-past', title: 'Neujahrsempfang', start: '2026-01-20T18:00:00+01:00', end: '2026-01-20T20:00:00+01:00', categories: ['health'] },
      // A series whose last meeting was long ago; and one that goes on.
      { id: 'old-series', title: 'Nähkurs', start: '2025-09-02T17:00:00+02:00', recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20251216', categories: ['health'] },
      { id: 'old-but-ongoing', title: 'Elterncafé', start: '2024-09-04T09:30:00+02:00', recurrence: 'FREQ=WEEKLY;BYDAY=WE', categories: ['family'] },
      ...events,
    ],
    ...extra,
  });
  expect(problems).toEqual([]);
  return catalogue;
}

const options: FeedOptions = { now: NOW, stamp: STAMP };

function parse(feed: CalendarFeed) {
  const calendar = new ICAL.Component(ICAL.parse(feed.text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  expect(zone).not.toBeNull();
  return { calendar, events, zone: zone as ICAL.Component };
}
const byName = (feeds: CalendarFeed[], name: string) => {
  const feed = feeds.find((f) => f.name === name);
  expect(feed, name).toBeDefined();
  return feed as CalendarFeed;
};
const eventById = (feed: CalendarFeed, id: string) => parse(feed).events.find((e) => e.uid.startsWith(`${id}@`)) as ICAL.Event;

describe('calendar feeds', () => {
  const catalogue = fixture();
  const feeds = calendarFeeds(catalogue, options);

  it('makes one feed for all events and one for each category and each region that has events', () => {
    expect(feeds.map((f) => [f.name, f.events])).toEqual([
      ['events.ics', 6],
      ['events-category-language.ics', 1],
      ['events-category-family.ics', 2],
      ['events-category-kurs~abend.ics', 1],
      ['events-region-greifswald.ics', 1],
      ['events-region-weimar.ics', 1],
      ['events-region-erfurt.ics', 1],
      ['events-region-suhl.ics', 1],
    ]);
    // The category with only past events ("health") has no feed. The ids are the format's.
    for (const c of [...catalogue.categories, ...catalogue.regions]) expect(c.id).toMatch(ID);
    expect(feeds.every((f) => /^events(-(category|region)-[A-Za-z0-9._~-]+)?\.ics$/.test(f.name))).toBe(true);
  });

  it('parses with ical.js, with a VTIMEZONE of the catalogue’s zone and every event’s title', () => {
    for (const feed of feeds) {
      const { calendar, events, zone } = parse(feed);
      expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
      expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('Willkommen Widgets');
      expect(String(calendar.getFirstProperty('refresh-interval')?.toICALString())).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
      expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT12H');
      expect(zone.getAllSubcomponents('standard')).toHaveLength(1);
      expect(zone.getAllSubcomponents('daylight')).toHaveLength(1);
      expect(events).toHaveLength(feed.events);
      for (const event of events) {
        const id = event.uid.replace(/@.*$/, '');
        const source = catalogue.events.find((e) => e.id === id);
        expect(source, event.uid).toBeDefined();
        const title = typeof source?.title === 'string' ? source.title : (source?.title.de ?? source?.title.en);
        expect(event.summary).toBe(title);
        expect(event.startDate.isDate || event.startDate.zone?.tzid === 'Europe/Berlin').toBe(true);
      }
    }
    expect(byName(feeds, 'events.ics').text).toContain('X-WR-CALNAME:Ankommen in Vorpommern und Thüringen\r\n');
    expect(parse(byName(feeds, 'events-category-language.ics')).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ankommen in Vorpommern und Thüringen – Deutsch lernen');
    expect(parse(byName(feeds, 'events-region-weimar.ics')).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ankommen in Vorpommern und Thüringen – Weimar');
  });

  it('writes the zone’s daylight saving rules as yearly RRULEs', () => {
    const { zone } = parse(feeds[0]);
    const observance = (kind: string) => zone.getFirstSubcomponent(kind) as ICAL.Component;
    const rule = (kind: string) => String(observance(kind).getFirstPropertyValue('rrule'));
    expect(rule('daylight')).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(rule('standard')).toBe('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(observance('daylight').getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+02:00');
    expect(observance('standard').getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+01:00');
  });

  it('keeps a weekly event at 18:00 local across both daylight saving changes (ical.js expansion)', () => {
    const event = eventById(feeds[0], 'sprachcafe-greifswald');
    expect(event.isRecurring()).toBe(true);
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
    // The zone comes from the feed's own VTIMEZONE, not from a zone database.
    expect(ICAL.TimezoneService.has('Europe/Berlin')).toBe(false);
    const iterator = event.iterator();
    const seen: ICAL.Time[] = [];
    for (let next = iterator.next(); next && next.year === 2026 && next.month <= 11; next = iterator.next()) seen.push(next);
    expect(seen.every((t) => t.hour === 18 && t.minute === 0 && t.dayOfWeek() === ICAL.Time.TUESDAY)).toBe(true);
    const utc = (day: string) => seen.find((t) => t.toString().startsWith(day))?.toJSDate().toISOString();
    expect(utc('2026-03-03')).toBe('2026-03-03T17:00:00.000Z');
    expect(utc('2026-03-24')).toBe('2026-03-24T17:00:00.000Z');
    expect(utc('2026-03-31')).toBe('2026-03-31T16:00:00.000Z');
    expect(utc('2026-10-20')).toBe('2026-10-20T16:00:00.000Z');
    expect(utc('2026-10-27')).toBe('2026-10-27T17:00:00.000Z');
    expect(utc('2026-11-24')).toBe('2026-11-24T17:00:00.000Z');
    // Two hours each, as in the catalogue.
    expect(event.duration.toSeconds()).toBe(2 * 3600);
  });

  it('writes the local time with TZID, not UTC, once per event, with a stable UID', () => {
    const text = feeds[0].text;
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260303T180000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Berlin:20260303T200000\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(text).toContain('UID:sprachcafe-greifswald@netzwerk-ankommen.example.org\r\n');
    expect(text).toContain('DTSTAMP:20260227T080000Z\r\n');
    expect(text.match(/UID:sprachcafe-greifswald@/g)).toHaveLength(1);
    expect(text).not.toMatch(/^DTSTART:\d{8}T\d{6}Z/m);
    // An event without an end lasts an hour, as the elements show it.
    const plain = eventById(feeds[0], 'beratung-erfurt');
    expect(plain.endDate.toString()).toBe('2026-04-14T11:00:00');
  });

  it('keeps an all-day event a date, its last day included', () => {
    const event = eventById(feeds[0], 'familienfest-weimar');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-06-20');
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2026-06-22');
    expect(feeds[0].text).toContain('DTSTART;VALUE=DATE:20260620\r\n');
  });

  it('round-trips hostile text exactly: line breaks, commas, semicolons, backslashes, Arabic and emoji', () => {
    const event = eventById(feeds[0], 'beratung-erfurt');
    expect(event.summary).toBe(HOSTILE_TITLE);
    expect(event.description).toBe(ARABIC);
    expect(event.location).toBe('Anger 1, Hinterhaus; 2. Stock, 99084 Erfurt');
  });

  it('gives the text in the catalogue’s language, and LANGUAGE= where there is none', () => {
    const english = parse(feeds[0]).calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith('english-only@'));
    expect(english?.getFirstProperty('summary')?.getParameter('language')).toBe('en');
    expect(english?.getFirstPropertyValue('summary')).toBe('Job fair for newcomers');
    const german = eventById(feeds[0], 'sprachcafe-greifswald');
    expect(german.summary).toBe('Sprachcafé Greifswald');
    expect(german.component.getFirstProperty('summary')?.getParameter('language')).toBeUndefined();
  });

  it('adds the place, coordinates, categories and the page (also at the end of the description)', () => {
    const event = eventById(feeds[0], 'sprachcafe-greifswald');
    expect(event.location).toBe('Domstraße 12, 17489 Greifswald');
    expect(event.component.getFirstPropertyValue('geo')).toEqual([54.0958, 13.3778]);
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['Deutsch lernen', 'Abendkurse']);
    expect(String(event.component.getFirstPropertyValue('url'))).toBe('https://netzwerk-ankommen.example.org/sprachcafe');
    expect(event.description).toBe('Deutsch sprechen in entspannter Runde.\n\nhttps://netzwerk-ankommen.example.org/sprachcafe');
  });

  it('leaves out events over for more than 30 days (recurring ones after their last occurrence)', () => {
    const ids = parse(feeds[0]).events.map((e) => e.uid.replace(/@.*$/, ''));
    expect(ids).toContain('recent');
    expect(ids).toContain('old-but-ongoing');
    expect(ids).not.toContain('long-past');
    expect(ids).not.toContain('old-series');
    const later = calendarFeeds(catalogue, { ...options, pastDays: 5 });
    expect(parse(later[0]).events.map((e) => e.uid)).not.toContain('recent@netzwerk-ankommen.example.org');
    expect(calendarFeeds(fixture({ events: [{ id: 'x', title: 'Vorbei', start: '2025-05-01' }] }), options)).toEqual([]);
  });

  it('never writes a javascript: link, even from a catalogue that was not validated', () => {
    const unsafe = { ...catalogue, events: catalogue.events.map((e) => ({ ...e, url: 'javascript:alert(document.cookie)' })) };
    const written = calendarFeeds(unsafe, options);
    for (const feed of written) {
      expect(feed.text.toLowerCase()).not.toContain('javascript');
      for (const event of parse(feed).events) expect(event.component.getFirstProperty('url')).toBeNull();
    }
    expect(calendarFeeds(catalogue, { ...options, url: 'javascript:alert(1)//' })[0].text).not.toContain('javascript');
  });

  it('gives the same bytes for the same catalogue and now', () => {
    const again = calendarFeeds(fixture(), options);
    expect(again.map((f) => f.text)).toEqual(feeds.map((f) => f.text));
    // Without a stamp, DTSTAMP is the catalogue's "updated", else the day of now.
    expect(calendarFeeds(catalogue, { now: NOW })[0].text).toContain('DTSTAMP:20260227T080000Z\r\n');
    const { updated: _updated, ...undated } = catalogue;
    expect(calendarFeeds(undated, { now: NOW })[0].text).toContain('DTSTAMP:20260301T000000Z\r\n');
    expect(calendarFeeds(undated, { now: new Date('2026-03-01T23:59:00Z') })[0].text).toBe(calendarFeeds(undated, { now: NOW })[0].text);
  });

  it('folds lines at 75 octets and ends each with CRLF', () => {
    const encoder = new TextEncoder();
    for (const feed of feeds) {
      expect(feed.text.endsWith('\r\n')).toBe(true);
      expect(feed.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of feed.text.slice(0, -2).split('\r\n')) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    }
    expect(feeds[0].text).toMatch(/\r\n [^\r\n]/); // the long description was folded
  });

  it('names its address and its calendar, and takes the UID host from the options', () => {
    const withUrl = calendarFeeds(fixture({ feeds: { url: 'https://example.org/katalog/feeds/' } }), options);
    expect(withUrl[1].url).toBe('https://example.org/katalog/feeds/events-category-language.ics');
    expect(withUrl[1].text.replace(/\r\n /g, '')).toContain('SOURCE;VALUE=URI:https://example.org/katalog/feeds/events-category-language.ics\r\n');
    expect(parse(withUrl[1]).calendar.getFirstPropertyValue('source')).toBe('https://example.org/katalog/feeds/events-category-language.ics');
    expect(calendarFeeds(catalogue, { ...options, domain: 'kalender.example.org' })[0].text).toContain('UID:sprachcafe-greifswald@kalender.example.org\r\n');
    expect(feeds[0].url).toBeUndefined();
    expect(feeds[0].text).not.toContain('SOURCE');
  });
});

describe('time zones', () => {
  /** A catalogue in `zone` with a weekly event at 18:00 local, from `start` (a local date). */
  const inZone = (timeZone: string, start: string) =>
    validateCatalogue({ format: 'willkommen-catalogue', version: 1, timeZone, events: [{ id: 'weekly', title: 'Treffen', start: `${start}T18:00:00`, recurrence: 'FREQ=WEEKLY' }] }).catalogue;

  for (const [zone, rules] of [
    ['America/New_York', ['FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU']],
    ['Australia/Sydney', ['FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU']],
    ['Europe/London', ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']],
    ['Asia/Kolkata', []],
    ['UTC', []],
  ] as const) {
    it(`${zone}: the VTIMEZONE gives the instants Intl gives, all year`, () => {
      const catalogue = inZone(zone, '2026-01-06');
      const [feed] = calendarFeeds(catalogue, options);
      const { zone: vtimezone, events } = parse(feed);
      expect(vtimezone.getFirstPropertyValue('tzid')).toBe(zone);
      const observances = [...vtimezone.getAllSubcomponents('daylight'), ...vtimezone.getAllSubcomponents('standard')];
      expect(observances.map((o) => o.getFirstPropertyValue('rrule')).filter(Boolean).map(String).sort()).toEqual([...rules].sort());
      if (!rules.length) expect(observances).toHaveLength(1);
      const iterator = events[0].iterator();
      for (let next = iterator.next(), n = 0; n < 60; next = iterator.next(), n++) {
        expect(next.hour).toBe(18);
        const expected = instantOf({ year: next.year, month: next.month, day: next.day, hour: 18, minute: 0, second: 0 }, zone);
        expect(next.toJSDate().toISOString(), next.toString()).toBe(expected.toISOString());
      }
    });
  }
});

describe('time zones whose rules changed', () => {
  for (const [zone, start, weeks] of [
    ['America/New_York', '2005-01-04', 52 * 4],
    ['Europe/Moscow', '2010-01-05', 52 * 6],
  ] as const) {
    it(`${zone} from ${start.slice(0, 4)}: each change in its year, and the rule of today after`, () => {
      const { catalogue } = validateCatalogue({ format: 'willkommen-catalogue', version: 1, timeZone: zone, events: [{ id: 'weekly', title: 'Treffen', start: `${start}T18:00:00`, recurrence: 'FREQ=WEEKLY' }] });
      const [feed] = calendarFeeds(catalogue, options);
      const iterator = parse(feed).events[0].iterator();
      for (let next = iterator.next(), n = 0; n < weeks; next = iterator.next(), n++) {
        const expected = instantOf({ year: next.year, month: next.month, day: next.day, hour: 18, minute: 0, second: 0 }, zone);
        expect(next.toJSDate().toISOString(), next.toString()).toBe(expected.toISOString());
      }
    });
  }
});

describe('recurrence rules', () => {
  const rule = (event: Record<string, unknown>) => {
    const { catalogue } = validateCatalogue({ format: 'willkommen-catalogue', version: 1, events: [{ id: 'r', title: 'Kurs', ...event }] });
    const [feed] = calendarFeeds(catalogue, options);
    return { text: feed.text, event: parse(feed).events[0] };
  };

  it('writes UNTIL as UTC next to a local start, and as a date next to an all-day one', () => {
    const timed = rule({ start: '2026-03-03T18:00:00+01:00', recurrence: 'FREQ=WEEKLY;UNTIL=20260331' });
    expect(timed.text).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260331T215959Z\r\n');
    const days: string[] = [];
    for (let it = timed.event.iterator(), next = it.next(); next; next = it.next()) days.push(next.toString());
    expect(days).toEqual(['2026-03-03T18:00:00', '2026-03-10T18:00:00', '2026-03-17T18:00:00', '2026-03-24T18:00:00', '2026-03-31T18:00:00']);
    const allDay = rule({ start: '2026-03-07', recurrence: 'FREQ=MONTHLY;COUNT=3;UNTIL=20260601T120000Z' });
    expect(allDay.text).toContain('RRULE:FREQ=MONTHLY;COUNT=3;UNTIL=20260601\r\n');
  });

  it('leaves out a rule the elements cannot read either: the first occurrence stays', () => {
    const { text, event } = rule({ start: '2026-03-03T18:00:00+01:00', recurrence: 'FREQ=WEEKLY;BYDAY=XX' });
    expect(text).not.toContain('BYDAY=XX');
    expect(text.split('BEGIN:VEVENT')[1]).not.toContain('RRULE');
    expect(event.isRecurring()).toBe(false);
  });
});

describe('feed names', () => {
  it('are events.ics and events-<category|region>-<id>.ics, with ":" written "~"', () => {
    expect(feedFileName()).toBe('events.ics');
    expect(feedFileName({ category: 'migration-counselling' })).toBe('events-category-migration-counselling.ics');
    expect(feedFileName({ region: 'landkreis:gotha' })).toBe('events-region-landkreis~gotha.ics');
    expect(feedUrl('https://example.org/katalog/feeds/', { region: 'weimar' })).toBe('https://example.org/katalog/feeds/events-region-weimar.ics');
    expect(feedUrl('https://example.org/katalog/feeds', { category: 'family' })).toBe('https://example.org/katalog/feeds/events-category-family.ics');
    expect(feedUrl('http://example.org/feeds/')).toBeUndefined();
    expect(feedUrl('javascript:alert(1)')).toBeUndefined();
    expect(webcalUrl('https://example.org/feeds/events.ics')).toBe('webcal://example.org/feeds/events.ics');
  });
});

describe('the sample catalogue', () => {
  const { catalogue } = validateCatalogue(JSON.parse(readFileSync(new URL('../../demo/catalogue.json', import.meta.url), 'utf8')));
  const feeds = calendarFeeds(catalogue, { now: new Date('2026-09-01T00:00:00Z'), url: 'https://willkommen.example.org/feeds/' });

  it('gives events.ics with every event and a feed for each category and region that has events', () => {
    expect(catalogue.events.length).toBeGreaterThan(0);
    expect(byName(feeds, 'events.ics').events).toBe(catalogue.events.length);
    for (const category of catalogue.categories) {
      const count = catalogue.events.filter((e) => e.categories?.includes(category.id)).length;
      const feed = feeds.find((f) => f.name === feedFileName({ category: category.id }));
      expect(feed?.events ?? 0, category.id).toBe(count);
    }
    for (const region of catalogue.regions) {
      const count = catalogue.events.filter((e) => e.location?.region === region.id).length;
      expect(feeds.find((f) => f.name === feedFileName({ region: region.id }))?.events ?? 0, region.id).toBe(count);
    }
  });

  it('parses cleanly, every event with its title, time zone and recurrence', () => {
    for (const feed of feeds) {
      const { zone, events } = parse(feed);
      expect(zone.getFirstPropertyValue('tzid')).toBe(catalogue.timeZone);
      expect(events).toHaveLength(feed.events);
      for (const event of events) {
        const source = catalogue.events.find((e) => `${e.id}@willkommen.example.org` === event.uid);
        expect(source, event.uid).toBeDefined();
        expect(event.summary.length).toBeGreaterThan(0);
        expect(event.startDate.zone?.tzid).toBe(catalogue.timeZone);
        expect(event.isRecurring()).toBe(!!source?.recurrence);
        if (event.isRecurring()) expect(event.iterator().next()).toBeTruthy();
      }
    }
  });
});
