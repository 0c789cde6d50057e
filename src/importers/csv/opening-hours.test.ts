import { describe, expect, it } from 'vitest';
import { parseOpeningHours } from './opening-hours.js';

const MO_FR = ['mo', 'tu', 'we', 'th', 'fr'];
const ALL = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** The slots as "days opens-closes" strings, for short expectations. */
function slots(text: string): string[] {
  const reading = parseOpeningHours(text);
  if (!reading.understood) throw new Error(`not understood: ${text} (${reading.problem})`);
  return reading.weekly.map((s) => `${s.days.join(',')} ${s.opens}-${s.closes}`);
}

describe('parseOpeningHours: as people write them', () => {
  it.each([
    ['Mo–Fr 9–12, Di 14–18', ['mo,tu,we,th,fr 09:00-12:00', 'tu 14:00-18:00']],
    ['Mo-Do 8:00-16:00 Uhr; Fr 8-12', ['mo,tu,we,th 08:00-16:00', 'fr 08:00-12:00']],
    ['Mo, Mi, Fr 9.30–12.30', ['mo,we,fr 09:30-12:30']],
    ['Montag bis Freitag 9 bis 12 Uhr', ['mo,tu,we,th,fr 09:00-12:00']],
    ['von Montag bis Freitag von 9 bis 17 Uhr', ['mo,tu,we,th,fr 09:00-17:00']],
    ['Di + Do 14-18', ['tu,th 14:00-18:00']],
    ['Di und Do 14-18 Uhr', ['tu,th 14:00-18:00']],
    ['Mon–Fri 9am–5pm', ['mo,tu,we,th,fr 09:00-17:00']],
    ['Mon to Fri 9 am to 5 pm', ['mo,tu,we,th,fr 09:00-17:00']],
    ['Tue & Thu 1-5pm', ['tu,th 13:00-17:00']],
    ['Mon-Fri 11-1pm', ['mo,tu,we,th,fr 11:00-13:00']],
    ['Wed 9:30 a.m.–12:30 p.m.', ['we 09:30-12:30']],
    ['täglich 10–18', [`${ALL.join(',')} 10:00-18:00`]],
    ['daily 10-18', [`${ALL.join(',')} 10:00-18:00`]],
    ['werktags 8–16', [`${MO_FR.join(',')} 08:00-16:00`]],
    ['weekdays 8-4pm', [`${MO_FR.join(',')} 08:00-16:00`]],
    ['am Wochenende 10-14', ['sa,su 10:00-14:00']],
    ['Sa 10-14 Uhr', ['sa 10:00-14:00']],
    ['Mo 9-12 und 13-16', ['mo 09:00-12:00', 'mo 13:00-16:00']],
    ['Mo 9-12, 13-16', ['mo 09:00-12:00', 'mo 13:00-16:00']],
    ['Mo 9-12 13-16', ['mo 09:00-12:00', 'mo 13:00-16:00']],
    ['Mo–Fr 9–12 Uhr und 14–16 Uhr', ['mo,tu,we,th,fr 09:00-12:00', 'mo,tu,we,th,fr 14:00-16:00']],
    ['Mo—Fr 9—12', ['mo,tu,we,th,fr 09:00-12:00']],
    ['Mo - Fr 9 - 12', ['mo,tu,we,th,fr 09:00-12:00']],
    ['Mo.-Fr. 9-12 Uhr.', ['mo,tu,we,th,fr 09:00-12:00']],
    ['Mo-Fr: 8-12h', ['mo,tu,we,th,fr 08:00-12:00']],
    ['montags 9-12', ['mo 09:00-12:00']],
    ['Mo, 9-12', ['mo 09:00-12:00']],
    ['Mo 0-24 Uhr', ['mo 00:00-24:00']],
    ['Fr 18:00-24:00', ['fr 18:00-24:00']],
    ['Fr 18-0 Uhr', ['fr 18:00-24:00']],
    ['rund um die Uhr', [`${ALL.join(',')} 00:00-24:00`]],
    ['Mo-Fr rund um die Uhr', [`${MO_FR.join(',')} 00:00-24:00`]],
    ['Mo-Fr 9-12 Uhr, am Mittwoch 14-16', ['mo,tu,we,th,fr 09:00-12:00', 'we 14:00-16:00']],
    ['Mo 9-12, Mi 9-12', ['mo,we 09:00-12:00']],
    ['Mo-Do 9-12\nFr 9-11', ['mo,tu,we,th 09:00-12:00', 'fr 09:00-11:00']],
  ])('%s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it('takes a day said to be closed out of the days around it', () => {
    expect(slots('Mo–Fr 9–12, Mi geschlossen')).toEqual(['mo,tu,th,fr 09:00-12:00']);
    expect(slots('täglich 10-18, Sa + So geschlossen')).toEqual([`${MO_FR.join(',')} 10:00-18:00`]);
  });
});

