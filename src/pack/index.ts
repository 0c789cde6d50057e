/**
 * Packing: a validated catalogue written as a pack for the network (see docs/catalogue-format.md,
 * "Packs"). Every part is a catalogue document of its own, so elements and the validator read it
 * like any catalogue; names carry a hash of the content, so servers can let browsers keep them.
 * Pure: returns the files; the command line writes them.
 */
import type { Catalogue, LangMap, Offer } from '../catalogue/schema.js';
import type { PackIndex } from '../catalogue/pack.js';
import { PACK_FORMAT, PACK_VERSION } from '../catalogue/values.js';

export interface PackOptions {
  /** Full offers per part: one part is loaded when an offer is opened. Default 25. */
  detailsSize?: number;
  /**
   * Offers per part of a list: the first part shows the first cards, the others follow. Default
   * 1,000 (about 60 kB gzip for offers with a summary in one language).
   */
  listSize?: number;
  /**
   * Offers in the first part of a list, the one the first cards wait for. Default 100 (a page of
   * cards and more, about 9 kB gzip); never more than `listSize`.
   */
  firstSize?: number;
  /** When the pack was made (ISO date-time). Default: now. */
  generated?: string;
}

export interface PackFile {
  name: string;
  text: string;
}

export interface Pack {
  /** `index.json` first, then the parts. */
  files: PackFile[];
  index: PackIndex;
}

type Head = Omit<Catalogue, 'offers' | 'events' | 'jobs'>;

/** The languages a LangMap has text in (a plain string is in the catalogue's default language). */
function languagesOf(value: LangMap | undefined, fallback: string): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [fallback] : Object.keys(value);
}

/** The text of `value` in `lang`, else in `fallback`, else the first there is, with its language. */
function pick(value: LangMap | undefined, lang: string, fallback: string): [string, string] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return [fallback, value];
  const key = lang in value ? lang : fallback in value ? fallback : Object.keys(value)[0];
  return key === undefined ? undefined : [key, value[key]];
}

/** The texts of `value` in the private-use varieties of `lang` ("de-x-ls", Easy German, for "de"). */
function varieties(value: LangMap | undefined, lang: string): [string, string][] {
  if (value === undefined || typeof value === 'string') return [];
  const prefix = `${lang.toLowerCase()}-x-`;
  return Object.entries(value).filter(([tag]) => tag.toLowerCase().startsWith(prefix));
}

/**
 * What a list or a map shows of an offer, in one language: the title in it (and in the catalogue's
 * language too, so a search in that language finds it), the summary (with its Easy German next to
 * German), place, categories, languages spoken, opening hours, cost, wheelchair access, a notice,
 * when it was last checked, and which texts are machine-translated (with the title and summary in
 * the original language, for "show original"). Contact details, descriptions, the other next-step
 * fields and notes come with the full offer.
 */
export function listOffer(offer: Offer, lang: string, fallback: string): Offer {
  const title = pick(offer.title, lang, fallback) as [string, string];
  const titles: Record<string, string> = { [title[0]]: title[1] };
  const local = pick(offer.title, fallback, fallback);
  if (local && local[0] !== title[0]) titles[local[0]] = local[1];
  const summary = pick(offer.summary, lang, fallback);
  const lite: Offer = { id: offer.id, title: titles };
  if (summary) lite.summary = { [summary[0]]: summary[1], ...Object.fromEntries(varieties(offer.summary, summary[0])) };
  // A machine-translated text shown in this part: its original comes along for "show original".
  const original = offer.translatedFrom ?? fallback;
  if (offer.machineTranslated?.includes(title[0]) || (summary && offer.machineTranslated?.includes(summary[0]))) {
    const titleOriginal = pick(offer.title, original, original);
    if (titleOriginal?.[0] === original) titles[original] = titleOriginal[1];
    const summaryOriginal = pick(offer.summary, original, original);
    if (lite.summary && summaryOriginal?.[0] === original) (lite.summary as Record<string, string>)[original] = summaryOriginal[1];
  }
  if (offer.machineTranslated) lite.machineTranslated = offer.machineTranslated;
  if (offer.translatedFrom) lite.translatedFrom = offer.translatedFrom;
  if (offer.categories) lite.categories = offer.categories;
  if (offer.languages) lite.languages = offer.languages;
  if (offer.organization) lite.organization = { name: offer.organization.name };
  if (offer.location) lite.location = offer.location;
  if (offer.online !== undefined) lite.online = offer.online;
  if (offer.openingHours?.weekly || offer.openingHours?.appointmentOnly !== undefined) {
    lite.openingHours = {};
    if (offer.openingHours.weekly) lite.openingHours.weekly = offer.openingHours.weekly;
    if (offer.openingHours.appointmentOnly !== undefined) lite.openingHours.appointmentOnly = offer.openingHours.appointmentOnly;
  }
  if (offer.temporarilyClosed !== undefined) lite.temporarilyClosed = offer.temporarilyClosed;
  if (offer.cost) lite.cost = offer.cost;
  if (offer.wheelchair) lite.wheelchair = offer.wheelchair;
  if (offer.notice) {
    const text = pick(offer.notice.text, lang, fallback);
    if (text) lite.notice = { text: { [text[0]]: text[1] }, ...(offer.notice.until ? { until: offer.notice.until } : {}) };
  }
  // When it was last confirmed: `checked`, else (as the age notice reads it) `updated`.
  if (offer.checked) lite.checked = offer.checked;
  else if (offer.updated) lite.updated = offer.updated;
  return lite;
}

