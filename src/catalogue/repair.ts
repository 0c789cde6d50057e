/**
 * Certain repairs of everyday mistakes in catalogue fields, one function a field kind. The
 * validator, the browser worker and every importer use these, so a field is repaired the same way
 * wherever it comes from. Each function returns the repaired value, or `undefined` when no repair
 * is certain (the caller then removes the field). Dangerous links are never repaired.
 */
import { phoneParts } from './phone.js';
import { safeUrl } from './url.js';
import { WEEKDAYS, type Weekday, type Wheelchair } from './values.js';

const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

/**
 * A web address: `https://…` and `http://…` as written; `www.example.org` and bare host names
 * (`example.org/kurse`) get `https://`. Anything else (other schemes, relative paths, hidden
 * characters, user names) is refused, never repaired.
 */
export function repairWebUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const safe = safeUrl(trimmed);
    return safe && /^https?:/i.test(safe) ? trimmed : undefined;
  }
  // A scheme of any kind ("javascript:", "data:", "ftp:") or a protocol-relative link: refused.
  if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) || trimmed.startsWith('/') || trimmed.includes('\\')) return undefined;
  if (!HOST_NAME.test(trimmed)) return undefined;
  const candidate = `https://${trimmed}`;
  return safeUrl(candidate) ? candidate : undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** An e-mail address: trimmed, `mailto:` removed, spaces removed, the domain in lower case. */
export function repairEmail(value: string): string | undefined {
  let s = value.trim().replace(/^mailto:/i, '').replace(/\?.*$/, '');
  s = s.replace(/\s+/g, '');
  // Several addresses in one field: the first one.
  s = s.split(/[;,]/)[0] ?? '';
  const at = s.lastIndexOf('@');
  if (at < 1) return undefined;
  s = `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
  return EMAIL.test(s) && s.length <= 254 ? s : undefined;
}

/** A phone field: the text as written (trimmed, `tel:` removed) when it holds a number to dial. */
export function repairPhone(value: string): string | undefined {
  const text = value.trim().replace(/^tel:/i, '').replace(/\s+/g, ' ');
  return phoneParts(text) && text.length <= 100 ? text : undefined;
}

const DAY_NAMES = new Map<string, Weekday>();
const DAY_WORDS: [Weekday, string[]][] = [
  ['mo', ['mo', 'mon', 'monday', 'montag', 'mont', 'lundi', 'lunes', 'pazartesi', 'm']],
  ['tu', ['tu', 'tue', 'tues', 'tuesday', 'di', 'die', 'dienstag', 'mardi', 'martes', 'salı', 'sali', 't']],
  ['we', ['we', 'wed', 'weds', 'wednesday', 'mi', 'mit', 'mittwoch', 'mercredi', 'miércoles', 'miercoles', 'çarşamba', 'w']],
  ['th', ['th', 'thu', 'thur', 'thurs', 'thursday', 'do', 'don', 'donnerstag', 'jeudi', 'jueves', 'perşembe', 'r']],
  ['fr', ['fr', 'fri', 'friday', 'freitag', 'vendredi', 'viernes', 'cuma', 'f']],
  ['sa', ['sa', 'sat', 'saturday', 'samstag', 'sonnabend', 'samedi', 'sábado', 'sabado', 'cumartesi']],
  ['su', ['su', 'sun', 'sunday', 'so', 'son', 'sonntag', 'dimanche', 'domingo', 'pazar']],
];
for (const [code, words] of DAY_WORDS) for (const word of words) DAY_NAMES.set(word, code);
// One-letter forms only where they cannot be misread (M, T, W, R, F are the US registrar letters).
const ONE_LETTER = new Set(['m', 't', 'w', 'r', 'f']);

/** A weekday code (`mo` … `su`) for a day name or abbreviation in English, German, French, Spanish or Turkish. */
export function weekdayCode(value: string, allowOneLetter = false): Weekday | undefined {
  const key = value.trim().toLowerCase().replace(/\.$/, '');
  if (!allowOneLetter && ONE_LETTER.has(key)) return undefined;
  if ((WEEKDAYS as readonly string[]).includes(key)) return key as Weekday;
  return DAY_NAMES.get(key);
}

/**
 * A time of day as `HH:MM`: "9:00", "09.00", "9 Uhr", "9am", "9:00 a.m.", "12:30pm", "noon",
 * "24:00". `undefined` for anything else ("25:00", "6:300pm").
 */
export function repairTime(value: string): string | undefined {
  const s = value.trim().toLowerCase().replace(/\s*uhr$/, '').replace(/\s+/g, ' ');
  if (s === 'noon' || s === '12 noon' || s === 'mittag') return '12:00';
  if (s === 'midnight' || s === 'mitternacht') return '24:00';
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(s);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const meridiem = m[4]?.[0];
  if (minute > 59) return undefined;
  if (m[2] === undefined && !meridiem && m[3] === undefined && !/^\d{1,2}$/.test(s)) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'a' && hour === 12) hour = 0;
    if (meridiem === 'p' && hour !== 12) hour += 12;
  }
  if (hour > 24 || (hour === 24 && minute !== 0)) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A calendar date as `YYYY-MM-DD` from German "14.10.2026" or ISO with a time ("2026-10-14T…" kept). */
export function repairDate(value: string): string | undefined {
  const s = value.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (german) return `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return `${iso[1]}-${iso[2].padStart(2, '0')}-${iso[3].padStart(2, '0')}`;
  return undefined;
}

