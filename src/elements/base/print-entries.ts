/**
 * Lines of a printed entry that offers, events and jobs share: the address, opening hours in short
 * form ("Mon–Wed 9:00 AM–12:00 PM · Thu 9:00 AM–12:00 PM and 2:00–6:00 PM") and the languages spoken in
 * their own names; and the footer of a printed list or poster. Loaded with the printing code, never
 * with the element.
 */
import { slotsOn } from '../../catalogue/hours.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { LangMap, OpeningSlot } from '../../catalogue/schema.js';
import type { LocalText } from '../../catalogue/text.js';
import { telUrl } from '../../catalogue/url.js';
import { WEEKDAYS } from '../../catalogue/values.js';
import type { PrintText } from '../../controllers/print-list.js';
import { list, timeOfDay, weekdayName } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import { publishedBy } from './print-tools.js';

interface Place {
  street?: string;
  postalCode?: string;
  locality?: string;
}

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
