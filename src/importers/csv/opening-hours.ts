/**
 * Opening hours as people write them in a spreadsheet cell, in German or English:
 * "Mo–Fr 9–12, Di 14–18", "Mo-Do 8:00-16:00 Uhr; Fr 8-12", "Montag bis Freitag 9 bis 12 Uhr",
 * "Mon–Fri 9am–5pm", "täglich 10–18", "Mo 9-12 und 13-16", "nach Vereinbarung".
 *
 * Nothing is guessed: a cell is read only when every part of it is a day, a time or one of the
 * known words (hours-words.json). Otherwise the caller keeps the whole text as a note.
 */
import { LIMITS, type OpeningSlot, type Weekday, WEEKDAYS } from '../../catalogue/schema.js';
import { repairTime, weekdayCode } from '../../catalogue/repair.js';
import words from './hours-words.json';

export type OpeningHoursReading =
  | {
      understood: true;
      /** The weekly slots, in the order written (may be empty when only an appointment is mentioned). */
      weekly: OpeningSlot[];
      /** True when the text says only "by appointment" ("nach Vereinbarung"). */
      appointmentOnly: boolean;
      /** An appointment phrase written beside the times ("und nach Vereinbarung"), as written. */
      note?: string;
    }
  | { understood: false; problem: string };

type Token =
  | { kind: 'days'; days: Weekday[]; single: boolean; text: string }
  | { kind: 'time'; base: string; meridiem?: 'am' | 'pm'; text: string }
  | { kind: 'dash' | 'sep' | 'join' | 'from' | 'closed' | 'allDay' | 'colon'; text: string }
  | { kind: 'word'; text: string };

