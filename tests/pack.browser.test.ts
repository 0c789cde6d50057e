// A pack instead of one catalogue document: each element loads only the parts it shows (offers in
// the visitor's language, events, jobs), full offers when one is opened, and shows the same as
// with the whole document.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/until.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { parseCatalogue } from '../src/catalogue/parse.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import { packCatalogue } from '../src/pack/index.js';
import '../src/define.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const DEMO = '/demo/catalogue.json';

/**
 * Packs the demo catalogue and puts the files on the test server; returns the index address. By
 * default each list is one part (which parts are read is then certain); `{}` packs as the CLI does.
 */
async function publish(id: string, sizes: { listSize?: number; firstSize?: number } = { listSize: 1000, firstSize: 1000 }): Promise<{ src: string; names: Record<string, string> }> {
  const text = await (await fetch(DEMO)).text();
  const pack = await packCatalogue(parseCatalogue(text).catalogue, { detailsSize: 25, ...sizes });
  for (const file of pack.files) await fetch(`/__test__/packs/${id}/${file.name}`, { method: 'PUT', body: file.text });
  const names: Record<string, string> = {};
  for (const file of pack.files) names[file.name.replace(/\.[0-9a-f]{12}\.json$/, '')] = file.name;
  return { src: `/__test__/packs/${id}/index.json`, names };
}
/** Which files of the pack the page has read, by name without hash. */
async function read(id: string): Promise<string[]> {
  const hits = (await (await fetch(`/__test__/packs/${id}/hits`)).json()) as Record<string, number>;
  return Object.keys(hits)
    .map((name) => name.replace(/(\.[0-9a-f]{12})?\.json$/, ''))
    .sort();
}
const titles = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((a) => a.textContent?.trim());
/** The element speaks `lang` (its translations have loaded). */
const speaks = (el: Element, lang: string) => root(el)?.querySelector('[part="base"]')?.getAttribute('lang') === lang;

afterEach(() => clearCatalogueCache());

