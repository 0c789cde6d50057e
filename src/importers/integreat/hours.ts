/**
 * Integreat's opening hours → the catalogue's weekly slots. Integreat gives a list of 7 days,
 * Monday first, each `{ allDay, closed, appointmentOnly, timeSlots: [{ start, end }] }`.
 */
import { repairBoolean, repairTime } from '../../catalogue/repair.js';
import { LIMITS, WEEKDAYS, type OpeningSlot, type Weekday } from '../../catalogue/schema.js';
import type { ImportLog } from '../log.js';

export interface MappedHours {
  weekly?: OpeningSlot[];
  appointmentOnly?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function time(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  // Integreat's newer "08:00:00+01:00" form: the offset is the region's, the time is local.
  return repairTime(s.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, '')) ?? undefined;
}

/** The opening hours of one POI, or `undefined` when it has none that can be used. */
export function mapOpeningHours(raw: unknown, at: string, log: ImportLog): MappedHours | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    log.unmapped('opening hours', typeof raw === 'string' ? raw : JSON.stringify(raw).slice(0, 120), 'not a list of 7 days; left out', at);
    return undefined;
  }
  if (raw.length === 0) return undefined;
  if (raw.length !== 7) {
    log.unmapped('opening hours', `${raw.length} days`, 'Integreat gives 7 days, Monday first; only the days that fit were read', at);
  }
  const byTimes = new Map<string, { days: Weekday[]; opens: string; closes: string }>();
  let openDays = 0;
  let appointmentDays = 0;
  let slots = 0;
  raw.slice(0, 7).forEach((entry, index) => {
    const day = WEEKDAYS[index];
    if (!isObject(entry)) return;
    if (repairBoolean(entry.closed) === true) return;
    const ranges: [string, string][] = [];
    const dayAppointment = repairBoolean(entry.appointmentOnly) === true;
    let slotAppointment = false;
    if (repairBoolean(entry.allDay) === true) {
      ranges.push(['00:00', '24:00']);
    } else if (Array.isArray(entry.timeSlots)) {
      for (const slot of entry.timeSlots.slice(0, LIMITS.slots + 1)) {
        if (!isObject(slot)) continue;
        if (repairBoolean(slot.appointmentOnly) === true) slotAppointment = true;
        const opens = time(slot.start);
        let closes = time(slot.end);
        if (!opens || !closes) {
          log.unmapped('opening time', `${String(slot.start)}–${String(slot.end)}`, 'not a time of day; this slot was left out', at);
          continue;
        }
        if (closes === '00:00') closes = '24:00';
        if (closes <= opens) {
          log.unmapped('opening time', `${opens}–${closes}`, 'closes before it opens; this slot was left out', at);
          continue;
        }
        ranges.push([opens, closes]);
      }
    }
    if (ranges.length === 0 && !dayAppointment) return;
    openDays++;
    if (dayAppointment || slotAppointment) appointmentDays++;
    for (const [opens, closes] of ranges) {
      const key = `${opens}-${closes}`;
      const group = byTimes.get(key);
      if (group) {
        if (!group.days.includes(day)) group.days.push(day);
      } else if (slots < LIMITS.slots) {
        byTimes.set(key, { days: [day], opens, closes });
        slots++;
      } else {
        log.unmapped('opening hours', `more than ${LIMITS.slots} time slots`, `only the first ${LIMITS.slots} were read`, at);
      }
    }
  });
  const weekly = [...byTimes.values()].sort(
    (a, b) => WEEKDAYS.indexOf(a.days[0]) - WEEKDAYS.indexOf(b.days[0]) || a.opens.localeCompare(b.opens),
  );
  const out: MappedHours = {};
  if (weekly.length) out.weekly = weekly;
  if (openDays > 0 && appointmentDays === openDays) out.appointmentOnly = true;
  else if (appointmentDays > 0) {
    log.unmapped('opening hours', 'appointment only on some days', 'the catalogue marks a whole offer as by appointment, not single days; the hours are kept without the mark', at);
  }
  return out.weekly || out.appointmentOnly ? out : undefined;
}
