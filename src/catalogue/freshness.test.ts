import { describe, expect, it } from 'vitest';
import { daysSince, isDueForCheck, lastConfirmed, noticeHolds, recency } from './freshness.js';

const now = new Date('2026-11-15T10:00:00Z');

describe('freshness', () => {
  it('takes checked before updated, and ignores what is not a date', () => {
    expect(lastConfirmed({ checked: '2026-01-01', updated: '2026-10-01' })).toBe('2026-01-01');
    expect(lastConfirmed({ updated: '2026-10-01' })).toBe('2026-10-01');
    expect(lastConfirmed({ checked: 'soon', updated: '2026-10-01' })).toBe('2026-10-01');
    expect(lastConfirmed({})).toBeUndefined();
  });

  it('is due a check after more than the given months, by calendar month', () => {
    expect(isDueForCheck({ checked: '2025-10-15' }, 12, now)).toBe(true); // 13 months
    expect(isDueForCheck({ checked: '2025-12-15' }, 12, now)).toBe(false); // 11 months
    expect(isDueForCheck({ checked: '2025-11-15' }, 12, now)).toBe(false); // exactly 12 months, before noon
    expect(isDueForCheck({ checked: '2025-11-14' }, 12, now)).toBe(true);
    expect(isDueForCheck({ updated: '2026-05-01T09:00:00+02:00' }, 6, now)).toBe(true);
    expect(isDueForCheck({ checked: '2026-09-30', updated: '2020-01-01' }, 1, new Date('2026-10-30T11:00:00Z'))).toBe(false);
    expect(isDueForCheck({ checked: '2026-08-31' }, 1, new Date('2026-09-30T13:00:00Z'))).toBe(true);
    expect(isDueForCheck({}, 12, now)).toBe(false);
  });

  it('says days, then weeks, then the date', () => {
    expect(daysSince('2026-11-15', now)).toBe(0);
    expect(recency('2026-11-15', now)).toEqual({ unit: 'day', amount: 0 });
    expect(recency('2026-11-14T23:30:00Z', now)).toEqual({ unit: 'day', amount: 1 });
    expect(recency('2026-11-02', now)).toEqual({ unit: 'day', amount: 13 });
    expect(recency('2026-10-25', now)).toEqual({ unit: 'week', amount: 3 });
    expect(recency('2026-09-20', now)).toEqual({ unit: 'week', amount: 8 });
    expect(recency('2026-09-01', now)).toEqual({ unit: 'date' });
    expect(recency('2027-01-01', now)).toEqual({ unit: 'date' });
  });

  it('holds a notice to the end of its last day in the catalogue’s zone', () => {
    const zone = 'Europe/Berlin';
    expect(noticeHolds(undefined, zone, now)).toBe(false);
    expect(noticeHolds({ text: 'x' }, zone, now)).toBe(true);
    expect(noticeHolds({ text: 'x', until: '2026-11-15' }, zone, now)).toBe(true);
    expect(noticeHolds({ text: 'x', until: '2026-11-14' }, zone, now)).toBe(false);
    // 23:30 UTC on the 14th is already the 15th in Berlin.
    expect(noticeHolds({ text: 'x', until: '2026-11-14' }, zone, new Date('2026-11-14T23:30:00Z'))).toBe(false);
    expect(noticeHolds({ text: 'x', until: '2026-11-15T09:00:00+01:00' }, zone, now)).toBe(false);
    expect(noticeHolds({ text: 'x', until: '2026-11-15T12:00:00+01:00' }, zone, now)).toBe(true);
  });
});
