// Host-set state as a contract: a preset changes its own filter only, whatever changes what is
// listed fires one wk-filter-change with its cause, and the page URL is read and written only
// with url-state (a shared link opens its offer or job with open-linked).
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { until } from './helpers/until.js';
import { addDays, dayKey, instantOf } from '../src/calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';
import type { EventList } from '../src/elements/event-list/event-list.js';
import type { JobBoard } from '../src/elements/job-board/job-board.js';
import type { OfferMap } from '../src/elements/offer-map/offer-map.js';
import type { OfferSearch } from '../src/elements/offer-search/offer-search.js';
import type { EventFilters, FilterChangeDetail, JobFilters, ListFilters, WkFilterChangeEvent } from '../src/events/offer-events.js';
import type { OfferFilters } from '../src/search/offer-query.js';

// A fresh store of saved copies for each test: an element shows one copy of the catalogue, not a
// saved one that a fresh one then replaces.
beforeEach(() => configureLoader({ savedCopies: memoryCopies(), retries: 0 }));
const SRC = '/demo/catalogue.json';
const ZONE = 'Europe/Berlin';
const today = dayKey(new Date(), ZONE);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot?.querySelector<T>(selector) as T;
const $$ = (el: Element, selector: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];

/** Every wk-filter-change the element fires, in order. */
function record<F extends ListFilters>(el: Element): FilterChangeDetail<F>[] {
  const details: FilterChangeDetail<F>[] = [];
  el.addEventListener('wk-filter-change', (e) => details.push((e as WkFilterChangeEvent<F>).detail));
  return details;
}

/**
 * The changes someone made (the visitor, the host, the URL). Under typed text, the search index
 * completing in the background may list more offers: such changes come as "catalogue" of their own.
 */
const made = <F extends ListFilters>(events: FilterChangeDetail<F>[]) => events.filter((e) => e.cause !== 'catalogue');

/** Gives a second event time to arrive: the element's update, a pause, and any update after it. */
async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 150));
  await el.updateComplete;
}

/** The number in a count heading ("51 offers"; none for "No offers match"). */
const headingCount = (el: Element, selector: string) => Number(($(el, selector)?.textContent ?? '').replace(/\D/g, '') || 0);

async function place<T extends LitElement>(tag: string, attributes: string, ready: (el: T) => unknown, lang = 'en'): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const el = wrapper.querySelector(tag) as T;
  await until(() => ready(el) && $(el, '[part="base"]')?.lang === lang, 8000);
  return el;
}

const search = (attributes = '') => place<OfferSearch>('offer-search', `src="${SRC}" ${attributes}`, (el) => $(el, '.cards, .detail, .empty'));
const searchText = (el: OfferSearch) => $<HTMLInputElement>(el, '#search');
const toggle = (el: Element, label: RegExp) => $$(el, 'label.toggle').find((l) => label.test(l.textContent ?? ''))?.querySelector('input') as HTMLInputElement;
/** The select whose label starts with `label` (a label's text also holds its options'). */
const select = (el: Element, label: string) => $$(el, 'label.field').find((l) => (l.textContent ?? '').trim().startsWith(label))?.querySelector('select') as HTMLSelectElement;
function choose(control: HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('change'));
}
function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

/**
 * Puts `search` into the page URL as a new last history entry: entries after the current one (left
 * by an earlier "back") would make history.length miss a new entry.
 */
function startAt(search: string): number {
  history.pushState(null, '', `${location.pathname}${search}`);
  return history.length;
}

afterEach(() => {
  clearCatalogueCache();
  history.replaceState(null, '', location.pathname);
});

