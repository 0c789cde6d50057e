import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CatalogueError } from '../../catalogue/errors.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import { localText, type LocalText } from '../../catalogue/text.js';
import type { LangMap } from '../../catalogue/schema.js';
import { CatalogueController, type CatalogueNeeds } from '../../controllers/catalogue-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { count as formatCount, formatDate } from '../../i18n/format.js';
import { primaryLanguage, type Locale } from '../../i18n/locales.js';
import type { PrintController } from '../../controllers/print-controller.js';
import type { ListPrintHost } from './print-entries.js';
import { inLocale } from '../../i18n/runtime.js';
import { hostStyles } from '../../styles/host.js';
import { languageMenuStyles, languageMenuTemplate } from './language-menu.js';

/** The element as a landmark: its name, and the words of its skip link and of its end (translated). */
export interface Landmark {
  name: string;
  skipPast: string;
  end: string;
}

/**
 * The messages that name what an element lists, when the catalogue cannot be shown or a saved copy
 * is: each element words them for its own content ("offers", "events", "jobs").
 */
export interface ListMessages {
  title(): string;
  offline(): string;
  notFound(): string;
  http(status: string): string;
  tooLarge(): string;
  notCatalogue(): string;
  network(): string;
  stale(date: string): string;
  staleUndated(): string;
  savedLoading(date: string): string;
}

/** How long a filter must stay unchanged before its count is spoken (arrowing through a select). */
export const ANNOUNCE_SETTLE_MS = 700;
/** How long the live region stays empty before the count is set again (see `announce`). */
export const ANNOUNCE_CLEAR_MS = 120;

/**
 * What every Willkommen element shares: the `src` attribute, the visitor's locale and direction,
 * and the states a visitor can meet before the content is there: loading, error with a retry,
 * and a saved copy shown when the network fails. Subclasses render the loaded catalogue in
 * `renderContent()`.
 *
 * @csspart base - The wrapper around everything the element shows (carries `lang` and `dir`); a named region landmark.
 * @csspart skip-link - The link at the start that moves past the element (shown when it has focus).
 * @csspart status - The loading message.
 * @csspart error - The error message with its retry button.
 * @csspart stale - The notice that a saved copy is shown.
 * @csspart loading-more - In `<offer-search>` and `<offer-map>`: the note that the rest of a large pack's offers is still arriving.
 * @cssproperty [--wk-accent=#0b5cad] - Accent colour of buttons, links and highlights.
 * @cssproperty [--wk-accent-contrast=#fff] - Text on the accent colour.
 * @cssproperty [--wk-text=currentColor] - Text colour (inherits the page's by default).
 * @cssproperty [--wk-text-muted] - Secondary text.
 * @cssproperty [--wk-surface=transparent] - Background of the element.
 * @cssproperty [--wk-surface-alt] - Background of cards and panels.
 * @cssproperty [--wk-border] - Border colour.
 * @cssproperty [--wk-radius=0.5em] - Corner radius.
 * @cssproperty [--wk-space=1em] - Base spacing.
 * @cssproperty [--wk-font=inherit] - Font family (inherits the page's by default).
 * @cssproperty [--wk-font-size=medium] - Base text size; `medium` ignores the page's root font size.
 * @cssproperty [--wk-focus=#c2410c] - Focus outline colour.
 * @cssproperty [--wk-danger=#b3261e] - Border of error messages and warnings.
 * @cssproperty [--wk-warning-surface=#fff4d6] - Background of the notice that a saved copy is shown.
 * @cssproperty [--wk-warning-text=#4d3800] - Text of that notice.
 * @fires {WkLoadEvent} wk-load - The catalogue is ready (also from a saved copy).
 * @fires {WkErrorEvent} wk-error - The catalogue could not be loaded.
 */
export abstract class WillkommenElement extends LitElement {
  static override styles = [hostStyles, languageMenuStyles];

  /** URL of the catalogue document, absolute or relative to the page. */
  @property() src = '';

  /**
   * Leaves out the link at the start of the element that moves past it, for a host page that has
   * skip links of its own. The element stays a named region.
   */
  @property({ type: Boolean, attribute: 'no-skip-link' }) noSkipLink = false;

  /**
   * Shows a menu at the top of the element with which the visitor changes its interface language
   * (the kit's nine, each by its own name); the choice sets the element's own `lang`.
   */
  @property({ type: Boolean, attribute: 'language-menu' }) languageMenu = false;

