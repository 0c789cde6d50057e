import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { openState, zonedTime, type OpenState, type ZonedTime } from '../../catalogue/hours.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { CatalogueNeeds } from '../../controllers/catalogue-controller.js';
import type { Catalogue, LangMap, Offer } from '../../catalogue/schema.js';
import { WkSelectEvent, type FilterChangeCause } from '../../events/offer-events.js';
import { FilterChangeController } from '../../controllers/filter-change.js';
import { readUrlState, urlWithState, writeUrlState, type UrlState } from '../../controllers/url-state.js';
import { count as formatCount, distance as formatDistance, languageName, timeOfDay, weekdayName } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import { plural } from '../../i18n/plural.js';
import { NO_FILTERS, OfferQuery, type GeoPoint, type OfferFilters, type OfferResult, type OfferResults, type Town } from '../../search/offer-query.js';
import { WillkommenElement, type Landmark } from '../base/willkommen-element.js';
import type * as OfferDetail from './offer-detail.js';
import { SpeechController } from '../../controllers/speech-controller.js';
import { TextVersionsController } from '../../controllers/text-versions.js';
import { easyLanguageSwitch } from '../base/easy-language.js';
import { textFeatureStyles, textSpan, translationNote } from '../base/text-block.js';
import { helpStyles } from '../base/help-styles.js';
import { cardNoticeTemplate, wheelchairTemplate } from '../base/next-steps.js';
import { PrintController } from '../../controllers/print-controller.js';
import { listToolsTemplate, printActions, printToolStyles, type ListPrintActions } from '../base/print-tools.js';
import { ShareController } from '../../controllers/share-controller.js';
import { StagedListController } from '../../controllers/staged-list.js';
import { shareToolStyles } from '../base/share-tools.js';
import type * as PrintOffers from './print-offers.js';
import type { TextSource } from '../base/text-source.js';
import { controlStyles } from '../../styles/controls.js';
import { offerSearchStyles } from './offer-search.styles.js';

/**
 * The details of an offer (with sharing, reading aloud, reporting a mistake …) are a module of their
 * own, loaded once the list is on the screen or when an offer is about to be opened: visitors who only
 * read the list do not wait for it.
 */
let detail: typeof OfferDetail | undefined;
let detailLoading: Promise<typeof OfferDetail> | undefined;
function loadDetail(): Promise<typeof OfferDetail> {
  detailLoading ??= import('./offer-detail.js').then((module) => (detail = module));
  return detailLoading;
}
/** Loads the details' module when the page has nothing else to do. */
let detailQueued = false;
function loadDetailWhenIdle(): void {
  if (detailLoading || detailQueued) return;
  detailQueued = true;
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(() => void loadDetail(), { timeout: 2000 });
  else setTimeout(() => void loadDetail(), 200);
}

