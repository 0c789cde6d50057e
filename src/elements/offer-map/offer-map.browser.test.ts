import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { withPosition } from '../../../tests/helpers/geolocation.js';
import { until } from '../../../tests/helpers/until.js';
import { focused } from '../../../tests/helpers/focus.js';
import { expectConsole, restoreConsole } from '../../../tests/helpers/console.js';
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

/** What the map's polite live region says now. */
const spoken = (el: OfferMap) => $(el, '.visually-hidden[aria-live="polite"]').textContent?.trim() ?? '';
const isMarker = (e: Element | null) => !!e?.matches('.leaflet-marker-icon');
const isCluster = (e: Element | null) => isMarker(e) && !!e?.querySelector('.wk-cluster');
/** Zooms in on the first offer the map shows, close enough that it is a marker of its own. */
async function zoomToAnOffer(el: OfferMap, zoom = 18): Promise<HTMLElement> {
  const points = (el as unknown as { points: { geometry: { coordinates: [number, number] }; properties: { i: number } }[] }).points;
  const [lon, lat] = points[0].geometry.coordinates;
  leafletMap(el)?.setView([lat, lon], zoom, { animate: false });
  await until(() => $(el, `.leaflet-marker-icon[data-offer="${points[0].properties.i}"]`));
  return $<HTMLElement>(el, `.leaflet-marker-icon[data-offer="${points[0].properties.i}"]`);
}
/** Waits until the open popup has faded in (its colours are final). */
const popupShown = (el: OfferMap) => until(() => $(el, '.leaflet-popup') && getComputedStyle($(el, '.leaflet-popup')).opacity === '1');

/** The Arabic noun after a count of 3 or more: خدمات (3–10), خدمةً (11–99), خدمة (100 and more). */
function arabicForm(n: string): string {
  const count = Number(n.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  const form = new Intl.PluralRules('ar').select(count);
  return form === 'few' ? 'خدمات' : form === 'many' ? 'خدمةً' : 'خدمة';
}

/** The visitor's words for each step, in German and Arabic. */
const WORDS = {
  de: {
    loaded: /^Karte geladen: \d+ Angebote im sichtbaren Ausschnitt$/,
    zoomed: (n: string) => `Hineingezoomt: ${n} Angebote hier`,
    close: 'Schließen',
    details: 'Details anzeigen',
    zoomIn: 'Hineinzoomen',
    zoomOut: 'Herauszoomen',
    attribution: 'OpenStreetMap-Mitwirkende',
  },
  ar: {
    // One and two are said with the word alone (خدمة واحدة, خدمتان), other counts with their number.
    loaded: /^تم تحميل الخريطة: (خدمة واحدة|خدمتان|[0-9\u0660-\u0669]+ (خدمات|خدمةً|خدمة)) في الجزء الظاهر منها$/,
    zoomed: (n: string) => `تم التكبير: ${/^(2|٢)$/.test(n) ? 'خدمتان' : /^(1|١)$/.test(n) ? 'خدمة واحدة' : `${n} ${arabicForm(n)}`} هنا`,
    close: 'إغلاق',
    details: 'إظهار التفاصيل',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    attribution: 'المساهمون في OpenStreetMap',
  },
} as const;

afterEach(() => {
  restoreConsole();
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
    // The kit tells the page's developer what it repaired in the hostile catalogue.
    const reported = expectConsole({ groupCollapsed: /^willkommen-widgets: \S*hostile-catalogue\.json: \d+ record\(s\) dropped/, warn: /^\$\S*: \[[\w-]+\] /, groupEnd: true });
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
    expect(reported.messages('groupCollapsed')).to.have.length(1);
    expect(reported.messages('warn')).to.include('$.offers[0].title.de: [markup] contains HTML markup; it is shown as plain text, never as HTML');
    expect(reported.messages('warn').length).to.be.within(90, 200);
    reported.restore();
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
    await until(() => $$(search, '.detail-actions button').length > 0);
    $$(search, '.detail-actions button')[0].click();
    await until(() => !$(search, '.detail'));
    button.click();
    await until(() => $(search, '.detail'));
    expect(search.selected).to.equal(search.results.length ? $(search, '.detail') && search.selected : null);
  });
});

