/**
 * What the offer search prints, loaded when the visitor prints (and called with the element's
 * language active: every text is made before the first await): every offer now listed as an entry
 * (title, organisation, address, phone, opening hours in short form, languages spoken, a QR code
 * that opens it on this page) under a header with the search, the filters and the date; and a QR
 * poster of the page with the catalogue's title in the visitor's language and in German.
 */
import { msg, str } from '@lit/localize';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { PrintEntry, PrintText } from '../../controllers/print-list.js';
import { count as formatCount, list } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import type { OfferFilters, OfferResult, OfferResults } from '../../search/offer-query.js';
import { addressLine, asText, hoursLine, languagesLine, phoneLine, placeWords, printEntries, printPagePoster, topicWords, type ListPrintHost } from '../base/print-entries.js';
import { qrLabel } from '../base/print-tools.js';

export interface OfferPrintHost extends ListPrintHost {
  filters: OfferFilters;
  /** The town the offers are sorted by distance from ("" for the visitor's position). */
  nearLabel: string;
  wheelchairLabel: string;
}

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
  const topics = topicWords(host, loaded, filters.categories);
  if (topics) shown.push(topics);
  if (filters.languages.length) {
    shown.push({
      label: msg('Languages spoken', { id: 'filter.languages', desc: 'Filter heading and label in the details: the languages the staff of an offer speak with visitors (not the language of this page).' }),
      value: list(filters.languages.map(endonym), ui),
    });
  }
  const place = placeWords(host, loaded, filters.place);
  if (place) shown.push(place);
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

export function printOfferList(host: OfferPrintHost, loaded: LoadedCatalogue, results: OfferResults): Promise<void> {
  return printEntries(host, loaded, results.count, offerFilterWords(host, loaded), offerEntries(host, results.page(0, results.count), loaded));
}

/** The poster of this page. */
export const printOfferPoster = printPagePoster;
