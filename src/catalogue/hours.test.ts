import { describe, expect, it } from 'vitest';
import { openState, zonedTime } from './hours.js';
import type { Offer } from './schema.js';

const offer = (extra: Partial<Offer>): Offer => ({ id: 'o', title: 'T', ...extra });
const split = offer({
  openingHours: {
    weekly: [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' },
      { days: ['th'], opens: '14:00', closes: '18:00' },
    ],
  },
});

describe('zonedTime', () => {
  it('reads weekday and time in the catalogue’s zone, across daylight saving', () => {
    // 2026-10-24 is a Saturday in summer time (UTC+2), 2026-10-26 a Monday in winter time (UTC+1).
    expect(zonedTime(new Date('2026-10-24T07:30:00Z'), 'Europe/Berlin')).toEqual({ weekday: 'sa', minutes: 9 * 60 + 30 });
    expect(zonedTime(new Date('2026-10-26T07:30:00Z'), 'Europe/Berlin')).toEqual({ weekday: 'mo', minutes: 8 * 60 + 30 });
    expect(zonedTime(new Date('2026-11-26T23:30:00Z'), 'Europe/Berlin')).toEqual({ weekday: 'fr', minutes: 30 });
  });
});

describe('openState', () => {
  it('is open inside a slot, with its closing time', () => {
    expect(openState(split, { weekday: 'th', minutes: 10 * 60 })).toEqual({ kind: 'open', closes: '12:00' });
    expect(openState(split, { weekday: 'th', minutes: 17 * 60 + 59 })).toEqual({ kind: 'open', closes: '18:00' });
  });

  it('names the next opening over a split day and the weekend', () => {
    expect(openState(split, { weekday: 'th', minutes: 12 * 60 })).toEqual({ kind: 'closed', next: { day: 'th', opens: '14:00', inDays: 0 } });
    expect(openState(split, { weekday: 'fr', minutes: 13 * 60 })).toEqual({ kind: 'closed', next: { day: 'mo', opens: '09:00', inDays: 3 } });
  });

  it('joins back-to-back slots', () => {
    const o = offer({ openingHours: { weekly: [{ days: ['mo'], opens: '08:00', closes: '12:00' }, { days: ['mo'], opens: '12:00', closes: '16:00' }] } });
    expect(openState(o, { weekday: 'mo', minutes: 9 * 60 })).toEqual({ kind: 'open', closes: '16:00' });
  });

  it('never calls an offer without hours closed', () => {
    expect(openState(offer({}), { weekday: 'mo', minutes: 600 })).toEqual({ kind: 'unknown' });
    expect(openState(offer({ openingHours: { appointmentOnly: true } }), { weekday: 'mo', minutes: 600 })).toEqual({ kind: 'appointment' });
    expect(openState(offer({ ...split, temporarilyClosed: true }), { weekday: 'mo', minutes: 600 })).toEqual({ kind: 'temporarily-closed' });
  });

  it('handles a slot until midnight', () => {
    const o = offer({ openingHours: { weekly: [{ days: ['su'], opens: '00:00', closes: '24:00' }] } });
    expect(openState(o, { weekday: 'su', minutes: 23 * 60 + 59 })).toEqual({ kind: 'open', closes: '24:00' });
  });
});
