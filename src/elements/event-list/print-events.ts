/**
 * What the event list prints, loaded when the visitor prints (and called with the element's
 * language active: every text is made before the first await): every event date now listed, in the
 * period and with the filters applied, as an entry (number, title, date and time in the catalogue's
 * time zone, online, address, the offer that hosts it, "free of charge", the languages it is held
 * in, and a QR code that opens it on this page) under a header with the period, the filters and the
 * date; and a QR poster of the page with the catalogue's title in the visitor's language and in
 * German.
 */
import { msg, str } from '@lit/localize';
import type { Occurrence } from '../../calendar/occurrences.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { PrintEntry, PrintText } from '../../controllers/print-list.js';
import type { EventFilters } from '../../events/offer-events.js';
import { CALENDAR, count as formatCount, list } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import { addressLine, asText, languagesLine, placeWords, printEntries, printPagePoster, topicWords, type ListPrintHost } from '../base/print-entries.js';
import { qrLabel } from '../base/print-tools.js';

export interface EventPrintHost extends ListPrintHost {
  filters: EventFilters;
  /** The period listed: from (now, or the first day) to the end of the last day. */
  period: { from: Date; to: Date };
}

/** Date and time formats on the Gregorian calendar, as everything the kit shows. */
const format = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { calendar: CALENDAR, ...options });

/**
 * When a date is, in one phrase in the date locale ("Mittwoch, 9. Dezember, 18:00–20:00 Uhr",
 * "Mittwoch, 9. – Donnerstag, 10. Dezember" for two whole days), in the catalogue's time zone.
 */
export function whenText(o: Occurrence, locale: string, zone: string): string {
  const day: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone };
  if (o.allDay) return format(locale, day).formatRange(o.start, new Date(Math.max(o.start.getTime(), o.end.getTime() - 1)));
  return format(locale, { ...day, hour: 'numeric', minute: '2-digit' }).formatRange(o.start, o.end);
}

export function eventEntries(host: EventPrintHost, listed: readonly Occurrence[], loaded: LoadedCatalogue): PrintEntry[] {
  const { ui } = host;
  const zone = loaded.catalogue.timeZone;
  const offers = new Map(loaded.catalogue.offers.map((o) => [o.id, o]));
  const online = msg('Online', { id: 'offer.online', desc: 'A tag on an offer or event, and a filter: it takes place online.' });
  const free = msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' });
  return listed.map((o, i) => {
    const { event } = o;
    const title = asText(host.textOf(event.title, loaded)) ?? { text: event.id };
    const offer = event.offer ? offers.get(event.offer) : undefined;
    const offerTitle = offer ? (host.textOf(offer.title, loaded)?.text ?? offer.id) : undefined;
    const lines = [
      { text: whenText(o, host.dates, zone) } as PrintText,
      event.online ? ({ text: online } as PrintText) : undefined,
      addressLine(event.location),
      offerTitle ? ({ text: msg(str`Hosted by: ${offerTitle}`, { id: 'print.event.host', desc: 'A line of a printed event: the offer (usually an organisation) that holds it. {0} is its title.' }) } as PrintText) : undefined,
      event.cost === 'free' ? ({ text: free } as PrintText) : undefined,
      languagesLine(event.languages, ui),
    ].filter((line): line is PrintText => !!line);
    return { number: formatCount(i + 1, ui), title, lines, link: host.entryLink(event.id), qrLabel: qrLabel(title.text) };
  });
}

/** The period and the filters in words, each under the label the visitor saw on the filter. */
export function eventFilterWords(host: EventPrintHost, loaded: LoadedCatalogue): { label: string; value?: string }[] {
  const { filters, ui, period } = host;
  const zone = loaded.catalogue.timeZone;
  const lastDay = new Date(Math.max(period.from.getTime(), period.to.getTime() - 1));
  const shown: { label: string; value?: string }[] = [
    {
      label: msg('When', { id: 'events.when', desc: 'Label of the period filter of the event list (a question word or “Period”).' }),
      value: format(host.dates, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).formatRange(period.from, lastDay),
    },
  ];
  const topics = topicWords(host, loaded, filters.categories);
  if (topics) shown.push(topics);
  if (filters.languages.length) {
    shown.push({
      label: msg('Language', { id: 'events.language', desc: 'Label of the filter by the language an event is held in.' }),
      value: list(filters.languages.map(endonym), ui),
    });
  }
  const place = placeWords(host, loaded, filters.place);
  if (place) shown.push(place);
  if (filters.free) shown.push({ label: msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' }) });
  if (filters.online) shown.push({ label: msg('Online', { id: 'offer.online', desc: 'A tag on an offer or event, and a filter: it takes place online.' }) });
  return shown;
}

export function printEventList(host: EventPrintHost, loaded: LoadedCatalogue, listed: readonly Occurrence[]): Promise<void> {
  return printEntries(host, loaded, listed.length, eventFilterWords(host, loaded), eventEntries(host, listed, loaded));
}

/** The poster of this page. */
export const printEventPoster = printPagePoster;