const MO_FR: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];
const SA_SU: Weekday[] = ['sa', 'su'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

// Phrases of several words (or with digits) become one placeholder word before the text is split.
const PHRASES: [RegExp, string][] = (
  [
    [words.allDay, '\u0001allday'],
    [words.everyDay.filter((w) => /[\s\d/]/.test(w)), '\u0001every'],
    [words.weekdays.filter((w) => /\s/.test(w)), '\u0001weekdays'],
    [words.weekend.filter((w) => /\s/.test(w)), '\u0001weekend'],
    [words.closed.filter((w) => /\s/.test(w)), '\u0001closed'],
  ] as [string[], string][]
).map(([list, placeholder]) => [new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(list)})(?![\\p{L}\\p{N}])`, 'giu'), ` ${placeholder} `]);

const SINGLE = new Map<string, Token['kind'] | 'every' | 'weekdays' | 'weekend' | 'noise'>();
for (const w of words.everyDay) SINGLE.set(w, 'every');
for (const w of words.weekdays) SINGLE.set(w, 'weekdays');
for (const w of words.weekend) SINGLE.set(w, 'weekend');
for (const w of words.closed) SINGLE.set(w, 'closed');
for (const w of words.range) SINGLE.set(w, 'dash');
for (const w of words.from) SINGLE.set(w, 'from');
for (const w of words.join) SINGLE.set(w, 'join');
for (const w of words.noise) SINGLE.set(w, 'noise');
SINGLE.set('\u0001allday', 'allDay');
SINGLE.set('\u0001every', 'every');
SINGLE.set('\u0001weekdays', 'weekdays');
SINGLE.set('\u0001weekend', 'weekend');
SINGLE.set('\u0001closed', 'closed');

const APPOINTMENT = new RegExp(
  `\\(?\\s*(?:(?:${alternation(words.appointmentJoin)})\\s+)?((?:(?:${alternation(words.appointmentLead)})\\s+)?(?:${alternation(words.appointment)}))(?![\\p{L}\\p{N}])\\s*\\)?`,
  'giu',
);

// "9", "9:30", "9.30", "9h30", "9am", "9 a.m.", "9h". A spaced "am" followed by a word is German ("12 am Mittwoch").
const TIME = /(\d{1,2}(?:[:.h]\d{2})?)(?:(?:([ap])\.?m\b\.?|\s+([ap])\.?\s?m\b\.?(?!\s*(?!(?:to|till|until|through|thru|bis)\b)\p{L})))?(?:\s*h\b)?/iuy;
const WORD = /(?:\u0001)?[\p{L}'’]+\.?/uy;
const SPACE = /\s+/y;

function dayOf(word: string): Weekday | undefined {
  const w = word.replace(/\.$/, '');
  return weekdayCode(w) ?? (w.length >= 6 && w.endsWith('s') ? weekdayCode(w.slice(0, -1)) : undefined);
}

/** Splits the (lower-case) text into tokens; `undefined` text parts become "word" tokens. */
function tokenise(text: string): Token[] {
  let s = text;
  for (const [pattern, placeholder] of PHRASES) s = s.replace(pattern, placeholder);
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    SPACE.lastIndex = i;
    const space = SPACE.exec(s);
    if (space) {
      if (space[0].includes('\n')) tokens.push({ kind: 'sep', text: '\n' });
      i += space[0].length;
      continue;
    }
    TIME.lastIndex = i;
    const time = TIME.exec(s);
    if (time) {
      const letter = (time[2] ?? time[3])?.toLowerCase();
      const meridiem = letter ? (letter === 'a' ? 'am' : 'pm') : undefined;
      tokens.push({ kind: 'time', base: time[1], ...(meridiem ? { meridiem } : {}), text: time[0] });
      i += time[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(s);
    if (word) {
      const text = word[0].replace(/’/g, "'");
      const bare = text.replace(/\.$/, '');
      const kind = SINGLE.get(text) ?? SINGLE.get(bare);
      const day = kind ? undefined : dayOf(text);
      if (kind === 'noise') {
        // left out
      } else if (kind === 'every') tokens.push({ kind: 'days', days: [...WEEKDAYS], single: false, text });
      else if (kind === 'weekdays') tokens.push({ kind: 'days', days: MO_FR, single: false, text });
      else if (kind === 'weekend') tokens.push({ kind: 'days', days: SA_SU, single: false, text });
      else if (kind) tokens.push({ kind, text } as Token);
      else if (day) tokens.push({ kind: 'days', days: [day], single: true, text });
      else tokens.push({ kind: 'word', text });
      i += word[0].length;
      continue;
    }
    const c = s[i];
    if (c === '-') tokens.push({ kind: 'dash', text: c });
    else if (c === ',' || c === ';' || c === '|' || c === '.') tokens.push({ kind: 'sep', text: c });
    else if (c === '+' || c === '&' || c === '/') tokens.push({ kind: 'join', text: c });
    else if (c === ':') tokens.push({ kind: 'colon', text: c });
    else tokens.push({ kind: 'word', text: c });
    i++;
  }
  return tokens;
}

class NotUnderstood extends Error {}

/** "9" + "pm" → "21:00"; with the meridiem of the other end when only one end has one ("9–5pm"). */
function rangeTimes(start: Extract<Token, { kind: 'time' }>, end: Extract<Token, { kind: 'time' }>): [string, string] {
  const fail = () => new NotUnderstood(`“${start.text}–${end.text}” is not a time range`);
  const time = (t: typeof start, meridiem?: 'am' | 'pm') => repairTime(`${t.base}${meridiem ?? ''}`);
  let opens: string | undefined;
  let closes: string | undefined;
  if (start.meridiem || end.meridiem) {
    if (start.meridiem && end.meridiem) {
      opens = time(start, start.meridiem);
      closes = time(end, end.meridiem);
    } else if (end.meridiem) {
      closes = time(end, end.meridiem);
      const same = time(start, end.meridiem);
      opens = same && closes && same < closes ? same : time(start, end.meridiem === 'am' ? 'pm' : 'am');
    } else {
      opens = time(start, start.meridiem);
      const same = time(end, start.meridiem);
      closes = same && opens && same > opens ? same : time(end, start.meridiem === 'am' ? 'pm' : 'am');
    }
  } else {
    opens = time(start);
    closes = time(end);
  }
  // "18–0 Uhr": a closing time of 0:00 is midnight at the end of the day.
  if (closes === '00:00' && opens && opens > '00:00') closes = '24:00';
  if (!opens || !closes) throw fail();
  if (opens === '24:00') throw fail();
  if (!(closes > opens)) throw new NotUnderstood(`“${start.text}–${end.text}” closes before it opens`);
  return [opens, closes];
}

class Reader {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private fail(): never {
    const token = this.peek();
    throw new NotUnderstood(token ? `cannot read “${token.text}” here` : 'it ends too early');
  }

  /** Groups of days and their times, and the days said to be closed. */
  read(): { groups: { days: Weekday[]; ranges: [string, string][] }[]; closed: Set<Weekday> } {
    const groups: { days: Weekday[]; ranges: [string, string][] }[] = [];
    const closed = new Set<Weekday>();
    while (this.i < this.tokens.length) {
      const token = this.peek()!;
      if (token.kind === 'sep' || token.kind === 'join') {
        this.i++;
        continue;
      }
      if (token.kind === 'allDay') {
        this.i++;
        groups.push({ days: [...WEEKDAYS], ranges: [['00:00', '24:00']] });
        continue;
      }
      const days = this.dayList();
      const after = this.peek();
      if (after?.kind === 'colon' || (after?.kind === 'sep' && after.text === ',' && this.isTimeAhead(1))) this.i++;
      const next = this.peek();
      if (next?.kind === 'closed') {
        this.i++;
        for (const d of days) closed.add(d);
        continue;
      }
      if (next?.kind === 'allDay') {
        this.i++;
        groups.push({ days, ranges: [['00:00', '24:00']] });
        continue;
      }
      groups.push({ days, ranges: this.ranges() });
    }
    return { groups, closed };
  }

  private isDayAhead(offset: number): boolean {
    const t = this.peek(offset);
    return t?.kind === 'days' || (t?.kind === 'from' && this.peek(offset + 1)?.kind === 'days');
  }

  private isTimeAhead(offset: number): boolean {
    const t = this.peek(offset);
    return t?.kind === 'time' || (t?.kind === 'from' && this.peek(offset + 1)?.kind === 'time');
  }

  private dayList(): Weekday[] {
    const days = this.daySpec();
    for (;;) {
      const t = this.peek();
      if ((t?.kind === 'sep' && t.text === ',') || t?.kind === 'join') {
        if (!this.isDayAhead(1)) break;
        this.i++;
        days.push(...this.daySpec());
      } else if (t?.kind === 'days') {
        // "Mo Mi Fr 9-12": days written with spaces only.
        days.push(...this.daySpec());
      } else break;
    }
    return days;
  }

  private daySpec(): Weekday[] {
    if (this.peek()?.kind === 'from') this.i++;
    const t = this.peek();
    if (t?.kind === 'time') throw new NotUnderstood(`no day is named before “${t.text}”`);
    if (t?.kind !== 'days') this.fail();
    this.i++;
    if (!t.single) return [...t.days];
    const to = this.peek(1);
    if (this.peek()?.kind === 'dash' && to?.kind === 'days' && to.single) {
      const a = WEEKDAYS.indexOf(t.days[0]);
      const b = WEEKDAYS.indexOf(to.days[0]);
      if (b <= a) throw new NotUnderstood(`“${t.text}–${to.text}” is not a range of days from Monday to Sunday`);
      this.i += 2;
      return WEEKDAYS.slice(a, b + 1);
    }
    return [t.days[0]];
  }

  private ranges(): [string, string][] {
    const ranges = [this.range()];
    for (;;) {
      const t = this.peek();
      if (((t?.kind === 'sep' && t.text === ',') || t?.kind === 'join') && this.isTimeAhead(1)) {
        this.i++;
        ranges.push(this.range());
      } else if (this.isTimeAhead(0)) {
        // "Mo 9-12 13-16": ranges written with spaces only.
        ranges.push(this.range());
      } else break;
    }
    return ranges;
  }

  private range(): [string, string] {
    if (this.peek()?.kind === 'from') this.i++;
    const start = this.peek();
    if (start?.kind !== 'time') this.fail();
    this.i++;
    if (this.peek()?.kind !== 'dash') this.fail();
    this.i++;
    const end = this.peek();
    if (end?.kind !== 'time') this.fail();
    this.i++;
    return rangeTimes(start, end);
  }
}

const DAY_NAMES: Record<Weekday, string> = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' };

/** Reads opening hours written in German or English; see the module comment. */
export function parseOpeningHours(text: string): OpeningHoursReading {
  const original = text.normalize('NFC').replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/[\u00A0\u2000-\u200B\u202F]/g, ' ').trim();
  if (!original) return { understood: false, problem: 'it is empty' };
  if (original.length > 500) return { understood: false, problem: 'it is too long to be opening hours' };

  const notes: string[] = [];
  const rest = original.replace(APPOINTMENT, (_match, phrase: string) => {
    notes.push(phrase.replace(/\s+/g, ' '));
    return ' , ';
  });

  let groups: { days: Weekday[]; ranges: [string, string][] }[];
  let closed: Set<Weekday>;
  try {
    ({ groups, closed } = new Reader(tokenise(rest.toLowerCase())).read());
  } catch (error) {
    if (error instanceof NotUnderstood) return { understood: false, problem: error.message };
    throw error;
  }

  if (groups.length === 0) {
    if (notes.length > 0 && closed.size === 0) return { understood: true, weekly: [], appointmentOnly: true };
    return { understood: false, problem: 'it names no opening times' };
  }

  // One slot per group and time range; days said to be closed are taken out of every slot.
  const slots: OpeningSlot[] = [];
  for (const group of groups) {
    const days = WEEKDAYS.filter((d) => group.days.includes(d) && !closed.has(d));
    if (days.length === 0) continue;
    for (const [opens, closes] of group.ranges) slots.push({ days: [...days], opens, closes });
  }
  if (slots.length === 0) return { understood: false, problem: 'every day it names is closed' };

  for (const day of WEEKDAYS) {
    const times = slots.filter((s) => s.days.includes(day)).sort((a, b) => a.opens.localeCompare(b.opens));
    for (let k = 1; k < times.length; k++) {
      if (times[k].opens < times[k - 1].closes) {
        return { understood: false, problem: `times on ${DAY_NAMES[day]} overlap (${times[k - 1].opens}–${times[k - 1].closes} and ${times[k].opens}–${times[k].closes})` };
      }
    }
  }

  // Slots with the same times on different days become one ("Mo 9-12, Mi 9-12" → mo, we 9-12).
  const merged: OpeningSlot[] = [];
  for (const slot of slots) {
    const same = merged.find((m) => m.opens === slot.opens && m.closes === slot.closes);
    if (same) same.days = WEEKDAYS.filter((d) => same.days.includes(d) || slot.days.includes(d));
    else merged.push(slot);
  }
  if (merged.length > LIMITS.slots) return { understood: false, problem: `it has more than ${LIMITS.slots} times` };

  const note = notes.length ? notes.map((n) => n[0].toUpperCase() + n.slice(1)).join('; ') : undefined;
  return { understood: true, weekly: merged, appointmentOnly: false, ...(note ? { note } : {}) };
}