  protected readonly locale = new LocaleController(this, () => (this.data.state.status === 'ready' ? this.data.state.result : undefined));
  protected readonly data = new CatalogueController(this);

  /** Elements that tell screen readers about their counts set this: they get the polite live region. */
  protected readonly announcesCounts: boolean = false;
  /** What the live region says, made again on every render so it follows a language change. */
  @state() private spoken?: () => string;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private speakTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
    clearTimeout(this.speakTimer);
  }

  /**
   * Tells screen readers what a change of the visitor's did (a count), once the visitor has stopped
   * changing things for ANNOUNCE_SETTLE_MS: arrowing through a select speaks once, for the value the
   * visitor stays on. `snapshot` runs at that moment and returns the text to speak (it fixes the
   * count; the text itself is made on each render, so it is always in the element's language).
   *
   * A live region speaks only when its text changes, and the same count must still be spoken (the
   * visitor needs to hear that the filter was applied). So the region is emptied first, and the
   * text is set again ANNOUNCE_CLEAR_MS later, in a separate task after the empty region was
   * rendered: the accessibility tree has seen the region empty, and the text arrives as new content
   * that every screen reader speaks. Invisible differences (such as alternating zero-width
   * characters) were not used: some screen readers and braille displays show them.
   */
  protected announce(snapshot: () => (() => string) | undefined): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.speakTimer);
    this.settleTimer = setTimeout(() => {
      const text = snapshot();
      if (!text) return;
      this.spoken = undefined;
      this.speakTimer = setTimeout(() => (this.spoken = text), ANNOUNCE_CLEAR_MS);
    }, ANNOUNCE_SETTLE_MS);
  }

  /** The one polite live region, in the same place whatever the element shows, in its language. */
  private liveRegionTemplate(): TemplateResult | typeof nothing {
    if (!this.announcesCounts) return nothing;
    return html`<div class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true" lang=${this.locale.ui} dir=${this.locale.dir}>${this.spoken?.() ?? ''}</div>`;
  }

  /** The element's name as a region, and its skip link's words; runs with the element's locale active. */
  protected landmark(): Landmark | undefined {
    return undefined;
  }

  /**
   * Moves focus to the end of the element, so the next Tab leaves it. The end is a tab stop only
   * while it has focus: from an element outside the tab order, Chromium's next Tab in a shadow root
   * starts again at the root's first stop.
   */
  private skipPast = () => {
    const end = this.renderRoot.querySelector<HTMLElement>('.skip-end');
    if (!end) return;
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  };

  /**
   * A link before a long set of filters that moves focus to `target` (the results), for keyboard
   * users who do not want to pass every filter.
   */
  protected skipFiltersTemplate(target: string): TemplateResult {
    return html`<button type="button" class="skip-link" @click=${() => this.renderRoot.querySelector<HTMLElement>(target)?.focus()}>${msg('Skip the filters', { id: 'skip.filters', desc: 'Button that moves keyboard focus past the filters to the results.' })}</button>`;
  }

  /**
   * A keyed list (its items keep their elements, and focus, when the list changes) whose templates
   * are made now, in the element's language: `repeat()` alone would make them after `render()`,
   * when the element's translations are no longer active.
   */
  protected keyed<T>(items: readonly T[], key: (item: T) => unknown, template: (item: T) => TemplateResult): unknown {
    const made = items.map((item) => [key(item), template(item)] as const);
    return repeat(made, ([k]) => k, ([, t]) => t);
  }

  /** The records this element shows: from a pack, only those parts are loaded. Default: all. */
  catalogueNeeds(): CatalogueNeeds {
    return { offers: true, events: true, jobs: true };
  }

  /** The visitor's language for catalogue text (a pack's offers are loaded in it), among those of `index` when given. */
  catalogueLanguage(index?: LoadedCatalogue): string {
    return index ? this.locale.contentIn(index, true) : this.locale.requestedContent;
  }

  /**
   * While the rest of a large pack's offers arrive: how many are searched and shown so far. Not a
   * live region: the counts are announced when the catalogue grows.
   */
  protected loadingMoreTemplate(loaded: LoadedCatalogue): TemplateResult | typeof nothing {
    if (!loaded.partial) return nothing;
    const sofar = formatCount(Math.max(this.data.progress?.offers ?? 0, loaded.partial.offers), this.locale.ui);
    const total = formatCount(loaded.partial.total, this.locale.ui);
    return html`<p class="hint loading-more" part="loading-more"><span class="spinner" aria-hidden="true"></span> ${msg(str`Still loading offers (so far ${sofar} of ${total}).`, { id: 'state.loading-more', desc: 'Status while a large list arrives in parts; {0} is how many offers have arrived, {1} how many there are in all.' })}</p>`;
  }

  /** What the element shows once the catalogue is loaded. Runs with the element's locale active. */
  protected abstract renderContent(loaded: LoadedCatalogue): TemplateResult;

  /** Picks a catalogue text in the visitor's languages along the fallback chain. */
  protected text(value: LangMap | undefined, loaded: LoadedCatalogue): LocalText | undefined {
    return localText(value, this.locale.textLanguages, loaded.catalogue.defaultLanguage);
  }

  /** Renders catalogue text as text (never HTML), marked with its own `lang` when that differs. */
  protected textTemplate(value: LocalText | undefined): TemplateResult | typeof nothing {
    if (!value) return nothing;
    return primaryLanguage(value.lang) === this.locale.ui
      ? html`<span dir="auto">${value.text}</span>`
      : html`<span lang=${value.lang} dir="auto">${value.text}</span>`;
  }

  /** A page size from an attribute: a positive whole number, else `fallback` (page-size="0" or "abc"). */
  protected pageStep(value: number, fallback = 20): number {
    return Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
  }

  /** True when the element is wide enough to show its filters open from the start. */
  protected isWide(): boolean {
    return this.getBoundingClientRect().width >= 640;
  }

  /** What every printout of the element reads: where its print frame goes, and its languages. */
  protected printContext(printing: PrintController): Pick<ListPrintHost, 'root' | 'printing' | 'ui' | 'dir' | 'dates'> {
    return { root: this.renderRoot, printing, ui: this.locale.ui, dir: this.locale.dir, dates: this.locale.dates };
  }

  /** Runs `make` with the element's locale active, for text made outside of `render()`. */
  localized<T>(make: () => T): T {
    return inLocale(this.locale.ui, make);
  }

  protected formatDate(iso: string, options: Intl.DateTimeFormatOptions, timeZone?: string): string {
    return formatDate(iso, this.locale.dates, timeZone ? { ...options, timeZone } : options);
  }

  /** The visitor chose an interface language in the language menu: it becomes the element's `lang`. */
  private chooseLanguage = (locale: Locale) => {
    this.lang = locale;
    this.locale.resolve(); // also where no observer sees the attribute (inside another shadow root)
  };

  private retry(): void {
    this.data.reload();
  }

  private loadingTemplate(slow: boolean): TemplateResult {
    return html`<div class="state loading" part="status" role="status">
      <span class="spinner" aria-hidden="true"></span>
      <span>${slow ? msg('Still loading – the connection is slow.', { id: 'state.slow', desc: 'Status beside a spinner when the list takes long to load.' }) : msg('Loading…', { id: 'state.loading', desc: 'Status text beside a spinner while the list loads.' })}</span>
    </div>`;
  }

  /**
   * The messages of the error box and of the saved-copy notice, for the offers (the offer search and
   * the offer map). Elements that list something else give their own. Runs with the locale active.
   */
  protected listMessages(): ListMessages {
    return {
      title: () => msg('The offers cannot be shown right now', { id: 'error.title', desc: 'Heading of the error box of the offer search and the offer map when the catalogue of offers cannot be shown.' }),
      offline: () => msg('This device is offline. The offers will appear once the connection is back.', { id: 'error.offline' }),
      notFound: () => msg('The list of offers was not found at its address. Please tell the editors of this website.', { id: 'error.not-found', desc: 'The catalogue address gave “404 not found”. The editors are the people who run the website the element is placed in.' }),
      http: (status) => msg(str`The server of the offers reported an error (${status}). Please try again later.`, { id: 'error.http', desc: '{0} is the HTTP status code, such as 500 (it may be empty).' }),
      tooLarge: () => msg('The list of offers is too large to show on this page.', { id: 'error.too-large' }),
      notCatalogue: () => msg('The address of the offers does not deliver a list of offers. Please tell the editors of this website.', { id: 'error.not-catalogue', desc: 'The catalogue address gives something that is not a catalogue. The editors are the people who run the website the element is placed in.' }),
      network: () => msg('The offers could not be loaded. Check your internet connection and try again.', { id: 'error.network' }),
      stale: (date) => msg(str`You are seeing a saved copy from ${date}. The latest offers could not be loaded.`, { id: 'state.stale', desc: '{0} is a date and time, such as “3 March 2026, 14:05”.' }),
      staleUndated: () => msg('You are seeing a saved copy. The latest offers could not be loaded.', { id: 'state.stale-undated' }),
      savedLoading: (date) => msg(str`You are seeing a saved copy from ${date}. The latest offers are still loading.`, { id: 'state.saved-loading', desc: '{0} is a date and time, such as “3 March 2026, 14:05”.' }),
    };
  }

  private errorMessage(error: CatalogueError): string {
    const messages = this.listMessages();
    switch (error.kind) {
      case 'offline':
        return messages.offline();
      case 'timeout':
        return msg('The server took too long to answer. Please try again in a moment.', { id: 'error.timeout', desc: 'Error message when the catalogue server did not answer in time.' });
      case 'http':
        return error.details.status === 404 ? messages.notFound() : messages.http(String(error.details.status ?? ''));
      case 'too-large':
        return messages.tooLarge();
      case 'not-json':
      case 'not-catalogue':
        return messages.notCatalogue();
      default:
        return messages.network();
    }
  }

  private errorTemplate(error: CatalogueError): TemplateResult {
    return html`<div class="state error" part="error" role="alert">
      <h2>${this.listMessages().title()}</h2>
      <p>${this.errorMessage(error)}</p>
      <button class="button" type="button" @click=${this.retry}>${msg('Try again', { id: 'action.retry', desc: 'Button (verb): load the catalogue or the details again.' })}</button>
    </div>`;
  }

  private noSourceTemplate(): TemplateResult {
    return html`<div class="state error" part="error" role="alert">
      <h2>${this.listMessages().title()}</h2>
      <p>${msg('This widget has no catalogue address. Editors: set its src attribute to the address of a catalogue.', { id: 'error.no-src', desc: 'Shown to the website’s editors when the element has no src attribute; keep “src” as it is.' })}</p>
    </div>`;
  }

  private staleTemplate(loaded: LoadedCatalogue): TemplateResult | typeof nothing {
    if (loaded.saved?.old) {
      // A copy from an earlier visit, older than freshFor, while the latest one loads.
      const date = this.formatDate(loaded.saved.savedAt, { dateStyle: 'long', timeStyle: 'short' });
      return html`<div class="stale" part="stale" role="status">
        <p>${this.listMessages().savedLoading(date)}</p>
      </div>`;
    }
    if (!loaded.stale) return nothing;
    const date = loaded.stale.savedAt
      ? this.formatDate(loaded.stale.savedAt, { dateStyle: 'long', timeStyle: 'short' })
      : '';
    return html`<div class="stale" part="stale" role="status">
      <p>
        ${date
          ? this.listMessages().stale(date)
          : this.listMessages().staleUndated()}
      </p>
      <button class="button" type="button" @click=${this.retry}>${msg('Try again', { id: 'action.retry', desc: 'Button (verb): load the catalogue or the details again.' })}</button>
    </div>`;
  }

  private stateTemplate(): TemplateResult {
    const state = this.data.state;
    switch (state.status) {
      case 'no-src':
        return this.noSourceTemplate();
      case 'loading':
        return this.loadingTemplate(!!state.slow);
      case 'error':
        return this.errorTemplate(state.error);
      case 'ready':
        return html`${this.staleTemplate(state.result)}${this.renderContent(state.result)}`;
    }
  }

  protected override render(): TemplateResult {
    return inLocale(this.locale.ui, () => {
      const landmark = this.landmark();
      const skip = landmark && !this.noSkipLink;
      return html`<div part="base" lang=${this.locale.ui} dir=${this.locale.dir} role=${landmark ? 'region' : nothing} aria-label=${landmark?.name ?? nothing}>
        ${skip ? html`<button type="button" class="skip-link" part="skip-link" @click=${this.skipPast}>${landmark.skipPast}</button>` : nothing}
        ${this.languageMenu ? languageMenuTemplate(this.locale.ui, this.chooseLanguage) : nothing}
        ${this.liveRegionTemplate()}${this.stateTemplate()}
        ${skip ? html`<div class="skip-end" tabindex="-1">${landmark.end}</div>` : nothing}
      </div>`;
    });
  }
}
