/**
 * Printing a list of offers, events or jobs, as the three elements share it: the lines of an entry
 * (the address, opening hours in short form — "Mon–Wed 9:00 AM–12:00 PM · Thu 9:00 AM–12:00 PM and
 * 2:00–6:00 PM" — and the languages spoken in their own names), the header and footer of the list,
 * and the poster of the page. Each element's module adds its entries and its filters in words.
 * Loaded with the printing code, never with the element.
 */
import { slotsOn } from '../../catalogue/hours.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { LangMap, OpeningSlot } from '../../catalogue/schema.js';
import { msg } from '@lit/localize';
import { localText, type LocalText } from '../../catalogue/text.js';
import { telUrl } from '../../catalogue/url.js';
import { WEEKDAYS } from '../../catalogue/values.js';
import type { PosterSize, PrintController } from '../../controllers/print-controller.js';
import type { PrintEntry, PrintListHead, PrintText } from '../../controllers/print-list.js';
import { formatDate, list, timeOfDay, weekdayName } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import { noFilters, printedOn, publishedBy, qrLabel, scanText } from './print-tools.js';

/** What printing reads of an element that lists entries (each element adds what its entries need). */
export interface ListPrintHost {
  root: ParentNode;
  printing: PrintController;
  ui: string;
  dir: string;
  /** The locale dates are written in. */
  dates: string;
  /** This page with the current search and filters: the poster's QR code. */
  viewLink: string;
  /** An entry's link on this page, short (for its QR code). */
  entryLink(id: string): string;
  /** A catalogue text in the visitor's languages. */
  textOf(value: LangMap | undefined, loaded: LoadedCatalogue): LocalText | undefined;
  /** "42 offers" in the element's words. */
  countText(n: number): string;
}

interface Place {
  street?: string;
  postalCode?: string;
  locality?: string;
}

/** A catalogue text for print, in its language and its own direction. */
export const asText = (value: LocalText | undefined): PrintText | undefined => value && { text: value.text, lang: value.lang, dir: 'auto' };

