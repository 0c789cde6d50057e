import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueEvent } from '../catalogue/schema.js';
import { toIcs, escapeText, foldLine } from './ics.js';
import { byDay, loadRecurrenceRules, occurrences } from './occurrences.js';
import { dayKey, instantOf, wallTime } from './zone.js';

const BERLIN = 'Europe/Berlin';
beforeAll(() => loadRecurrenceRules());
const event = (extra: Partial<CatalogueEvent>): CatalogueEvent => ({ id: 'e', title: 'Sprachcafé', start: '2026-10-06T18:00:00+02:00', ...extra });
const local = (d: Date) => {
  const w = wallTime(d, BERLIN);
  return `${dayKey(d, BERLIN)} ${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
};

describe('time zones', () => {
  it('finds the instant of a wall time on both sides of daylight saving', () => {
    expect(instantOf({ year: 2026, month: 10, day: 24, hour: 18, minute: 0, second: 0 }, BERLIN).toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(instantOf({ year: 2026, month: 10, day: 26, hour: 18, minute: 0, second: 0 }, BERLIN).toISOString()).toBe('2026-10-26T17:00:00.000Z');
  });

  it('takes the first of an ambiguous autumn time and moves a skipped spring time forward', () => {
    expect(instantOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }, BERLIN).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf({ year: 2027, month: 3, day: 28, hour: 2, minute: 30, second: 0 }, BERLIN).toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });
});

describe('occurrences', () => {
  it('keeps a weekly event at 18:00 local time across the change to winter time', () => {
    const list = occurrences([event({ recurrence: 'FREQ=WEEKLY;BYDAY=TU', end: '2026-10-06T20:00:00+02:00' })], BERLIN, new Date('2026-10-12T00:00:00Z'), new Date('2026-11-04T00:00:00Z'));
    expect(list.map((o) => local(o.start))).toEqual(['2026-10-13 18:00', '2026-10-20 18:00', '2026-10-27 18:00', '2026-11-03 18:00']);
    expect(list.map((o) => o.start.toISOString().slice(11, 16))).toEqual(['16:00', '16:00', '17:00', '17:00']);
    expect(list.every((o) => o.end.getTime() - o.start.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('and back to summer time in March', () => {
    const list = occurrences([event({ start: '2027-03-20T10:00:00+01:00', recurrence: 'FREQ=DAILY;COUNT=4' })], BERLIN, new Date('2027-03-01T00:00:00Z'), new Date('2027-04-01T00:00:00Z'));
    expect(list.map((o) => local(o.start))).toEqual(['2027-03-20 10:00', '2027-03-21 10:00', '2027-03-22 10:00', '2027-03-23 10:00']);
  });

  it('expands monthly, biweekly and ending rules', () => {
    const from = new Date('2026-11-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');
    expect(occurrences([event({ recurrence: 'FREQ=MONTHLY;BYDAY=1WE' })], BERLIN, from, to).map((o) => local(o.start).slice(0, 10))).toEqual(['2026-11-04', '2026-12-02']);
    expect(occurrences([event({ recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' })], BERLIN, from, to).map((o) => local(o.start).slice(0, 10))).toEqual(['2026-11-03', '2026-11-17', '2026-12-01', '2026-12-15', '2026-12-29']);
    expect(occurrences([event({ recurrence: 'FREQ=WEEKLY;UNTIL=20261115T000000Z' })], BERLIN, from, to)).toHaveLength(2);
  });

  it('hides what has ended and keeps what is still running', () => {
    const now = new Date('2026-10-06T17:00:00Z'); // 19:00 in Berlin, during the 18–20 event
    expect(occurrences([event({ end: '2026-10-06T20:00:00+02:00' })], BERLIN, now, new Date('2026-10-07T00:00:00Z'))).toHaveLength(1);
    expect(occurrences([event({ end: '2026-10-06T18:30:00+02:00' })], BERLIN, now, new Date('2026-10-07T00:00:00Z'))).toHaveLength(0);
  });

  it('shows an event spanning days on each of its days', () => {
    const from = new Date('2026-12-01T00:00:00Z');
    const to = new Date('2026-12-10T00:00:00Z');
    const list = occurrences([event({ start: '2026-12-05T10:00:00+01:00', end: '2026-12-06T16:00:00+01:00' }), event({ id: 'all', start: '2026-12-07', end: '2026-12-08' })], BERLIN, from, to);
    expect(byDay(list, BERLIN, from, to).map((g) => [g.day, g.occurrences.map((o) => o.event.id)])).toEqual([
      ['2026-12-05', ['e']],
      ['2026-12-06', ['e']],
      ['2026-12-07', ['all']],
      ['2026-12-08', ['all']],
    ]);
  });
});

describe('iCalendar export', async () => {
  await loadRecurrenceRules();
  const from = new Date('2026-10-19T00:00:00Z');
  const list = occurrences(
    [
      event({ recurrence: 'FREQ=WEEKLY;BYDAY=TU', end: '2026-10-06T20:00:00+02:00', url: 'https://verein.example.org/cafe', title: { de: 'Sprachcafé; Deutsch, Arabisch' } }),
      event({ id: 'fest', start: '2026-10-24', end: '2026-10-25', title: 'Herbstfest' }),
    ],
    BERLIN,
    from,
    new Date('2026-11-01T00:00:00Z'),
  );
  const long = 'Offener Treff für alle: Deutsch üben, Fragen stellen, Menschen kennenlernen. مرحبا بالجميع في مقهى اللغة. Ласкаво просимо! '.repeat(3);
  const ics = toIcs(list, {
    zone: BERLIN,
    domain: 'willkommen.example.org',
    name: 'Termine',
    now: new Date('2026-10-18T12:00:00Z'),
    text: (o) => ({ title: typeof o.event.title === 'string' ? o.event.title : o.event.title.de, description: `${long}\nZweite Zeile`, location: 'Lange Straße 12, 18055 Rostock', lang: 'de' }),
  });

  it('uses CRLF line ends and folds every line to 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('X'.repeat(200)).split('\r\n ').join('')).toBe('X'.repeat(200));
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('parses with an independent iCalendar parser (ical.js) to the same events, times and text', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(list.length);
    const first = events[0];
    expect(first.summary).toBe('Sprachcafé; Deutsch, Arabisch');
    expect(first.description).toBe(`${long}\nZweite Zeile`);
    expect(first.location).toBe('Lange Straße 12, 18055 Rostock');
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-20T16:00:00.000Z');
    // After the change to winter time the local time stays 18:00, so UTC moves to 17:00.
    expect(events.find((e) => e.startDate.toJSDate().toISOString().startsWith('2026-10-27'))?.startDate.toJSDate().toISOString()).toBe('2026-10-27T17:00:00.000Z');
    const fest = events.find((e) => e.summary === 'Herbstfest');
    expect(fest?.startDate.isDate).toBe(true);
    expect(fest?.startDate.toString()).toBe('2026-10-24');
    expect(fest?.endDate.toString()).toBe('2026-10-26');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(first.component.getFirstPropertyValue('url')).toBe('https://verein.example.org/cafe');
  });
});