describe('a pack', () => {
  it('gives <offer-search> the offers in the visitor’s language, the same as the whole catalogue, and a full offer when it is opened', async () => {
    // As the CLI packs it: a first part of 100 offers, then the other 302.
    const { src } = await publish('search', {});
    const packed = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
    const whole = await fixture<HTMLElement>(html`<offer-search lang="de" src=${DEMO}></offer-search>`);
    await until(() => titles(packed, '.cards a').length > 0 && titles(whole, '.cards a').length > 0 && speaks(packed, 'de') && speaks(whole, 'de'), 8000);
    await until(() => root(packed).querySelector('#count')?.textContent === root(whole).querySelector('#count')?.textContent, 8000);
    expect(titles(packed, '.cards a')).to.deep.equal(titles(whole, '.cards a'));
    expect(root(packed).querySelector('#count')?.textContent).to.equal('402 Angebote');
    expect(await read('search')).to.deep.equal(['index', 'offers-de-0', 'offers-de-1']);

    // Opening an offer loads its part of full offers: description, phone and opening-hours note.
    (root(packed).querySelector('.cards a') as HTMLElement).click();
    await until(() => !!root(packed).querySelector('.detail a[href^="tel:"]'), 5000);
    expect(root(packed).querySelector('.detail [role="status"].notice')).to.equal(null);
    (root(whole).querySelector('.cards a') as HTMLElement).click();
    await until(() => !!root(whole).querySelector('.detail'), 5000);
    expect(root(packed).querySelector('.detail')?.textContent?.replace(/\s+/g, ' ')).to.equal(root(whole).querySelector('.detail')?.textContent?.replace(/\s+/g, ' '));
    expect(await read('search')).to.deep.equal(['index', 'offers-de-0', 'offers-de-1', 'offers-full-0']);
  });

  it('follows a language switch with the offers in the new language', async () => {
    const { src } = await publish('language');
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    wrapper.innerHTML = `<offer-search src="${src}"></offer-search>`;
    const el = wrapper.querySelector('offer-search') as HTMLElement;
    await until(() => titles(el, '.cards a').length > 0, 8000);
    wrapper.lang = 'ar';
    await until(() => /[\u0600-\u06ff]/.test(titles(el, '.cards a')[0] ?? ''), 8000);
    expect(await read('language')).to.deep.equal(['index', 'offers-ar-0', 'offers-de-0']);
  });

  it('gives <job-board> only the jobs and <event-list> only the events, with the offers that hold them', async () => {
    const { src } = await publish('jobs-events');
    const jobs = await fixture<HTMLElement>(html`<job-board lang="de" src=${src}></job-board>`);
    await until(() => titles(jobs, 'a[data-job]').length > 0, 8000);
    expect(await read('jobs-events')).to.deep.equal(['index', 'jobs']);
    const events = await fixture<HTMLElement>(html`<event-list lang="de" src=${src} range="month"></event-list>`);
    const whole = await fixture<HTMLElement>(html`<event-list lang="de" src=${DEMO} range="month"></event-list>`);
    await until(() => titles(events, 'h4').length > 0 && titles(whole, 'h4').length > 0 && speaks(events, 'de') && speaks(whole, 'de'), 8000);
    expect(titles(events, 'h4')).to.deep.equal(titles(whole, 'h4'));
    expect(titles(events, '.actions button')).to.deep.equal(titles(whole, '.actions button'));
    expect(await read('jobs-events')).to.deep.equal(['events', 'index', 'jobs']);
  });

  it('puts the map’s markers where the whole catalogue puts them, from the list part alone', async () => {
    const { src } = await publish('map');
    const el = await fixture<HTMLElement>(html`<offer-map lang="de" src=${src} consent tile-url="/__tiles__/{z}/{x}/{y}.png"></offer-map>`);
    await until(() => !!root(el).querySelector('.leaflet-marker-icon'), 8000);
    expect(await read('map')).to.deep.equal(['index', 'offers-de-0']);
  });

  it('shows the first cards from the first part of a long list and says how far the rest has come', async () => {
    const { src } = await publish('progressive', { listSize: 100 });
    const packed = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
    const whole = await fixture<HTMLElement>(html`<offer-search lang="de" src=${DEMO}></offer-search>`);
    // Between the first part and the last, the element says it is still loading, in the page's language.
    const notes: string[] = [];
    const observer = new MutationObserver(() => {
      const note = root(packed).querySelector('[part="loading-more"]')?.textContent?.trim().replace(/\s+/g, ' ');
      if (note && !notes.includes(note)) notes.push(note);
    });
    await until(() => !!packed.shadowRoot, 2000);
    observer.observe(root(packed), { subtree: true, childList: true, characterData: true });
    await until(() => speaks(packed, 'de') && speaks(whole, 'de') && titles(whole, '.cards a').length > 0, 8000);
    await until(() => root(packed).querySelector('#count')?.textContent === root(whole).querySelector('#count')?.textContent, 8000);
    observer.disconnect();
    expect(root(packed).querySelector('[part="loading-more"]')).to.equal(null);
    expect(titles(packed, '.cards a')).to.deep.equal(titles(whole, '.cards a'));
    expect(notes.length, 'a note while the list was arriving').to.be.greaterThan(0);
    expect(notes[0]).to.match(/^Angebote werden noch geladen \(bisher \d+ von 402\)\.$/);
    const parts = await read('progressive');
    expect(parts.filter((p) => p.startsWith('offers-de-'))).to.deep.equal(['offers-de-0', 'offers-de-1', 'offers-de-2', 'offers-de-3', 'offers-de-4']);
  });

  it('reads the parts saved on an earlier visit without asking the server, even one that lets nothing be cached', async () => {
    const { src } = await publish('no-store-second-visit', { listSize: 100 });
    const first = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
    await until(() => speaks(first, 'de') && root(first).querySelector('#count')?.textContent?.includes('402') === true, 8000);
    const cards = titles(first, '.cards a');
    const before = (await (await fetch('/__test__/packs/no-store-second-visit/hits')).json()) as Record<string, number>;
    first.remove();
    clearCatalogueCache();
    // The next visit: the index is asked for again (it may have changed), its parts are not.
    const second = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
    await until(() => speaks(second, 'de') && root(second).querySelector('#count')?.textContent?.includes('402') === true, 8000);
    expect(titles(second, '.cards a')).to.deep.equal(cards);
    const after = (await (await fetch('/__test__/packs/no-store-second-visit/hits')).json()) as Record<string, number>;
    const asked = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(asked).to.deep.equal(['index.json']);
  });
});
