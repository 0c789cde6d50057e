/**
 * Limits of the format and the date check, declared once for the schema and the validator. Kept
 * apart from values.ts, which the elements load, so they never carry what only validation needs.
 */
/** The forms of the format's values, declared once. */
/**
 * A BCP 47 language tag: a language, then subtags of 2–8 letters or digits (script, region,
 * variant), then extensions and private use, each a one-letter singleton and its subtags
 * ("de-x-ls", Easy German).
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?:-[A-Za-z0-9](?:-[A-Za-z0-9]{1,8})+)*$/;
export const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
export const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const RRULE = /^(?:[A-Z]+=[A-Za-z0-9,:+-]+)(?:;[A-Z]+=[A-Za-z0-9,:+-]+)*$/;

export const LIMITS = {
  id: 100,
  title: 300,
  summary: 1_000,
  description: 20_000,
  note: 1_000,
  /** What to bring, who an offer is for, costs in words, a short-term notice. */
  nextStep: 1_000,
  checkAfterMonths: 120,
  name: 300,
  street: 200,
  postalCode: 16,
  locality: 120,
  url: 2_000,
  email: 254,
  phone: 100,
  recurrence: 500,
  languagesPerMap: 30,
  listItems: 30,
  slots: 50,
  categories: 200,
  regions: 2_000,
  offers: 200_000,
  events: 50_000,
  jobs: 50_000,
} as const;

/** True when the string is a real calendar date or date-time (rejects 2026-02-30 and 25:00). */
export function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return false;
  }
  if (value.length === 10) return true;
  const t = /T(\d{2}):(\d{2})/.exec(value);
  return !!t && Number(t[1]) < 24 && Number(t[2]) < 60 && !Number.isNaN(Date.parse(value));
}