describe('parseOpeningHours: appointments', () => {
  it.each(['nach Vereinbarung', 'Nach telefonischer Vereinbarung', 'Termine nach Vereinbarung', 'by appointment', 'By appointment only', 'nur mit Termin'])(
    '"%s" is appointment only',
    (text) => {
      expect(parseOpeningHours(text)).toEqual({ understood: true, weekly: [], appointmentOnly: true });
    },
  );

  it('keeps the times and the phrase as a note when both are written', () => {
    const reading = parseOpeningHours('Mo-Fr 9-12 und nach Vereinbarung');
    expect(reading).toEqual({
      understood: true,
      weekly: [{ days: MO_FR, opens: '09:00', closes: '12:00' }],
      appointmentOnly: false,
      note: 'Nach Vereinbarung',
    });
    expect(parseOpeningHours('Mo-Fr 9-12, 14-16 sonst nach Vereinbarung')).toMatchObject({ understood: true, note: 'Sonst nach Vereinbarung' });
    expect(parseOpeningHours('Di 14–18 Uhr (nur mit Termin)')).toMatchObject({ understood: true, note: 'Nur mit Termin' });
  });
});

describe('parseOpeningHours: what is not read with certainty is not guessed', () => {
  it.each([
    ['Mo-Fr 9-25', 'is not a time range'],
    ['Mo 25:00-26:00', 'is not a time range'],
    ['Mo 9:60-12', 'is not a time range'],
    ['Mo 22-2', 'closes before it opens'],
    ['Mo 12-9', 'closes before it opens'],
    ['Mo 9-9', 'closes before it opens'],
    ['Mo 24:00-24:00', 'is not a time range'],
    ['9-12', 'no day'],
    ['9-12 Uhr: Mo-Fr', 'no day'],
    ['ab 9 Uhr', 'cannot read'],
    ['Mo ab 9', 'cannot read'],
    ['Mo-Fr 9-16, Fr 9-13', 'overlap'],
    ['Mo 9-12 und 11-14', 'overlap'],
    ['Fr-Mo 9-12', 'not a range of days'],
    ['in den Ferien geschlossen', 'cannot read'],
    ['Di 15–17 Uhr, in den Ferien geschlossen', 'cannot read'],
    ['Mo-Fr 9-12 außer Mi', 'cannot read'],
    ['Sa + So geschlossen', 'no opening times'],
    ['Mo-Fr vormittags', 'cannot read'],
    ['Mo 9-12 <script>alert(1)</script>', 'cannot read'],
    ['Mo 9-12, Feiertage geschlossen', 'cannot read'],
    ['14.10.2026 9-12', 'no day'],
    ['Mo 9-', 'ends too early'],
    ['Mo', 'ends too early'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['Mo 9-12 '.repeat(100), 'too long'],
  ])('%j is not understood (%s)', (text, problem) => {
    const reading = parseOpeningHours(text);
    expect(reading.understood).toBe(false);
    if (!reading.understood) expect(reading.problem).toContain(problem);
  });

  it('does not read a German "am" after a time as a.m.', () => {
    expect(slots('Mo-Fr 9-12 Uhr, am Mittwoch 14-16')).toContain('we 14:00-16:00');
    expect(parseOpeningHours('12 am Mittwoch').understood).toBe(false);
  });

  it('reads a long list quickly and never throws on odd characters', () => {
    const odd = ['\u0000', '\u202e', '٣', '𝟗', '((((', '----', ';;;;', '24/7/365', 'Mo'.repeat(200), '9'.repeat(400)];
    for (const text of odd) expect(() => parseOpeningHours(text)).not.toThrow();
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) parseOpeningHours('Mo–Fr 9–12, Di 14–18 und nach Vereinbarung');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
