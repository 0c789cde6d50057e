import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { withPosition } from '../../../tests/helpers/geolocation.js';
import { until } from '../../../tests/helpers/until.js';
import { clearCatalogueCache, configureLoader } from '../../catalogue/load.js';
import { memoryCopies } from '../../catalogue/saved-copies.js';
import '../../define.js';
import type { OfferSearch } from '../offer-search/offer-search.js';
import { setMapConsent } from './consent.js';
import type { OfferMap } from './offer-map.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const SRC = '/demo/catalogue.json';
const TILES = '/__tiles__/{z}/{x}/{y}.png';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const resources = () => performance.getEntriesByType('resource').map((e) => e.name);
const leafletMap = (el: OfferMap) => (el as unknown as { map?: import('leaflet').Map }).map;

async function mapElement(attributes = '', lang = 'de'): Promise<OfferMap> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<offer-map src="${SRC}" tile-url="${TILES}" ${attributes}></offer-map>`;
  const el = wrapper.querySelector('offer-map') as OfferMap;
  await until(() => $(el, '[part="placeholder"], [part="map"]') && $(el, '[part="base"]')?.lang === lang);
  return el;
}

const markersReady = (el: OfferMap) => $$(el, '.leaflet-marker-icon').length > 0;

afterEach(() => {
  setMapConsent(false);
  clearCatalogueCache();
  history.replaceState(null, '', location.pathname);
});

describe('<offer-map> consent', () => {
  it('shows a placeholder naming the provider, and requests nothing before consent', async () => {
    performance.clearResourceTimings();
    const el = await mapElement('', 'en');
    await new Promise((r) => setTimeout(r, 300));
    expect($(el, '[part="placeholder"]').textContent).to.contain('OpenStreetMap (tile.openstreetmap.org)');
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(resources().filter((url) => url.includes('__tiles__') || url.includes('leaflet') || url.includes('supercluster'))).to.deep.equal([]);
    expect(resources().every((url) => url.startsWith(location.origin))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('loads the map and tiles, from the configured server only, after the visitor agrees', async () => {
    performance.clearResourceTimings();
    const el = await mapElement('', 'en');
    const button = $$(el, '[part="placeholder"] button')[0];
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'wk-map-consent');
    expect(event.detail).to.deep.equal({ granted: true, source: 'visitor' });
    await until(() => markersReady(el), 8000);
    await until(() => resources().some((url) => url.includes('/__tiles__/')));
    expect(resources().every((url) => url.startsWith(location.origin))).to.equal(true);
    expect($(el, '.leaflet-control-attribution').textContent).to.contain('OpenStreetMap contributors');
    await expect(el).to.be.accessible();
  });

  it('loads at once when the host grants consent by attribute, and by a page event', async () => {
    const byAttribute = await mapElement('consent', 'en');
    await until(() => markersReady(byAttribute), 8000);
    byAttribute.remove();
    const byEvent = await mapElement('', 'en');
    expect($(byEvent, '[part="placeholder"]')).to.exist;
    document.dispatchEvent(new CustomEvent('wk-map-consent', { detail: { granted: true } }));
    await until(() => markersReady(byEvent), 8000);
  });
});

describe('<offer-map> markers and clusters', () => {
  it('names clusters and markers, and zooms into a cluster activated by keyboard', async () => {
    const el = await mapElement('consent', 'en');
    await until(() => markersReady(el), 8000);
    const cluster = $$(el, '.leaflet-marker-icon').find((m) => /offers here – zoom in/.test(m.getAttribute('aria-label') ?? ''));
    expect(cluster, 'a cluster').to.exist;
    expect(cluster?.getAttribute('role')).to.equal('button');
    expect(cluster?.textContent).to.match(/^\d+$/);
    const before = leafletMap(el)?.getZoom() ?? 0;
    cluster?.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => (leafletMap(el)?.getZoom() ?? 0) > before);
  });

  it('opens a popup built from text by keyboard, and Escape returns focus to the marker', async () => {
    const wrapper = await fixture(html`<div lang="de"></div>`);
    wrapper.innerHTML = `<offer-map src="/tests/fixtures/hostile-catalogue.json" tile-url="${TILES}" consent></offer-map>`;
    const el = wrapper.querySelector('offer-map') as OfferMap;
    await until(() => markersReady(el), 8000);
    leafletMap(el)?.setView([54.0887, 12.1405], 18, { animate: false });
    await until(() => $$(el, '.wk-pin').length > 0);
    const pin = $$(el, '.leaflet-marker-icon').find((m) => m.querySelector('.wk-pin')) as HTMLElement;
    expect(pin.getAttribute('aria-label')).to.contain('<script>');
    const before = leafletMap(el);
    pin.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.wk-popup'));
    expect(leafletMap(el)).to.equal(before);
    const popup = $(el, '.wk-popup');
    expect(popup.querySelector('h3')?.textContent).to.contain('<script>alert(document.cookie)</script>');
    expect(popup.querySelectorAll('script, img, b')).to.have.length(0);
    (popup.querySelector('h3') as HTMLElement).tabIndex = -1;
    (popup.querySelector('h3') as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '.wk-popup'));
    await until(() => root(el).activeElement === pin);
  });

  it('lists the offers in view for people who cannot use the map', async () => {
    const el = await mapElement('consent', 'en');
    await until(() => markersReady(el), 8000);
    const summary = $(el, '[part="list"] summary').textContent ?? '';
    const total = Number(/\((\d+)\)/.exec(summary)?.[1]);
    expect(total).to.be.greaterThan(300);
    expect($$(el, '[part="list"] li').length).to.equal(50);
    leafletMap(el)?.setView([54.0887, 12.1405], 15, { animate: false });
    await until(() => Number(/\((\d+)\)/.exec($(el, '[part="list"] summary').textContent ?? '')?.[1]) < total);
    expect($$(el, '[part="list"] li').every((li) => /Rostock/.test(li.textContent ?? ''))).to.equal(true);
  });

  it('keeps the map itself left to right in Arabic, and the rest right to left', async () => {
    const el = await mapElement('consent', 'ar');
    await until(() => markersReady(el), 8000);
    expect($(el, '[part="base"]').dir).to.equal('rtl');
    expect($(el, '[part="map"]').dir).to.equal('ltr');
    expect($(el, '[part="list"] summary').textContent).to.match(/[\u0600-\u06ff]/);
    await expect(el).to.be.accessible();
  });

  it('shows the visitor’s position only after they ask, from a mocked position', async () => {
    await withPosition(50.9787, 11.0328, async (asked) => {
      const el = await mapElement('consent', 'en');
      await until(() => markersReady(el), 8000);
      expect(asked()).to.equal(0);
      $$(el, '[part="tools"] button')[0].click();
      await until(() => (leafletMap(el)?.getZoom() ?? 0) === 13);
      expect(asked()).to.equal(1);
      const center = leafletMap(el)?.getCenter();
      expect(center?.lat).to.be.closeTo(50.9787, 0.001);
      expect($$(el, 'path.leaflet-interactive').length).to.equal(1);
    });
  });

  it('is sized right when it becomes visible after being hidden', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div hidden lang="en"></div>`);
    wrapper.innerHTML = `<offer-map src="${SRC}" tile-url="${TILES}" consent></offer-map>`;
    const el = wrapper.querySelector('offer-map') as OfferMap;
    await until(() => leafletMap(el));
    expect(leafletMap(el)?.getSize().x).to.equal(0);
    wrapper.hidden = false;
    await until(() => (leafletMap(el)?.getSize().x ?? 0) > 100);
  });
});

