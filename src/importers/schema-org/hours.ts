/**
 * Opening hours: schema.org OpeningHoursSpecification (dayOfWeek, opens, closes) and the short
 * text form of `openingHours` ("Mo-Fr 09:00-17:00", "Mo,We 10:00-12:00 14:00-16:00").
 */
import { repairTime, weekdayCode } from '../../catalogue/repair.js';
import { LIMITS, WEEKDAYS, type Offer, type OpeningSlot, type Weekday } from '../../catalogue/schema.js';
import type { Ctx } from './fields.js';
import type { Node } from './graph.js';

type Hours = NonNullable<Offer['openingHours']>;

/** A weekday code for a day name, an abbreviation or a DayOfWeek ("https://schema.org/Monday"). */
export function dayCode(value: string): Weekday | undefined {
  const name = value.trim().replace(/^.*[/#:]/, '');
  if (name.length > 20) return undefined;
  const code = weekdayCode(name);
  // The day-name table is a plain object: only accept a real weekday code.
  return typeof code === 'string' && (WEEKDAYS as readonly string[]).includes(code) ? code : undefined;
}

/** "HH:MM" from "09:00", "09:00:00", "9:00:00+01:00", "9 Uhr". */
function time(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 40) return undefined;
  return repairTime(value.trim().replace(/(?:Z|[+-]\d{2}:?\d{2})$/i, '').replace(/^(\d{1,2}:\d{2}):\d{2}(?:\.\d+)?$/, '$1'));
}

function nextDay(day: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7];
}

/** Slots with the same times merged into one slot for all their days. */
function merge(slots: readonly OpeningSlot[]): OpeningSlot[] {
  const byTime = new Map<string, OpeningSlot>();
  for (const slot of slots) {
    const key = `${slot.opens}-${slot.closes}`;
    const known = byTime.get(key);
    if (known) {
      for (const d of slot.days) if (!known.days.includes(d)) known.days.push(d);
    } else byTime.set(key, { days: [...slot.days], opens: slot.opens, closes: slot.closes });
  }
  const out = [...byTime.values()];
  for (const slot of out) slot.days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return out.sort((a, b) => WEEKDAYS.indexOf(a.days[0]) - WEEKDAYS.indexOf(b.days[0]) || a.opens.localeCompare(b.opens));
}

/** Adds a slot; one that runs past midnight is split at midnight. */
function addSlot(slots: OpeningSlot[], days: Weekday[], opens: string, closes: string, ctx: Ctx, at: string): void {
  if (days.length === 0) return;
  if (closes === '00:00' && opens === '00:00') return; // schema.org: closed all day
  if (closes === opens) {
    ctx.unmapped('opening hours', 'opens and closes at the same time', 'left out', at);
    return;
  }
  if (closes === '00:00') closes = '24:00';
  if (closes > opens) {
    slots.push({ days, opens, closes });
    return;
  }
  ctx.unmapped('opening hours', 'hours past midnight', 'split at midnight', at);
  slots.push({ days, opens, closes: '24:00' });
  slots.push({ days: days.map(nextDay), opens: '00:00', closes });
}

function specifications(ctx: Ctx, specs: readonly Node[], at: string): OpeningSlot[] {
  const g = ctx.graph;
  const slots: OpeningSlot[] = [];
  for (const spec of specs) {
    const days: Weekday[] = [];
    for (const val of g.values(spec, 'dayOfWeek', 14)) {
      const name = g.enumeration(val);
      if (!name) continue;
      const code = dayCode(name);
      if (code) {
        if (!days.includes(code)) days.push(code);
      } else ctx.unmapped('opening hours', name.length > 40 ? 'day' : name, 'not a weekday; left out', at);
    }
    if (spec.has('validFrom') || spec.has('validThrough')) {
      if (days.length === 0) {
        ctx.unmapped('opening hours', 'hours for particular dates', 'the catalogue has weekly hours only; left out', at);
        continue;
      }
      ctx.unmapped('opening hours', 'validFrom/validThrough', 'the period of validity is ignored; the hours are read as weekly hours', at);
    }
    const opens = time(g.text(spec, 'opens'));
    const closes = time(g.text(spec, 'closes'));
    if (days.length === 0 || opens === undefined || closes === undefined) {
      ctx.unmapped('opening hours', 'incomplete opening hours', 'without a weekday, an opening or a closing time; left out', at);
      continue;
    }
    addSlot(slots, days, opens, closes, ctx, at);
  }
  return slots;
}

