import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type * as LeafletNs from 'leaflet';
import type Supercluster from 'supercluster';
import { openState, zonedTime } from '../../catalogue/hours.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { CatalogueNeeds } from '../../controllers/catalogue-controller.js';
import type { Offer } from '../../catalogue/schema.js';
import { safeUrl } from '../../catalogue/url.js';
import { WkSelectEvent } from '../../events/offer-events.js';
import { count as formatCount } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { NO_FILTERS, OfferQuery } from '../../search/offer-query.js';
import type { OfferSearch } from '../offer-search/offer-search.js';
import { WillkommenElement, type Landmark } from '../base/willkommen-element.js';
import { hasMapConsent, onMapConsent, setMapConsent, WkMapConsentEvent } from './consent.js';
import { offerMapStyles } from './offer-map.styles.js';

type Bundle = typeof import('./leaflet-bundle.js');
type PointProps = { i: number };
type ClusterFeature = Supercluster.ClusterFeature<Supercluster.AnyProps> | Supercluster.PointFeature<PointProps>;

let bundle: Promise<Bundle> | undefined;
/** Leaflet, its styles and the clustering library: fetched once, and only for a map with consent. */
function loadBundle(): Promise<Bundle> {
  bundle ??= import('./leaflet-bundle.js');
  return bundle;
}

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_ATTRIBUTION = '© OpenStreetMap contributors';
const LIST_LIMIT = 50;
/** Room the popup leaves in the map, in px: for the zoom buttons (44 px wide) on the left, for the pin below. */
const POPUP_MARGIN_TOP_LEFT: [number, number] = [56, 12];
const POPUP_MARGIN_BOTTOM_RIGHT: [number, number] = [12, 32];
/** How long the map must rest before the offers in view are announced. */
const ANNOUNCE_DELAY = 700;
/** How long the live region stays empty before a new sentence is set. */
const SAY_CLEAR_MS = 120;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A map of the offers, private by default: a placeholder names the tile provider, and the map
 * (Leaflet, its tiles) loads only after the visitor agrees or the host grants consent. Markers are
 * clustered, named and reachable by keyboard; a list shows the offers in view for people who cannot
 * use a map. With `for="id-of-an-offer-search"` it shows exactly that search's results and follows
 * its selection; choosing a marker opens the offer in the search.
 *
 * @summary A consent-first, accessible map of a Willkommen catalogue's offers.
 * @tagname offer-map
 *
 * @csspart placeholder - The consent placeholder shown before the map loads.
 * @csspart map - The map area.
 * @csspart tools - The buttons under the map (locate me).
 * @csspart list - The list of offers in view.
 * @cssproperty [--wk-map-height=26em] - Height of the map (at most 85 % of the screen's height).
 * @cssproperty [--wk-marker=#0b5cad] - Colour of offer markers (defaults to the accent colour).
 *
 * @fires {WkSelectEvent} wk-select - The visitor chose an offer on the map or in its list.
 * @fires {WkMapConsentEvent} wk-map-consent - The visitor agreed to load the map.
 * @fires {WkLoadEvent} wk-load - The catalogue is ready.
 * @fires {WkErrorEvent} wk-error - The catalogue could not be loaded.
 */
export class OfferMap extends WillkommenElement {
  static override styles = [...WillkommenElement.styles, offerMapStyles];

  @query('.map') private mapElement?: HTMLElement | null;

  /** Id of an `<offer-search>` on the page: the map shows its results and follows its selection. */
  @property({ attribute: 'for' }) for = '';
  /** Preset categories (comma-separated ids) when the map is not linked to a search. */
  @property() categories = '';
  /** Preset region id when the map is not linked to a search. */
  @property() region = '';
  /** The host has consent to load the map (from its own consent manager). */
  @property({ type: Boolean, reflect: true }) consent = false;
  /** Tile URL template. Default: OpenStreetMap's standard tiles. */
  @property({ attribute: 'tile-url' }) tileUrl = OSM_TILES;
  /** Name of the tile provider, shown in the consent placeholder. */
  @property({ attribute: 'tile-provider' }) tileProvider = 'OpenStreetMap (tile.openstreetmap.org)';
  /** Attribution text the provider requires. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = DEFAULT_ATTRIBUTION;
  /** Link of the attribution. */
  @property({ attribute: 'tile-attribution-url' }) tileAttributionUrl = 'https://www.openstreetmap.org/copyright';
  /** Highest zoom level the tiles have. */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom = 19;
  /** Subdomains for `{s}` in the tile URL (e.g. "abc"). */
  @property() subdomains = '';

  @state() private leaflet?: Bundle;
  // The list under the map: what Leaflet shows, known only after a render (see updateList).
  private inView: number[] = [];
  private inViewTotal = 0;
  @state() private locating: 'idle' | 'asking' | 'failed' = 'idle';
  /** What the polite live region says (the map loaded, zoomed in, the offers in view). */
  @state() private announcement = '';

  private map?: LeafletNs.Map;
  private clusters?: Supercluster<PointProps>;
  private markers = new Map<string, LeafletNs.Marker>();
  private points: Supercluster.PointFeature<PointProps>[] = [];
  private pointsKey = '';
  private resizeObserver?: ResizeObserver;
  private stopConsent?: () => void;
  private linked?: OfferSearch;
  private pendingPopup?: number;
  private viewSet = false;
  private popupOpen = false;
  /** Where focus goes when the open popup closes: its marker, or the list entry it came from. */
  private returnFocus?: { kind: 'marker' } | { kind: 'list'; index: number };
  /** The list entry the visitor is on: kept in the list while the map moves under it. */
  private listKeep?: number;
  /** Focus the map once it is there (the visitor pressed "Load the map"). */
  private focusOnLoad = false;
  /** A cluster the visitor opened: its offers, for focus and the announcement after the zoom. */
  private openedCluster?: { leaves: Set<number>; count: number; focus: boolean };
  /** The popup whose "show details" opened the offer in the linked search. */
  private detailsFrom?: number;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private moveTimer?: ReturnType<typeof setTimeout>;
  private controlsLocale = '';
  private loaded?: LoadedCatalogue;

  /** The offers shown, as indices into the catalogue (for tests and the bench). */
  get shownOffers(): number[] {
    return this.points.map((p) => p.properties.i);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopConsent = onMapConsent(() => this.requestUpdate());
    this.link();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConsent?.();
    clearTimeout(this.announceTimer);
    clearTimeout(this.moveTimer);
    this.unlink();
    this.resizeObserver?.disconnect();
    this.removeMap();
  }

  /** Removes the Leaflet map, after any running pan or zoom animation has stopped. */
  private removeMap(): void {
    const map = this.map;
    this.map = undefined;
    this.markers.clear();
    this.viewSet = false;
    if (!map) return;
    map.stop();
    map.off();
    // A zoom animation ends on a timer; remove the map after it.
    setTimeout(() => map.remove(), 300);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The search may come later in the page than the map: look for it again until it is there.
    if (changed.has('for') || (this.for && !this.linked)) this.link();
    if (!this.src && this.linked?.src) this.src = this.linked.src;
  }

  protected override updated(): void {
    if (this.hasConsent && !this.leaflet) loadBundle().then((b) => (this.leaflet = b));
    const element = this.mapElement;
    // The visitor pressed "Load the map": focus goes to the map region that replaces the button.
    if (this.focusOnLoad && element && (this.renderRoot as ShadowRoot).activeElement !== element) element.focus();
    if (this.leaflet && this.loaded && element) this.syncMap(this.leaflet, this.loaded);
    if (this.focusOnLoad && this.map && this.clusters) {
      this.focusOnLoad = false;
      this.say(this.countMessage(this.inViewTotal, 'loaded'));
    }
  }

  private get hasConsent(): boolean {
    return this.consent || hasMapConsent();
  }

  // ——— linking with a search ———

  private onSearchChange = () => {
    this.linked?.updateComplete.then(() => this.requestUpdate());
  };

  private onSearchSelect = (event: Event) => {
    const id = (event as WkSelectEvent).detail.id;
    const from = this.detailsFrom;
    this.detailsFrom = undefined;
    if (!id && from !== undefined) {
      // "Back" in the search after "show details" in a popup: back to that popup's button (or its
      // marker), once the search has put focus back into its own list.
      setTimeout(() => {
        const marker = this.markers.get(`p${from}`);
        const button = marker?.isPopupOpen() ? marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.wk-popup button') : undefined;
        (button ?? marker?.getElement())?.focus();
      });
      return;
    }
    if (!id || !this.loaded) return;
    const index = this.loaded.catalogue.offers.findIndex((o) => o.id === id);
    if (index >= 0) this.showOffer(index);
  };

  private link(): void {
    const target = this.for ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) ?? document.getElementById(this.for)) : null;
    if (target === this.linked) return;
    this.unlink();
    if (!target) return;
    this.linked = target as OfferSearch;
    for (const type of ['wk-load', 'wk-filter-change']) target.addEventListener(type, this.onSearchChange);
    target.addEventListener('wk-select', this.onSearchSelect);
  }

  private unlink(): void {
    const target = this.linked;
    if (!target) return;
    for (const type of ['wk-load', 'wk-filter-change']) target.removeEventListener(type, this.onSearchChange);
    target.removeEventListener('wk-select', this.onSearchSelect);
    this.linked = undefined;
  }

  private indices?: { source: unknown; value: number[] };

  /** The catalogue indices of the offers to show: the linked search's results, or the presets. */
  private offerIndices(loaded: LoadedCatalogue): number[] {
    if (this.linked && 'results' in this.linked) {
      const results = this.linked.results;
      if (this.indices?.source !== results) this.indices = { source: results, value: results.map((r) => r.index) };
      return this.indices.value;
    }
    const source = `${this.categories}|${this.region}|${loaded.catalogue.offers.length}`;
    if (this.indices?.source !== source || !this.indices) {
      const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
      const results = OfferQuery.for(loaded.catalogue).run(
        { ...NO_FILTERS, categories: list(this.categories), place: this.region ? `region:${this.region}` : '' },
        this.locale.content,
        zonedTime(new Date(), loaded.catalogue.timeZone),
      );
      this.indices = { source, value: results.results.map((r) => r.index) };
    }
    return this.indices.value;
  }

  // ——— the map ———

  private syncMap(b: Bundle, loaded: LoadedCatalogue): void {
    const { L } = b;
    const element = this.mapElement as HTMLElement;
    if (!this.map || this.map.getContainer() !== element) {
      this.removeMap();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(b.leafletCss);
      const root = this.renderRoot as ShadowRoot;
      if (!root.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { wkLeaflet?: boolean }).wkLeaflet)) {
        (sheet as CSSStyleSheet & { wkLeaflet?: boolean }).wkLeaflet = true;
        root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
      }
      const still = prefersReducedMotion();
      const map = (this.map = L.map(element, {
        zoomControl: false,
        attributionControl: true,
        keyboard: true,
        worldCopyJump: false,
        maxZoom: this.maxZoom,
        // No sliding and fading for visitors who asked their system for less motion.
        zoomAnimation: !still,
        fadeAnimation: !still,
        markerZoomAnimation: !still,
      }));
      // Panning (arrow keys, a popup moving into view) does not slide either.
      const panBy = map.panBy.bind(map);
      map.panBy = (offset, options) => panBy(offset, prefersReducedMotion() ? { ...options, animate: false } : options);
      L.control.zoom().addTo(map);
      L.tileLayer(this.tileUrl, {
        maxZoom: this.maxZoom,
        subdomains: this.subdomains || 'abc',
        referrerPolicy: 'strict-origin-when-cross-origin',
        crossOrigin: false,
      } as LeafletNs.TileLayerOptions).addTo(map);
      this.controlsLocale = '';
      map.on('moveend', () => this.onMoveEnd());
      map.on('popupopen', (e: LeafletNs.PopupEvent) => this.onPopupOpen(e.popup));
      // Escape closes a popup wherever focus is inside the map (Leaflet listens only while the
      // map itself has focus), and focus goes back to where the visitor came from (below).
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !this.popupOpen) return;
        event.stopPropagation();
        this.map?.closePopup();
      });
      map.on('popupclose', (e: LeafletNs.PopupEvent) => this.onPopupClose(e.popup));
      // A marker that gets focus under the open popup would be hidden by it: the popup closes.
      element.addEventListener('focusin', (event) => {
        const target = event.target as HTMLElement;
        const popup = this.popupOpen ? element.querySelector<HTMLElement>('.leaflet-popup') : null;
        if (!popup || !target.matches('.leaflet-marker-icon')) return;
        const a = target.getBoundingClientRect();
        const b = popup.getBoundingClientRect();
        if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) this.map?.closePopup();
      });
      // Focus may have come to the container before Leaflet listened for it: let its keys work.
      if ((this.renderRoot as ShadowRoot).activeElement === element) element.dispatchEvent(new FocusEvent('focus'));
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver(() => {
        this.map?.invalidateSize();
      });
      this.resizeObserver.observe(element);
      this.pointsKey = '';
      this.viewSet = false;
    }
    const indices = this.offerIndices(loaded);
    const key = `${loaded.catalogue.offers.length}:${indices.length}:${indices.slice(0, 50).join(',')}:${indices.at(-1)}`;
    if (key !== this.pointsKey) {
      this.pointsKey = key;
      this.setPoints(b, loaded, indices);
    }
    if (this.controlsLocale !== this.locale.ui) this.localizeControls();
  }

  /** Leaflet's own controls in the visitor's language: zoom buttons, attribution, close buttons. */
  private localizeControls(): void {
    const map = this.map;
    if (!map) return;
    this.controlsLocale = this.locale.ui;
    const container = map.getContainer();
    this.localized(() => {
      const controls = container.querySelector<HTMLElement>('.leaflet-control-container');
      if (controls) controls.lang = this.locale.ui;
      for (const [selector, label] of [
        ['.leaflet-control-zoom-in', msg('Zoom in', { id: 'map.zoom-in', desc: 'Button of the map (its accessible name).' })],
        ['.leaflet-control-zoom-out', msg('Zoom out', { id: 'map.zoom-out', desc: 'Button of the map (its accessible name).' })],
      ] as const) {
        const button = container.querySelector<HTMLElement>(selector);
        button?.setAttribute('title', label);
        button?.setAttribute('aria-label', label);
      }
      const text = this.tileAttribution === DEFAULT_ATTRIBUTION ? msg('© OpenStreetMap contributors', { id: 'map.attribution.osm', desc: 'Credit line of the map data; keep “OpenStreetMap”.' }) : this.tileAttribution;
      const href = safeUrl(this.tileAttributionUrl);
      // The attribution is the control's prefix, so it follows the language without the tile layer.
      map.attributionControl.setPrefix(
        href ? `<a href="${escapeText(href)}" target="_blank" rel="noopener noreferrer">${escapeText(text)}</a>` : escapeText(text),
      );
      const attribution = container.querySelector<HTMLElement>('.leaflet-control-attribution');
      if (attribution) attribution.dir = this.locale.dir;
    });
  }

  private setPoints(b: Bundle, loaded: LoadedCatalogue, indices: number[]): void {
    const offers = loaded.catalogue.offers;
    this.points = [];
    for (const i of indices) {
      const l = offers[i].location;
      if (l?.lat === undefined || l.lon === undefined) continue;
      this.points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [l.lon, l.lat] }, properties: { i } });
    }
    this.clusters = new b.Supercluster<PointProps>({ radius: 56, maxZoom: 16, minPoints: 2 });
    this.clusters.load(this.points);
    const map = this.map as LeafletNs.Map;
    // Keep the view while some results are in it; else show them all.
    const inside = this.viewSet && this.points.some((p) => map.getBounds().contains([p.geometry.coordinates[1], p.geometry.coordinates[0]]));
    if (!inside) {
      this.viewSet = true;
      if (this.points.length) {
        let [south, west, north, east] = [90, 180, -90, -180];
        for (const { geometry } of this.points) {
          const [lon, lat] = geometry.coordinates;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
          if (lon < west) west = lon;
          if (lon > east) east = lon;
        }
        map.fitBounds(
          [
            [south, west],
            [north, east],
          ],
          { padding: [24, 24], maxZoom: 14, animate: false },
        );
      } else {
        map.setView([51.2, 10.4], 6, { animate: false });
      }
    }
    this.renderMarkers();
  }

  private markerLabel(offer: Offer): string {
    return this.text(offer.title, this.loaded as LoadedCatalogue)?.text ?? offer.id;
  }

  private clusterLabel(n: number): string {
    const shown = formatCount(n, this.locale.ui);
    return this.localized(() =>
      plural(n, this.locale.ui, {
        zero: () => msg(str`${shown} offers here – zoom in`, { id: 'map.cluster.zero', desc: 'Plural form “zero” (CLDR) of the number of offers in a group on the map (name of the group’s button); “zoom in” asks the visitor to zoom the map in. {0} is the number, already formatted. Only the forms your language has are used. Keep {0} with a space in every form: the group shows its number, and the button’s name must say what it shows.' }),
        one: () => msg(str`${shown} offer here – zoom in`, { id: 'map.cluster.one', desc: 'Plural form “one” (CLDR) of the number of offers in a group on the map (name of the group’s button); “zoom in” asks the visitor to zoom the map in. {0} is the number, already formatted. Only the forms your language has are used. Keep {0} with a space in every form: the group shows its number, and the button’s name must say what it shows.' }),
        two: () => msg(str`${shown} offers here – zoom in`, { id: 'map.cluster.two', desc: 'Plural form “two” (CLDR) of the number of offers in a group on the map (name of the group’s button); “zoom in” asks the visitor to zoom the map in. {0} is the number, already formatted. Only the forms your language has are used. Keep {0} with a space in every form: the group shows its number, and the button’s name must say what it shows.' }),
        few: () => msg(str`${shown} offers here – zoom in`, { id: 'map.cluster.few', desc: 'Plural form “few” (CLDR) of the number of offers in a group on the map (name of the group’s button); “zoom in” asks the visitor to zoom the map in. {0} is the number, already formatted. Only the forms your language has are used. Keep {0} with a space in every form: the group shows its number, and the button’s name must say what it shows.' }),
        many: () => msg(str`${shown} offers here – zoom in`, { id: 'map.cluster.many', desc: 'Plural form “many” (CLDR) of the number of offers in a group on the map (name of the group’s button); “zoom in” asks the visitor to zoom the map in. {0} is the number, already formatted. Only the forms your language has are used. Keep {0} with a space in every form: the group shows its number, and the button’s name must say what it shows.' }),
        other: () => msg(str`${shown} offers here – zoom in`, { id: 'map.cluster.other', desc: 'Plural form “other” (CLDR) of the number of offers in a group on the map (name of the group’s button); “zoom in” asks the visitor to zoom the map in. {0} is the number, already formatted. Only the forms your language has are used. Keep {0} with a space in every form: the group shows its number, and the button’s name must say what it shows.' }),
      }),
    );
  }

  /** One sentence for each plural form of a count, in the element's language. */
  private countMessage(n: number, kind: 'in-view' | 'loaded' | 'zoomed'): string {
    const shown = formatCount(n, this.locale.ui);
    return this.localized(() => {
      switch (kind) {
        case 'loaded':
          return plural(n, this.locale.ui, {
            zero: () => msg(str`Map loaded: ${shown} offers in view`, { id: 'map.loaded.zero', desc: 'Plural form “zero” (CLDR) of the number of offers in the visible part of the map, spoken when the map has loaded. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            one: () => msg(str`Map loaded: ${shown} offer in view`, { id: 'map.loaded.one', desc: 'Plural form “one” (CLDR) of the number of offers in the visible part of the map, spoken when the map has loaded. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            two: () => msg(str`Map loaded: ${shown} offers in view`, { id: 'map.loaded.two', desc: 'Plural form “two” (CLDR) of the number of offers in the visible part of the map, spoken when the map has loaded. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            few: () => msg(str`Map loaded: ${shown} offers in view`, { id: 'map.loaded.few', desc: 'Plural form “few” (CLDR) of the number of offers in the visible part of the map, spoken when the map has loaded. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            many: () => msg(str`Map loaded: ${shown} offers in view`, { id: 'map.loaded.many', desc: 'Plural form “many” (CLDR) of the number of offers in the visible part of the map, spoken when the map has loaded. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            other: () => msg(str`Map loaded: ${shown} offers in view`, { id: 'map.loaded.other', desc: 'Plural form “other” (CLDR) of the number of offers in the visible part of the map, spoken when the map has loaded. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
          });
        case 'zoomed':
          return plural(n, this.locale.ui, {
            zero: () => msg(str`Zoomed in: ${shown} offers here`, { id: 'map.zoomed.zero', desc: 'Plural form “zero” (CLDR) of the number of offers in the visible part of the map, spoken after the map zoomed into a group. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            one: () => msg(str`Zoomed in: ${shown} offer here`, { id: 'map.zoomed.one', desc: 'Plural form “one” (CLDR) of the number of offers in the visible part of the map, spoken after the map zoomed into a group. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            two: () => msg(str`Zoomed in: ${shown} offers here`, { id: 'map.zoomed.two', desc: 'Plural form “two” (CLDR) of the number of offers in the visible part of the map, spoken after the map zoomed into a group. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            few: () => msg(str`Zoomed in: ${shown} offers here`, { id: 'map.zoomed.few', desc: 'Plural form “few” (CLDR) of the number of offers in the visible part of the map, spoken after the map zoomed into a group. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            many: () => msg(str`Zoomed in: ${shown} offers here`, { id: 'map.zoomed.many', desc: 'Plural form “many” (CLDR) of the number of offers in the visible part of the map, spoken after the map zoomed into a group. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            other: () => msg(str`Zoomed in: ${shown} offers here`, { id: 'map.zoomed.other', desc: 'Plural form “other” (CLDR) of the number of offers in the visible part of the map, spoken after the map zoomed into a group. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
          });
        default:
          return plural(n, this.locale.ui, {
            zero: () => msg(str`${shown} offers in view`, { id: 'map.in-view.zero', desc: 'Plural form “zero” (CLDR) of the number of offers in the visible part of the map, spoken after the map was moved. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            one: () => msg(str`${shown} offer in view`, { id: 'map.in-view.one', desc: 'Plural form “one” (CLDR) of the number of offers in the visible part of the map, spoken after the map was moved. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            two: () => msg(str`${shown} offers in view`, { id: 'map.in-view.two', desc: 'Plural form “two” (CLDR) of the number of offers in the visible part of the map, spoken after the map was moved. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            few: () => msg(str`${shown} offers in view`, { id: 'map.in-view.few', desc: 'Plural form “few” (CLDR) of the number of offers in the visible part of the map, spoken after the map was moved. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            many: () => msg(str`${shown} offers in view`, { id: 'map.in-view.many', desc: 'Plural form “many” (CLDR) of the number of offers in the visible part of the map, spoken after the map was moved. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
            other: () => msg(str`${shown} offers in view`, { id: 'map.in-view.other', desc: 'Plural form “other” (CLDR) of the number of offers in the visible part of the map, spoken after the map was moved. {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
          });
      }
    });
  }

  /**
   * Says `text` in the map's polite live region. The region is emptied first and the text set a
   * moment later, so the same sentence is spoken again (the visitor zoomed into a second cluster
   * of the same size).
   */
  private say(text: string): void {
    clearTimeout(this.announceTimer);
    // (Also called from updated(): the region is emptied once that update has finished.)
    void this.updateComplete.then(() => (this.announcement = ''));
    this.announceTimer = setTimeout(() => (this.announcement = text), SAY_CLEAR_MS);
  }

  private get focusInMap(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return !!active && !!this.mapElement?.contains(active);
  }

  private onMoveEnd(): void {
    const ownMessage = !!this.openedCluster;
    this.renderMarkers();
    clearTimeout(this.moveTimer);
    // Moves the visitor made in the map (keys, zoom buttons) are announced once the map rests;
    // a popup moving into view and moves with their own message are not.
    if (ownMessage || this.popupOpen || !this.focusInMap) return;
    this.moveTimer = setTimeout(() => {
      if (this.map && !this.popupOpen) this.say(this.countMessage(this.inViewTotal, 'in-view'));
    }, ANNOUNCE_DELAY);
  }

  /** The markers reachable with Tab, in their order on the page. */
  private tabbableMarkers(): HTMLElement[] {
    return [...(this.mapElement?.querySelectorAll<HTMLElement>('.leaflet-marker-pane > .leaflet-marker-icon') ?? [])].filter((m) => m.tabIndex === 0);
  }

  private openCluster(map: LeafletNs.Map, clusters: Supercluster<PointProps>, id: number, count: number, lat: number, lon: number, icon?: HTMLElement): void {
    const target = Math.min(clusters.getClusterExpansionZoom(id), this.maxZoom);
    if (target <= map.getZoom()) return;
    const leaves = new Set(clusters.getLeaves(id, Infinity).map((f) => f.properties.i));
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.openedCluster = { leaves, count, focus: !!icon && active === icon };
    map.setView([lat, lon], target, { animate: !prefersReducedMotion() });
  }

  /** After a cluster opened: focus the first of its offers' markers, and say how many are here. */
  private finishCluster(): void {
    const opened = this.openedCluster;
    const clusters = this.clusters;
    if (!opened || !clusters || !this.map) return;
    this.openedCluster = undefined;
    if (opened.focus) {
      const holds = (icon: HTMLElement) => {
        const offer = icon.dataset.offer;
        if (offer !== undefined) return opened.leaves.has(Number(offer));
        const cluster = Number(icon.dataset.cluster);
        return opened.leaves.has(clusters.getLeaves(cluster, 1)[0]?.properties.i ?? -1);
      };
      (this.tabbableMarkers().find(holds) ?? this.mapElement)?.focus();
    }
    this.say(this.countMessage(opened.count, 'zoomed'));
  }

  /** Draws the clusters and markers of the current view, reusing the ones that stay. */
  private renderMarkers(): void {
    const map = this.map;
    const clusters = this.clusters;
    const loaded = this.loaded;
    if (!map || !clusters || !loaded || !this.leaflet) return;
    const { L } = this.leaflet;
    const bounds = map.getBounds();
    // Half a screen around the view, so markers do not blink at its edges while panning.
    const around = bounds.pad(0.5);
    const zoom = Math.round(map.getZoom());
    const features = clusters.getClusters([around.getWest(), around.getSouth(), around.getEast(), around.getNorth()], zoom) as ClusterFeature[];
    const keep = new Set<string>();
    const offers = loaded.catalogue.offers;
    for (const feature of features) {
      const [lon, lat] = feature.geometry.coordinates;
      const isCluster = 'cluster' in feature.properties && feature.properties.cluster;
      const key = isCluster ? `c${(feature.properties as Supercluster.ClusterProperties).cluster_id}:${zoom}` : `p${(feature.properties as PointProps).i}`;
      keep.add(key);
      if (this.markers.has(key)) continue;
      const icon = document.createElement('div');
      let label: string;
      if (isCluster) {
        const n = (feature.properties as Supercluster.ClusterProperties).point_count;
        icon.className = 'wk-cluster';
        icon.textContent = formatCount(n, this.locale.ui);
        label = this.clusterLabel(n);
      } else {
        icon.className = 'wk-pin';
        label = this.markerLabel(offers[(feature.properties as PointProps).i]);
      }
      const size = isCluster ? 40 : 30;
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({
          html: icon,
          className: 'wk-marker',
          iconSize: [size, size],
          iconAnchor: isCluster ? [size / 2, size / 2] : [size / 2, size],
          // The popup's tip points at the top of the pin, and leaves the pin in sight.
          popupAnchor: [0, -size + 2],
        }),
        keyboard: true,
        title: label,
        riseOnHover: true,
      });
      if (isCluster) {
        const { cluster_id: id, point_count: n } = feature.properties as Supercluster.ClusterProperties;
        marker.on('click', () => this.openCluster(map, clusters, id, n, lat, lon, marker.getElement()));
      } else {
        const index = (feature.properties as PointProps).i;
        // The map moves the opened popup into view clear of the zoom buttons (top left) and with
        // its pin in sight below it; the styles keep the popup within those margins of the map.
        marker.bindPopup(() => this.popupContent(offers[index], index), { autoPanPaddingTopLeft: POPUP_MARGIN_TOP_LEFT, autoPanPaddingBottomRight: POPUP_MARGIN_BOTTOM_RIGHT, maxWidth: 360 });
        marker.on('click', () => this.dispatchEvent(new WkSelectEvent({ offer: offers[index], id: offers[index].id })));
      }
      marker.addTo(map);
      const element = marker.getElement();
      element?.setAttribute('aria-label', label);
      element?.setAttribute('role', 'button');
      if (element) {
        if (isCluster) element.dataset.cluster = String((feature.properties as Supercluster.ClusterProperties).cluster_id);
        else element.dataset.offer = String((feature.properties as PointProps).i);
      }
      element?.addEventListener('keydown', (event) => {
        // Enter and Space activate a marker like any button.
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          event.stopPropagation();
          if (!isCluster && !marker.isPopupOpen()) this.returnFocus = { kind: 'marker' };
          marker.fire('click');
        } else if (event.key === 'Tab' && !event.shiftKey && marker.isPopupOpen()) {
          // The open popup comes right after its marker, not after all the others.
          const heading = marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.wk-popup h3');
          if (heading) {
            event.preventDefault();
            heading.focus();
          }
        }
      });
      this.markers.set(key, marker);
    }
    for (const [key, marker] of this.markers) {
      if (keep.has(key) || marker.isPopupOpen()) continue;
      marker.remove();
      this.markers.delete(key);
    }
    // Only markers in view are reachable with Tab: a marker outside would scroll the map's box.
    const inside = bounds.pad(-0.02);
    for (const marker of this.markers.values()) {
      const element = marker.getElement();
      if (element) element.tabIndex = inside.contains(marker.getLatLng()) || marker.isPopupOpen() ? 0 : -1;
    }
    if (this.pendingPopup !== undefined) {
      const marker = this.markers.get(`p${this.pendingPopup}`);
      this.pendingPopup = undefined;
      marker?.openPopup();
    }
    this.updateList(bounds);
    this.finishCluster();
  }

  private updateList(bounds: LeafletNs.LatLngBounds): void {
    const loaded = this.loaded as LoadedCatalogue;
    const visible = this.points.filter((p) => bounds.contains([p.geometry.coordinates[1], p.geometry.coordinates[0]])).map((p) => p.properties.i);
    const total = visible.length;
    const collator = new Intl.Collator(this.locale.ui);
    const byName = (a: number, b: number) => collator.compare(this.markerLabel(loaded.catalogue.offers[a]), this.markerLabel(loaded.catalogue.offers[b]));
    const list = visible.slice(0, 2000).sort(byName).slice(0, LIST_LIMIT);
    // The entry the visitor is on stays in the list (and keeps its place) when the map moves.
    const kept = this.listKeep;
    if (kept !== undefined && !list.includes(kept) && this.shownOffers.includes(kept)) {
      list.push(kept);
      list.sort(byName);
    }
    const changed = total !== this.inViewTotal || list.length !== this.inView.length || list.some((v, i) => v !== this.inView[i]);
    this.inViewTotal = total;
    this.inView = list;
    // Called while the map is drawn after a render: the list is rendered after that one has finished.
    if (changed) void this.updateComplete.then(() => this.requestUpdate());
  }

  /** The popup: built as DOM from text, never from an HTML string. */
  private popupContent(offer: Offer, index: number): HTMLElement {
    const loaded = this.loaded as LoadedCatalogue;
    return this.localized(() => {
      const box = document.createElement('div');
      box.className = 'wk-popup';
      box.lang = this.locale.ui;
      box.dir = this.locale.dir;
      const title = this.text(offer.title, loaded);
      const heading = document.createElement('h3');
      heading.id = `wk-popup-title-${index}`;
      // Focus moves here when the popup opens; it is not a stop of its own for Tab.
      heading.tabIndex = -1;
      heading.textContent = title?.text ?? offer.id;
      if (title && title.lang.split('-')[0] !== this.locale.ui) heading.lang = title.lang;
      heading.dir = 'auto';
      box.append(heading);
      if (offer.organization) {
        const org = document.createElement('p');
        org.className = 'org';
        org.dir = 'auto';
        org.textContent = offer.organization.name;
        box.append(org);
      }
      const summary = this.text(offer.summary, loaded);
      if (summary) {
        const p = document.createElement('p');
        p.dir = 'auto';
        if (summary.lang.split('-')[0] !== this.locale.ui) p.lang = summary.lang;
        p.textContent = summary.text;
        box.append(p);
      }
      const place = [offer.location?.street, [offer.location?.postalCode, offer.location?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
      if (place) {
        const p = document.createElement('p');
        p.dir = 'auto';
        p.textContent = place;
        box.append(p);
      }
      const state = openState(offer, zonedTime(new Date(), loaded.catalogue.timeZone));
      if (state.kind === 'open' || state.kind === 'temporarily-closed') {
        const p = document.createElement('p');
        p.className = 'hint';
        p.textContent = state.kind === 'open' ? msg('Open now', { id: 'filter.open-now', desc: 'Checkbox of a filter (only what is open at this moment), and the opening state in a map popup. Adjective (“currently open”), not the verb “to open”.' }) : msg('Temporarily closed', { id: 'hours.temporarily-closed', desc: 'Opening state on a card and on the map (adjective).' });
        box.append(p);
      }
      // The action comes last and stays in sight at the foot of the popup while its text scrolls.
      const actions = document.createElement('div');
      actions.className = 'wk-popup-actions';
      const search = this.linked;
      if (search && typeof search.open === 'function') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = msg('Show details', { id: 'map.details', desc: 'Button in a map popup that opens the offer’s details.' });
        button.addEventListener('click', () => {
          // "Back" in the search returns here.
          this.detailsFrom = index;
          search.open(offer.id);
          search.scrollIntoView({ block: 'start', behavior: 'smooth' });
        });
        actions.append(button);
      } else {
        const site = safeUrl(offer.contact?.website ?? offer.organization?.url);
        if (site) {
          const a = document.createElement('a');
          a.href = site;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          a.textContent = msg('Website', { id: 'detail.website', desc: 'Link to the website of an offer or organisation.' });
          actions.append(a);
        }
      }
      if (actions.firstChild) box.append(actions);
      box.dataset.offer = String(index);
      return box;
    });
  }

  /** The popup is a small dialog: focus moves into it when the visitor opened it, and Tab leads on. */
  private onPopupOpen(popup: LeafletNs.Popup): void {
    this.popupOpen = true;
    const container = popup.getElement();
    const box = container?.querySelector<HTMLElement>('.wk-popup');
    const source = (popup as LeafletNs.Popup & { _source?: LeafletNs.Marker })._source;
    const icon = source?.getElement();
    if (!container || !box) return;
    container.removeAttribute('inert');
    if (icon) icon.tabIndex = 0;
    container.setAttribute('role', 'dialog');
    const heading = box.querySelector<HTMLElement>('h3');
    if (heading) container.setAttribute('aria-labelledby', heading.id);
    this.localized(() => {
      const close = container.querySelector<HTMLElement>('.leaflet-popup-close-button');
      const label = msg('Close', { id: 'map.popup.close', desc: 'Button that closes a popup on the map.' });
      close?.setAttribute('aria-label', label);
      close?.setAttribute('title', label);
      close?.setAttribute('lang', this.locale.ui);
    });
    if (!container.dataset.wkKeys) {
      container.dataset.wkKeys = '';
      container.addEventListener('keydown', (event) => this.onPopupKey(event, container, icon));
    }
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const fromVisitor = this.returnFocus !== undefined || (!!icon && active === icon);
    if (!fromVisitor) return;
    this.returnFocus ??= { kind: 'marker' };
    clearTimeout(this.announceTimer);
    clearTimeout(this.moveTimer);
    this.announcement = '';
    heading?.focus({ preventScroll: true });
    container.scrollIntoView?.({ block: 'nearest' });
  }

  private onPopupKey(event: KeyboardEvent, container: HTMLElement, icon: HTMLElement | undefined): void {
    const root = this.renderRoot as ShadowRoot;
    if (event.key === ' ' && root.activeElement?.matches('.leaflet-popup-close-button')) {
      // The close "button" is a link: Space presses it too.
      event.preventDefault();
      (root.activeElement as HTMLElement).click();
      return;
    }
    if (event.key !== 'Tab' || !icon) return;
    const stops = [...container.querySelectorAll<HTMLElement>('a[href], button')].filter((e) => e.tabIndex >= 0);
    const active = root.activeElement as HTMLElement | null;
    if (event.shiftKey && (active?.tagName === 'H3' || active === stops[0])) {
      // Back to the marker the popup belongs to.
      event.preventDefault();
      icon.focus();
    } else if (!event.shiftKey && active === stops.at(-1)) {
      // On to the marker after it; after the last marker, on to the map's controls.
      const markers = this.tabbableMarkers();
      const next = markers[markers.indexOf(icon) + 1] ?? this.mapElement?.querySelector<HTMLElement>('.leaflet-control-container a[href]');
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  }

  private onPopupClose(popup: LeafletNs.Popup): void {
    this.popupOpen = false;
    // It fades out for a moment: nothing in it can take focus meanwhile.
    popup.getElement()?.setAttribute('inert', '');
    const back = this.returnFocus;
    this.returnFocus = undefined;
    const source = (popup as LeafletNs.Popup & { _source?: LeafletNs.Marker })._source;
    const icon = source?.getElement();
    // Back to where the visitor came from when focus was in the popup (Escape, the close button), not elsewhere.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (active && active.isConnected && !active.closest('.leaflet-popup') && active !== this.mapElement) return;
    if (back?.kind === 'list') {
      this.updateComplete.then(() => {
        const entry = this.renderRoot.querySelector<HTMLElement>(`[part="list"] button[data-offer="${back.index}"]`);
        (entry ?? icon)?.focus();
      });
    } else icon?.focus();
  }

  /** Zooms to an offer and opens its popup (from the list, or following the linked search). */
  private showOffer(index: number): void {
    const map = this.map;
    const offer = this.loaded?.catalogue.offers[index];
    if (!map || !offer?.location || offer.location.lat === undefined || offer.location.lon === undefined) return;
    const existing = this.markers.get(`p${index}`);
    if (existing) {
      if (existing.isPopupOpen()) this.onPopupOpen(existing.getPopup() as LeafletNs.Popup);
      else existing.openPopup();
      return;
    }
    this.pendingPopup = index;
    map.setView([offer.location.lat, offer.location.lon], Math.max(map.getZoom(), 17), { animate: false });
  }

  private locate(): void {
    if (!('geolocation' in navigator) || !this.map || !this.leaflet) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'asking';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = 'idle';
        const here: [number, number] = [position.coords.latitude, position.coords.longitude];
        const { L } = this.leaflet as Bundle;
        L.circleMarker(here, { radius: 8, color: '#c2410c', weight: 3, fillOpacity: 0.4 }).addTo(this.map as LeafletNs.Map);
        this.map?.setView(here, 13);
      },
      () => (this.locating = 'failed'),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  }

  private agree(): void {
    this.focusOnLoad = true;
    setMapConsent(true);
    this.dispatchEvent(new WkMapConsentEvent({ granted: true, source: 'visitor' }));
  }

  // ——— templates ———

  private placeholderTemplate(): TemplateResult {
    const provider = this.tileProvider;
    return html`<div class="placeholder" part="placeholder">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="40" height="40"><path fill="currentColor" d="M15 5.1 9 3 3 5v16l6-2.1 6 2.1 6-2V3l-6 2.1Zm0 13.7-6-2.1V5.2l6 2.1v11.5Z" /></svg>
      <p><strong>${msg('The map is not loaded yet.', { id: 'map.placeholder.title', desc: 'The map is shown only after the visitor agrees; this is the first line of that box.' })}</strong></p>
      <p>${msg(str`Showing the map loads map images from ${provider}. This sends your IP address to that provider.`, { id: 'map.placeholder.text', desc: '{0} is the name of the map provider, such as “OpenStreetMap”.' })}</p>
      <button type="button" class="button" @click=${this.agree}>${msg('Load the map', { id: 'map.placeholder.button', desc: 'Button (verb): agree and load the map images.' })}</button>
      <p class="hint">${msg('The list below shows the same offers without a map.', { id: 'map.placeholder.list', desc: 'Under the map box: the list of offers works without the map.' })}</p>
    </div>`;
  }

  private listTemplate(loaded: LoadedCatalogue): TemplateResult {
    const offers = loaded.catalogue.offers;
    const withoutMap = !this.map;
    const all = withoutMap ? this.offerIndices(loaded) : [];
    const indices = withoutMap ? all.slice(0, LIST_LIMIT) : this.inView;
    const total = withoutMap ? all.length : this.inViewTotal;
    const shown = formatCount(total, this.locale.ui);
    return html`<details class="list disclosure" part="list">
      <summary>${withoutMap
        ? msg(str`List of the offers (${shown})`, { id: 'map.list.all', desc: 'Title of the list beside the map; {0} is the number of offers.' })
        : msg(str`Offers in this part of the map (${shown})`, { id: 'map.list.in-view', desc: 'Title of the list beside the map; {0} is the number of offers in the visible part of the map.' })}</summary>
      <ul @focusin=${this.onListFocus} @focusout=${this.onListBlur}>
        ${this.keyed(indices, (i) => i, (i) => {
          const title = this.text(offers[i].title, loaded);
          const place = [offers[i].location?.postalCode, offers[i].location?.locality].filter(Boolean).join(' ');
          // Without a map or a linked search there is nothing to open: the list is plain text.
          const name = withoutMap && !this.linked
            ? html`<span class="name">${this.textTemplate(title)}</span>`
            : html`<button type="button" class="link-button" data-offer=${i} @click=${() => this.chooseFromList(i)}>${this.textTemplate(title)}</button>`;
          return html`<li>${name} ${place ? html`<span class="place" dir="auto">${place}</span>` : nothing}</li>`;
        })}
      </ul>
      ${total > indices.length ? html`<p class="hint">${msg('Zoom in to list the others.', { id: 'map.list.more', desc: 'Under the list beside the map when it shows only some of the offers.' })}</p>` : nothing}
    </details>`;
  }

  private onListFocus(event: FocusEvent): void {
    const offer = (event.target as HTMLElement).dataset?.offer;
    if (offer !== undefined) this.listKeep = Number(offer);
  }

  private onListBlur(event: FocusEvent): void {
    const next = event.relatedTarget as HTMLElement | null;
    // Keep the entry while its popup is open (focus comes back to it) or focus stays in the list.
    if (this.returnFocus?.kind === 'list' || next?.closest('[part="list"]')) return;
    this.listKeep = undefined;
  }

  private chooseFromList(index: number): void {
    const offer = this.loaded?.catalogue.offers[index];
    if (!offer) return;
    this.dispatchEvent(new WkSelectEvent({ offer, id: offer.id }));
    this.listKeep = index;
    if (this.map) {
      this.returnFocus = { kind: 'list', index };
      this.showOffer(index);
    }
    else if (this.linked) this.linked.open(offer.id);
  }

  protected override landmark(): Landmark {
    return {
      name: msg('Offers on the map', { id: 'region.offer-map', desc: 'Accessible name of the map element as a region of the page (read by screen readers).' }),
      skipPast: msg('Skip the map', { id: 'skip.past.offer-map', desc: 'Button at the start of the map element (shown when it has keyboard focus) that moves past it.' }),
      end: msg('End of the map', { id: 'skip.end.offer-map', desc: 'Marker at the end of the map element, where that button moves focus to (read by screen readers).' }),
    };
  }

  /** From a pack, only the offers are loaded. */
  override catalogueNeeds(): CatalogueNeeds {
    return { offers: true };
  }

  protected override renderContent(loaded: LoadedCatalogue): TemplateResult {
    this.loaded = loaded;
    // One polite live region in both states, so it is in the page before it speaks.
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.hasConsent ? this.mapTemplate(loaded) : html`${this.placeholderTemplate()}${this.listTemplate(loaded)}`}`;
  }

  private mapTemplate(loaded: LoadedCatalogue): TemplateResult {
    return html`<div class="map" part="map" dir="ltr" lang=${this.locale.ui} tabindex="-1" role="region" aria-label=${msg('Map of the offers', { id: 'map.label', desc: 'Accessible name of the map area (read by screen readers).' })}></div>
      ${this.leaflet ? nothing : html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${msg('Loading…', { id: 'state.loading', desc: 'Status text beside a spinner while the list loads.' })}</p>`}
      <div class="tools" part="tools">
        <button type="button" class="button secondary" ?disabled=${!this.leaflet || this.locating === 'asking'} @click=${this.locate}>
          ${this.locating === 'asking' ? msg('Finding your position…', { id: 'near.asking', desc: 'Button text while the browser finds the visitor’s position.' }) : msg('Show my position', { id: 'map.locate', desc: 'Button on the map: show the visitor’s own position.' })}
        </button>
        ${this.locating === 'failed' ? html`<span class="hint">${msg('Your position is not available.', { id: 'map.locate-failed', desc: 'The visitor’s position could not be found (the map, or the job board without a place filter).' })}</span>` : nothing}
        ${this.loaded ? this.loadingMoreTemplate(this.loaded) : nothing}
      </div>
      ${this.listTemplate(loaded)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'offer-map': OfferMap;
  }
}
