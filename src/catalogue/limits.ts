/**
 * Limits of the format and the date check, declared once for the schema and the validator. Kept
 * apart from values.ts, which the elements load, so they never carry what only validation needs.
 */
export const LIMITS = {
  id: 100,
  title: 300,
  summary: 1_000,
  description: 20_000,
  note: 1_000,
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
