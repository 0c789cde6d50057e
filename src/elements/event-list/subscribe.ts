/**
 * "Subscribe in your calendar": where the catalogue names the folder of its calendar feeds
 * (`feeds.url`, docs/catalogue-format.md "Calendar feeds"), the feed that fits the visitor's filter
 * (one topic chosen: that topic's; a region chosen: that region's; else all events), as a webcal://
 * link that calendar apps open, and "copy the address" (https) for apps that ask for one.
 *
 * Only feeds that exist are linked. Their names follow from the ids, but a topic or a region without
 * events has no feed: one is offered only when the catalogue has an event of it that is not over
 * (the feeds keep every such event, whatever else they leave out), else the one of all events, and
 * the visitor is told so.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { feedUrl, webcalUrl, type FeedScope } from '../../calendar/feed-names.js';
import { occurrencesOf } from '../../calendar/occurrences.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { CatalogueEvent, LangMap } from '../../catalogue/schema.js';
import type { ClipboardController } from '../../controllers/clipboard.js';
import type { EventFilters } from '../../events/offer-events.js';

/** How far ahead an event's next date is looked for (a rule that starts later counts as none). */
const AHEAD = 10 * 366 * 86_400_000;

export interface FeedChoice {
  /** The feed's https address (to copy) and its webcal:// address (the link). */
  url: string;
  webcal: string;
  /** The link's text: which events the calendar gets. */
  label: string;
  /** Why the feed of all events is offered instead of the one the filter asks for. */
  note?: string;
}

/** Whether one of `events` is not over: it has a date that ends after now. */
function hasCurrent(events: readonly CatalogueEvent[], zone: string, now: Date): boolean {
  const until = new Date(now.getTime() + AHEAD);
  return events.some((event) => occurrencesOf(event, 0, zone, now, until).length > 0);
}

/** Which feeds exist, by catalogue: "all", "category:<id>", "region:<id>" (found once per catalogue shown). */
const known = new WeakMap<LoadedCatalogue, Map<string, boolean>>();

function feedExists(loaded: LoadedCatalogue, key: string, events: () => readonly CatalogueEvent[], now: Date): boolean {
  let feeds = known.get(loaded);
  if (!feeds) known.set(loaded, (feeds = new Map()));
  let exists = feeds.get(key);
  if (exists === undefined) feeds.set(key, (exists = hasCurrent(events(), loaded.catalogue.timeZone, now)));
  return exists;
}

/**
 * The feed for `filters`, or undefined where the catalogue names no feeds (or has no current
 * events, so no feeds were written). Runs with the element's locale active; needs the recurrence
 * rules loaded.
 */
export function feedChoice(loaded: LoadedCatalogue, filters: EventFilters, nameOf: (value: LangMap | undefined) => string | undefined, now = new Date()): FeedChoice | undefined {
  const { catalogue } = loaded;
  const folder = catalogue.feeds?.url;
  const all = feedUrl(folder);
  if (!all) return undefined;
  if (!feedExists(loaded, 'all', () => catalogue.events, now)) return undefined;
  const choose = (scope: FeedScope, label: string): FeedChoice | undefined => {
    const url = feedUrl(folder, scope);
    return url ? { url, webcal: webcalUrl(url), label } : undefined;
  };
  let note: string | undefined;
  const [categoryId] = filters.categories;
  const category = filters.categories.length === 1 ? catalogue.categories.find((c) => c.id === categoryId) : undefined;
  if (category) {
    const topic = nameOf(category.name) ?? category.id;
    const events = () => catalogue.events.filter((e) => e.categories?.includes(category.id));
    const feed = feedExists(loaded, `category:${category.id}`, events, now)
      ? choose({ category: category.id }, msg(str`Subscribe in your calendar: events on the topic ${topic}`, { id: 'events.subscribe.category', desc: 'Link that subscribes a calendar app to the events of one topic (the topic filter’s choice); the app then keeps them up to date. {0} is the topic’s name (“Health”).' }))
      : undefined;
    if (feed) return feed;
    note = msg(str`There is no calendar to subscribe to for the topic ${topic} yet: it has no coming events. You can subscribe to all events.`, { id: 'events.subscribe.no-category', desc: 'Above the link “Subscribe in your calendar: all events”, when the visitor chose a topic that has no calendar of its own. {0} is the topic’s name.' });
  }
  const region = !note && filters.place.startsWith('region:') ? catalogue.regions.find((r) => `region:${r.id}` === filters.place) : undefined;
  if (region) {
    const place = nameOf(region.name) ?? region.id;
    const events = () => catalogue.events.filter((e) => e.location?.region === region.id);
    const feed = feedExists(loaded, `region:${region.id}`, events, now)
      ? choose({ region: region.id }, msg(str`Subscribe in your calendar: events in the region ${place}`, { id: 'events.subscribe.region', desc: 'Link that subscribes a calendar app to the events of one region (the place filter’s choice); the app then keeps them up to date. {0} is the region’s name (“Rostock”, “Landkreis Gotha”).' }))
      : undefined;
    if (feed) return feed;
    note = msg(str`There is no calendar to subscribe to for the region ${place} yet: it has no coming events. You can subscribe to all events.`, { id: 'events.subscribe.no-region', desc: 'Above the link “Subscribe in your calendar: all events”, when the visitor chose a region that has no calendar of its own. {0} is the region’s name.' });
  }
  return {
    url: all,
    webcal: webcalUrl(all),
    label: msg('Subscribe in your calendar: all events', { id: 'events.subscribe.all', desc: 'Link that subscribes a calendar app to all events of the catalogue; the app then keeps them up to date.' }),
    ...(note ? { note } : {}),
  };
}

/** The link, "copy the address" and what happened, below the events. Runs with the element's locale active. */
export function subscribeTemplate(feed: FeedChoice, clipboard: ClipboardController): TemplateResult {
  return html`<div class="subscribe" part="subscribe">
    ${feed.note ? html`<p class="hint">${feed.note}</p>` : nothing}
    <div class="subscribe-actions">
      <a id="subscribe-link" class="button secondary" href=${feed.webcal}>${feed.label}</a>
      <button type="button" class="link-button" aria-describedby="subscribe-link" @click=${() => void clipboard.copy(feed.url)}>
        ${msg('Copy the address', { id: 'events.subscribe.copy', desc: 'Button (verb) beside “Subscribe in your calendar …”: copy the web address of that calendar, for calendar apps that ask for one.' })}
      </button>
    </div>
    <p class="hint">${msg('Your calendar app then shows new and changed events by itself.', { id: 'events.subscribe.hint', desc: 'Under the link “Subscribe in your calendar …”: what a subscription does.' })}</p>
    <p role="status" class="subscribe-status">${clipboard.status === 'copied'
      ? msg('The address was copied. Add it in your calendar app as a subscription.', { id: 'events.subscribe.copied', desc: 'Status after “Copy the address”: the calendar’s web address is on the clipboard.' })
      : clipboard.status === 'failed'
        ? msg('The address could not be copied. Please copy it from here:', { id: 'events.subscribe.copy-failed', desc: 'Status when the browser did not allow copying; the address follows on its own line.' })
        : nothing}</p>
    ${clipboard.status === 'failed' ? html`<p class="subscribe-address" dir="ltr">${feed.url}</p>` : nothing}
  </div>`;
}