describe('<offer-map for=…> with a search', () => {
  async function linked() {
    const wrapper = await fixture(html`<div lang="en"></div>`);
    wrapper.innerHTML = `<offer-search id="s1" src="${SRC}"></offer-search><offer-map for="s1" tile-url="${TILES}" consent></offer-map>`;
    const search = wrapper.querySelector('offer-search') as OfferSearch;
    const map = wrapper.querySelector('offer-map') as OfferMap;
    await until(() => markersReady(map) && search.results.length > 0, 8000);
    return { search, map };
  }

  it('shows exactly the search’s results and follows its filters', async () => {
    const { search, map } = await linked();
    const located = (ids: number[]) => ids.filter((i) => search.results.find((r) => r.index === i)).length;
    expect(located(map.shownOffers)).to.equal(map.shownOffers.length);
    const input = $<HTMLInputElement>(search, '#search');
    input.value = 'Erfurt';
    input.dispatchEvent(new Event('input'));
    await until(() => map.shownOffers.length > 0 && map.shownOffers.length < 100);
    const expected = search.results.filter((r) => r.offer.location?.lat !== undefined).map((r) => r.index).sort();
    expect([...map.shownOffers].sort()).to.deep.equal(expected);
  });

  it('finds a search that comes after it in the page', async () => {
    const wrapper = await fixture(html`<div lang="en"></div>`);
    wrapper.innerHTML = `<offer-map for="s2" src="${SRC}" tile-url="${TILES}" consent></offer-map><offer-search id="s2" src="${SRC}"></offer-search>`;
    const search = wrapper.querySelector('offer-search') as OfferSearch;
    const map = wrapper.querySelector('offer-map') as OfferMap;
    await until(() => markersReady(map) && search.results.length > 0, 8000);
    const input = $<HTMLInputElement>(search, '#search');
    input.value = 'Jena';
    input.dispatchEvent(new Event('input'));
    await until(() => map.shownOffers.length > 0 && map.shownOffers.length < 60);
  });

  it('opens a chosen marker’s offer in the search, and the search’s selection on the map', async () => {
    const { search, map } = await linked();
    $$(search, '.cards a')[0].click();
    await until(() => $(map, '.wk-popup'));
    const button = $(map, '.wk-popup button');
    $$(search, '.detail-actions button')[0].click();
    await until(() => !$(search, '.detail'));
    button.click();
    await until(() => $(search, '.detail'));
    expect(search.selected).to.equal(search.results.length ? $(search, '.detail') && search.selected : null);
  });
});
