import { expect } from '@open-wc/testing';
import { zonedTime } from './hours.js';
import { wallTime } from './zone.js';

/** Wall time read with Intl, as the kit does where there is no Temporal. */
function intlWallTime(instant: Date, zone: string) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour % 24, minute: p.minute, second: p.second };
}

describe('wall time in a zone, read with Temporal in the browser', () => {
  it('is read with Temporal here (Chromium has it)', () => {
    expect('Temporal' in globalThis).to.equal(true);
  });

  it('agrees with Intl in every hour of 2026 and around each change of offset, in zones with and without daylight saving', () => {
    const zones = ['Europe/Berlin', 'Europe/Kyiv', 'Asia/Kabul', 'Asia/Tehran', 'Asia/Kolkata', 'America/New_York', 'Australia/Sydney', 'Pacific/Chatham', 'UTC'];
    const start = Date.UTC(2026, 0, 1);
    let compared = 0;
    for (const zone of zones) {
      for (let t = start; t < start + 365 * 86_400_000; t += 3_600_000 + 61_000) {
        expect(wallTime(new Date(t), zone), `${zone} ${new Date(t).toISOString()}`).to.deep.equal(intlWallTime(new Date(t), zone));
        compared++;
      }
    }
    // Berlin's changes in 2026: 29 March 01:00Z and 25 October 01:00Z, a second either side.
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (const t of [change - 1000, change, change + 1000]) expect(wallTime(new Date(t), 'Europe/Berlin')).to.deep.equal(intlWallTime(new Date(t), 'Europe/Berlin'));
    }
    expect(compared).to.be.greaterThan(70_000);
  });

  it('refuses an unknown zone as Intl does', () => {
    expect(() => wallTime(new Date(), 'Mars/Olympus_Mons')).to.throw(RangeError);
  });

  it('gives the weekday and time an offer’s opening hours are read in', () => {
    // Sunday 29 March 2026, 00:30 UTC: 01:30 in Berlin (before the change), still Sunday; 23:30 UTC
    // on the Saturday before is 00:30 on Sunday in Berlin.
    expect(zonedTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin')).to.deep.equal({ weekday: 'su', minutes: 90 });
    expect(zonedTime(new Date('2026-03-28T23:30:00Z'), 'Europe/Berlin')).to.deep.equal({ weekday: 'su', minutes: 30 });
    expect(zonedTime(new Date('2026-11-30T20:00:00Z'), 'Asia/Kabul')).to.deep.equal({ weekday: 'tu', minutes: 30 });
  });
});