describe('<offer-search> presets set by the host', () => {
  it('reports the first list once, with the cause "catalogue"', async () => {
    const wrapper = await fixture(html`<div lang="en"></div>`);
    wrapper.innerHTML = `<offer-search src="${SRC}" categories="language"></offer-search>`;
    const el = wrapper.querySelector('offer-search') as OfferSearch;
    const events = record<OfferFilters>(el);
    await until(() => $(el, '.cards'), 8000);
    await settle(el);
    expect(events).to.have.length(1);
    expect(events[0].cause).to.equal('catalogue');
    expect(events[0].filters.categories).to.deep.equal(['language']);
    expect(events[0].count).to.equal(el.results.length);
    expect(events[0].count).to.equal(headingCount(el, '#count'));
  });

  it('changes only the preset filter: the typed text and the other filters stay, one event with the cause "preset"', async () => {
    const el = await search();
    const all = record<OfferFilters>(el);
    const events = () => made(all);
    const shownCount = () => headingCount(el, '#count');

    typeInto(searchText(el), 'beratung');
    await until(() => events().length === 1);
    expect(events()[0].cause).to.equal('visitor');
    expect(events()[0].filters.query).to.equal('beratung');
    toggle(el, /Free of charge/).click();
    await until(() => events().length === 2);
    expect(events()[1]).to.deep.include({ cause: 'visitor' });
    expect(events()[1].filters.free).to.equal(true);

    el.categories = 'migration-counselling';
    await until(() => events().length === 3);
    await settle(el);
    expect(events()).to.have.length(3);
    expect(events()[2].cause).to.equal('preset');
    expect(events()[2].filters).to.deep.include({ query: 'beratung', free: true, categories: ['migration-counselling'] });
    expect(searchText(el).value).to.equal('beratung');
    expect(toggle(el, /Free of charge/).checked).to.equal(true);
    expect(all.at(-1)?.count).to.equal(shownCount());
    expect(shownCount()).to.be.greaterThan(0);
    expect($$(el, '.card').every((c) => /Migration counselling/.test(c.textContent ?? ''))).to.equal(true);

    el.setAttribute('region', 'rostock');
    await until(() => events().length === 4);
    await settle(el);
    expect(events()).to.have.length(4);
    expect(events()[3].cause).to.equal('preset');
    expect(events()[3].filters).to.deep.include({ query: 'beratung', free: true, categories: ['migration-counselling'], place: 'region:rostock' });
    expect(searchText(el).value).to.equal('beratung');
    expect(all.at(-1)?.count).to.equal(shownCount());
  });

  it('gives the visitor’s choice for that filter way to the new preset, and keeps an open offer open', async () => {
    const el = await search();
    const events = record<OfferFilters>(el);
    ($$(el, '.chips label').find((l) => /Housing/.test(l.textContent ?? ''))?.querySelector('input') as HTMLInputElement).click();
    await until(() => events.length === 1);
    expect(events[0].filters.categories).to.deep.equal(['housing']);
    $$(el, '.cards a')[0].click();
    await until(() => $(el, '.detail'));
    el.categories = 'work';
    await until(() => events.length === 2);
    expect(events[1]).to.deep.include({ cause: 'preset' });
    expect(events[1].filters.categories).to.deep.equal(['work']);
    expect($(el, '.detail')).to.exist;
  });

  it('fires nothing for a change that changes nothing', async () => {
    const el = await search('categories="language"');
    const events = record<OfferFilters>(el);
    el.categories = 'language'; // the same value
    el.categories = ' language ,'; // another spelling of the same list
    await settle(el);
    el.hideFilters = 'near-me'; // hides a filter that is not in use
    typeInto(searchText(el), ''); // the visitor "types" what is already there
    await settle(el);
    expect(events).to.deep.equal([]);
  });

  it('reports reset() from the host as "preset" and the reset button as "visitor"', async () => {
    const el = await search('categories="language"');
    const all = record<OfferFilters>(el);
    const events = () => made(all);
    typeInto(searchText(el), 'Rostock');
    await until(() => events().length === 1);
    el.reset();
    await until(() => events().length === 2);
    expect(events()[1].cause).to.equal('preset');
    expect(events()[1].filters).to.deep.include({ query: '', categories: ['language'] });
    toggle(el, /Free of charge/).click();
    await until(() => events().length === 3);
    ($$(el, '.link-button').find((b) => /Reset filters/.test(b.textContent ?? '')) as HTMLButtonElement).click();
    await until(() => events().length === 4);
    expect(events()[3].cause).to.equal('visitor');
    expect(events()[3].filters).to.deep.include({ free: false, categories: ['language'] });
  });
});

