/**
 * schema.org Event (and its subtypes, CourseInstance among them) → catalogue events. A cancelled
 * or postponed event is skipped: it must not be shown as happening.
 */
import { LIMITS, type Cost, type Location } from '../../catalogue/schema.js';
import typeTable from './data/types.json';
import type { Ctx, DateParts } from './fields.js';
import type { Node } from './graph.js';
import { scheduleTiming, type Timing } from './schedule.js';
import { nextStep } from './next-step.js';

const SKIPPED_STATUS = new Map(Object.entries(typeTable.eventStatusSkipped));

export interface Mapped {
  record: Record<string, unknown>;
  /** What the id is made of: the `@id`, else a link, else the name and the date. */
  idBasis: string;
}

export type MapResult = { ok: true; records: Mapped[] } | { ok: false; reason: string };

/** A price of 0 ("0", "0,00 €", "kostenlos", "free") → true, a positive price → false, else undefined. */
function isFreePrice(value: unknown): boolean | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value === 0 : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.trim().toLowerCase();
  if (/^(?:free|kostenlos|kostenfrei|gratis|frei|eintritt frei)$/.test(s)) return true;
  const m = /^(?:€|eur)?\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*(?:€|eur|euro)?$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) === 0 && Number(m[2] ?? 0) === 0;
}

/** Cost of an event or offer: isAccessibleForFree, else the prices of its offers. */
export function costOf(ctx: Ctx, node: Node): Cost | undefined {
  const g = ctx.graph;
  const free = g.values(node, 'isAccessibleForFree', 1)[0];
  if (free) {
    const v = g.scalar(free);
    if (v === true || (typeof v === 'string' && /^(?:true|ja|yes|1)$/i.test(v.trim()))) return 'free';
    if (v === false || (typeof v === 'string' && /^(?:false|nein|no|0)$/i.test(v.trim()))) return 'paid';
  }
  const prices: boolean[] = [];
  for (const offer of g.nodes(node, 'offers', 20)) {
    const price = g.values(offer, 'price', 1)[0] ?? g.values(g.firstNode(offer, 'priceSpecification'), 'price', 1)[0];
    const isFree = price ? isFreePrice(g.scalar(price)) : undefined;
    if (isFree !== undefined) prices.push(isFree);
  }
  if (prices.length === 0) return undefined;
  if (prices.every((p) => p)) return 'free';
  if (prices.every((p) => !p)) return 'paid';
  return undefined;
}

function isDateOnly(value: string): boolean {
  return value.length === 10;
}

/** Start and end of an event without a schedule; a mixed date / date-time pair is made consistent. */
function plainTiming(ctx: Ctx, node: Node, at: string): { ok: true; timing: Timing; start: DateParts; end?: DateParts } | { ok: false; reason: string } {
  const g = ctx.graph;
  const start = ctx.date(g.text(node, 'startDate'), 'start', at);
  if (!start) return { ok: false, reason: node.has('startDate') ? 'the start date cannot be read' : 'it has no start date (startDate)' };
  const timing: Timing = { start: start.value };
  const end = ctx.date(g.text(node, 'endDate'), 'end', at);
  if (end) {
    let endValue: string | undefined = end.value;
    if (isDateOnly(start.value) && !isDateOnly(endValue)) endValue = endValue.slice(0, 10);
    else if (!isDateOnly(start.value) && isDateOnly(endValue)) {
      // An end day without a time: the event runs to the end of that day.
      endValue = endValue === start.value.slice(0, 10) ? undefined : ctx.dateValue({ date: endValue, time: '23:59:00' }, at);
    }
    if (endValue !== undefined) {
      const before = isDateOnly(endValue) ? endValue < start.value : Date.parse(endValue) < Date.parse(timing.start);
      if (before) ctx.unmapped('date', 'end before start', 'the end is left out', at);
      else if (endValue !== timing.start) timing.end = endValue;
    }
  }
  return { ok: true, timing, start: start.parts, ...(end ? { end: end.parts } : {}) };
}

/**
 * Maps an event. `course` gives what a CourseInstance leaves to its Course (name, description,
 * languages); `offerIds` links an event to an offer imported from its organizer or location.
 */