/** true/false from the ways people write them ("yes", "ja", "1", "TRUE"). */
export function repairBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const s = value.trim().toLowerCase();
  if (['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'wahr', 'oui', 'sí', 'si'].includes(s)) return true;
  if (['false', 'no', 'n', 'nein', '0', 'falsch', 'non'].includes(s)) return false;
  return undefined;
}

/** Wheelchair access as catalogues and directories write it in one word or phrase, in lower case. */
export const WHEELCHAIR_WORDS: Readonly<Record<string, Wheelchair>> = {
  true: 'yes', ja: 'yes', j: 'yes', y: 'yes', oui: 'yes', sí: 'yes', si: 'yes', evet: 'yes', barrierefrei: 'yes', rollstuhlgerecht: 'yes',
  rollstuhlgeeignet: 'yes', stufenlos: 'yes', accessible: 'yes', 'wheelchair accessible': 'yes', 'fully accessible': 'yes', full: 'yes', 'step-free': 'yes',
  teilweise: 'partly', 'teilweise barrierefrei': 'partly', eingeschränkt: 'partly', 'eingeschränkt barrierefrei': 'partly', bedingt: 'partly',
  'bedingt barrierefrei': 'partly', partial: 'partly', partially: 'partly', 'partially accessible': 'partly', 'partly accessible': 'partly', limited: 'partly',
  false: 'no', nein: 'no', n: 'no', non: 'no', hayır: 'no', 'nicht barrierefrei': 'no', 'not accessible': 'no', 'no access': 'no', none: 'no',
};

const ABOUT_WHEELCHAIRS = /rollstuhl|wheelchair|barrierefrei|barriere-frei|barrier-free|step-free|stufenlos|\baccessible\b|fauteuil roulant|silla de ruedas|tekerlekli sandalye/i;
const PARTLY = /teilweise|partly|partial|eingeschränkt|eingeschraenkt|bedingt|limited|some areas|einige|with help|mit hilfe|on request|auf anfrage|parcial|kısmen/i;
const NOT = /\b(?:nicht|not|kein\w*|nein|none|non|ohne zugang)\b|^no\b|\bno (?:wheelchair|step-free|access)|\bn'est pas|\bdeğil\b/i;

/**
 * Wheelchair access from a phrase of a directory ("Wheelchair accessible", "Eingang nicht
 * barrierefrei", "teilweise rollstuhlgerecht"): `partly` or `no` where the phrase says so, `yes`
 * where it speaks of wheelchairs or step-free access without either; `undefined` for text about
 * something else ("Aufzug", "induction loop"), which is not guessed.
 */
export function wheelchairFromText(value: string): Wheelchair | undefined {
  const s = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (Object.hasOwn(WHEELCHAIR_WORDS, s)) return WHEELCHAIR_WORDS[s];
  if (s.length > 300 || !ABOUT_WHEELCHAIRS.test(s)) return undefined;
  if (PARTLY.test(s)) return 'partly';
  if (NOT.test(s)) return 'no';
  return 'yes';
}