export const FILTER_NAMES = ['query', 'categories', 'languages', 'place', 'open-now', 'free', 'wheelchair', 'near-me'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

const URL_PREFIX = 'wk-';
/**
 * New cards drawn in the frame after the results appear or change (a screenful); the rest of the
 * page follows right after that frame is painted, so the first cards show sooner on a slow phone
 * and after each key press.
 */
const FRAME_NEW_CARDS = 4;
/**
 * Offers whose filter data may be read at once when a catalogue replaces one already shown (a pack's
 * list grows by parts): about 15 ms on the bench machine. Above, it is read in slices while the
 * results shown stay, so no task of the page runs over 50 ms.
 */
const READ_AT_ONCE = 10_000;
/** The element's parameters in the page URL (after the prefix): search text, filters, the open offer. */
const URL_KEYS = ['q', 'cat', 'lang', 'place', 'open', 'free', 'wheelchair', 'offer'] as const;

function list(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * Finds the right help in the catalogue: search as you type (forgiving typos and spellings, in every
 * language of the catalogue), filters for category, language spoken, place, open now, free of charge,
 * wheelchair access and near me, and the full details of an offer with opening hours, route and
 * contact, its next steps (a short-term notice, booking, what to bring, who it is for, costs,
 * wheelchair access), when it was last checked, and "report a mistake" where the catalogue says where.
 *
 * @summary Search and filter the offers of a Willkommen catalogue.
 * @tagname offer-search
 * @api results, selected, open, reset, offerLink
 *
 * @csspart search - The search field.
 * @csspart filters - The filter area.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart detail - The details of one offer.
 * @csspart more - The "show more" button.
 * @csspart empty - The explanation shown when nothing matches.
 * @cssproperty [--wk-input-surface=Field] - Background of the search field and the filters' fields.
 * @cssproperty [--wk-input-text=FieldText] - Text in those fields.
 * @cssproperty [--wk-open=#17603a] - "Open now" on an offer.
 *
 * @fires {WkSelectEvent} wk-select - The visitor opened an offer (`detail.offer`) or went back to the list (`null`).
 * @fires {WkFilterChangeEvent<OfferFilters>} wk-filter-change - What is listed changed: the search text or a filter (the visitor's or a preset), the page URL, or the catalogue (`detail.cause`, `detail.filters`, `detail.count`).
 * @fires {WkLoadEvent} wk-load - The catalogue is ready.
 * @fires {WkErrorEvent} wk-error - The catalogue could not be loaded.
 */
export class OfferSearch extends WillkommenElement {
  static override styles = [...WillkommenElement.styles, controlStyles, offerSearchStyles, textFeatureStyles, helpStyles, printToolStyles, shareToolStyles];

  @query('#search') private searchInput!: HTMLInputElement | null;

  protected override readonly announcesCounts = true;

  /** @internal The visitor's text choices (Easy German, originals of machine translations), for the detail template. */
  readonly versions = new TextVersionsController(this);
  /** @internal Reads an offer's details aloud, for the detail template. */
  readonly speech = new SpeechController(this);

  /** Preset categories (comma-separated ids). With `hide-filters="categories"` they are fixed. */
  @property() categories = '';
  /** Preset region id (`region="rostock"`). With `hide-filters="place"` it is fixed. */
  @property() region = '';
  /** Preset languages spoken (comma-separated BCP 47 codes). */
  @property() languages = '';
  /**
   * Filters the visitor does not see (comma-separated: query, categories, languages, place, open-now,
   * free, wheelchair, near-me). The wheelchair filter (offers whose place can be reached in a
   * wheelchair, fully or partly) is shown only when the catalogue's offers say anything of it.
   */
  @property({ attribute: 'hide-filters' }) hideFilters = '';
  /**
   * Keep search, filters and the open offer in the page URL (`wk-q`, `wk-cat`, `wk-lang`, `wk-place`,
   * `wk-open`, `wk-free`, `wk-wheelchair`, `wk-offer`): read when the element loads and on back and forward, written on
   * every change. Without it (and without `open-linked`) the element neither reads nor writes the URL.
   */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /**
   * Open the offer a shared link names (`wk-offer` in the page URL) when the element loads. Reads only
   * that parameter and never changes the URL (`url-state` opens it too).
   */
  @property({ type: Boolean, attribute: 'open-linked' }) openLinked = false;
  /** Route planner link; `{lat}`, `{lon}` and `{address}` are filled in. Default: OpenStreetMap directions. */
  @property({ attribute: 'route-url' }) routeUrl = 'https://www.openstreetmap.org/directions?to={lat}%2C{lon}';
  /** Results shown at first and added by "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private filters: OfferFilters = NO_FILTERS;
  @state() private selectedId: string | null = null;
  @state() private shown = 20;
  @state() private nearLabel = '';
  @state() private locating: 'idle' | 'asking' | 'denied' = 'idle';
  /** Filter panel open: on wide layouts from the start, on phones when the visitor opens it. */
  @state() private filtersOpen?: boolean;

  /** The filters were set from the presets (and the URL) once; later preset changes patch them. */
  private started = false;
  /** The results shown are still those of earlier filters (a large catalogue's filter data is being read). */
  private resultsPending = false;
  private readonly filterChange = new FilterChangeController<OfferFilters>(this);
  private readonly printing = new PrintController(this);
  private readonly sharing = new ShareController(this);
  private readonly cards = new StagedListController(this, FRAME_NEW_CARDS);
  private returnFocusTo: string | null = null;
  private clock?: ReturnType<typeof setInterval>;
  private lastResults?: { key: string; catalogue: Catalogue; value: OfferResults };
  /** The search this element follows the background indexing of, and how to stop following it. */
  private followed?: { query: OfferQuery; stop: () => void };
  private preparing = new WeakSet<OfferQuery>();
  private lastFacets?: { towns: Town[]; languages: [string, number][]; wheelchair: boolean };

  /** The results currently listed (for a linked map and for hosts). */
  get results(): OfferResult[] {
    return this.lastResults?.value.results ?? [];
  }

  /** The open offer's id, or null. */
  get selected(): string | null {
    return this.selectedId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.clock = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followed?.stop();
    this.followed = undefined;
    window.removeEventListener('popstate', this.onPopState);
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.started) this.start();
    else this.presetsChanged(changed);
    if (changed.has('pageSize')) this.shown = this.pageStep(this.pageSize);
  }

  // ——— public methods ———

  /** Opens an offer's details by id (e.g. from a linked map). */
  open(id: string): void {
    this.select(id, false);
  }

  /** Clears the search text and every filter the visitor can change (back to the presets). */
  reset(): void {
    this.resetFilters('preset');
  }

  // ——— state ———

  private isHidden(name: FilterName): boolean {
    return list(this.hideFilters).includes(name);
  }

  /** The filters the presets set. */
  private presetFilters(): OfferFilters {
    return { ...NO_FILTERS, categories: list(this.categories), languages: list(this.languages), place: this.region ? `region:${this.region}` : '' };
  }

  /** The filters the page URL holds (with `url-state`), over the presets; a hidden filter keeps its preset. */
  private urlFilters(): OfferFilters {
    const preset = this.presetFilters();
    const url = readUrlState(URL_PREFIX, URL_KEYS);
    const shown = (name: FilterName) => !this.isHidden(name);
    return {
      query: url.q !== undefined && shown('query') ? url.q : '',
      categories: url.cat !== undefined && shown('categories') ? list(url.cat) : preset.categories,
      languages: url.lang !== undefined && shown('languages') ? list(url.lang) : preset.languages,
      place: url.place !== undefined && shown('place') ? url.place : preset.place,
      openNow: url.open === '1' && shown('open-now'),
      free: url.free === '1' && shown('free'),
      wheelchair: url.wheelchair === '1' && shown('wheelchair'),
    };
  }

  /** The state the element starts in: the presets, or with `url-state` the page URL's; a linked offer opened. */
  private start(): void {
    this.started = true;
    this.filters = this.urlState ? this.urlFilters() : this.presetFilters();
    const linked = this.urlState || this.openLinked ? readUrlState(URL_PREFIX, ['offer']).offer : undefined;
    if (linked) this.selectedId = linked;
    this.shown = this.pageStep(this.pageSize);
  }

  /**
   * The host changed presets: each changes its own filter only (the search text and the visitor's
   * other choices stay). A filter the host hides is fixed at its preset.
   */
  private presetsChanged(changed: PropertyValues<this>): void {
    const preset = this.presetFilters();
    const patch: Partial<OfferFilters> = {};
    if (changed.has('categories')) patch.categories = preset.categories;
    if (changed.has('languages')) patch.languages = preset.languages;
    if (changed.has('region')) patch.place = preset.place;
    if (changed.has('hideFilters')) {
      if (this.isHidden('query')) patch.query = '';
      if (this.isHidden('categories')) patch.categories = preset.categories;
      if (this.isHidden('languages')) patch.languages = preset.languages;
      if (this.isHidden('place')) patch.place = preset.place;
      if (this.isHidden('open-now')) patch.openNow = false;
      if (this.isHidden('free')) patch.free = false;
      if (this.isHidden('wheelchair')) patch.wheelchair = false;
      if (this.isHidden('near-me') && this.filters.near) {
        patch.near = undefined;
        this.nearLabel = '';
      }
    }
    const next = { ...this.filters, ...patch };
    if (JSON.stringify(next) === JSON.stringify(this.filters)) return;
    this.filters = next;
    this.shown = this.pageStep(this.pageSize);
    this.writeUrl('replace');
    this.filterChange.cause('preset');
  }

  /** Back to the presets: the search text, the visitor's filters and their position are cleared. */
  private resetFilters(cause: FilterChangeCause): void {
    this.filters = this.presetFilters();
    this.nearLabel = '';
    this.shown = this.pageStep(this.pageSize);
    this.filterChanged(cause);
  }

  /** With `url-state`: the state into the page URL (a new history entry when an offer opens or closes). */
  private writeUrl(mode: 'push' | 'replace'): void {
    if (this.urlState) writeUrlState(URL_PREFIX, this.urlStateObject(), mode);
  }

  private urlStateObject(): UrlState {
    const f = this.filters;
    return {
      q: f.query,
      cat: f.categories.join(','),
      lang: f.languages.join(','),
      place: f.place,
      open: f.openNow ? '1' : '',
      free: f.free ? '1' : '',
      wheelchair: f.wheelchair ? '1' : '',
      offer: this.selectedId ?? '',
    };
  }

  /** Back and forward (with `url-state`): the state the URL holds; the visitor's position stays. */
  private onPopState = () => {
    if (!this.urlState) return;
    const offer = readUrlState(URL_PREFIX, ['offer']).offer ?? null;
    const filters: OfferFilters = { ...this.urlFilters(), near: this.filters.near };
    if (JSON.stringify(filters) !== JSON.stringify(this.filters)) {
      this.filters = filters;
      this.shown = this.pageStep(this.pageSize);
      this.filterChange.cause('url');
    }
    if (offer !== this.selectedId) this.sharing.reset();
    this.selectedId = offer;
    if (!offer) this.restoreFocus();
  };

  private query(catalogue: Catalogue): OfferQuery {
    const q = OfferQuery.for(catalogue);
    if (this.followed?.query !== q) {
      // The index grows in the background (titles first, then summaries and descriptions): search
      // again as it does, so a query typed early finds what has been indexed since.
      this.followed?.stop();
      this.followed = {
        query: q,
        stop: q.onIndexProgress(() => {
          this.lastResults = undefined;
          this.requestUpdate();
        }),
      };
      if (!q.complete) void q.completeIndex();
    }
    return q;
  }

  /**
   * The towns and languages the filters offer, and whether wheelchair access is known. While a large catalogue's filter data is read in
   * slices, those of the catalogue shown before stay (reading them at once would block the page).
   */
  private facets(catalogue: Catalogue): { towns: Town[]; languages: [string, number][]; wheelchair: boolean } {
    const q = this.query(catalogue);
    if (!q.ready && catalogue.offers.length > READ_AT_ONCE && this.lastFacets) {
      if (!this.preparing.has(q)) {
        this.preparing.add(q);
        void q.prepare().then(() => this.requestUpdate());
      }
      return this.lastFacets;
    }
    this.lastFacets = { towns: q.towns, languages: q.languages, wheelchair: q.hasWheelchair };
    return this.lastFacets;
  }

  private compute(catalogue: Catalogue): OfferResults {
    const now = zonedTime(new Date(), catalogue.timeZone);
    const key = JSON.stringify([this.filters, this.locale.content, now.weekday, now.minutes]);
    if (this.lastResults?.key !== key || this.lastResults.catalogue !== catalogue) {
      const q = this.query(catalogue);
      // A large catalogue's filter data is read in slices first (one task of over 100 ms at 100,000
      // offers otherwise): the results shown so far stay until it is there.
      if (!q.ready && catalogue.offers.length > READ_AT_ONCE && this.lastResults) {
        if (!this.preparing.has(q)) {
          this.preparing.add(q);
          void q.prepare().then(() => this.requestUpdate());
        }
        this.resultsPending = true;
        return this.lastResults.value;
      }
      this.lastResults = { key, catalogue, value: q.run(this.filters, this.locale.content, now) };
    }
    this.resultsPending = false;
    return this.lastResults.value;
  }

  private setFilters(patch: Partial<OfferFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.shown = this.pageStep(this.pageSize);
    this.filterChanged();
  }

  /** The filters changed: into the URL (with `url-state`), reported once shown, and spoken when the visitor changed them. */
  private filterChanged(cause: FilterChangeCause = 'visitor'): void {
    this.writeUrl('replace');
    this.filterChange.cause(cause);
    if (cause === 'visitor') this.scheduleAnnouncement();
  }

  /** Tells screen readers the new count once the visitor pauses typing or choosing (one polite live region). */
  private scheduleAnnouncement(): void {
    this.announce(() => {
      const state = this.data.state;
      if (state.status !== 'ready') return undefined;
      const n = this.compute(state.result.catalogue).count;
      return () => this.countText(n);
    });
  }

  /** An offer is likely to be opened: its details' module and (from a pack) its full record are fetched. */
  private prepareDetail(id: string): void {
    void loadDetail();
    this.data.fullOffer(id);
  }

  private select(id: string | null, fromVisitor = true): void {
    const state = this.data.state;
    const offer = id && state.status === 'ready' ? state.result.catalogue.offers.find((o) => o.id === id) ?? null : null;
    if (id && !offer) return;
    if (id) this.returnFocusTo = id;
    this.selectedId = id;
    this.sharing.reset();
    this.writeUrl('push');
    if (fromVisitor) this.dispatchEvent(new WkSelectEvent({ offer, id }));
    if (id) {
      // The details may still be on their way: focus goes to them once they are rendered.
      void loadDetail()
        .then(() => {
          this.requestUpdate();
          return this.updateComplete;
        })
        .then(() => this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus());
    } else this.updateComplete.then(() => this.restoreFocus());
  }

  private restoreFocus(): void {
    const id = this.returnFocusTo;
    this.updateComplete.then(() => {
      const link = id ? this.renderRoot.querySelector<HTMLElement>(`[data-offer="${CSS.escape(id)}"]`) : null;
      (link ?? this.searchInput)?.focus();
    });
  }

  private async locate(): Promise<void> {
    if (!('geolocation' in navigator)) {
      this.locating = 'denied';
      return;
    }
    this.locating = 'asking';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = 'idle';
        this.nearLabel = '';
        this.setFilters({ near: { lat: position.coords.latitude, lon: position.coords.longitude } });
      },
      () => {
        this.locating = 'denied';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  private nearTown(name: string, point: GeoPoint | undefined): void {
    this.nearLabel = name;
    this.setFilters({ near: name && point ? point : undefined });
  }

  /**
   * A link to this offer on this page: the page URL with `wk-offer` (and, with `url-state`, the
   * search and filters). It opens the offer where the element has `open-linked` or `url-state`.
   */
  offerLink(id: string): string {
    return urlWithState(URL_PREFIX, this.urlState ? { ...this.urlStateObject(), offer: id } : { offer: id });
  }

  private printSelected(offer: Offer, title: string): void {
    const detail = this.renderRoot.querySelector('.detail');
    if (!detail) return;
    const link = this.offerLink(offer.id);
    // The print view is loaded when a visitor prints, not with the element.
    void import('./print.js').then(({ printOffer }) =>
      printOffer(this.renderRoot as ShadowRoot, detail, { lang: this.locale.ui, dir: this.locale.dir, title, source: link }),
    );
  }

  // ——— printing ———

  /** This page, with the search and filters where the element keeps them in the URL: the page's QR code. */
  private viewLink(): string {
    return urlWithState(URL_PREFIX, this.urlState ? this.urlStateObject() : {});
  }

  private printActions(loaded: LoadedCatalogue, results: OfferResults): ListPrintActions {
    return printActions({
      printing: this.printing,
      root: this.renderRoot,
      link: this.viewLink(),
      localized: (make) => this.localized(make),
      load: () => import('./print-offers.js'),
      list: (m) => m.printOfferList(this.printHost(), loaded, results),
      poster: (m, size) => m.printOfferPoster(this.printHost(), loaded, size),
    });
  }

  /** What the printing module reads of the element. */
  private printHost(): PrintOffers.OfferPrintHost {
    return {
      ...this.printContext(this.printing),
      filters: this.filters,
      nearLabel: this.nearLabel,
      viewLink: this.viewLink(),
      entryLink: (id) => urlWithState(URL_PREFIX, { offer: id }),
      textOf: this.textOf,
      countText: (n) => this.countText(n),
      wheelchairLabel: this.wheelchairFilterLabel(),
    };
  }

  // ——— text ———

  countText(n: number): string {
    if (n === 0) return msg('No offers match your search.', { id: 'results.none', desc: 'Heading (also spoken) when no offer matches the search and the filters.' });
    const shown = formatCount(n, this.locale.ui);
    return plural(n, this.locale.ui, {
      zero: () => msg(str`${shown} offers`, { id: 'results.count.zero', desc: 'Plural form “zero” (CLDR) of the number of offers found (heading above the results, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      one: () => msg(str`${shown} offer`, { id: 'results.count.one', desc: 'Plural form “one” (CLDR) of the number of offers found (heading above the results, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      two: () => msg(str`${shown} offers`, { id: 'results.count.two', desc: 'Plural form “two” (CLDR) of the number of offers found (heading above the results, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      few: () => msg(str`${shown} offers`, { id: 'results.count.few', desc: 'Plural form “few” (CLDR) of the number of offers found (heading above the results, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      many: () => msg(str`${shown} offers`, { id: 'results.count.many', desc: 'Plural form “many” (CLDR) of the number of offers found (heading above the results, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      other: () => msg(str`${shown} offers`, { id: 'results.count.other', desc: 'Plural form “other” (CLDR) of the number of offers found (heading above the results, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
    });
  }

  /** How far an offer is: from the visitor's position, or from the town they chose. */
  distanceText(km: number): string {
    const distance = formatDistance(km, this.locale.ui);
    const town = this.nearLabel;
    return town
      ? msg(str`${distance} from ${town}`, { id: 'offer.distance-from', desc: 'Distance from a town the visitor chose (“or near …”), not from the visitor. {0} is a formatted distance, such as “2.5 km”; {1} is the town’s name as the catalogue writes it (usually German): choose a wording that does not need to inflect the name.' })
      : msg(str`${distance} away`, { id: 'offer.distance', desc: 'Distance from the visitor’s own position (“Near me”). {0} is a formatted distance, such as “2.5 km”.' });
  }

  openStateText(state: OpenState): string {
    const ui = this.locale.ui;
    switch (state.kind) {
      case 'open': {
        const time = timeOfDay(state.closes, ui);
        return msg(str`Open now · closes at ${time}`, { id: 'hours.open', desc: 'Opening state on a card. {0} is a time of day, such as “18:00” or “6:00 PM”.' });
      }
      case 'closed': {
        if (!state.next) return msg('Closed', { id: 'hours.closed', desc: 'Opening state on a card (adjective): closed now, and no next opening is known.' });
        const time = timeOfDay(state.next.opens, ui);
        if (state.next.inDays === 0) return msg(str`Closed · opens today at ${time}`, { id: 'hours.opens-today', desc: 'Opening state on a card. {0} is a time of day, such as “14:00” or “2:00 PM”.' });
        if (state.next.inDays === 1) return msg(str`Closed · opens tomorrow at ${time}`, { id: 'hours.opens-tomorrow', desc: 'Opening state on a card. {0} is a time of day, such as “09:00” or “9:00 AM”.' });
        const day = weekdayName(state.next.day, ui);
        return msg(str`Closed · opens ${day} at ${time}`, { id: 'hours.opens-day', desc: 'Opening state on a card. {0} is a weekday name in the nominative, as Intl gives it (“Monday”, “Montag”, “понеділок”); {1} is a time of day. Choose a wording that needs no case ending on the weekday.' });
      }
      case 'temporarily-closed':
        return msg('Temporarily closed', { id: 'hours.temporarily-closed', desc: 'Opening state on a card and on the map (adjective).' });
      case 'appointment':
        return msg('By appointment', { id: 'hours.appointment', desc: 'Opening state on a card: visits only with an appointment made before.' });
      default:
        return msg('Opening hours not known – please ask', { id: 'hours.unknown', desc: 'Opening state on a card when the catalogue gives no opening hours.' });
    }
  }

  // ——— templates ———

  private searchTemplate(): TemplateResult | typeof nothing {
    if (this.isHidden('query')) return nothing;
    return html`<div class="search-row">
      <label for="search" class="search-label">${msg('Search offers', { id: 'search.label', desc: 'Label of the search field (verb + object).' })}</label>
      <input
        id="search"
        part="search"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck="false"
        dir="auto"
        .value=${this.filters.query}
        placeholder=${msg('e.g. German course, counselling, Rostock', { id: 'search.placeholder', desc: 'Example words in the empty search field; Rostock is a town.' })}
        @input=${(e: Event) => this.setFilters({ query: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private categoryFilterTemplate(loaded: LoadedCatalogue, results: OfferResults): TemplateResult | typeof nothing {
    if (this.isHidden('categories')) return nothing;
    const selected = new Set(this.filters.categories);
    return html`<fieldset class="chips">
      <legend>${msg('Topics', { id: 'filter.categories', desc: 'Label of the topic filter, and heading of an offer’s topics (such as “Health”, “Housing”).' })}</legend>
      ${loaded.catalogue.categories.map((category) => {
        const n = results.categoryCounts.get(category.id) ?? 0;
        const name = this.text(category.name, loaded);
        return html`<label class="chip" ?data-checked=${selected.has(category.id)} ?data-empty=${n === 0 && !selected.has(category.id)}>
          <input
            type="checkbox"
            .checked=${selected.has(category.id)}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.setFilters({ categories: on ? [...this.filters.categories, category.id] : this.filters.categories.filter((c) => c !== category.id) });
            }}
          />
          ${this.textTemplate(name)} <span class="count">${formatCount(n, this.locale.ui)}</span>
        </label>`;
      })}
    </fieldset>`;
  }

  /** Filters the visitor set (presets that are hidden do not count). */
  private activeFilterCount(): number {
    const f = this.filters;
    return (
      (this.isHidden('categories') ? 0 : f.categories.length) +
      (this.isHidden('languages') ? 0 : f.languages.length) +
      (f.place && !this.isHidden('place') ? 1 : 0) +
      (f.openNow ? 1 : 0) +
      (f.free ? 1 : 0) +
      (f.wheelchair ? 1 : 0)
    );
  }

  private moreFiltersTemplate(loaded: LoadedCatalogue): TemplateResult | typeof nothing {
    const q = this.facets(loaded.catalogue);
    const showLanguages = !this.isHidden('languages');
    const showPlace = !this.isHidden('place');
    const showOpen = !this.isHidden('open-now');
    const showFree = !this.isHidden('free');
    const showWheelchair = !this.isHidden('wheelchair') && (q.wheelchair || !!this.filters.wheelchair);
    if (!showLanguages && !showPlace && !showOpen && !showFree && !showWheelchair) return nothing;
    const active = this.activeFilterCount();
    const selectedLanguages = new Set(this.filters.languages);
    return html`<div class="more-filters">
      ${showOpen
        ? html`<label class="toggle"><input type="checkbox" .checked=${this.filters.openNow} @change=${(e: Event) => this.setFilters({ openNow: (e.target as HTMLInputElement).checked })} />
            ${msg('Open now', { id: 'filter.open-now', desc: 'Checkbox of a filter (only what is open at this moment), and the opening state in a map popup. Adjective (“currently open”), not the verb “to open”.' })}</label>`
        : nothing}
      ${showFree
        ? html`<label class="toggle"><input type="checkbox" .checked=${this.filters.free} @change=${(e: Event) => this.setFilters({ free: (e.target as HTMLInputElement).checked })} />
            ${msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' })}</label>`
        : nothing}
      ${showWheelchair
        ? html`<label class="toggle"><input type="checkbox" name="wheelchair" .checked=${!!this.filters.wheelchair} @change=${(e: Event) => this.setFilters({ wheelchair: (e.target as HTMLInputElement).checked })} />
            ${this.wheelchairFilterLabel()}</label>`
        : nothing}
      ${showPlace
        ? html`<label class="select">
            <span>${msg('Place', { id: 'filter.place', desc: 'Label of the place filter (a region or a town).' })}</span>
            <select @change=${(e: Event) => this.setFilters({ place: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!this.filters.place}>${msg('Everywhere', { id: 'filter.place.all', desc: 'First option of the place filter: any place.' })}</option>
              ${loaded.catalogue.regions.length
                ? html`<optgroup label=${msg('Regions', { id: 'filter.place.regions', desc: 'Heading of a group of options (regions) in the place filter.' })}>
                    ${loaded.catalogue.regions.map((r) => html`<option value="region:${r.id}" ?selected=${this.filters.place === `region:${r.id}`}>${this.text(r.name, loaded)?.text ?? r.id}</option>`)}
                  </optgroup>`
                : nothing}
              <optgroup label=${msg('Towns', { id: 'filter.place.towns', desc: 'Heading of a group of options (towns and villages) in the place filter.' })}>
                ${q.towns.map((t) => html`<option value="town:${t.name}" ?selected=${this.filters.place === `town:${t.name}`}>${t.name}</option>`)}
              </optgroup>
            </select>
          </label>`
        : nothing}
      ${showLanguages
        ? html`<details class="languages disclosure" ?open=${this.filters.languages.length > 0}>
            <summary>${msg('Languages spoken', { id: 'filter.languages', desc: 'Filter heading and label in the details: the languages the staff of an offer speak with visitors (not the language of this page).' })}${this.filters.languages.length ? html` <span class="count">${formatCount(this.filters.languages.length, this.locale.ui)}</span>` : nothing}</summary>
            <fieldset class="chips">
              <legend class="visually-hidden">${msg('Languages spoken', { id: 'filter.languages', desc: 'Filter heading and label in the details: the languages the staff of an offer speak with visitors (not the language of this page).' })}</legend>
              ${q.languages.map(
                ([tag]) => html`<label class="chip" ?data-checked=${selectedLanguages.has(tag)}>
                  <input
                    type="checkbox"
                    .checked=${selectedLanguages.has(tag)}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      this.setFilters({ languages: on ? [...this.filters.languages, tag] : this.filters.languages.filter((l) => l !== tag) });
                    }}
                  />
                  <span lang=${tag} dir="auto">${endonym(tag)}</span>
                </label>`,
              )}
            </fieldset>
          </details>`
        : nothing}
      ${active ? html`<button type="button" class="link-button" @click=${() => this.resetFilters('visitor')}>${msg('Reset filters', { id: 'filter.reset', desc: 'Button (verb): clear the visitor’s filters.' })}</button>` : nothing}
    </div>`;
  }

  private nearTemplate(loaded: LoadedCatalogue): TemplateResult | typeof nothing {
    if (this.isHidden('near-me')) return nothing;
    const towns = this.facets(loaded.catalogue).towns.filter((t) => t.point);
    const usingPosition = !!this.filters.near && !this.nearLabel;
    return html`<div class="near">
      <button type="button" class="button secondary" aria-pressed=${usingPosition ? 'true' : 'false'} ?disabled=${this.locating === 'asking'} @click=${() => (usingPosition ? this.setFilters({ near: undefined }) : this.locate())}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z" /></svg>
        ${this.locating === 'asking' ? msg('Finding your position…', { id: 'near.asking', desc: 'Button text while the browser finds the visitor’s position.' }) : msg('Near me', { id: 'near.button', desc: 'Button: sort the offers by distance from the visitor’s own position.' })}
      </button>
      <label class="select inline">
        <span>${msg('or near', { id: 'near.town', desc: 'Label before a list of towns (“Near me … or near [town]”): sort by distance from that town instead.' })}</span>
        <select @change=${(e: Event) => {
          const name = (e.target as HTMLSelectElement).value;
          this.nearTown(name, towns.find((t) => t.name === name)?.point);
        }}>
          <option value="" ?selected=${!this.nearLabel}>${msg('choose a town', { id: 'near.choose', desc: 'First, empty option of the list of towns after “or near”.' })}</option>
          ${towns.map((t) => html`<option value=${t.name} ?selected=${this.nearLabel === t.name}>${t.name}</option>`)}
        </select>
      </label>
      <p class="hint">
        ${this.locating === 'denied'
          ? msg('Your position is not available. You can choose a town instead.', { id: 'near.denied', desc: 'Offer search: the visitor’s position could not be found; a town can be chosen in the “or near” list next to it.' })
          : msg('Your position is only used on this device to sort by distance.', { id: 'near.privacy', desc: 'Hint under the button that uses the visitor’s position.' })}
      </p>
    </div>`;
  }

  private cardTemplate(result: OfferResult, loaded: LoadedCatalogue, now: ZonedTime, categories: Map<string, LangMap>): TemplateResult {
    const { offer } = result;
    const texts = this.versions.record(`offer:${offer.id}`, offer, this.locale.textLanguages, loaded.catalogue.defaultLanguage);
    const title = texts.pick(offer.title);
    const summary = texts.pick(offer.summary);
    const place = [offer.location?.postalCode, offer.location?.locality].filter(Boolean).join(' ');
    const source: TextSource = { ui: this.locale.ui, text: (value) => texts.pick(value), template: (value) => textSpan(value, this.locale.ui) };
    return html`<li part="card" class="card">
      <h3>
        <a href=${this.offerLink(offer.id)} data-offer=${offer.id} @focus=${() => this.prepareDetail(offer.id)} @pointerenter=${() => this.prepareDetail(offer.id)} @click=${(e: MouseEvent) => {
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          this.select(offer.id);
        }}>${textSpan(title, this.locale.ui)}</a>
      </h3>
      ${offer.organization ? html`<p class="org"><span dir="auto">${offer.organization.name}</span></p>` : nothing}
      ${cardNoticeTemplate(source, offer, loaded.catalogue.timeZone)}
      ${summary ? html`<p class="summary">${textSpan(summary, this.locale.ui)}</p>` : nothing}
      ${translationNote(texts, [offer.title, offer.summary], this.locale.ui)}
      <p class="meta">
        ${offer.online ? html`<span class="tag">${msg('Online', { id: 'offer.online', desc: 'A tag on an offer or event, and a filter: it takes place online.' })}</span>` : nothing}
        ${place ? html`<span dir="auto">${place}</span>` : nothing}
        ${result.distanceKm !== undefined ? html`<span class="distance">${this.distanceText(result.distanceKm)}</span>` : nothing}
        ${this.openStateTemplate(result.open ?? openState(offer, now))}
        ${offer.wheelchair === 'yes' || offer.wheelchair === 'partly' ? wheelchairTemplate(offer.wheelchair) : nothing}
      </p>
      <p class="tags">
        ${(offer.categories ?? []).map((id) => html`<span class="tag">${this.textTemplate(this.text(categories.get(id), loaded))}</span>`)}
      </p>
    </li>`;
  }

  /** The wheelchair filter's label (it keeps offers that are fully or partly accessible). */
  private wheelchairFilterLabel(): string {
    return msg('Wheelchair accessible', { id: 'filter.wheelchair', desc: 'Checkbox of a filter: only offers whose place can be reached in a wheelchair (fully or partly; each offer says which).' });
  }

  private openStateTemplate(state: OpenState): TemplateResult {
    return html`<span class="open-state" data-kind=${state.kind}>${this.openStateText(state)}</span>`;
  }

  private emptyTemplate(): TemplateResult {
    const f = this.filters;
    const relax: [string, Partial<OfferFilters>][] = [];
    if (f.query && !this.isHidden('query')) relax.push([msg(str`Search text “${f.query}”`, { id: 'empty.query', desc: 'One of the filters the visitor can remove; {0} is the visitor’s own search text.' }), { query: '' }]);
    if (f.categories.length && !this.isHidden('categories')) relax.push([msg('Topics', { id: 'filter.categories', desc: 'Label of the topic filter, and heading of an offer’s topics (such as “Health”, “Housing”).' }), { categories: [] }]);
    if (f.languages.length && !this.isHidden('languages')) relax.push([msg('Languages spoken', { id: 'filter.languages', desc: 'Filter heading and label in the details: the languages the staff of an offer speak with visitors (not the language of this page).' }), { languages: [] }]);
    if (f.place && !this.isHidden('place')) relax.push([msg('Place', { id: 'filter.place', desc: 'Label of the place filter (a region or a town).' }), { place: '' }]);
    if (f.openNow) relax.push([msg('Open now', { id: 'filter.open-now', desc: 'Checkbox of a filter (only what is open at this moment), and the opening state in a map popup. Adjective (“currently open”), not the verb “to open”.' }), { openNow: false }]);
    if (f.free) relax.push([msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' }), { free: false }]);
    if (f.wheelchair) relax.push([this.wheelchairFilterLabel(), { wheelchair: false }]);
    return html`<div class="empty" part="empty">
      <h2>${msg('No offers match your search.', { id: 'results.none', desc: 'Heading (also spoken) when no offer matches the search and the filters.' })}</h2>
      ${relax.length
        ? html`<p>${msg('Try removing one of these:', { id: 'empty.relax', desc: 'Before a list of buttons that each remove one filter.' })}</p>
            <ul class="relax">
              ${relax.map(([label, patch]) => html`<li><button type="button" class="button secondary" @click=${() => this.setFilters(patch)}>
                ${msg(str`Remove: ${label}`, { id: 'empty.remove', desc: 'Button; {0} is the name of a filter (“Topics”, “Place”) or “Search text …”.' })}</button></li>`)}
            </ul>
            <button type="button" class="button" @click=${() => this.resetFilters('visitor')}>${msg('Reset all filters', { id: 'empty.reset', desc: 'Button (verb): clear all filters and the search text.' })}</button>`
        : html`<p>${msg('The catalogue has no offers here yet.', { id: 'empty.catalogue', desc: 'When the catalogue has no offers at all for this page.' })}</p>`}
    </div>`;
  }

  private resultsTemplate(loaded: LoadedCatalogue, results: OfferResults): TemplateResult {
    const total = results.count;
    // The button below says what the page holds, also while its last cards are still to be drawn.
    const listed = Math.min(this.shown, total);
    const page = this.cards.stage(results.page(0, listed), (r) => r.offer.id);
    const now = zonedTime(new Date(), loaded.catalogue.timeZone);
    const categories = new Map(loaded.catalogue.categories.map((c) => [c.id, c.name]));
    return html`<section class="results" aria-labelledby="count">
      <h2 id="count" class="count-heading" tabindex="-1">${this.countText(total)}</h2>
      ${total ? listToolsTemplate(this.printing, this.printActions(loaded, results)) : nothing}
      ${this.easyListTemplate(loaded)}
      ${this.loadingMoreTemplate(loaded)}
      ${this.filters.openNow && results.hoursUnknown
        ? html`<p class="hint">${msg('Offers without known opening hours are listed after the open ones: please call or write before you go.', { id: 'results.hours-unknown', desc: 'Shown above the results with the filter “Open now” when some offers have no known opening hours.' })}</p>`
        : nothing}
      ${total === 0
        ? this.emptyTemplate()
        : html`<ul part="results" class="cards">${this.keyed(page, (r) => r.offer.id, (r) => this.cardTemplate(r, loaded, now, categories))}</ul>`}
      ${total > listed
        ? html`<button part="more" type="button" class="button secondary more" @click=${this.showMore}>
            ${msg(str`Show more (${formatCount(listed, this.locale.ui)} of ${formatCount(total, this.locale.ui)} shown)`, { id: 'results.more', desc: 'Button that shows more results; {0} is how many are shown, {1} how many there are in all.' })}
          </button>`
        : nothing}
    </section>`;
  }

  /** "Leichte Sprache" once above the results, where the visitor reads German and offers have Easy German. */
  private easyListTemplate(loaded: LoadedCatalogue): TemplateResult | typeof nothing {
    const shown = this.versions.listHasEasy(loaded.catalogue.offers, this.locale.content, (o) => [o.title, o.summary]);
    return shown ? html`<div class="text-tools list-tools">${easyLanguageSwitch(this.versions, true)}</div>` : nothing;
  }

  private showMore = () => {
    const first = this.shown;
    this.shown += this.pageStep(this.pageSize);
    this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.cards > li a')[first]?.focus());
  };

  protected override landmark(): Landmark {
    return {
      name: msg('Offer search', { id: 'region.offer-search', desc: 'Accessible name of the offer search as a region of the page (read by screen readers).' }),
      skipPast: msg('Skip the offer search', { id: 'skip.past.offer-search', desc: 'Button at the start of the offer search (shown when it has keyboard focus) that moves past it.' }),
      end: msg('End of the offer search', { id: 'skip.end.offer-search', desc: 'Marker at the end of the offer search, where that button moves focus to (read by screen readers).' }),
    };
  }

  /** From a pack, only the offers are loaded. */
  override catalogueNeeds(): CatalogueNeeds {
    return { offers: true };
  }

  protected override renderContent(loaded: LoadedCatalogue): TemplateResult {
    const results = this.compute(loaded.catalogue);
    this.filterChange.listed(this.filters, results.count, this.resultsPending ? 'pending' : loaded.partial ? 'partial' : 'complete');
    const listed = this.selectedId ? loaded.catalogue.offers.find((o) => o.id === this.selectedId) : undefined;
    if (listed && !detail) {
      void loadDetail().then(() => this.requestUpdate());
      return html`<p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${msg('Loading…', { id: 'state.loading', desc: 'Status text beside a spinner while the list loads.' })}</p>`;
    }
    if (listed && detail) {
      // From a pack, the list has what a card shows; the full offer comes with its part.
      const full = this.data.fullOffer(listed.id);
      const selected = full ?? listed;
      return html`${detail.offerDetailTemplate(this, selected, loaded, {
        pending: full ? undefined : this.data.fullOfferFailed(listed.id) ? 'failed' : 'loading',
        retry: () => this.data.reloadFullOffers(),
        back: () => this.select(null),
        share: this.sharing,
        print: (title) => this.printSelected(selected, title),
        distanceKm: results.find(listed)?.distanceKm,
        distanceText: (km) => this.distanceText(km),
      })}`;
    }
    loadDetailWhenIdle();
    if (this.filtersOpen === undefined) this.filtersOpen = this.isWide() || this.activeFilterCount() > 0;
    const active = this.activeFilterCount();
    return html`${this.skipFiltersTemplate('#count')}<div class="controls" part="filters">
        ${this.searchTemplate()} ${this.nearTemplate(loaded)}
        <details class="filter-panel disclosure" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${active
            ? msg(str`Filters (${formatCount(active, this.locale.ui)} active)`, { id: 'filter.panel-active', desc: 'Title of the filter panel that opens and closes; {0} is the number of filters in use.' })
            : msg('Filters', { id: 'filter.panel', desc: 'Title of the filter panel that opens and closes.' })}</summary>
          <div class="filter-panel-body">${this.categoryFilterTemplate(loaded, results)} ${this.moreFiltersTemplate(loaded)}</div>
        </details>
      </div>
      ${this.resultsTemplate(loaded, results)}`;
  }

  // Helpers the detail template uses.
  textOf = (value: Parameters<WillkommenElement['text']>[0], loaded: LoadedCatalogue) =>
    this.versions.plain(this.locale.textLanguages, loaded.catalogue.defaultLanguage).pick(value);
  textTemplateOf = (value: Parameters<WillkommenElement['textTemplate']>[0]) => textSpan(value, this.locale.ui);
  get uiLocale(): string {
    return this.locale.ui;
  }
  get dateLocale(): string {
    return this.locale.dates;
  }
  get textLanguages(): readonly string[] {
    return this.locale.textLanguages;
  }
  /** The language the visitor reads: text in another is shown with a notice. */
  get readerLanguage(): string {
    return this.locale.languages[0] ?? this.locale.ui;
  }
  routeLink(offer: Offer): string {
    const l = offer.location;
    if (!l) return '';
    const address = [l.street, [l.postalCode, l.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (l.lat === undefined || l.lon === undefined) {
      if (!address || this.routeUrl.includes('{lat}')) return '';
    }
    return this.routeUrl
      .replaceAll('{lat}', String(l.lat ?? ''))
      .replaceAll('{lon}', String(l.lon ?? ''))
      .replaceAll('{address}', encodeURIComponent(address));
  }
  languageLabel(tag: string): string {
    return languageName(tag, this.locale.ui);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'offer-search': OfferSearch;
  }
}
