/**
 * The kit's elements and their default tag names: the one list. Registering happens only in
 * `define.ts` (or when a site calls `registerElements`).
 */
import { EventList } from './elements/event-list/event-list.js';
import { JobBoard } from './elements/job-board/job-board.js';
import { OfferMap } from './elements/offer-map/offer-map.js';
import { OfferSearch } from './elements/offer-search/offer-search.js';
import { defineElement } from './registry.js';

export const ELEMENTS = {
  'offer-search': OfferSearch,
  'offer-map': OfferMap,
  'event-list': EventList,
  'job-board': JobBoard,
} as const satisfies Record<string, CustomElementConstructor>;
export type TagName = keyof typeof ELEMENTS;

/**
 * Registers the kit's elements, by default under their default names; pass other names to avoid a
 * clash, e.g. `registerElements({ 'offer-search': 'stadt-offer-search' })`. Never throws.
 */
export function registerElements(names: Partial<Record<TagName, string>> = {}): void {
  for (const [tag, constructor] of Object.entries(ELEMENTS) as [TagName, CustomElementConstructor][]) {
    defineElement(names[tag] ?? tag, constructor);
  }
}
