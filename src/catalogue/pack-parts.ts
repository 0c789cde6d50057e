/**
 * Which parts of a pack an element needs: the offers for lists and maps in the visitor's language
 * (else the catalogue's), the events, the jobs. Used by the elements and, before their code has
 * arrived, by the script-tag files; reads an index as published, checked or not.
 */
export interface PackNeeds {
  offers?: boolean;
  events?: boolean;
  jobs?: boolean;
}

/** A part's file name: in the index's folder, nothing else. */
export const PART_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.json$/;

type Loose = Record<string, unknown> | undefined;
const object = (value: unknown): Loose => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);
const name = (value: unknown): string | undefined => (typeof value === 'string' && PART_FILE.test(value) ? value : undefined);

/** The parts an element needs, by role (`offers-0`, `offers-1`, … for the parts of a list; `events`; `jobs`). */
export function packParts(index: unknown, needs: PackNeeds, language: string, defaultLanguage: string): Map<string, string> {
  const parts = new Map<string, string>();
  const pack = object(index);
  const lists = object(object(pack?.offers)?.lists);
  if (needs.offers && lists) {
    const lang = language.toLowerCase();
    const names = (value: unknown) => (Array.isArray(value) && value.length && value.every(name) ? (value as string[]) : undefined);
    const list = names(lists[lang]) ?? names(lists[lang.split('-')[0]]) ?? names(lists[defaultLanguage]) ?? Object.values(lists).map(names).find(Boolean);
    list?.forEach((file, i) => parts.set(`offers-${i}`, file));
  }
  for (const key of ['events', 'jobs'] as const) {
    const file = needs[key] ? name(object(pack?.[key])?.file) : undefined;
    if (file) parts.set(key, file);
  }
  return parts;
}