describe('<offer-search> and the page URL', () => {
  it('ignores wk- parameters without url-state and leaves the URL and the history alone', async () => {
    const search0 = '?wk-q=kita&wk-cat=work&wk-free=1&wk-offer=o-0003';
    const length = startAt(search0);
    const el = await search();
    expect(searchText(el).value).to.equal('');
    expect($(el, '.detail')).to.equal(null);
    expect($$(el, '.chip[data-checked]')).to.have.length(0);
    const total = ((await (await fetch(SRC)).json()) as { offers: unknown[] }).offers.length;
    expect(el.results.length).to.equal(total);
    // The visitor searches, filters, opens an offer and goes back: the URL never changes.
    typeInto(searchText(el), 'beratung');
    toggle(el, /Free of charge/).click();
    await el.updateComplete;
    $$(el, '.cards a')[0].click();
    await until(() => $(el, '.detail'));
    $$(el, '.detail-actions button')[0].click();
    await until(() => !$(el, '.detail'));
    el.categories = 'legal';
    await settle(el);
    expect(location.search).to.equal(search0);
    expect(history.length).to.equal(length);
  });

  it('reads and writes the URL with url-state: search, filters, presets, the open offer, back and forward', async () => {
    const length = startAt('?wk-q=Rostock&wk-cat=legal');
    const el = await search('url-state');
    const events = record<OfferFilters>(el);
    expect(searchText(el).value).to.equal('Rostock');
    expect($$(el, '.chip[data-checked]').map((c) => c.textContent)).to.have.length(1);
    expect($$(el, '.card').every((c) => /Asylum and residence law/.test(c.textContent ?? ''))).to.equal(true);

    toggle(el, /Free of charge/).click();
    await until(() => new URLSearchParams(location.search).get('wk-free') === '1');
    expect(history.length).to.equal(length); // a filter replaces the entry
    el.region = 'rostock';
    await until(() => new URLSearchParams(location.search).get('wk-place') === 'region:rostock');
    expect(new URLSearchParams(location.search).get('wk-q')).to.equal('Rostock');
    // (The search index completing under the typed text may add "catalogue" events.)
    expect(events.map((e) => e.cause).filter((c) => c !== 'catalogue')).to.deep.equal(['visitor', 'preset']);

    const link = $$(el, '.cards a')[0];
    link.click();
    await until(() => new URLSearchParams(location.search).get('wk-offer') === link.dataset.offer);
    expect(history.length).to.equal(length + 1); // opening an offer is a step that back undoes
    history.back();
    await until(() => !$(el, '.detail') && !location.search.includes('wk-offer'));

    // Back and forward to a URL with other search text: the element follows, with the cause "url".
    const base = location.pathname;
    history.pushState(null, '', `${base}?wk-q=Jena`);
    history.pushState(null, '', `${base}?wk-q=Weimar`);
    history.back();
    await until(() => events.at(-1)?.cause === 'url');
    expect(events.at(-1)?.filters).to.deep.include({ query: 'Jena', categories: [], free: false, place: 'region:rostock' });
    expect(searchText(el).value).to.equal('Jena');
  });

  it('shares a link to an offer that opens it where the element has open-linked, without changing the URL', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    try {
      const el = await search();
      const link = $$(el, '.cards a')[2];
      const id = link.dataset.offer as string;
      const title = link.textContent?.trim() as string;
      link.click();
      await until(() => $(el, '.detail'));
      ($$(el, '.detail-actions button').find((b) => /Share/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      await until(() => shared.length === 1);
      const url = new URL(shared[0].url as string);
      expect(url.pathname).to.equal(location.pathname);
      expect([...url.searchParams]).to.deep.equal([['wk-offer', id]]);
      expect(link.getAttribute('href')).to.equal(url.href); // the card's link, for a new tab, is the same
      expect(location.search).to.equal('');
      el.remove();

      const length = startAt(url.search);
      const opened = await search('open-linked');
      await until(() => $(opened, '#detail-title'));
      expect($(opened, '#detail-title').textContent?.trim()).to.equal(title);
      const plain = await search();
      expect($(plain, '.detail')).to.equal(null);
      expect(location.search).to.equal(url.search);
      expect(history.length).to.equal(length);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });
});

describe('<offer-map> linked to a search', () => {
  it('follows a preset the host sets on the search', async () => {
    const wrapper = await fixture(html`<div lang="en"></div>`);
    wrapper.innerHTML = `<offer-search id="host-state-search" src="${SRC}"></offer-search><offer-map for="host-state-search" tile-url="/__tiles__/{z}/{x}/{y}.png" consent></offer-map>`;
    const linked = wrapper.querySelector('offer-search') as OfferSearch;
    const map = wrapper.querySelector('offer-map') as OfferMap;
    await until(() => $$(map, '.leaflet-marker-icon').length > 0 && linked.results.length > 0, 8000);
    const all = map.shownOffers.length;
    linked.categories = 'housing';
    const expected = () => linked.results.filter((r) => r.offer.location?.lat !== undefined).map((r) => r.index).sort();
    await until(() => map.shownOffers.length < all);
    expect([...map.shownOffers].sort()).to.deep.equal(expected());
  });
});

describe('<offer-map> on its own', () => {
  it('changes one preset at a time, and fires no wk-filter-change', async () => {
    const catalogue = (await (await fetch(SRC)).json()) as { offers: { categories?: string[]; location?: { region?: string; lat?: number } }[] };
    const map = await place<OfferMap>('offer-map', `src="${SRC}" tile-url="/__tiles__/{z}/{x}/{y}.png" consent categories="housing"`, (el) => $$(el, '.leaflet-marker-icon').length > 0);
    const events = record(map);
    const located = (i: number) => catalogue.offers[i].location?.lat !== undefined;
    const expected = (test: (o: (typeof catalogue.offers)[number]) => boolean) => catalogue.offers.flatMap((o, i) => (test(o) && located(i) ? [i] : [])).sort();
    expect([...map.shownOffers].sort()).to.deep.equal(expected((o) => !!o.categories?.includes('housing')));
    map.region = 'rostock';
    const both = expected((o) => !!o.categories?.includes('housing') && o.location?.region === 'rostock');
    await until(() => map.shownOffers.length === both.length);
    expect([...map.shownOffers].sort()).to.deep.equal(both);
    map.categories = '';
    const region = expected((o) => o.location?.region === 'rostock');
    await until(() => map.shownOffers.length === region.length);
    expect([...map.shownOffers].sort()).to.deep.equal(region);
    expect(events).to.deep.equal([]);
  });
});

/** Events around the moment the test runs, for the event list. */
function eventCatalogue() {
  const at = (day: string, hour: number) => {
    const [year, month, d] = day.split('-').map(Number);
    return instantOf({ year, month, day: d, hour, minute: 0, second: 0 }, ZONE).toISOString();
  };
  const event = (id: string, inDays: number, extra: Record<string, unknown>) => ({ id, title: { de: `Termin ${id}`, en: `Event ${id}` }, start: at(addDays(today, inDays), 10), end: at(addDays(today, inDays), 12), ...extra });
  return {
    format: 'willkommen-catalogue',
    version: 1,
    timeZone: ZONE,
    events: [
      event('sprachcafe', 1, { categories: ['language'], languages: ['de', 'ar'], cost: 'free' }),
      event('kurs', 2, { categories: ['language'], languages: ['uk'], cost: 'paid' }),
      event('fest', 3, { categories: ['community'], languages: ['ar'], cost: 'free', online: true }),
      event('later', 20, { categories: ['language'], languages: ['ar'], cost: 'free' }),
    ],
  };
}

describe('<event-list> presets set by the host', () => {
  let src = '';
  beforeEach(() => (src = URL.createObjectURL(new Blob([JSON.stringify(eventCatalogue())], { type: 'application/json' }))));
  afterEach(() => URL.revokeObjectURL(src));
  const list = (attributes = '') => place<EventList>('event-list', `src="${src}" ${attributes}`, (el) => $(el, '.day, .empty'));
  const titles = (el: Element) => $$(el, '.event h4').map((h) => h.textContent?.trim());

  it('changes only the preset filter, fires once per change with its cause, and nothing for a no-op', async () => {
    const el = await list();
    const events = record<EventFilters>(el);
    toggle(el, /Free of charge/).click();
    await until(() => events.length === 1);
    expect(events[0]).to.deep.include({ cause: 'visitor', count: 2 });
    expect(events[0].filters).to.deep.include({ range: 'week', free: true });

    el.range = 'month';
    await until(() => events.length === 2);
    expect(events[1]).to.deep.include({ cause: 'preset', count: 3 });
    expect(events[1].filters).to.deep.include({ range: 'month', free: true });
    expect(toggle(el, /Free of charge/).checked).to.equal(true);

    el.categories = 'language';
    await until(() => events.length === 3);
    expect(events[2]).to.deep.include({ cause: 'preset', count: 2 });
    expect(titles(el)).to.deep.equal(['Event sprachcafe', 'Event later']);

    choose(select(el, 'Language'), 'ar');
    await until(() => events.length === 4);
    expect(events[3].cause).to.equal('visitor');
    expect(events[3].filters).to.deep.include({ range: 'month', categories: ['language'], languages: ['ar'], free: true });

    // The visitor's language gives way to the host's; period, topic and "free" stay.
    el.languages = 'uk';
    await until(() => events.length === 5);
    expect(events[4]).to.deep.include({ cause: 'preset', count: 0 });
    expect(events[4].filters).to.deep.include({ range: 'month', categories: ['language'], languages: ['uk'], free: true, online: false });

    el.categories = 'language,'; // the same list
    el.online = false; // unchanged
    await settle(el);
    expect(events).to.have.length(5);
  });
});

describe('<job-board> presets set by the host, and the page URL', () => {
  const job = (id: string, extra: Record<string, unknown>) => ({ id, title: { en: `Job ${id}` }, employer: { name: 'Pflegedienst Sonnenhof (Beispiel)' }, datePosted: addDays(today, -3), ...extra });
  const catalogue = {
    format: 'willkommen-catalogue',
    version: 1,
    jobs: [
      job('a1', { germanLevel: 'A1', employmentType: ['MINI_JOB'], field: 'cleaning', location: { locality: 'Erfurt' } }),
      job('b1', { germanLevel: 'B1', employmentType: ['APPRENTICESHIP'], field: 'care', location: { locality: 'Rostock' } }),
      job('c1', { germanLevel: 'C1', employmentType: ['FULL_TIME'], field: 'office', employer: { name: 'Stadtwerke Beispielstadt' }, location: { locality: 'Jena' } }),
      job('b2', { germanLevel: 'B2', employmentType: ['PART_TIME'], field: 'care', employer: { name: 'Stadtwerke Beispielstadt' }, location: { locality: 'Weimar' } }),
    ],
  };
  let src = '';
  beforeEach(() => (src = URL.createObjectURL(new Blob([JSON.stringify(catalogue)], { type: 'application/json' }))));
  afterEach(() => URL.revokeObjectURL(src));
  const board = (attributes = '') => place<JobBoard>('job-board', `src="${src}" ${attributes}`, (el) => $(el, '.jobs, .empty, .detail'));
  const ids = (el: Element) => $$(el, '.card a').map((a) => a.dataset.job).sort();

  it('changes only the preset filter, fires once per change with its cause, and nothing for a no-op', async () => {
    const el = await board();
    const events = record<JobFilters>(el);
    choose(select(el, 'My German level'), 'B1');
    await until(() => events.length === 1);
    expect(events[0]).to.deep.include({ cause: 'visitor', count: 2 });
    expect(events[0].filters.level).to.equal('B1');

    el.types = 'APPRENTICESHIP,FULL_TIME';
    await until(() => events.length === 2);
    expect(events[1]).to.deep.include({ cause: 'preset', count: 1 });
    expect(events[1].filters).to.deep.include({ level: 'B1', types: ['APPRENTICESHIP', 'FULL_TIME'] });
    expect(select(el, 'My German level').value).to.equal('B1');
    expect(ids(el)).to.deep.equal(['b1']);

    el.level = 'B1'; // the preset the visitor had already chosen: nothing listed changes
    await settle(el);
    expect(events).to.have.length(2);

    el.employer = 'Stadtwerke Beispielstadt';
    el.level = 'C1';
    await until(() => events.length === 3);
    await settle(el);
    expect(events).to.have.length(3); // two presets in one update: one event
    expect(events[2]).to.deep.include({ cause: 'preset', count: 1 });
    expect(events[2].filters).to.deep.include({ level: 'C1', employer: 'Stadtwerke Beispielstadt' });
    expect(ids(el)).to.deep.equal(['c1']);
  });

  it('ignores wk- parameters without url-state and leaves the URL and the history alone', async () => {
    const query = '?wk-jlevel=A1&wk-job=c1';
    const length = startAt(query);
    const el = await board();
    expect($(el, '.detail')).to.equal(null);
    expect(ids(el)).to.deep.equal(['a1', 'b1', 'b2', 'c1']);
    choose(select(el, 'My German level'), 'B2');
    await el.updateComplete;
    $$(el, '.card a')[0].click();
    await until(() => $(el, '.detail'));
    ($$(el, '.detail .actions button')[0] as HTMLButtonElement).click();
    await until(() => !$(el, '.detail'));
    expect(location.search).to.equal(query);
    expect(history.length).to.equal(length);
  });

  it('reads and writes the URL with url-state, and opens a shared job with open-linked only', async () => {
    const length = startAt('?wk-jlevel=B1');
    const el = await board('url-state');
    expect(ids(el)).to.deep.equal(['a1', 'b1']);
    choose(select(el, 'Field'), 'care');
    await until(() => new URLSearchParams(location.search).get('wk-jfield') === 'care');
    expect(new URLSearchParams(location.search).get('wk-jlevel')).to.equal('B1');
    expect(history.length).to.equal(length);
    $$(el, '.card a')[0].click();
    await until(() => new URLSearchParams(location.search).get('wk-job') === 'b1');
    expect(history.length).to.equal(length + 1);
    const shared = el.jobLink('b1');
    history.back();
    await until(() => !$(el, '.detail') && !location.search.includes('wk-job'));
    el.remove();

    // The shared link (here with the filters, as url-state makes it) opens the job with open-linked, not without.
    history.replaceState(null, '', shared);
    const opened = await board('open-linked');
    await until(() => $(opened, '#job-title'));
    expect($(opened, '#job-title').textContent).to.contain('Job b1');
    expect(select(opened, 'My German level')).to.equal(undefined); // the list's filters are not shown
    ($$(opened, '.detail .actions button')[0] as HTMLButtonElement).click();
    await until(() => $(opened, '.jobs'));
    expect(select(opened, 'My German level').value).to.equal(''); // open-linked reads only wk-job
    const plain = await board();
    expect($(plain, '.detail')).to.equal(null);
    expect(location.href).to.equal(shared);
  });
});
