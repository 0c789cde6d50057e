/**
 * Names and addresses of a catalogue's calendar feeds (docs/catalogue-format.md, "Calendar feeds"):
 * `events.ics` for all events, `events-category-<id>.ics` and `events-region-<id>.ics` for the
 * events of one category or one region, in the folder the catalogue's `feeds.url` names. Small and
 * without dependencies, so an element can link to a feed without loading the code that writes one.
 */
import { safeUrl } from '../catalogue/url.js';

/** Which events a feed holds: all, those of one category, or those of one region. */
export type FeedScope = { category: string } | { region: string };

/** The file names of feeds, for finding the files an earlier run wrote. */
export const FEED_FILE = /^events(?:-(?:category|region)-[A-Za-z0-9][A-Za-z0-9._~-]*)?\.ics$/;

/**
 * The file name of a feed. Ids are letters, digits and `. _ : -` (the format's id pattern); a `:`
 * is written `~`, since a colon is not allowed in file names everywhere and would make the name
 * read as a URL scheme.
 */
export function feedFileName(scope?: FeedScope): string {
  if (!scope) return 'events.ics';
  const [kind, id] = 'category' in scope ? ['category', scope.category] : ['region', scope.region];
  return `events-${kind}-${id.replace(/:/g, '~')}.ics`;
}

/** The https address of a feed in the folder `folder` (the catalogue's `feeds.url`), when it is one. */
export function feedUrl(folder: string | undefined, scope?: FeedScope): string | undefined {
  const base = safeUrl(folder);
  if (!base?.startsWith('https://')) return undefined;
  const url = new URL(base);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return safeUrl(new URL(feedFileName(scope), url).href);
}

/** The webcal:// address that opens "subscribe" in a calendar app, for an https feed address. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:/i, 'webcal:');
}
