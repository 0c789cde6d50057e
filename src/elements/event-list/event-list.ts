import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toIcs } from '../../calendar/ics.js';
import { byDay, loadRecurrenceRules, occurrences, occurrencesOf, recurrenceRulesLoaded, type DayGroup, type Occurrence } from '../../calendar/occurrences.js';
import { addDays, dayKey, startOfDay } from '../../calendar/zone.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { CatalogueNeeds } from '../../controllers/catalogue-controller.js';
import type { CatalogueEvent } from '../../catalogue/schema.js';
import { safeUrl } from '../../catalogue/url.js';
import type { EventFilters } from '../../events/offer-events.js';
import { FilterChangeController } from '../../controllers/filter-change.js';
import { count as formatCount, formatMoment, relativeDays, timeOf, timeRange } from '../../i18n/format.js';
import { languageName } from '../../i18n/format.js';
import { endonym, primaryLanguage } from '../../i18n/locales.js';
import { plural } from '../../i18n/plural.js';
import type { OfferSearch } from '../offer-search/offer-search.js';
import { controlStyles } from '../../styles/controls.js';
import { WillkommenElement, type Landmark, type ListMessages } from '../base/willkommen-element.js';
import { eventListStyles } from './event-list.styles.js';
import { SpeechController, type SpeechPart } from '../../controllers/speech-controller.js';
import { TextVersionsController, type RecordTexts } from '../../controllers/text-versions.js';
import { easyLanguageSwitch } from '../base/easy-language.js';
import { readAloudButton, readAloudNote, spokenLabels } from '../base/read-aloud.js';
import { textFeatureStyles, textSpan, translationNote } from '../base/text-block.js';
import { ageNoticeTemplate, freshnessFacts } from '../base/freshness.js';
import { helpStyles } from '../base/help-styles.js';
import { nextStepsSpeech, nextStepsTemplate, noticeTemplate } from '../base/next-steps.js';
import { reportLinks } from '../base/report-mistake.js';
import type { TextSource } from '../base/text-source.js';
import { ClipboardController } from '../../controllers/clipboard.js';
import { LinkedEntryController } from '../../controllers/linked-entry.js';
import { PrintController } from '../../controllers/print-controller.js';
import { ShareController } from '../../controllers/share-controller.js';
import { urlWithState } from '../../controllers/url-state.js';
import { listToolsTemplate, printActions, printToolStyles, type ListPrintActions } from '../base/print-tools.js';
import type * as PrintEvents from './print-events.js';
import { shareButtonsTemplate, sharePanelTemplate, shareToolStyles } from '../base/share-tools.js';
import { feedChoice, subscribeTemplate } from './subscribe.js';

export const EVENT_RANGES = ['today', 'week', 'month', 'dates'] as const;
export type EventRange = (typeof EVENT_RANGES)[number];
export const EVENT_FILTERS = ['range', 'categories', 'languages', 'place', 'free', 'online'] as const;

/** The element's parameter in the page URL (after the prefix) is `event`: the event a shared link names. */
const URL_PREFIX = 'wk-';
/** How far ahead a linked event's next date is looked for. */
const LINK_AHEAD = 366 * 86_400_000;

