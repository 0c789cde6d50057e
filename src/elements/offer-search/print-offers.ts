/**
 * What the offer search prints, loaded when the visitor prints (and called with the element's
 * language active: every text is made before the first await): every offer now listed as an entry
 * (title, organisation, address, phone, opening hours in short form, languages spoken, a QR code
 * that opens it on this page) under a header with the search, the filters and the date; and a QR
 * poster of the page with the catalogue's title in the visitor's language and in German.
 */
import { msg, str } from '@lit/localize';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { LangMap } from '../../catalogue/schema.js';
import { localText, type LocalText } from '../../catalogue/text.js';
import type { PosterSize, PrintController } from '../../controllers/print-controller.js';
import type { PrintEntry, PrintText } from '../../controllers/print-list.js';
import { count as formatCount, formatDate, list } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import type { OfferFilters, OfferResult, OfferResults } from '../../search/offer-query.js';
import { addressLine, catalogueFooter, hoursLine, languagesLine, phoneLine } from '../base/print-entries.js';
import { noFilters, printedOn, qrLabel, scanText } from '../base/print-tools.js';

export interface OfferPrintHost {
  root: ParentNode;
  printing: PrintController;
  ui: string;
  dir: string;
  /** The locale dates are written in. */
  dates: string;
  filters: OfferFilters;
  /** The town the offers are sorted by distance from ("" for the visitor's position). */
  nearLabel: string;
  /** This page with the current search and filters. */
  viewLink: string;
  /** An offer's link on this page, short (for its QR code). */
  entryLink(id: string): string;
  /** A catalogue text in the visitor's languages. */
  textOf(value: LangMap | undefined, loaded: LoadedCatalogue): LocalText | undefined;
  countText(n: number): string;
  wheelchairLabel: string;
}

const asText = (value: LocalText | undefined): PrintText | undefined => value && { text: value.text, lang: value.lang, dir: 'auto' };

export function offerEntries(host: OfferPrintHost, results: readonly OfferResult[], loaded: LoadedCatalogue): PrintEntry[] {
  const ui = host.ui;
  return results.map(({ offer }, i) => {
    const title = asText(host.textOf(offer.title, loaded)) ?? { text: offer.id };
    const lines = [
      offer.organization?.name ? ({ text: offer.organization.name, dir: 'auto' } as PrintText) : undefined,
      addressLine(offer.location),
      phoneLine(offer.contact?.phone),
      hoursLine(offer.openingHours?.weekly, ui),
      languagesLine(offer.languages, ui),
    ].filter((line): line is PrintText => !!line);
    return { number: formatCount(i + 1, ui), title, lines, link: host.entryLink(offer.id), qrLabel: qrLabel(title.text) };
  });
}

/** The search and filters in words, each under the label the visitor saw on the filter. */
export function offerFilterWords(host: OfferPrintHost, loaded: LoadedCatalogue): { label: string; value?: string }[] {
  const { filters, ui } = host;
  const shown: { label: string; value?: string }[] = [];
  if (filters.query) shown.push({ label: msg('Search', { id: 'print.search', desc: 'In the header of a printed list: label before the visitor’s search text.' }), value: filters.query });
  if (filters.categories.length) {
    const categories = new Map(loaded.catalogue.categories.map((c) => [c.id, c.name]));
    shown.push({
      label: msg('Topics', { id: 'filter.categories', desc: 'Label of the topic filter, and heading of an offer’s topics (such as “Health”, “Housing”).' }),
      value: list(filters.categories.map((id) => host.textOf(categories.get(id), loaded)?.text ?? id), ui),
    });
  }
  if (filters.languages.length) {
    shown.push({
      label: msg('Languages spoken', { id: 'filter.languages', desc: 'Filter heading and label in the details: the languages the staff of an offer speak with visitors (not the language of this page).' }),
      value: list(filters.languages.map(endonym), ui),
    });
  }
  if (filters.place) {
    const region = loaded.catalogue.regions.find((r) => `region:${r.id}` === filters.place);
    shown.push({
      label: msg('Place', { id: 'filter.place', desc: 'Label of the place filter (a region or a town).' }),
      value: region ? (host.textOf(region.name, loaded)?.text ?? region.id) : filters.place.replace(/^town:/, ''),
    });
  }
  if (filters.near) {
    const town = host.nearLabel;
    shown.push({
      label: town
        ? msg(str`Sorted by distance from ${town}`, { id: 'print.near-town', desc: 'In the header of a printed list: the offers are sorted by distance from a town the visitor chose. {0} is the town’s name as the catalogue writes it.' })
        : msg('Sorted by distance from where this list was made', { id: 'print.near-me', desc: 'In the header of a printed list: the offers are sorted by distance from the position of the device the list was printed from (“Near me”).' }),
    });
  }
  if (filters.openNow) shown.push({ label: msg('Open now', { id: 'filter.open-now', desc: 'Checkbox of a filter (only what is open at this moment), and the opening state in a map popup. Adjective (“currently open”), not the verb “to open”.' }) });
  if (filters.free) shown.push({ label: msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' }) });
  if (filters.wheelchair) shown.push({ label: host.wheelchairLabel });
  return shown;
}

export async function printOfferList(host: OfferPrintHost, loaded: LoadedCatalogue, results: OfferResults): Promise<void> {
  const heading = host.countText(results.count);
  const today = new Date().toISOString().slice(0, 10);
  await host.printing.printList(
    host.root,
    { lang: host.ui, dir: host.dir, title: heading },
    { heading, filters: offerFilterWords(host, loaded), noFilters: noFilters(), printed: printedOn(formatDate(today, host.dates)), footer: catalogueFooter(host, loaded) },
    offerEntries(host, results.page(0, results.count), loaded),
  );
}

export async function printOfferPoster(host: OfferPrintHost, loaded: LoadedCatalogue, size: PosterSize): Promise<void> {
  const title = host.textOf(loaded.catalogue.title, loaded);
  // The title in German beside the visitor's: the offices and helpers around them read German.
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