async function hashOf(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes `catalogue` (validated) as a pack. */
export { hashOf as packHash };

export async function packCatalogue(catalogue: Catalogue, options: PackOptions = {}): Promise<Pack> {
  const size = Math.max(1, Math.floor(options.detailsSize ?? 25));
  const { offers, events, jobs, ...rest } = catalogue;
  const head: Head = rest;
  const parts: PackFile[] = [];
  const part = async (kind: string, body: Partial<Catalogue>): Promise<string> => {
    const text = JSON.stringify({ ...head, ...body });
    const name = `${kind}.${await hashOf(text)}.json`;
    if (!parts.some((p) => p.name === name)) parts.push({ name, text });
    return name;
  };

  const index: PackIndex = {};
  if (offers.length) {
    const fallback = catalogue.defaultLanguage;
    const languages = new Set([fallback]);
    for (const offer of offers) for (const lang of languagesOf(offer.title, fallback)) languages.add(lang);
    const listSize = Math.max(1, Math.floor(options.listSize ?? 1000));
    const firstSize = Math.min(listSize, Math.max(1, Math.floor(options.firstSize ?? 100)));
    // Where each part of a list starts: the first part is small, the others `listSize` each.
    const starts = [0];
    for (let start = firstSize; start < offers.length; start += listSize) starts.push(start);
    const lists: Record<string, string[]> = {};
    for (const lang of [...languages].sort()) {
      lists[lang] = [];
      for (const [n, start] of starts.entries()) {
        const end = starts[n + 1] ?? offers.length;
        lists[lang].push(await part(`offers-${lang}-${n}`, { offers: offers.slice(start, end).map((o) => listOffer(o, lang, fallback)) }));
      }
    }
    // The full offers: one hash for all their parts, so the index names them with a count and a
    // hash, not one name each (a large catalogue has thousands of these parts).
    const texts: string[] = [];
    for (let start = 0; start < offers.length; start += size) texts.push(JSON.stringify({ ...head, offers: offers.slice(start, start + size) }));
    const hash = await hashOf(texts.join('\n'));
    const files = texts.map((text, n) => {
      parts.push({ name: `offers-full-${n}.${hash}.json`, text });
      return `offers-full-${n}.${hash}.json`;
    });
    index.offers = { count: offers.length, lists, listSize, ...(firstSize < listSize ? { firstSize } : {}), details: { size, hash, files } };
  }
  if (events.length) {
    // Events name the offer that holds them ("Hosted by …"): those offers' titles come along.
    const hosts = new Set(events.map((e) => e.offer).filter((id): id is string => !!id));
    const named = offers.filter((o) => hosts.has(o.id)).map((o) => ({ id: o.id, title: o.title }));
    index.events = { count: events.length, file: await part('events', { offers: named, events }) };
  }
  if (jobs.length) index.jobs = { count: jobs.length, file: await part('jobs', { jobs }) };

  // In the index, the full offers' parts are named by their hash alone (see above).
  const published = index.offers ? { ...index, offers: { ...index.offers, details: { size: index.offers.details.size, hash: index.offers.details.hash } } } : index;
  const indexText = JSON.stringify(
    { format: PACK_FORMAT, version: PACK_VERSION, generated: options.generated ?? new Date().toISOString(), catalogue: head, ...published },
    null,
    1,
  );
  return { files: [{ name: 'index.json', text: `${indexText}\n` }, ...parts], index };
}