/** Street, postal code and town, as the catalogue writes them (German addresses stay as they are). */
export function addressLine(place: Place | undefined): PrintText | undefined {
  const text = [place?.street, [place?.postalCode, place?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return text ? { text, dir: 'auto' } : undefined;
}

/** A phone number that can be called, written as the catalogue writes it, left to right. */
export function phoneLine(phone: string | undefined): PrintText | undefined {
  return phone && telUrl(phone) ? { text: phone, dir: 'ltr' } : undefined;
}

/** Opening hours in short form: days with the same hours together, in the interface's language. */
export function hoursLine(weekly: readonly OpeningSlot[] | undefined, ui: string): PrintText | undefined {
  if (!weekly?.length) return undefined;
  const days = WEEKDAYS.map((day) => ({ day, slots: slotsOn(weekly, day) }));
  const same = (a: OpeningSlot[], b: OpeningSlot[]) => a.length === b.length && a.every((s, i) => s.opens === b[i].opens && s.closes === b[i].closes);
  const parts: string[] = [];
  for (let i = 0; i < days.length; i++) {
    const { slots } = days[i];
    if (!slots.length) continue;
    let j = i;
    while (j + 1 < days.length && same(days[j + 1].slots, slots)) j++;
    const first = weekdayName(days[i].day, ui, 'short');
    const when = j === i ? first : `${first}–${weekdayName(days[j].day, ui, 'short')}`;
    parts.push(`${when} ${list(slots.map((s) => isolate(`${timeOfDay(s.opens, ui)}–${timeOfDay(s.closes, ui)}`)), ui)}`);
    i = j;
  }
  return parts.length ? { text: parts.map(isolate).join(' · ') } : undefined;
}

/**
 * Each item isolated in its own direction (Unicode's first-strong isolate): a list of names in
 * several scripts, or of times in a right-to-left line, keeps each item whole and in order.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The languages spoken, each in its own name ("Deutsch, العربية, فارسی"). */
export function languagesLine(tags: readonly string[] | undefined, ui: string): PrintText | undefined {
  return tags?.length ? { text: list(tags.map((tag) => isolate(endonym(tag))), ui) } : undefined;
}

/** The catalogue and its publisher, under a printed list or poster. */
export function catalogueFooter(host: { textOf(value: LangMap | undefined, loaded: LoadedCatalogue): LocalText | undefined }, loaded: LoadedCatalogue): PrintText[] {
  const { title, publisher } = loaded.catalogue;
  const name = host.textOf(title, loaded);
  return [...(name ? [{ text: name.text, lang: name.lang, dir: 'auto' as const }] : []), ...(publisher?.name ? [{ text: publishedBy(publisher.name) }] : [])];
}

/** Prints `entries` under a header with their count, the search and filters in words, and the date. */
export async function printEntries(host: ListPrintHost, loaded: LoadedCatalogue, count: number, filters: PrintListHead['filters'], entries: readonly PrintEntry[]): Promise<void> {
  const heading = host.countText(count);
  const today = new Date().toISOString().slice(0, 10);
  await host.printing.printList(
    host.root,
    { lang: host.ui, dir: host.dir, title: heading },
    { heading, filters, noFilters: noFilters(), printed: printedOn(formatDate(today, host.dates)), footer: catalogueFooter(host, loaded) },
    entries,
  );
}

/**
 * Prints the poster of this page: the catalogue's title in the visitor's language and in German
 * beside it (the offices, employers and helpers around them read German), the page's QR code and
 * its link written out.
 */
export async function printPagePoster(host: ListPrintHost, loaded: LoadedCatalogue, size: PosterSize): Promise<void> {
  const title = host.textOf(loaded.catalogue.title, loaded);
  const german = localText(loaded.catalogue.title, 'de', loaded.catalogue.defaultLanguage);
  const heading = title?.text ?? document.title;
  const isGerman = (tag: string | undefined) => /^de(-|$)/i.test(tag ?? '');
  await host.printing.printPoster(host.root, { lang: host.ui, dir: host.dir, title: heading }, size, {
    title: { text: heading, lang: title?.lang, dir: 'auto' },
    german: german && isGerman(german.lang) && !isGerman(title?.lang) ? { text: german.text, lang: german.lang, dir: 'ltr' } : undefined,
    scan: scanText(),
    link: host.viewLink,
    qrLabel: qrLabel(heading),
    footer: catalogueFooter(host, loaded),
  });
}

/** A filter in the header of a printed list: its label, and what is chosen where it is not yes/no. */
export interface FilterWords {
  label: string;
  value?: string;
}

/** The chosen topics, by their names in the visitor's language. */
export function topicWords(host: ListPrintHost, loaded: LoadedCatalogue, ids: readonly string[]): FilterWords | undefined {
  if (!ids.length) return undefined;
  const categories = new Map(loaded.catalogue.categories.map((c) => [c.id, c.name]));
  return {
    label: msg('Topics', { id: 'filter.categories', desc: 'Label of the topic filter, and heading of an offer’s topics (such as “Health”, “Housing”).' }),
    value: list(ids.map((id) => host.textOf(categories.get(id), loaded)?.text ?? id), host.ui),
  };
}

/** The chosen place ("region:…" or "town:…"): a region by its name, a town as the catalogue writes it. */
export function placeWords(host: ListPrintHost, loaded: LoadedCatalogue, place: string): FilterWords | undefined {
  if (!place) return undefined;
  const region = loaded.catalogue.regions.find((r) => `region:${r.id}` === place);
  return {
    label: msg('Place', { id: 'filter.place', desc: 'Label of the place filter (a region or a town).' }),
    value: region ? (host.textOf(region.name, loaded)?.text ?? region.id) : place.replace(/^(town|region):/, ''),
  };
}
