// Deliberately wrong attributes of the kit's elements in Svelte markup, as svelte-check sees them
// (SvelteHTMLElements): each line marked `error:` must fail to type-check.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'willkommen-widgets/svelte';

type Search = SvelteHTMLElements['offer-search'];
type Events = SvelteHTMLElements['event-list'];

export const right: Search = { categories: 'work', 'hide-filters': 'categories', 'url-state': true, pageSize: 10, 'onwk-select': (e) => e.detail.offer?.id };
export const rightEvents: Events = { range: 'week', 'onwk-filter-change': (e) => e.detail.count };

export const wrong: Search[] = [
  { categorys: 'work' }, // error: no such property
  { 'url-state': false }, // error: Svelte would write the text "false", which turns it on
  { 'onwk-load': (e) => e.detail.offer }, // error: a load event has no offer
];
export const wrongEvents: Events = { range: 'year' }; // error: not a period