describe('<offer-map> by keyboard and screen reader', () => {
  for (const lang of ['de', 'ar'] as const) {
    it(`map consent → cluster → marker → popup → details → back, with focus and announcements at each step (${lang})`, async () => {
      const words = WORDS[lang];
      const wrapper = await fixture(html`<div lang=${lang}></div>`);
      wrapper.innerHTML = `<offer-search id="k-${lang}" src="${SRC}"></offer-search><offer-map for="k-${lang}" tile-url="${TILES}"></offer-map>`;
      const search = wrapper.querySelector('offer-search') as OfferSearch;
      const el = wrapper.querySelector('offer-map') as OfferMap;
      await until(() => $(el, '[part="placeholder"] button') && search.results.length > 0, 8000);

      // 1. "Load the map": focus goes to the map region that replaces the button, and the count is spoken.
      $(el, '[part="placeholder"] button').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => focused() === $(el, '[part="map"]'), 8000);
      await until(() => markersReady(el), 8000);
      await until(() => (words.loaded as RegExp).test(spoken(el)), 6000);
      // Leaflet's controls speak the element's language, and carry it.
      const zoomIn = $(el, '.leaflet-control-zoom-in');
      expect(zoomIn.getAttribute('aria-label')).to.equal(words.zoomIn);
      expect(zoomIn.title).to.equal(words.zoomIn);
      expect($(el, '.leaflet-control-zoom-out').getAttribute('aria-label')).to.equal(words.zoomOut);
      expect((zoomIn.closest('[lang]') as HTMLElement).lang).to.equal(lang);
      expect($(el, '.leaflet-control-attribution').textContent).to.contain(words.attribution);

      // 2. Tab to a cluster; Enter opens it: focus goes to the first marker of its offers, and how many are here is spoken.
      for (let n = 0; n < 30 && !isCluster(focused()); n++) await sendKeys({ press: 'Tab' });
      expect(isCluster(focused()), 'a cluster has focus').to.equal(true);
      for (let n = 0; n < 8 && isCluster(focused()); n++) {
        const cluster = focused() as HTMLElement;
        const count = cluster.textContent?.trim() ?? '';
        await sendKeys({ press: 'Enter' });
        await until(() => isMarker(focused()) && focused() !== cluster, 5000);
        const said = words.zoomed(count);
        await until(() => spoken(el) === said, 3000);
        expect(cluster.isConnected).to.equal(false);
      }
      const pin = focused() as HTMLElement;
      expect(pin.querySelector('.wk-pin'), 'a single offer has focus').to.exist;

      // 3. Enter on the marker: the popup opens as a small dialog and focus moves to its heading.
      await sendKeys({ press: 'Enter' });
      await until(() => focused()?.matches('.wk-popup h3'));
      const popup = $(el, '.leaflet-popup');
      const heading = focused() as HTMLElement;
      expect(popup.getAttribute('role')).to.equal('dialog');
      expect(popup.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(heading.textContent).to.equal(pin.getAttribute('aria-label'));
      expect($(el, '.leaflet-popup-close-button').getAttribute('aria-label')).to.equal(words.close);
      expect(spoken(el)).to.equal('');
      await popupShown(el);
      await expect(el).to.be.accessible();

      // 4. Tab reaches the popup's text and button right after its marker.
      await sendKeys({ press: 'Tab' });
      expect(focused()?.textContent).to.equal(words.details);

      // 5. "Show details" opens the offer in the search, with focus on its title.
      await sendKeys({ press: 'Enter' });
      await until(() => focused()?.id === 'detail-title');
      expect(focused()?.getRootNode()).to.equal(search.shadowRoot);

      // 6. Back (Escape in the detail): focus returns to the popup's button on the map.
      await sendKeys({ press: 'Escape' });
      await until(() => focused()?.textContent === words.details && root(el).contains(focused()), 3000);

      // 7. Escape closes the popup and returns focus to its marker.
      await sendKeys({ press: 'Escape' });
      await until(() => !$(el, '.wk-popup'));
      await until(() => focused() === pin);
    });
  }

  it('keeps the chosen list entry and returns to it when its popup closes', async () => {
    const el = await mapElement('consent', 'de');
    await until(() => markersReady(el), 8000);
    ($(el, '[part="list"]') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const entries = $$(el, '[part="list"] button[data-offer]');
    const entry = entries[entries.length - 1];
    const name = entry.textContent?.trim();
    entry.focus();
    await sendKeys({ press: 'Enter' });
    // Focus moves into the opened popup (not seven Shift+Tab away), which names the same offer.
    await until(() => focused()?.matches('.wk-popup h3'), 5000);
    expect(focused()?.textContent).to.equal(name);
    // The list now shows the offers in the new view, and still the entry the visitor came from.
    await until(() => $$(el, '[part="list"] button[data-offer]').length < entries.length);
    expect(entry.isConnected, 'the same entry, kept').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => focused() === entry);
    expect(entry.textContent?.trim()).to.equal(name);
  });

  it('puts an open popup right after its marker for Tab, and Shift+Tab goes back to the marker', async () => {
    const el = await mapElement('consent', 'en');
    await until(() => markersReady(el), 8000);
    const pins = [await zoomToAnOffer(el, 17)];
    pins[0].focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused()?.matches('.wk-popup h3'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal(pins[0]);
    await sendKeys({ press: 'Tab' });
    expect(focused()?.matches('.wk-popup h3')).to.equal(true);
    const stops = [...$(el, '.leaflet-popup').querySelectorAll('a[href], button')];
    for (const _ of stops) await sendKeys({ press: 'Tab' });
    expect(focused()?.matches('.leaflet-popup-close-button')).to.equal(true);
    expect(focused()?.getAttribute('aria-label')).to.equal('Close');
    // On to the next marker, or after the last one to the map's zoom buttons.
    await sendKeys({ press: 'Tab' });
    expect((isMarker(focused()) && focused() !== pins[0]) || focused()?.matches('.leaflet-control-zoom-in')).to.equal(true);
  });

  it('announces the offers in view once the map rests after keyboard moves', async () => {
    const el = await mapElement('consent', 'en');
    await until(() => markersReady(el), 8000);
    $(el, '[part="map"]').focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'ArrowLeft' });
    await new Promise((r) => setTimeout(r, 200));
    expect(spoken(el), 'not on every move').to.equal('');
    await until(() => /^\d+ offers? in view$/.test(spoken(el)), 3000);
    const count = Number(/\((\d+)\)/.exec($(el, '[part="list"] summary').textContent ?? '')?.[1]);
    expect(spoken(el)).to.equal(count === 1 ? '1 offer in view' : `${count} offers in view`);
  });

  it('lets axe check the contrast of the map’s controls and popups', async () => {
    // Tall enough that the map and the list under it are both on screen.
    await setViewport({ width: 800, height: 1000 });
    try {
      const el = await mapElement('consent', 'de');
      await until(() => markersReady(el), 8000);
      const pin = await zoomToAnOffer(el);
      pin.focus();
      await sendKeys({ press: 'Enter' });
      await popupShown(el);
      await expect(el).to.be.accessible();
      // @ts-expect-error axe-core's browser build has no types; it registers window.axe.
      await import('axe-core/axe.min.js');
      type Node = { target: string[][] | string[] };
      type Result = { id: string; nodes: Node[]; error?: unknown };
      const axe = (window as unknown as { axe: { run: (e: Element, o: object) => Promise<Record<'passes' | 'violations' | 'incomplete', Result[]>> } }).axe;
      // Everything with text drawn over the map has an opaque background of its own, so the map
      // image below cannot change its contrast…
      for (const part of $$(el, '.leaflet-bar a, .leaflet-control-attribution, .leaflet-popup-content-wrapper')) {
        expect(getComputedStyle(part).backgroundColor, part.className).to.match(/^rgb\(/);
      }
      // …and the tiles can be left out of the check. axe-core places an image clipped by the map at
      // its full size (axe-core#2806): tiles reaching past the map's edge would otherwise hide the
      // buttons and the list under the map from the check ("overlapped", "contains an image").
      $(el, '.leaflet-tile-pane').style.visibility = 'hidden';
      const results = await axe.run(el, { runOnly: ['color-contrast'] });
      $(el, '.leaflet-tile-pane').style.visibility = '';
      expect(results.incomplete.filter((r) => r.error), 'the rule ran without an error').to.deep.equal([]);
      expect(results.violations).to.deep.equal([]);
      // Nothing left unchecked but the zoom buttons' "+" and "−" signs (not text to axe).
      const unchecked = results.incomplete.flatMap((r) => r.nodes).map((n) => n.target.flat().at(-1));
      expect(unchecked.filter((t) => !/^\.leaflet-control-zoom-(in|out)/.test(String(t)))).to.deep.equal([]);
      const checked = results.passes
        .filter((r) => r.id === 'color-contrast')
        .flatMap((r) => r.nodes)
        .map((n) => {
          const target = n.target.flat();
          return root(el).querySelector(target[target.length - 1]);
        });
      const where = (selector: string) => checked.filter((e) => e?.closest(selector)).length;
      expect(where('.leaflet-control-container'), 'controls').to.be.greaterThan(0);
      expect(where('.leaflet-popup'), 'popup').to.be.greaterThan(0);
      expect(where('.tools'), 'the buttons under the map').to.be.greaterThan(0);
      expect(where('[part="list"]'), 'the list under the map').to.be.greaterThan(0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('does not animate for visitors who prefer reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mapElement('consent', 'en');
      await until(() => markersReady(el), 8000);
      const map = leafletMap(el) as import('leaflet').Map;
      expect([map.options.zoomAnimation, map.options.fadeAnimation, map.options.markerZoomAnimation]).to.deep.equal([false, false, false]);
      const cluster = $$(el, '.leaflet-marker-icon').find((m) => isCluster(m) && m.tabIndex === 0) as HTMLElement;
      const before = map.getZoom();
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      // The new view is there at once: no zoom animation ran.
      expect(map.getZoom()).to.be.greaterThan(before);
      expect($(el, '.leaflet-zoom-anim, .leaflet-pan-anim')).to.equal(null);
      const center = map.getCenter();
      $(el, '[part="map"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(map.getCenter().lng).to.be.greaterThan(center.lng);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  for (const spacing of [false, true]) {
    it(`keeps the popup and its button within the map at 400 % zoom${spacing ? ' with WCAG text spacing' : ''}`, async () => {
      await setViewport({ width: 320, height: 256 });
      try {
        const wrapper = await fixture(html`<div lang="de"></div>`);
        wrapper.innerHTML = `<offer-search id="z${spacing}" src="${SRC}"></offer-search><offer-map for="z${spacing}" tile-url="${TILES}" consent></offer-map>`;
        const el = wrapper.querySelector('offer-map') as OfferMap;
        await until(() => markersReady(el), 8000);
        if (spacing) {
          // The text spacing bookmarklet of WCAG 1.4.12, as a user style sheet reaching into the element.
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
          root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, sheet];
        }
        const pin = await zoomToAnOffer(el);
        pin.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => focused()?.matches('.wk-popup h3'));
        await popupShown(el);
        await new Promise((r) => setTimeout(r, 300));
        const map = $(el, '[part="map"]').getBoundingClientRect();
        const content = $(el, '.leaflet-popup-content');
        const box = content.getBoundingClientRect();
        expect(map.height, 'the map fits the screen').to.be.at.most(256);
        // The popup's text lies within the map, and scrolls where it is taller.
        expect(box.top).to.be.at.least(map.top - 1);
        expect(box.bottom).to.be.at.most(map.bottom + 1);
        expect(box.left).to.be.at.least(map.left - 1);
        expect(box.right).to.be.at.most(map.right + 1);
        expect(getComputedStyle(content).overflowY).to.equal('auto');
        // Tab reaches "show details", and it scrolls into sight inside the popup.
        await sendKeys({ press: 'Tab' });
        const button = focused() as HTMLElement;
        expect(button.textContent).to.equal('Details anzeigen');
        button.scrollIntoView({ block: 'nearest' });
        const b = button.getBoundingClientRect();
        const visible = content.getBoundingClientRect();
        expect(b.top).to.be.at.least(visible.top - 1);
        expect(b.bottom).to.be.at.most(visible.bottom + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
