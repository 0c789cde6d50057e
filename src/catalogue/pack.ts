/**
 * A pack is the same catalogue in parts made for the network (written by `willkommen-widgets pack`):
 * a small index and content-hashed catalogue documents, each valid on its own, that elements load
 * as they need them. What a list or a map shows comes per language; the full offers come in
 * chunks when one is opened; events and jobs have parts of their own. This module reads an index.
 */
import { isPlainObject } from './field-reader.js';
import { PART_FILE as FILE } from './pack-parts.js';
import { LIMITS } from './limits.js';
import { describe, type Collector } from './problems.js';
import { PACK_FORMAT, PACK_VERSION } from './values.js';

export interface PackIndex {
  offers?: {
    count: number;
    /** Per content language, the parts with what a list or a map shows, `listSize` offers a part. */
    lists: Record<string, string[]>;
    listSize: number;
    /** Offers in the first part of each list (the one the first cards wait for); `listSize` when absent. */
    firstSize?: number;
    /**
     * The full offers, in catalogue order, `size` offers a part, all named with one `hash`:
     * `offers-full-<n>.<hash>.json` (`files`, made from them).
     */
    details: { size: number; hash: string; files: string[] };
  };
  events?: { count: number; file: string };
  jobs?: { count: number; file: string };
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?:-[a-z0-9](?:-[A-Za-z0-9]{1,8})+)*$/;

export function isPackIndex(input: unknown): boolean {
  return isPlainObject(input) && input.format === PACK_FORMAT;
}

/** Checks a pack index; what cannot be used is reported and left out. */
export function readPackIndex(input: Record<string, unknown>, out: Collector): PackIndex | string {
  if (input.version !== PACK_VERSION) {
    return typeof input.version === 'number' && input.version > PACK_VERSION
      ? `This pack uses version ${input.version}; this version of the kit reads version ${PACK_VERSION}. Update the kit.`
      : `This pack has "version" ${describe(input.version)}; expected ${PACK_VERSION}.`;
  }
  const index: PackIndex = {};
  const file = (value: unknown, path: (string | number)[]): string | undefined => {
    if (typeof value === 'string' && FILE.test(value)) return value;
    out.ignore(path, 'bad-link', `${describe(value)} is not the name of a part in the pack's folder`);
    return undefined;
  };
  const count = (value: unknown, path: (string | number)[], max: number): number | undefined => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
    out.ignore(path, 'bad-value', `${describe(value)} is not a number of records`);
    return undefined;
  };
  const offers = input.offers;
  if (isPlainObject(offers)) {
    const n = count(offers.count, ['offers', 'count'], LIMITS.offers);
    const listSize = count(offers.listSize, ['offers', 'listSize'], LIMITS.offers);
    const firstSize = offers.firstSize === undefined ? listSize : count(offers.firstSize, ['offers', 'firstSize'], LIMITS.offers);
    /** How many parts a list of `n` offers has: the first of `firstSize`, the others of `listSize`. */
    const partsOf = (n: number | undefined): number | undefined =>
      n === undefined || !listSize || !firstSize ? undefined : n <= firstSize ? 1 : 1 + Math.ceil((n - firstSize) / listSize);
    const parts = (value: unknown, path: (string | number)[]): string[] | undefined => {
      const names = Array.isArray(value) ? value.map((f, i) => file(f, [...path, i])) : [];
      const expected = partsOf(n);
      if (names.every((f) => f) && expected !== undefined && names.length === expected) return names as string[];
      out.ignore(path, 'bad-value', `needs ${expected ?? 'its'} parts`);
      return undefined;
    };
    const lists: Record<string, string[]> = {};
    if (isPlainObject(offers.lists)) {
      for (const [lang, names] of Object.entries(offers.lists)) {
        if (!LANGUAGE.test(lang)) {
          out.ignore(['offers', 'lists', lang], 'bad-language', `"${lang}" is not a language code`);
          continue;
        }
        const list = parts(names, ['offers', 'lists', lang]);
        if (list) lists[lang] = list;
      }
    }
    const details = isPlainObject(offers.details) ? offers.details : {};
    const size = count(details.size, ['offers', 'details', 'size'], LIMITS.offers);
    const hash = typeof details.hash === 'string' && /^[0-9a-f]{12}$/.test(details.hash) ? details.hash : undefined;
    if (!hash) out.ignore(['offers', 'details', 'hash'], 'bad-value', `${describe(details.hash)} is not the hash of the full offers' parts`);
    const files = hash && size && n !== undefined ? Array.from({ length: Math.ceil(n / size) }, (_, i) => `offers-full-${i}.${hash}.json`) : undefined;
    if (n !== undefined && listSize && firstSize && Object.keys(lists).length > 0 && size && hash && files) {
      index.offers = { count: n, lists, listSize, ...(firstSize !== listSize ? { firstSize } : {}), details: { size, hash, files } };
    } else if (n !== undefined || Object.keys(lists).length > 0) {
      out.ignore(['offers'], 'bad-value', 'the offers of this pack need a count, a list per language and the parts of the full offers');
    }
  }
  for (const key of ['events', 'jobs'] as const) {
    const part = input[key];
    if (part === undefined || part === null) continue;
    const n = isPlainObject(part) ? count(part.count, [key, 'count'], LIMITS[key]) : undefined;
    const f = isPlainObject(part) ? file(part.file, [key, 'file']) : undefined;
    if (n !== undefined && f) index[key] = { count: n, file: f };
    else if (!isPlainObject(part)) out.ignore([key], 'wrong-type', `${describe(part)} is not a part of the pack`);
  }
  return index;
}