const CLOSED_WORDS = new Set(['geschlossen', 'closed', 'off', 'ruhetag', 'zu']);
const FILLER_WORDS = new Set(['uhr', 'von', 'ab', 'from', 'und', 'and', 'sowie', 'h', 'am', 'pm', 'a.m', 'p.m', 'nach', 'vereinbarung', 'täglich', 'daily']);
const DASH_WORDS = new Set(['bis', 'to', 'till', 'until']);

/** Slots from the text form; `undefined` when the text is not understood. */
export function parseHoursText(text: string): OpeningSlot[] | undefined {
  const s = text.trim();
  if (!s || s.length > 500) return undefined;
  if (/^24\s*\/\s*7$/.test(s)) return [{ days: [...WEEKDAYS], opens: '00:00', closes: '24:00' }];
  const tokens = s.match(/\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|[A-Za-zÀ-ÿ]+\.?|[-–—]|[,;/&]|\S/gi) ?? [];
  const slots: OpeningSlot[] = [];
  let days: Weekday[] = [];
  let groupHasTimes = false;
  let dash = false;
  let lastDay: Weekday | undefined;
  let pendingOpen: string | undefined;
  let daily = false;
  for (const token of tokens) {
    const lower = token.toLowerCase().replace(/\.$/, '');
    const day = /^[a-zà-ÿ]/i.test(token) ? dayCode(token) : undefined;
    if (day) {
      if (groupHasTimes) {
        days = [];
        groupHasTimes = false;
      }
      if (dash && lastDay) {
        for (let d = nextDay(lastDay); ; d = nextDay(d)) {
          if (!days.includes(d)) days.push(d);
          if (d === day) break;
        }
      } else if (!days.includes(day)) days.push(day);
      lastDay = day;
      dash = false;
      continue;
    }
    if (/^\d/.test(token)) {
      const t = repairTime(token);
      if (!t) return undefined;
      if (dash && pendingOpen) {
        if (days.length === 0) {
          if (!daily) return undefined;
          days = [...WEEKDAYS];
        }
        const opens = pendingOpen;
        let closes = t;
        if (closes === '00:00') closes = '24:00';
        if (closes <= opens) return undefined;
        slots.push({ days: [...days], opens, closes });
        groupHasTimes = true;
        pendingOpen = undefined;
      } else pendingOpen = t;
      dash = false;
      continue;
    }
    if (/^[-–—]$/.test(token) || DASH_WORDS.has(lower)) {
      dash = true;
      continue;
    }
    if (token === ';') {
      days = [];
      groupHasTimes = false;
      lastDay = undefined;
      continue;
    }
    if (/^[,/&]$/.test(token) || FILLER_WORDS.has(lower) || token === ':') {
      if (lower === 'täglich' || lower === 'daily') daily = true;
      continue;
    }
    if (CLOSED_WORDS.has(lower)) {
      groupHasTimes = true; // the days named are closed: no slot for them
      continue;
    }
    return undefined;
  }
  if (pendingOpen) return undefined;
  return slots.length ? slots : undefined;
}

/** Opening hours of an offer, from its specifications, the text form, or (for a service) its channel's hours. */
export function openingHours(ctx: Ctx, node: Node, at: string, fallback: readonly Node[] = []): Hours | undefined {
  const g = ctx.graph;
  let slots: OpeningSlot[] = specifications(ctx, g.nodes(node, 'openingHoursSpecification', 100), at);
  let note: string | undefined;
  if (slots.length === 0) {
    const texts = g.values(node, 'openingHours', 20).map((v) => g.scalar(v)).filter((v): v is string => typeof v === 'string');
    const notUnderstood: string[] = [];
    for (const text of texts) {
      const parsed = parseHoursText(text);
      if (parsed) slots.push(...parsed);
      else notUnderstood.push(text);
    }
    if (notUnderstood.length) {
      ctx.unmapped('opening hours', 'text not understood', 'kept as a note', at);
      note = ctx.clean(notUnderstood.join('\n'), LIMITS.note, 'opening hours note', at);
    }
  }
  if (slots.length === 0 && !note) {
    for (const other of fallback) {
      slots = specifications(ctx, g.nodes(other, 'hoursAvailable', 100), at);
      if (slots.length) break;
    }
  }
  const weekly = merge(slots);
  if (weekly.length > LIMITS.slots) {
    ctx.unmapped('opening hours', 'more than 50 slots', 'only the first 50 are kept', at);
    weekly.length = LIMITS.slots;
  }
  const hours: Hours = {};
  if (weekly.length) hours.weekly = weekly;
  if (note) hours.note = note;
  return hours.weekly || hours.note ? hours : undefined;
}