const list = (v: string | null | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * What is on: the catalogue's events, recurring ones expanded, grouped under "Today", "Tomorrow"
 * and the following days in the catalogue's time zone, with filters and "add to calendar".
 *
 * @summary Upcoming events of a Willkommen catalogue, by day, with calendar export.
 * @tagname event-list
 * @api eventLink
 *
 * @csspart filters - The filter area.
 * @csspart day - One day's heading and its events.
 * @csspart event - One event.
 * @csspart more - The "show more" button.
 * @csspart empty - The explanation shown when nothing is on.
 * @csspart subscribe - "Subscribe in your calendar" and "Copy the address" (where the catalogue has calendar feeds).
 * @cssproperty [--wk-input-surface=Field] - Background of the filters' fields.
 * @cssproperty [--wk-input-text=FieldText] - Text in those fields.
 *
 * @fires {WkFilterChangeEvent<EventFilters>} wk-filter-change - What is listed changed: the period or a filter (the visitor's or a preset), or the catalogue (`detail.cause`, `detail.filters`, `detail.count` event dates).
 * @fires {WkLoadEvent} wk-load - The catalogue is ready.
 * @fires {WkErrorEvent} wk-error - The catalogue could not be loaded.
 */
export class EventList extends WillkommenElement {
  static override styles = [
    ...WillkommenElement.styles,
    controlStyles,
    eventListStyles,
    textFeatureStyles,
    helpStyles,
    printToolStyles,
    shareToolStyles,
  ];

  /** Period shown at first: `today`, `week` (the next 7 days) or `month` (the next 30 days). */
  @property() range: EventRange = 'week';
  /** Preset categories (comma-separated ids). */
  @property() categories = '';
  /** Preset languages (comma-separated codes). */
  @property() languages = '';
  /** Preset region id. */
  @property() region = '';
  /** Only events free of charge. */
  @property({ type: Boolean }) free = false;
  /** Only online events. */
  @property({ type: Boolean }) online = false;
  /** Filters the visitor does not see (comma-separated: range, categories, languages, place, free, online). */
  @property({ attribute: 'hide-filters' }) hideFilters = '';
  /** Events shown at first and added by "show more". */
  @property({ type: Number }) limit = 30;
  /** Id of the `<offer-search>` that opens an event's offer (default: the first on the page). */
  @property({ attribute: 'for' }) for = '';
  /**
   * Show the event a shared link names (`wk-event` in the page URL, as in the QR codes of a printed
   * list) when the element loads: it is scrolled into view, marked, and its heading gets focus (the
   * period widens to its next date where the period filter is shown). Reads only that parameter and
   * never changes the URL.
   */
  @property({ type: Boolean, attribute: 'open-linked' }) openLinked = false;

  @state() private chosenRange?: EventRange;
  @state() private fromDay = '';
  @state() private toDay = '';
  @state() private category?: string;
  @state() private language?: string;
  @state() private place?: string;
  @state() private onlyFree?: boolean;
  @state() private onlyOnline?: boolean;
  @state() private shown?: number;
  @state() private filtersOpen?: boolean;

  protected override readonly announcesCounts = true;

  /** The visitor's text choices: Easy German, originals of machine translations. */
  private readonly versions = new TextVersionsController(this);
  /** Reads an event aloud. */
  private readonly speech = new SpeechController(this);

  private readonly filterChange = new FilterChangeController<EventFilters>(this);
  private readonly printing = new PrintController(this);
  /** "Copy the address" of a calendar feed. */
  private readonly clipboard = new ClipboardController(this);
  /** "Share" of each event: one panel open at a time. */
  private readonly sharing = new ShareController(this);
  /** The event a shared link names (with `open-linked`). */
  private readonly linked = new LinkedEntryController(this, '.event.linked h4');

  private isHidden(name: string): boolean {
    return list(this.hideFilters).includes(name);
  }

  /**
   * The host changed presets: each changes its own filter only (the visitor's choice for that
   * filter gives way to the new preset; their other choices stay). A filter the host hides is fixed
   * at its preset.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.openLinked) this.linked.read(URL_PREFIX, 'event');
    if (this.linked.state === 'waiting') this.placeLinked();
    if (!this.hasUpdated) return;
    const hidden = changed.has('hideFilters') ? (name: string) => this.isHidden(name) : () => false;
    let preset = false;
    if (changed.has('range') || hidden('range')) {
      this.chosenRange = undefined;
      preset = true;
    }
    if (changed.has('categories') || hidden('categories')) {
      this.category = undefined;
      preset = true;
    }
    if (changed.has('languages') || hidden('languages')) {
      this.language = undefined;
      preset = true;
    }
    if (changed.has('region') || hidden('place')) {
      this.place = undefined;
      preset = true;
    }
    if (changed.has('free') || hidden('free')) {
      this.onlyFree = undefined;
      preset = true;
    }
    if (changed.has('online') || hidden('online')) {
      this.onlyOnline = undefined;
      preset = true;
    }
    if (preset) {
      this.shown = undefined;
      this.filterChange.cause('preset');
    }
  }

  /**
   * The linked event, once the events can be listed: where it is not in the period, the period
   * widens to its next date (unless the host fixed the period), and enough is shown to reach it.
   */
  private placeLinked(): void {
    const state = this.data.state;
    if (state.status !== 'ready' || !recurrenceRulesLoaded()) return;
    const loaded = state.result;
    const zone = loaded.catalogue.timeZone;
    const events = loaded.catalogue.events;
    const index = events.findIndex((e) => e.id === this.linked.id);
    const event = events[index];
    if (!event || !this.isShown(event, this.filtersNow(zone))) return this.linked.placed(false);
    const { from, to } = this.period(this.filtersNow(zone), zone);
    if (!occurrencesOf(event, index, zone, from, to).length) {
      const next = this.isHidden('range') ? undefined : occurrencesOf(event, index, zone, new Date(), new Date(Date.now() + LINK_AHEAD))[0];
      if (!next) return this.linked.placed(false);
      const day = dayKey(next.start, zone);
      if (day < addDays(dayKey(new Date(), zone), 30)) this.chosenRange = 'month';
      else [this.chosenRange, this.fromDay, this.toDay] = ['dates', day, addDays(day, 6)];
    }
    const position = this.compute(loaded).groups.flatMap((g) => g.occurrences).findIndex((o) => o.event === event);
    const step = this.pageStep(this.limit, 30);
    this.shown = Math.max(step, Math.ceil((position + 1) / step) * step);
    this.linked.placed(position >= 0);
  }

  private get activeRange(): EventRange {
    return this.chosenRange ?? (EVENT_RANGES.includes(this.range) ? this.range : 'week');
  }

  /** The filters as the visitor sees them: their choices, else the presets; chosen dates in the catalogue's zone. */
  private filtersNow(zone: string): EventFilters {
    const range = this.activeRange;
    let dates: { from?: string; to?: string } = {};
    if (range === 'dates') {
      const today = dayKey(new Date(), zone);
      const from = this.fromDay && this.fromDay > today ? this.fromDay : today;
      dates = { from, to: this.toDay && this.toDay >= from ? this.toDay : addDays(from, 6) };
    }
    return {
      range,
      ...dates,
      categories: this.category !== undefined ? list(this.category) : list(this.categories),
      languages: this.language !== undefined ? list(this.language) : list(this.languages),
      place: this.place ?? (this.region ? `region:${this.region}` : ''),
      free: this.onlyFree ?? this.free,
      online: this.onlyOnline ?? this.online,
    };
  }

  /** The period in the catalogue's zone: from now (past occurrences hidden) to the end of the range. */
  private period(filters: EventFilters, zone: string): { from: Date; to: Date } {
    const now = new Date();
    const today = dayKey(now, zone);
    switch (filters.range) {
      case 'today':
        return { from: now, to: startOfDay(addDays(today, 1), zone) };
      case 'month':
        return { from: now, to: startOfDay(addDays(today, 30), zone) };
      case 'dates': {
        const fromDay = filters.from ?? today;
        const toDay = filters.to ?? addDays(fromDay, 6);
        const from = fromDay === today ? now : startOfDay(fromDay, zone);
        return { from, to: startOfDay(addDays(toDay, 1), zone) };
      }
      default:
        return { from: now, to: startOfDay(addDays(today, 7), zone) };
    }
  }

  private isShown(event: CatalogueEvent, filters: EventFilters): boolean {
    const { categories, languages, place } = filters;
    if (categories.length && !(event.categories ?? []).some((c) => categories.includes(c))) return false;
    if (languages.length && !(event.languages ?? []).some((l) => languages.includes(l))) return false;
    if (filters.free && event.cost !== 'free') return false;
    if (filters.online && !event.online) return false;
    if (place.startsWith('region:') && event.location?.region !== place.slice(7)) return false;
    if (place.startsWith('town:') && event.location?.locality !== place.slice(5)) return false;
    return true;
  }

  private compute(loaded: LoadedCatalogue): { filters: EventFilters; groups: DayGroup[]; list: Occurrence[]; from: Date; to: Date } {
    const zone = loaded.catalogue.timeZone;
    const filters = this.filtersNow(zone);
    const { from, to } = this.period(filters, zone);
    const events = loaded.catalogue.events;
    const chosen = occurrences(events.filter((e) => this.isShown(e, filters)), zone, from, to).map((o) => ({ ...o, index: events.indexOf(o.event) }));
    return { filters, groups: byDay(chosen, zone, from, to), list: chosen, from, to };
  }

  /** The visitor changed the period or a filter: reported once shown, and the count spoken once they pause. */
  private changed(patch: () => void): void {
    patch();
    this.shown = undefined;
    this.linked.dismiss();
    this.clipboard.reset();
    this.sharing.reset();
    this.filterChange.cause('visitor');
    this.announce(() => {
      const state = this.data.state;
      if (state.status !== 'ready') return undefined;
      const n = this.compute(state.result).list.length;
      return () => this.countText(n);
    });
  }

  // ——— text ———

  private countText(n: number): string {
    if (n === 0) return msg('No events in this period.', { id: 'events.none', desc: 'Heading (also spoken) when no event is on in the chosen period.' });
    const shown = formatCount(n, this.locale.ui);
    return plural(n, this.locale.ui, {
      zero: () => msg(str`${shown} events`, { id: 'events.count.zero', desc: 'Plural form “zero” (CLDR) of the number of events found (spoken when a filter changes). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      one: () => msg(str`${shown} event`, { id: 'events.count.one', desc: 'Plural form “one” (CLDR) of the number of events found (spoken when a filter changes). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      two: () => msg(str`${shown} events`, { id: 'events.count.two', desc: 'Plural form “two” (CLDR) of the number of events found (spoken when a filter changes). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      few: () => msg(str`${shown} events`, { id: 'events.count.few', desc: 'Plural form “few” (CLDR) of the number of events found (spoken when a filter changes). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      many: () => msg(str`${shown} events`, { id: 'events.count.many', desc: 'Plural form “many” (CLDR) of the number of events found (spoken when a filter changes). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      other: () => msg(str`${shown} events`, { id: 'events.count.other', desc: 'Plural form “other” (CLDR) of the number of events found (spoken when a filter changes). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
    });
  }

  private dayHeading(day: string, zone: string): string {
    const today = dayKey(new Date(), zone);
    const ui = this.locale.ui;
    if (day === today || day === addDays(today, 1)) {
      const text = relativeDays(day === today ? 0 : 1, ui);
      return text.charAt(0).toLocaleUpperCase(ui) + text.slice(1);
    }
    return formatMoment(startOfDay(day, zone), this.locale.dates, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone });
  }

  private timeText(o: Occurrence, day: string, zone: string): string {
    if (o.allDay) return msg('All day', { id: 'events.all-day', desc: 'Time of an event that lasts all day; keep it short (narrow time column).' });
    const ui = this.locale.ui;
    const startsToday = dayKey(o.start, zone) === day;
    const endsToday = dayKey(new Date(o.end.getTime() - 1), zone) === day;
    if (startsToday && endsToday) return timeRange(o.start, o.end, ui, zone);
    if (startsToday) {
      const time = timeOf(o.start, ui, zone);
      return msg(str`from ${time}`, { id: 'events.from', desc: 'Time of an event that starts on this day and ends on a later one; {0} is a time of day. Keep it short (narrow time column).' });
    }
    if (endsToday) {
      const time = timeOf(o.end, ui, zone);
      return msg(str`until ${time}`, { id: 'events.until', desc: 'Time of an event that began on an earlier day and ends on this one; {0} is a time of day. Keep it short (narrow time column).' });
    }
    return msg('All day', { id: 'events.all-day', desc: 'Time of an event that lasts all day; keep it short (narrow time column).' });
  }

  private icsFor(loaded: LoadedCatalogue, chosen: readonly Occurrence[]): string {
    const host = (() => {
      try {
        return new URL(loaded.url).hostname || 'willkommen.invalid';
      } catch {
        return 'willkommen.invalid';
      }
    })();
    return toIcs(chosen, {
      zone: loaded.catalogue.timeZone,
      domain: host,
      name: this.text(loaded.catalogue.title, loaded)?.text,
      text: (o) => {
        const title = this.text(o.event.title, loaded);
        const l = o.event.location;
        return {
          title: title?.text ?? o.event.id,
          description: this.text(o.event.description, loaded)?.text,
          location: o.event.online ? msg('Online', { id: 'offer.online', desc: 'A tag on an offer or event, and a filter: it takes place online.' }) : [l?.street, [l?.postalCode, l?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ') || undefined,
          lang: title?.lang,
        };
      },
    });
  }

  private download(loaded: LoadedCatalogue, chosen: readonly Occurrence[], name: string): void {
    const text = this.localized(() => this.icsFor(loaded, chosen));
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'events'}.ics`;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /**
   * A link to this event on this page: the page URL with `wk-event`. It shows the event where the
   * element has `open-linked` (the QR codes of a printed list open it).
   */
  eventLink(id: string): string {
    return urlWithState(URL_PREFIX, { event: id });
  }

  // ——— printing ———

  private printActions(loaded: LoadedCatalogue, listed: readonly Occurrence[], period: { from: Date; to: Date }): ListPrintActions {
    return printActions({
      printing: this.printing,
      root: this.renderRoot,
      // The page's QR code opens this page as it is, without an event a link named.
      link: urlWithState(URL_PREFIX, { event: '' }),
      localized: (make) => this.localized(make),
      load: () => import('./print-events.js'),
      list: (m) => m.printEventList(this.printHost(loaded, period), loaded, listed),
      poster: (m, size) => m.printEventPoster(this.printHost(loaded, period), loaded, size),
    });
  }

  /** What the printing module reads of the element. */
  private printHost(loaded: LoadedCatalogue, period: { from: Date; to: Date }): PrintEvents.EventPrintHost {
    return {
      ...this.printContext(this.printing),
      filters: this.filtersNow(loaded.catalogue.timeZone),
      period,
      viewLink: urlWithState(URL_PREFIX, { event: '' }),
      entryLink: (id) => this.eventLink(id),
      textOf: (value, catalogue) => this.text(value, catalogue),
      countText: (n) => this.countText(n),
    };
  }

  private openOffer(id: string): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const search = ((this.for && (root.getElementById?.(this.for) ?? document.getElementById(this.for))) ||
      document.querySelector('offer-search')) as OfferSearch | null;
    if (!search) return;
    search.open(id);
    search.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  // ——— templates ———

  private filtersTemplate(loaded: LoadedCatalogue): TemplateResult {
    const ranges: [EventRange, string][] = [
      ['today', msg('Today', { id: 'events.range.today', desc: 'Option of the period filter (“When”).' })],
      ['week', msg('Next 7 days', { id: 'events.range.week', desc: 'Option of the period filter (“When”).' })],
      ['month', msg('Next 30 days', { id: 'events.range.month', desc: 'Option of the period filter (“When”).' })],
      ['dates', msg('Choose dates', { id: 'events.range.dates', desc: 'Option of the period filter (“When”): the visitor then chooses a first and a last day.' })],
    ];
    const languages = [...new Set(loaded.catalogue.events.flatMap((e) => e.languages ?? []))].sort();
    const category = this.category ?? list(this.categories)[0] ?? '';
    const language = this.language ?? list(this.languages)[0] ?? '';
    const today = dayKey(new Date(), loaded.catalogue.timeZone);
    this.filtersOpen ??= this.isWide() || !!(this.category || this.language || this.place || this.onlyFree || this.onlyOnline);
    return html`<details class="filter-panel disclosure" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${msg('Filters', { id: 'filter.panel', desc: 'Title of the filter panel that opens and closes.' })}</summary>
      <div class="filters filter-panel-body" part="filters">
      ${this.isHidden('range')
        ? nothing
        : html`<label class="field">${msg('When', { id: 'events.when', desc: 'Label of the period filter of the event list (a question word or “Period”).' })}
            <select @change=${(e: Event) => this.changed(() => (this.chosenRange = (e.target as HTMLSelectElement).value as EventRange))}>
              ${ranges.map(([value, label]) => html`<option value=${value} ?selected=${this.activeRange === value}>${label}</option>`)}
            </select>
          </label>
          ${this.activeRange === 'dates'
            ? html`<label class="field">${msg('From', { id: 'events.from-date', desc: 'Label of the date field for the first day of the period (“From [date]”).' })}
                  <input type="date" min=${today} .value=${this.fromDay || today} @change=${(e: Event) => this.changed(() => (this.fromDay = (e.target as HTMLInputElement).value))} />
                </label>
                <label class="field">${msg('To', { id: 'events.to-date', desc: 'Label of the date field for the last day of the period (“To [date]”).' })}
                  <input type="date" min=${this.fromDay || today} .value=${this.toDay || addDays(this.fromDay || today, 6)} @change=${(e: Event) => this.changed(() => (this.toDay = (e.target as HTMLInputElement).value))} />
                </label>`
            : nothing}`}
      ${this.isHidden('categories')
        ? nothing
        : html`<label class="field">${msg('Topics', { id: 'filter.categories', desc: 'Label of the topic filter, and heading of an offer’s topics (such as “Health”, “Housing”).' })}
            <select @change=${(e: Event) => this.changed(() => (this.category = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!category}>${msg('All topics', { id: 'events.all-topics', desc: 'First option of the topic filter: any topic.' })}</option>
              ${loaded.catalogue.categories.map((c) => html`<option value=${c.id} ?selected=${category === c.id}>${this.text(c.name, loaded)?.text ?? c.id}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('languages')
        ? nothing
        : html`<label class="field">${msg('Language', { id: 'events.language', desc: 'Label of the filter by the language an event is held in.' })}
            <select @change=${(e: Event) => this.changed(() => (this.language = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!language}>${msg('All languages', { id: 'events.all-languages', desc: 'First option of the language filter: any language.' })}</option>
              ${languages.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${language === tag}>${endonym(tag)}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('place') ? nothing : this.placeTemplate(loaded)}
      ${this.isHidden('free')
        ? nothing
        : html`<label class="toggle"><input type="checkbox" .checked=${this.onlyFree ?? this.free} @change=${(e: Event) => this.changed(() => (this.onlyFree = (e.target as HTMLInputElement).checked))} />
            ${msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' })}</label>`}
      ${this.isHidden('online')
        ? nothing
        : html`<label class="toggle"><input type="checkbox" .checked=${this.onlyOnline ?? this.online} @change=${(e: Event) => this.changed(() => (this.onlyOnline = (e.target as HTMLInputElement).checked))} />
            ${msg('Online', { id: 'offer.online', desc: 'A tag on an offer or event, and a filter: it takes place online.' })}</label>`}
      </div>
    </details>`;
  }

  private placeTemplate(loaded: LoadedCatalogue): TemplateResult {
    const events = loaded.catalogue.events;
    const regionIds = new Set(events.map((e) => e.location?.region).filter(Boolean));
    const regions = loaded.catalogue.regions.filter((r) => regionIds.has(r.id));
    const towns = [...new Set(events.map((e) => e.location?.locality).filter((t): t is string => !!t))].sort((a, b) => a.localeCompare(b, 'de'));
    const place = this.place ?? (this.region ? `region:${this.region}` : '');
    return html`<label class="field">${msg('Place', { id: 'filter.place', desc: 'Label of the place filter (a region or a town).' })}
      <select @change=${(e: Event) => this.changed(() => (this.place = (e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!place}>${msg('Everywhere', { id: 'filter.place.all', desc: 'First option of the place filter: any place.' })}</option>
        ${regions.length
          ? html`<optgroup label=${msg('Regions', { id: 'filter.place.regions', desc: 'Heading of a group of options (regions) in the place filter.' })}>
              ${regions.map((r) => html`<option value="region:${r.id}" ?selected=${place === `region:${r.id}`}>${this.text(r.name, loaded)?.text ?? r.id}</option>`)}
            </optgroup>`
          : nothing}
        <optgroup label=${msg('Towns', { id: 'filter.place.towns', desc: 'Heading of a group of options (towns and villages) in the place filter.' })}>
          ${towns.map((t) => html`<option value="town:${t}" ?selected=${place === `town:${t}`}>${t}</option>`)}
        </optgroup>
      </select>
    </label>`;
  }

  private eventTemplate(o: Occurrence, day: string, loaded: LoadedCatalogue): TemplateResult {
    const zone = loaded.catalogue.timeZone;
    const { event } = o;
    const texts = this.versions.record(`event:${event.id}`, event, this.locale.textLanguages, loaded.catalogue.defaultLanguage);
    const title = texts.pick(event.title);
    const description = texts.pick(event.description);
    const place = [event.location?.street, event.location?.locality].filter(Boolean).join(', ');
    const url = safeUrl(event.url);
    const offer = event.offer ? loaded.catalogue.offers.find((x) => x.id === event.offer) : undefined;
    const costs: Record<string, string> = {
      free: msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' }),
      reduced: msg('Reduced price or subsidised', { id: 'cost.reduced', desc: 'The cost of an offer or event (the value after “Cost”).' }),
      paid: msg('With a fee', { id: 'cost.paid', desc: 'The cost of an offer or event (the value after “Cost”): the visitor has to pay.' }),
    };
    // Ids unique per occurrence (an event repeats on several days): the buttons and links below are
    // described by the event's title, its time and its day, so each has its own description.
    const id = `event-${o.index}-${day}-${o.start.getTime()}`;
    const describedBy = `${id} ${id}-time day-${day}`;
    const ui = this.locale.ui;
    const source: TextSource = { ui, text: (value) => texts.pick(value), template: (value) => textSpan(value, ui) };
    // The event a shared link names is marked (each of its dates), and focus goes to its first heading.
    const linked = this.linked.id === event.id;
    // Shared: its title as the visitor reads it, and a link that opens it on this page (with open-linked).
    const shared = { key: `${id}-share`, title: title?.text ?? event.id, url: this.eventLink(event.id) };
    return html`<li class="event ${linked ? 'linked' : ''}" part="event">
      <h4 id=${id} tabindex=${linked ? '-1' : nothing}>${textSpan(title, this.locale.ui)}</h4>
      <p class="time" id="${id}-time"><bdi>${this.timeText(o, day, zone)}</bdi></p>
      <div class="body">
        ${translationNote(texts, [event.title, event.description], this.locale.ui, { versions: this.versions, key: `event:${event.id}`, describedBy })}
        ${noticeTemplate(source, event, zone)}
        ${ageNoticeTemplate(event, loaded.catalogue.checkAfterMonths, ui)}
        ${description ? html`<p dir=${description.dir} lang=${description.lang.toLowerCase() === this.locale.ui ? nothing : description.lang}>${description.text}</p>` : nothing}
        <p class="meta">
          ${event.online ? html`<span>${msg('Online', { id: 'offer.online', desc: 'A tag on an offer or event, and a filter: it takes place online.' })}</span>` : nothing}
          ${place ? html`<span dir="auto">${place}</span>` : nothing}
          ${event.cost ? html`<span>${costs[event.cost]}</span>` : nothing}
        </p>
        ${event.languages?.length ? html`<ul class="tags">${event.languages.map((tag) => html`<li class="tag" lang=${tag} dir="auto">${endonym(tag)}</li>`)}</ul>` : nothing}
        ${nextStepsTemplate(source, event, {
          describedBy,
          bookingLabel: msg('Sign up', { id: 'events.booking', desc: 'Link (shown as a button) to the web page where a visitor signs up (registers) for an event, or books a place at it.' }),
          more: freshnessFacts(event, this.locale.dates),
        })}
        <div class="actions">
          ${url?.startsWith('http') ? html`<a href=${url} target="_blank" rel="noopener noreferrer" aria-describedby=${describedBy}>${msg('Event website', { id: 'events.website', desc: 'Link to an event’s own website.' })}</a>` : nothing}
          ${offer
            ? html`<button type="button" class="link-button" data-offer=${offer.id} aria-describedby=${describedBy} @click=${() => this.openOffer(offer.id)}>
                ${msg(str`Hosted by: ${this.text(offer.title, loaded)?.text ?? offer.id}`, { id: 'events.offer', desc: 'Link-like button that opens the offer (usually an organisation) that holds the event; {0} is its title.' })}
              </button>`
            : nothing}
          ${readAloudButton(this.speech, id, this.eventSpeech(o, day, loaded, texts), `read-aloud-note ${describedBy}`, 'link-button')}
          <button type="button" class="link-button" aria-describedby=${describedBy} @click=${() => this.download(loaded, [o], title?.text ?? event.id)}>${msg('Add to calendar', { id: 'events.add', desc: 'Button (verb): download this event as a calendar file.' })}</button>
          ${shareButtonsTemplate(this.sharing, shared, { look: 'link-button', describedBy })}
          ${sharePanelTemplate(this.sharing, shared)}
          ${reportLinks(loaded.catalogue.corrections, { id: event.id, title: title?.text ?? event.id, page: location.href }, { describedBy })}
        </div>
      </div>
    </li>`;
  }

  /** What "Read aloud" reads for one event: its texts in their languages, the rest in the interface's words. */
  private eventSpeech(o: Occurrence, day: string, loaded: LoadedCatalogue, texts: RecordTexts): SpeechPart[] {
    const ui = this.locale.ui;
    const zone = loaded.catalogue.timeZone;
    const { event } = o;
    const parts: SpeechPart[] = [];
    const text = (value: { text: string; lang: string } | undefined) => value && parts.push({ text: value.text, lang: value.lang });
    const say = (value: string | undefined) => value && parts.push({ text: value, lang: ui });
    text(texts.pick(event.title));
    say(`${this.dayHeading(day, zone)}, ${this.timeText(o, day, zone)}.`);
    text(texts.pick(event.description));
    const address = [event.location?.street, [event.location?.postalCode, event.location?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    if (address) say(spokenLabels.address(address));
    // What to bring, who it is for and wheelchair access, as the event shows them.
    parts.push(...nextStepsSpeech((value) => texts.pick(value), event, ui));
    return parts;
  }

  /** Once above the events: "Leichte Sprache" (where it applies) and the description of the read-aloud buttons. */
  private textToolsTemplate(loaded: LoadedCatalogue): TemplateResult {
    const easy = this.versions.listHasEasy(loaded.catalogue.events, this.locale.content, (e) => [e.title, e.description]);
    return html`${easy ? html`<div class="text-tools list-tools">${easyLanguageSwitch(this.versions, true)}</div>` : nothing}${readAloudNote('read-aloud-note')}`;
  }

  /**
   * Where events shown are in another language than the visitor's (the page's, else the
   * interface's), one notice above them names the language they are shown in, as an offer's
   * details do.
   */
  private fallbackTemplate(shown: readonly Occurrence[], loaded: LoadedCatalogue): TemplateResult | typeof nothing {
    const wanted = primaryLanguage(this.locale.languages[0] ?? this.locale.ui);
    const languages = new Set<string>();
    for (const { event } of shown) {
      for (const text of [this.text(event.title, loaded), this.text(event.description, loaded)]) {
        if (text && primaryLanguage(text.lang) !== wanted) languages.add(languageName(text.lang, this.locale.ui));
      }
    }
    if (!languages.size) return nothing;
    const shownIn = new Intl.ListFormat(this.locale.ui, { type: 'disjunction' }).format([...languages]);
    return html`<p class="notice" role="note">${msg(str`Some of these events are not available in your language. They are shown in ${shownIn}.`, { id: 'events.fallback', desc: '{0} is the name of a language in the interface language (“German”), or several joined by “or” (“German or English”), as Intl gives them.' })}</p>`;
  }

  private emptyTemplate(loaded: LoadedCatalogue): TemplateResult {
    const filtered = this.category || this.language || this.place || this.onlyFree || this.onlyOnline;
    if (!loaded.catalogue.events.length) {
      return html`<div class="empty" part="empty" tabindex="-1">
        <h3>${msg('There are no events here yet.', { id: 'events.empty.catalogue', desc: 'The catalogue has no events at all (no filter or period would show one).' })}</h3>
      </div>`;
    }
    return html`<div class="empty" part="empty" tabindex="-1">
      <h3>${msg('No events in this period.', { id: 'events.none', desc: 'Heading (also spoken) when no event is on in the chosen period.' })}</h3>
      ${this.activeRange !== 'month'
        ? html`<button type="button" class="button secondary" @click=${() => this.changed(() => (this.chosenRange = 'month'))}>${msg('Show the next 30 days', { id: 'events.widen', desc: 'Button when nothing is on: widen the period to the next 30 days.' })}</button>`
        : nothing}
      ${filtered
        ? html`<button type="button" class="button secondary" @click=${() => this.changed(() => {
            this.category = '';
            this.language = '';
            this.place = '';
            this.onlyFree = false;
            this.onlyOnline = false;
          })}>${msg('Reset filters', { id: 'filter.reset', desc: 'Button (verb): clear the visitor’s filters.' })}</button>`
        : nothing}
    </div>`;
  }

  protected override listMessages(): ListMessages {
    return {
      title: () => msg('The events cannot be shown right now', { id: 'events.error.title', desc: 'Heading of the error box of the event list when the catalogue cannot be shown.' }),
      offline: () => msg('This device is offline. The events will appear once the connection is back.', { id: 'events.error.offline' }),
      notFound: () => msg('The list of events was not found at its address. Please tell the editors of this website.', { id: 'events.error.not-found', desc: 'The catalogue address gave “404 not found”. The editors are the people who run the website the element is placed in.' }),
      http: (status) => msg(str`The server of the events reported an error (${status}). Please try again later.`, { id: 'events.error.http', desc: '{0} is the HTTP status code, such as 500 (it may be empty).' }),
      tooLarge: () => msg('The list of events is too large to show on this page.', { id: 'events.error.too-large' }),
      notCatalogue: () => msg('The address of the events does not deliver a list of events. Please tell the editors of this website.', { id: 'events.error.not-catalogue', desc: 'The catalogue address gives something that is not a catalogue. The editors are the people who run the website the element is placed in.' }),
      network: () => msg('The events could not be loaded. Check your internet connection and try again.', { id: 'events.error.network' }),
      stale: (date) => msg(str`You are seeing a saved copy from ${date}. The latest events could not be loaded.`, { id: 'events.state.stale', desc: '{0} is a date and time, such as “3 March 2026, 14:05”.' }),
      staleUndated: () => msg('You are seeing a saved copy. The latest events could not be loaded.', { id: 'events.state.stale-undated' }),
      savedLoading: (date) => msg(str`You are seeing a saved copy from ${date}. The latest events are still loading.`, { id: 'events.state.saved-loading', desc: '{0} is a date and time, such as “3 March 2026, 14:05”.' }),
    };
  }

  protected override landmark(): Landmark {
    return {
      name: msg('Events', { id: 'region.event-list', desc: 'Accessible name of the event list as a region of the page (read by screen readers).' }),
      skipPast: msg('Skip the events', { id: 'skip.past.event-list', desc: 'Button at the start of the event list (shown when it has keyboard focus) that moves past it.' }),
      end: msg('End of the events', { id: 'skip.end.event-list', desc: 'Marker at the end of the event list, where that button moves focus to (read by screen readers).' }),
    };
  }

  /** From a pack, only the events (with the titles of the offers that hold them) are loaded. */
  override catalogueNeeds(): CatalogueNeeds {
    return { events: true };
  }

  protected override renderContent(loaded: LoadedCatalogue): TemplateResult {
    if (!recurrenceRulesLoaded()) {
      loadRecurrenceRules().then(() => this.requestUpdate());
      return html`<div class="state loading" part="status" role="status"><span class="spinner" aria-hidden="true"></span>${msg('Loading…', { id: 'state.loading', desc: 'Status text beside a spinner while the list loads.' })}</div>`;
    }
    const zone = loaded.catalogue.timeZone;
    const { filters, groups, list: all, from, to } = this.compute(loaded);
    this.filterChange.listed(filters, all.length);
    const feed = feedChoice(loaded, filters, (value) => this.text(value, loaded)?.text);
    const step = this.pageStep(this.limit, 30);
    let budget = this.shown ?? step;
    const visible: DayGroup[] = [];
    for (const group of groups) {
      if (budget <= 0) break;
      visible.push({ day: group.day, occurrences: group.occurrences.slice(0, budget) });
      budget -= group.occurrences.length;
    }
    const shownCount = visible.reduce((n, g) => n + g.occurrences.length, 0);
    const total = groups.reduce((n, g) => n + g.occurrences.length, 0);
    return html`${this.skipFiltersTemplate('.day h3, .empty')}${this.filtersTemplate(loaded)}
      ${this.linked.state === 'missing'
        ? html`<p class="notice" role="note">${msg('The event your link leads to is over or not listed here.', { id: 'events.linked-missing', desc: 'Above the events, when the page was opened with a link to one event (shared, or from the QR code of a printed list) that is no longer on or is not shown on this page.' })}</p>`
        : nothing}
      ${groups.length === 0
        ? this.emptyTemplate(loaded)
        : html`${listToolsTemplate(this.printing, this.printActions(loaded, all, { from, to }))}${this.textToolsTemplate(loaded)}${this.fallbackTemplate(visible.flatMap((g) => g.occurrences), loaded)}${visible.map(
            (group) => html`<section class="day" part="day" aria-labelledby="day-${group.day}">
              <h3 id="day-${group.day}" tabindex="-1">${this.dayHeading(group.day, zone)}</h3>
              <ul class="events">${group.occurrences.map((o) => this.eventTemplate(o, group.day, loaded))}</ul>
            </section>`,
          )}`}
      <div class="footer">
        ${total > shownCount
          ? html`<button part="more" type="button" class="button secondary" @click=${() => (this.shown = (this.shown ?? step) + step)}>${msg('Show more events', { id: 'events.more', desc: 'Button (verb): show more events.' })}</button>`
          : nothing}
        ${all.length
          ? html`<button type="button" class="button secondary" @click=${() => this.download(loaded, all, msg('Events', { id: 'events.file', desc: 'Becomes the name of the downloaded calendar file (“Events.ics”): one or two words, no punctuation.' }))}>${msg('Add all to calendar (.ics)', { id: 'events.add-all', desc: 'Button: download all listed events as one calendar file; keep “(.ics)”.' })}</button>`
          : nothing}
      </div>
      ${feed ? subscribeTemplate(feed, this.clipboard) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-list': EventList;
  }
}