export function mapEvent(ctx: Ctx, node: Node, at: string, offerIds: ReadonlyMap<string, string>, course?: Node): MapResult {
  const g = ctx.graph;
  for (const val of g.values(node, 'eventStatus', 3)) {
    const status = g.enumeration(val);
    const reason = status && SKIPPED_STATUS.get(status);
    if (reason) return { ok: false, reason };
  }
  const title = ctx.langMap(node, 'name', LIMITS.title, 'title', at) ?? (course && ctx.langMap(course, 'name', LIMITS.title, 'title', at));
  if (!title) return { ok: false, reason: 'it has no name' };

  const record: Record<string, unknown> = { title };
  const description = ctx.langMap(node, 'description', LIMITS.description, 'description', at) ?? (course && ctx.langMap(course, 'description', LIMITS.description, 'description', at));
  if (description) record.description = description;

  // Where: a place, an online place, or both.
  const where = ctx.place(node, 'location', at);
  let online = where.online;
  for (const val of g.values(node, 'eventAttendanceMode', 2)) {
    const mode = g.enumeration(val);
    if (mode === 'OnlineEventAttendanceMode' || mode === 'MixedEventAttendanceMode') online = true;
  }
  for (const val of g.values(node, 'eventStatus', 3)) if (g.enumeration(val) === 'EventMovedOnline') online = true;
  const location: Location | undefined = where.location;
  const url =
    ctx.firstWebUrl(g.links(node, 'url'), node.doc.base, at) ??
    where.url ??
    ctx.firstWebUrl(g.nodes(node, 'offers', 5).flatMap((o) => g.links(o, 'url', 3)), node.doc.base, at) ??
    (course ? ctx.firstWebUrl(g.links(course, 'url'), course.doc.base, at) : undefined);

  const languages = ctx.languages([node, course], ['inLanguage'], at);
  const cost = costOf(ctx, node) ?? (course ? costOf(ctx, course) : undefined);
  const types = [...node.types, ...(course?.types ?? [])];
  const terms = [...ctx.terms(node, ['keywords', 'about', 'genre']), ...(course ? ctx.terms(course, ['keywords', 'about']) : [])];
  const categories = ctx.categories(types, terms, at);
  let offer: string | undefined;
  for (const host of [...g.nodes(node, 'organizer', 5), ...g.nodes(node, 'location', 5), ...(course ? g.nodes(course, 'provider', 3) : [])]) {
    if (host.key && offerIds.has(host.key)) {
      offer = offerIds.get(host.key);
      break;
    }
  }

  const steps = nextStep(ctx, node, at, g.firstNode(node, 'location'));
  // Costs in words belong to the offer that holds the event.
  delete steps.costNote;
  const finish = (timing: Timing): Record<string, unknown> => {
    const r: Record<string, unknown> = { ...record, start: timing.start };
    if (timing.end) r.end = timing.end;
    if (location) r.location = location;
    if (online) r.online = true;
    if (url) r.url = url;
    if (timing.recurrence) r.recurrence = timing.recurrence;
    if (categories) r.categories = categories;
    if (languages) r.languages = languages;
    if (offer) r.offer = offer;
    if (cost) r.cost = cost;
    Object.assign(r, steps);
    return r;
  };

  const basis = node.key && !node.id?.startsWith('_:') ? node.key : url ?? `${typeof title === 'string' ? title : Object.values(title)[0]}`;
  const schedules = g.nodes(node, 'eventSchedule', 20);
  if (schedules.length === 0) {
    const plain = plainTiming(ctx, node, at);
    if (!plain.ok) return plain;
    return { ok: true, records: [{ record: finish(plain.timing), idBasis: node.key && !node.id?.startsWith('_:') ? basis : `${basis}-${plain.timing.start.slice(0, 16)}` }] };
  }
  if (schedules.length > 10) ctx.unmapped('schedule', 'more than 10 schedules', 'only the first 10 are read', at);
  const startRaw = g.text(node, 'startDate');
  const endRaw = g.text(node, 'endDate');
  const eventStart = startRaw ? ctx.date(startRaw, 'start', at)?.parts : undefined;
  const eventEnd = endRaw ? ctx.date(endRaw, 'end', at)?.parts : undefined;
  const records: Mapped[] = [];
  const reasons: string[] = [];
  schedules.slice(0, 10).forEach((schedule, i) => {
    const result = scheduleTiming(ctx, schedule, eventStart, eventEnd, at);
    if (!result.ok) {
      reasons.push(result.reason);
      return;
    }
    const suffix = schedules.length > 1 ? `-${i + 1}` : '';
    const idBasis = node.key && !node.id?.startsWith('_:') ? `${basis}${suffix}` : `${basis}-${result.timing.start.slice(0, 16)}${suffix}`;
    records.push({ record: finish(result.timing), idBasis });
  });
  if (records.length === 0) return { ok: false, reason: reasons[0] ?? 'its schedule cannot be read' };
  for (const reason of reasons) ctx.unmapped('schedule', 'schedule left out', reason, at);
  return { ok: true, records };
}
