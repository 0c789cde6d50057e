import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, dayKey } from '../../calendar/zone.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { CatalogueNeeds } from '../../controllers/catalogue-controller.js';
import type { Job } from '../../catalogue/schema.js';
import type { LocalText } from '../../catalogue/text.js';
import { mailtoUrl, safeUrl, telUrl } from '../../catalogue/url.js';
import { CEFR_LEVELS, EMPLOYMENT_TYPES, type CefrLevel, type EmploymentType } from '../../catalogue/values.js';
import { FilterChangeController } from '../../controllers/filter-change.js';
import { readUrlState, urlWithState, writeUrlState, type UrlState } from '../../controllers/url-state.js';
import { WkSelectEvent, type FilterChangeCause, type JobFilters } from '../../events/offer-events.js';
import { ago, count as formatCount, distance as formatDistance, formatDate, languageName } from '../../i18n/format.js';
import { primaryLanguage } from '../../i18n/locales.js';
import { plural } from '../../i18n/plural.js';
import { distanceKm, type GeoPoint } from '../../search/offer-query.js';
import { controlStyles } from '../../styles/controls.js';
import { WillkommenElement, type Landmark, type ListMessages } from '../base/willkommen-element.js';
import { jobBoardStyles } from './job-board.styles.js';
import { SpeechController, type SpeechPart } from '../../controllers/speech-controller.js';
import { TextVersionsController, type RecordTexts } from '../../controllers/text-versions.js';
import { easyLanguageSwitch } from '../base/easy-language.js';
import { phoneWords, readAloudButton, readAloudNote, spokenLabels } from '../base/read-aloud.js';
import { textFeatureStyles, textSpan, translationNote } from '../base/text-block.js';
import { ageNoticeTemplate, freshnessFacts } from '../base/freshness.js';
import { helpStyles } from '../base/help-styles.js';
import { reportMistakeTemplate } from '../base/report-mistake.js';
import { PrintController } from '../../controllers/print-controller.js';
import { listToolsTemplate, printActions, printToolStyles, type ListPrintActions } from '../base/print-tools.js';
import { ShareController } from '../../controllers/share-controller.js';
import { shareButtonsTemplate, sharePanelTemplate, shareToolStyles } from '../base/share-tools.js';
import type * as PrintJobs from './print-jobs.js';

export const JOB_FILTERS = ['field', 'types', 'level', 'place', 'near-me', 'posted'] as const;
const URL_PREFIX = 'wk-';
/** The element's parameters in the page URL (after the prefix): the open job and the filters. */
const URL_KEYS = ['job', 'jlevel', 'jfield', 'jtype', 'jplace', 'jposted'] as const;
const list = (v: string | null | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Jobs and apprenticeships a newcomer can apply for. The deciding filter is "my German level": a
 * visitor at B1 sees the jobs that need B1 or less, each level explained in plain words.
 *
 * @summary Jobs of a Willkommen catalogue, filterable by German level, field, type and place.
 * @tagname job-board
 * @api selected, open, jobLink
 *
 * @csspart filters - The filter area.
 * @csspart results - The list of jobs.
 * @csspart card - One job in the list.
 * @csspart detail - The details of one job.
 * @csspart more - The "show more" button.
 * @csspart empty - The explanation shown when nothing matches.
 * @cssproperty [--wk-input-surface=Field] - Background of the filters' fields.
 * @cssproperty [--wk-input-text=FieldText] - Text in those fields.
 *
 * @fires {WkSelectEvent} wk-select - The visitor opened a job (`detail.id`) or went back (`null`).
 * @fires {WkFilterChangeEvent<JobFilters>} wk-filter-change - What is listed changed: a filter (the visitor's or a preset), the page URL, or the catalogue (`detail.cause`, `detail.filters`, `detail.count` jobs).
 * @fires {WkLoadEvent} wk-load - The catalogue is ready.
 * @fires {WkErrorEvent} wk-error - The catalogue could not be loaded.
 */
export class JobBoard extends WillkommenElement {
  static override styles = [
    ...WillkommenElement.styles,
    controlStyles,
    jobBoardStyles,
    textFeatureStyles,
    helpStyles,
    printToolStyles,
    shareToolStyles,
  ];

  /** Preset occupational fields (comma-separated ids). */
  @property() fields = '';
  /** Preset employment types (comma-separated: FULL_TIME, PART_TIME, APPRENTICESHIP, INTERN, MINI_JOB, TEMPORARY, …). */
  @property() types = '';
  /** Preset German level of the visitor (A1–C2): shows jobs that need this level or less. */
  @property() level = '';
  /** Preset region id. */
  @property() region = '';
  /** Company mode: only the jobs of this employer (its name as in the catalogue). */
  @property() employer = '';
  /** Preset: only jobs posted within this many days. */
  @property({ type: Number, attribute: 'posted-within' }) postedWithin = 0;
  /** Filters the visitor does not see (comma-separated: field, types, level, place, near-me, posted). */
  @property({ attribute: 'hide-filters' }) hideFilters = '';
  /**
   * Keep the filters and the open job in the page URL (`wk-job`, `wk-jlevel`, `wk-jfield`, `wk-jtype`,
   * `wk-jplace`, `wk-jposted`): read when the element loads and on back and forward, written on every
   * change. Without it (and without `open-linked`) the element neither reads nor writes the URL.
   */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;
  /**
   * Open the job a shared link names (`wk-job` in the page URL) when the element loads. Reads only
   * that parameter and never changes the URL (`url-state` opens it too).
   */
  @property({ type: Boolean, attribute: 'open-linked' }) openLinked = false;
  /** Jobs shown at first and added by "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private field?: string;
  @state() private chosenTypes?: string[];
  @state() private chosenLevel?: string;
  @state() private place?: string;
  @state() private posted?: number;
  @state() private near?: GeoPoint;
  @state() private locating: 'idle' | 'asking' | 'denied' = 'idle';
  @state() private selectedId: string | null = null;
  @state() private shown?: number;
  @state() private filtersOpen?: boolean;

  protected override readonly announcesCounts = true;

  /** The visitor's text choices: Easy German, originals of machine translations. */
  private readonly versions = new TextVersionsController(this);
  /** Reads a job's details aloud. */
  private readonly speech = new SpeechController(this);

  private readonly filterChange = new FilterChangeController<JobFilters>(this);
  private readonly printing = new PrintController(this);
  private readonly sharing = new ShareController(this);

  private isHidden(name: string): boolean {
    return list(this.hideFilters).includes(name);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.start();
    else this.presetsChanged(changed);
  }

  /** With `url-state`, the page URL's filters and open job; with `open-linked`, only the job. */
  private start(): void {
    if (this.urlState) this.fromUrl();
    else if (this.openLinked) this.selectedId = readUrlState(URL_PREFIX, ['job']).job || null;
  }

  /** The state the page URL holds: the visitor's choices it names (a hidden filter keeps its preset), and the open job. */
  private fromUrl(): void {
    const url = readUrlState(URL_PREFIX, URL_KEYS);
    const take = (name: string, value: string | undefined) => (value !== undefined && !this.isHidden(name) ? value : undefined);
    this.chosenLevel = take('level', url.jlevel);
    this.field = take('field', url.jfield);
    const types = take('types', url.jtype);
    this.chosenTypes = types !== undefined ? list(types) : undefined;
    this.place = take('place', url.jplace);
    const posted = take('posted', url.jposted);
    this.posted = posted !== undefined ? Number(posted) || 0 : undefined;
    this.selectedId = url.job || null;
  }

  /**
   * The host changed presets: each changes its own filter only (the visitor's choice for that
   * filter gives way to the new preset; their other choices stay). A filter the host hides is fixed
   * at its preset.
   */
  private presetsChanged(changed: PropertyValues<this>): void {
    const hidden = changed.has('hideFilters') ? (name: string) => this.isHidden(name) : () => false;
    let preset = changed.has('employer');
    if (changed.has('level') || hidden('level')) {
      this.chosenLevel = undefined;
      preset = true;
    }
    if (changed.has('fields') || hidden('field')) {
      this.field = undefined;
      preset = true;
    }
    if (changed.has('types') || hidden('types')) {
      this.chosenTypes = undefined;
      preset = true;
    }
    if (changed.has('region') || hidden('place')) {
      this.place = undefined;
      preset = true;
    }
    if (changed.has('postedWithin') || hidden('posted')) {
      this.posted = undefined;
      preset = true;
    }
    if (hidden('near-me') && this.near) {
      this.near = undefined;
      preset = true;
    }
    if (!preset) return;
    this.shown = undefined;
    this.writeUrl('replace');
    this.filterChange.cause('preset');
  }

  /** Back and forward (with `url-state`): the state the URL holds; the visitor's position stays. */
  private onPopState = () => {
    if (!this.urlState) return;
    const previous = this.selectedId;
    this.fromUrl();
    if (this.selectedId !== previous) this.sharing.reset();
    this.shown = undefined;
    this.filterChange.cause('url');
    if (!this.selectedId && previous) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-job="${CSS.escape(previous)}"]`)?.focus());
  };

  /** The filters as the visitor sees them: their choices, else the presets. */
  private filtersNow(): JobFilters {
    const level = (this.chosenLevel ?? this.level).trim().toUpperCase();
    const posted = this.posted ?? this.postedWithin;
    return {
      level: CEFR_LEVELS.includes(level as CefrLevel) ? (level as CefrLevel) : '',
      field: this.field ?? list(this.fields)[0] ?? '',
      types: this.chosenTypes ?? list(this.types),
      place: this.place ?? (this.region ? `region:${this.region}` : ''),
      postedWithin: Number.isFinite(posted) && posted > 0 ? Math.floor(posted) : 0,
      employer: this.employer.trim(),
      near: this.near,
    };
  }

  /** The open job's id, or null. */
  get selected(): string | null {
    return this.selectedId;
  }

  /** Opens a job's details by id. */
  open(id: string): void {
    this.select(id, false);
  }

  private levelNeeded(job: Job): number {
    return job.germanLevel ? CEFR_LEVELS.indexOf(job.germanLevel) : -1;
  }

  /** The jobs to list, newest first (nearest first when a position is set); expired ones hidden. */
  private jobs(loaded: LoadedCatalogue, filters = this.filtersNow()): { job: Job; km?: number }[] {
    const zone = loaded.catalogue.timeZone;
    const today = dayKey(new Date(), zone);
    const { field, types, place } = filters;
    const levelIndex = filters.level ? CEFR_LEVELS.indexOf(filters.level) : -1;
    const since = filters.postedWithin ? addDays(today, -filters.postedWithin) : '';
    const employer = filters.employer.toLowerCase();
    const out: { job: Job; km?: number }[] = [];
    for (const job of loaded.catalogue.jobs) {
      if (job.validThrough && job.validThrough.slice(0, 10) < today) continue;
      if (employer && job.employer?.name.trim().toLowerCase() !== employer) continue;
      if (field && job.field !== field) continue;
      if (types.length && !(job.employmentType ?? []).some((t) => types.includes(t))) continue;
      if (levelIndex >= 0 && this.levelNeeded(job) > levelIndex) continue;
      if (place.startsWith('region:') && job.location?.region !== place.slice(7)) continue;
      if (place.startsWith('town:') && job.location?.locality !== place.slice(5)) continue;
      if (since && (!job.datePosted || job.datePosted.slice(0, 10) < since)) continue;
      const l = job.location;
      const km = this.near && l?.lat !== undefined && l.lon !== undefined ? distanceKm(this.near, { lat: l.lat, lon: l.lon }) : undefined;
      out.push({ job, km });
    }
    if (this.near) out.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
    else out.sort((a, b) => (b.job.datePosted ?? '').localeCompare(a.job.datePosted ?? ''));
    return out;
  }

  /** The visitor changed a filter: into the URL (with `url-state`), reported once shown, and the count spoken once they pause. */
  private changed(patch: () => void, cause: FilterChangeCause = 'visitor'): void {
    patch();
    this.shown = undefined;
    this.writeUrl('replace');
    this.filterChange.cause(cause);
    this.announce(() => {
      const state = this.data.state;
      if (state.status !== 'ready') return undefined;
      const n = this.jobs(state.result).length;
      return () => this.countText(n);
    });
  }

  /** The state as the URL holds it (the filters as the visitor sees them, and the open job). */
  private urlStateObject(): UrlState {
    const f = this.filtersNow();
    return { job: this.selectedId ?? '', jlevel: f.level, jfield: f.field, jtype: f.types.join(','), jplace: f.place, jposted: f.postedWithin ? String(f.postedWithin) : '' };
  }

  /** With `url-state`: the state into the page URL (a new history entry when a job opens or closes). */
  private writeUrl(mode: 'push' | 'replace'): void {
    if (this.urlState) writeUrlState(URL_PREFIX, this.urlStateObject(), mode);
  }

  /**
   * A link to this job on this page: the page URL with `wk-job` (and, with `url-state`, the
   * filters). It opens the job where the element has `open-linked` or `url-state`.
   */
  jobLink(id: string): string {
    return urlWithState(URL_PREFIX, this.urlState ? { ...this.urlStateObject(), job: id } : { job: id });
  }

  private select(id: string | null, fromVisitor = true): void {
    const state = this.data.state;
    const job = id && state.status === 'ready' ? state.result.catalogue.jobs.find((j) => j.id === id) : undefined;
    if (id && !job) return;
    const previous = this.selectedId;
    this.selectedId = id;
    this.sharing.reset();
    this.writeUrl('push');
    if (fromVisitor) this.dispatchEvent(new WkSelectEvent({ offer: null, job: job ?? null, id }));
    this.updateComplete.then(() => {
      if (id) this.renderRoot.querySelector<HTMLElement>('#job-title')?.focus();
      else if (previous) this.renderRoot.querySelector<HTMLElement>(`[data-job="${CSS.escape(previous)}"]`)?.focus();
    });
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.locating = 'denied';
      return;
    }
    this.locating = 'asking';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.locating = 'idle';
        this.changed(() => (this.near = { lat: p.coords.latitude, lon: p.coords.longitude }));
      },
      () => (this.locating = 'denied'),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  }

  // ——— printing ———

  /** This page, with the filters where the element keeps them in the URL: the page's QR code. */
  private viewLink(): string {
    return urlWithState(URL_PREFIX, this.urlState ? { ...this.urlStateObject(), job: '' } : {});
  }

  private printActions(loaded: LoadedCatalogue, jobs: readonly { job: Job }[]): ListPrintActions {
    return printActions({
      printing: this.printing,
      root: this.renderRoot,
      link: this.viewLink(),
      localized: (make) => this.localized(make),
      load: () => import('./print-jobs.js'),
      list: (m) => m.printJobList(this.printHost(), loaded, jobs.map(({ job }) => job)),
      poster: (m, size) => m.printJobPoster(this.printHost(), loaded, size),
    });
  }

  /** What the printing module reads of the element. */
  private printHost(): PrintJobs.JobPrintHost {
    return {
      ...this.printContext(this.printing),
      filters: this.filtersNow(),
      viewLink: this.viewLink(),
      entryLink: (id) => urlWithState(URL_PREFIX, { job: id }),
      textOf: (value, loaded) => this.versions.plain(this.locale.textLanguages, loaded.catalogue.defaultLanguage).pick(value),
      countText: (n) => this.countText(n),
      typeText: (type) => this.typeText(type),
      fieldText: (field) => this.fieldText(field),
      levelText: (level) => this.levelText(level),
      levelNeeded: (job) => this.levelNeededText(job),
      applyBy: (date) => this.applyByText(date),
    };
  }

  // ——— text ———

  levelText(level: CefrLevel): string {
    switch (level) {
      case 'A1':
        return msg('A1 – first words and phrases', { id: 'job.level.A1', desc: 'A level of German (CEFR): an option of “My German level” and the text after “German needed:”. Keep the code A1.' });
      case 'A2':
        return msg('A2 – simple everyday conversations', { id: 'job.level.A2', desc: 'A level of German (CEFR): an option of “My German level” and the text after “German needed:”. Keep the code A2.' });
      case 'B1':
        return msg('B1 – everyday life and simple work instructions', { id: 'job.level.B1', desc: 'A level of German (CEFR): an option of “My German level” and the text after “German needed:”. Keep the code B1.' });
      case 'B2':
        return msg('B2 – talk about work fluently', { id: 'job.level.B2', desc: 'A level of German (CEFR): an option of “My German level” and the text after “German needed:”. Keep the code B2.' });
      case 'C1':
        return msg('C1 – complex texts and discussions', { id: 'job.level.C1', desc: 'A level of German (CEFR): an option of “My German level” and the text after “German needed:”. Keep the code C1.' });
      default:
        return msg('C2 – almost like a native speaker', { id: 'job.level.C2', desc: 'A level of German (CEFR): an option of “My German level” and the text after “German needed:”. Keep the code C2.' });
    }
  }

  typeText(type: EmploymentType): string {
    const names: Partial<Record<EmploymentType, () => string>> = {
      FULL_TIME: () => msg('Full time', { id: 'job.type.full-time', desc: 'Type of employment: a checkbox of the filter and a tag on a job.' }),
      PART_TIME: () => msg('Part time', { id: 'job.type.part-time', desc: 'Type of employment (German “Teilzeit”: any hours less than full time, not only half time): a checkbox and a tag.' }),
      APPRENTICESHIP: () => msg('Apprenticeship', { id: 'job.type.apprenticeship', desc: 'Type of employment: German dual vocational training (Ausbildung), not an internship. Keep “(Ausbildung)” where the German word helps.' }),
      INTERN: () => msg('Internship', { id: 'job.type.internship', desc: 'Type of employment: an internship (Praktikum), not vocational training (Ausbildung).' }),
      MINI_JOB: () => msg('Mini-job', { id: 'job.type.mini-job', desc: 'Type of employment: German marginal employment (Minijob, a low monthly wage with special rules). Keep the German word “Minijob”.' }),
      TEMPORARY: () => msg('Temporary', { id: 'job.type.temporary', desc: 'Type of employment: a fixed-term job (German “befristet”). A checkbox and a tag.' }),
    };
    return names[type]?.() ?? msg('Other', { id: 'job.type.other', desc: 'Type of employment not in the list (a tag on a job).' });
  }

  fieldText(field: string): string {
    const names: Record<string, () => string> = {
      care: () => msg('Care', { id: 'job.field.care', desc: 'Occupational field (German “Pflege”): nursing and care of the old and sick. A filter option and a tag.' }),
      health: () => msg('Health', { id: 'job.field.health', desc: 'Occupational field: health care (doctors’ practices, hospitals). A filter option and a tag.' }),
      hospitality: () => msg('Hotels and restaurants', { id: 'job.field.hospitality', desc: 'Occupational field. A filter option and a tag.' }),
      logistics: () => msg('Logistics and warehouse', { id: 'job.field.logistics', desc: 'Occupational field. A filter option and a tag.' }),
      crafts: () => msg('Crafts', { id: 'job.field.crafts', desc: 'Occupational field: skilled trades (German “Handwerk”: electricians, bakers, painters …). A filter option and a tag.' }),
      construction: () => msg('Construction', { id: 'job.field.construction', desc: 'Occupational field. A filter option and a tag.' }),
      retail: () => msg('Retail', { id: 'job.field.retail', desc: 'Occupational field: shops. A filter option and a tag.' }),
      manufacturing: () => msg('Manufacturing', { id: 'job.field.manufacturing', desc: 'Occupational field: factory work. A filter option and a tag.' }),
      cleaning: () => msg('Cleaning', { id: 'job.field.cleaning', desc: 'Occupational field. A filter option and a tag.' }),
      agriculture: () => msg('Agriculture', { id: 'job.field.agriculture', desc: 'Occupational field. A filter option and a tag.' }),
      office: () => msg('Office', { id: 'job.field.office', desc: 'Occupational field: office and administration work. A filter option and a tag.' }),
      it: () => msg('IT', { id: 'job.field.it', desc: 'Occupational field: information technology. A filter option and a tag.' }),
      education: () => msg('Education', { id: 'job.field.education', desc: 'Occupational field: teaching and childcare (German “Bildung”). A filter option and a tag.' }),
      social: () => msg('Social work', { id: 'job.field.social', desc: 'Occupational field: social work and care for people in need. A filter option and a tag.' }),
    };
    return names[field]?.() ?? field;
  }

  private countText(n: number): string {
    if (n === 0) return msg('No jobs match your choice.', { id: 'job.none', desc: 'Heading (also spoken) when no job matches the filters.' });
    const shown = formatCount(n, this.locale.ui);
    return plural(n, this.locale.ui, {
      zero: () => msg(str`${shown} jobs`, { id: 'job.count.zero', desc: 'Plural form “zero” (CLDR) of the number of jobs found (heading above the list, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      one: () => msg(str`${shown} job`, { id: 'job.count.one', desc: 'Plural form “one” (CLDR) of the number of jobs found (heading above the list, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      two: () => msg(str`${shown} jobs`, { id: 'job.count.two', desc: 'Plural form “two” (CLDR) of the number of jobs found (heading above the list, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      few: () => msg(str`${shown} jobs`, { id: 'job.count.few', desc: 'Plural form “few” (CLDR) of the number of jobs found (heading above the list, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      many: () => msg(str`${shown} jobs`, { id: 'job.count.many', desc: 'Plural form “many” (CLDR) of the number of jobs found (heading above the list, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
      other: () => msg(str`${shown} jobs`, { id: 'job.count.other', desc: 'Plural form “other” (CLDR) of the number of jobs found (heading above the list, also spoken). {0} is the number, already formatted. Only the forms your language has are used; in a form that stands for exactly one number (Arabic “one”, “two”), write {0} right against the word, with no space (“{0}خدمتان”), and the number is left out: the word alone says it.' }),
    });
  }

  /** The German a job needs, its level explained ("German needed: B1 – …"), or that it names none. */
  private levelNeededText(job: Job): string {
    return job.germanLevel
      ? msg(str`German needed: ${this.levelText(job.germanLevel)}`, { id: 'job.level-needed', desc: 'On a job. {0} is a level with its explanation, such as “B1 – everyday life and simple work instructions”.' })
      : msg('No German level given', { id: 'job.level-none', desc: 'On a job that names no level of German.' });
  }

  /** "Apply by 30 November 2026", for a job's last day (`validThrough`). */
  private applyByText(validThrough: string): string {
    const date = formatDate(validThrough.slice(0, 10), this.locale.dates);
    return msg(str`Apply by ${date}`, { id: 'job.valid', desc: 'In a job’s details. {0} is a date, such as “30 November 2026”: the last day to apply.' });
  }

  private postedText(job: Job, zone: string): string {
    if (!job.datePosted) return '';
    const days = Math.round((Date.parse(dayKey(new Date(), zone)) - Date.parse(job.datePosted.slice(0, 10))) / 86_400_000);
    const when = days <= 30 ? ago(days, 'day', this.locale.ui) : formatDate(job.datePosted.slice(0, 10), this.locale.dates);
    return msg(str`Posted ${when}`, { id: 'job.posted', desc: 'On a job. {0} is a relative time (“today”, “3 days ago”) or, for older jobs, a date (“30 November 2026”): the wording must fit both.' });
  }

  // ——— templates ———

  private filtersTemplate(loaded: LoadedCatalogue): TemplateResult {
    const jobs = loaded.catalogue.jobs;
    const fields = [...new Set(jobs.map((j) => j.field).filter((f): f is string => !!f))].sort((a, b) => this.fieldText(a).localeCompare(this.fieldText(b), this.locale.ui));
    const field = this.field ?? list(this.fields)[0] ?? '';
    const types = this.chosenTypes ?? list(this.types);
    const typeChoices = EMPLOYMENT_TYPES.filter((t) => jobs.some((j) => j.employmentType?.includes(t)));
    const level = (this.chosenLevel ?? this.level).toUpperCase();
    const place = this.place ?? (this.region ? `region:${this.region}` : '');
    const towns = [...new Set(jobs.map((j) => j.location?.locality).filter((t): t is string => !!t))].sort((a, b) => a.localeCompare(b, 'de'));
    const posted = this.posted ?? this.postedWithin;
    this.filtersOpen ??= this.isWide() || !!(this.field || this.chosenTypes?.length || this.chosenLevel || this.level || this.place || this.posted);
    return html`<details class="filter-panel disclosure" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${msg('Filters', { id: 'filter.panel', desc: 'Title of the filter panel that opens and closes.' })}</summary>
      <div class="filters filter-panel-body" part="filters">
      ${this.isHidden('level')
        ? nothing
        : html`<label class="field">${msg('My German level', { id: 'job.filter.level', desc: 'Label of the filter by the visitor’s own level of German.' })}
            <select @change=${(e: Event) => this.changed(() => (this.chosenLevel = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!level}>${msg('Show all levels', { id: 'job.filter.level.all', desc: 'First option of the German level filter: jobs for every level.' })}</option>
              ${CEFR_LEVELS.map((l) => html`<option value=${l} ?selected=${level === l}>${this.levelText(l)}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('field')
        ? nothing
        : html`<label class="field">${msg('Field', { id: 'job.filter.field', desc: 'Label of the filter by occupational field.' })}
            <select @change=${(e: Event) => this.changed(() => (this.field = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!field}>${msg('All fields', { id: 'job.filter.field.all', desc: 'First option of the field filter: every field.' })}</option>
              ${fields.map((f) => html`<option value=${f} ?selected=${field === f}>${this.fieldText(f)}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('place')
        ? nothing
        : html`<label class="field">${msg('Place', { id: 'filter.place', desc: 'Label of the place filter (a region or a town).' })}
            <select @change=${(e: Event) => this.changed(() => (this.place = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!place}>${msg('Everywhere', { id: 'filter.place.all', desc: 'First option of the place filter: any place.' })}</option>
              ${towns.map((t) => html`<option value="town:${t}" ?selected=${place === `town:${t}`}>${t}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('posted')
        ? nothing
        : html`<label class="field">${msg('Posted', { id: 'job.filter.posted', desc: 'Label of the filter by the date a job was posted.' })}
            <select @change=${(e: Event) => this.changed(() => (this.posted = Number((e.target as HTMLSelectElement).value)))}>
              <option value="0" ?selected=${!posted}>${msg('Any time', { id: 'job.filter.posted.any', desc: 'Option of the “Posted” filter: no limit on the date.' })}</option>
              <option value="7" ?selected=${posted === 7}>${msg('In the last 7 days', { id: 'job.filter.posted.7', desc: 'Option of the “Posted” filter.' })}</option>
              <option value="30" ?selected=${posted === 30}>${msg('In the last 30 days', { id: 'job.filter.posted.30', desc: 'Option of the “Posted” filter.' })}</option>
            </select>
          </label>`}
      ${this.isHidden('types')
        ? nothing
        : html`<fieldset>
            <legend>${msg('Type of work', { id: 'job.filter.types', desc: 'Heading of the checkboxes of employment types (full time, part time, apprenticeship …).' })}</legend>
            ${typeChoices.map(
              (t) => html`<label class="toggle"><input type="checkbox" .checked=${types.includes(t)} @change=${(e: Event) =>
                this.changed(() => (this.chosenTypes = (e.target as HTMLInputElement).checked ? [...types, t] : types.filter((x) => x !== t)))} />${this.typeText(t)}</label>`,
            )}
          </fieldset>`}
      ${this.isHidden('near-me')
        ? nothing
        : html`<button type="button" class="button secondary" aria-pressed=${this.near ? 'true' : 'false'} ?disabled=${this.locating === 'asking'}
              @click=${() => (this.near ? this.changed(() => (this.near = undefined)) : this.locate())}>
              ${msg('Sort by distance from me', { id: 'job.near', desc: 'Toggle button: sort the jobs by distance from the visitor’s own position.' })}
            </button>
            <p class="hint">${this.locating === 'denied'
              ? this.isHidden('place')
                ? msg('Your position is not available.', { id: 'map.locate-failed', desc: 'The visitor’s position could not be found (the map, or the job board without a place filter).' })
                : msg('Your position is not available. You can filter by place instead.', { id: 'job.near.denied', desc: 'Job board: the visitor’s position could not be found; the “Place” filter above can be used instead.' })
              : msg('Your position is only used on this device to sort by distance.', { id: 'near.privacy', desc: 'Hint under the button that uses the visitor’s position.' })}</p>`}
      </div>
    </details>`;
  }

  private cardTemplate(job: Job, km: number | undefined, loaded: LoadedCatalogue): TemplateResult {
    const texts = this.jobTexts(job, loaded);
    const title = texts.pick(job.title);
    const place = [job.location?.postalCode, job.location?.locality].filter(Boolean).join(' ');
    return html`<li class="card" part="card">
      <h3><a href=${this.jobLink(job.id)} data-job=${job.id} @click=${(e: MouseEvent) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        this.select(job.id);
      }}>${textSpan(title, this.locale.ui)}</a></h3>
      ${job.employer ? html`<p class="employer"><span dir="auto">${job.employer.name}</span></p>` : nothing}
      <p class="meta">
        ${place ? html`<span dir="auto">${place}</span>` : nothing}
        ${km !== undefined ? html`<span>${msg(str`${formatDistance(km, this.locale.ui)} away`, { id: 'offer.distance', desc: 'Distance from the visitor’s own position (“Near me”). {0} is a formatted distance, such as “2.5 km”.' })}</span>` : nothing}
        ${(job.employmentType ?? []).map((t) => html`<span>${this.typeText(t)}</span>`)}
        ${job.datePosted ? html`<span>${this.postedText(job, loaded.catalogue.timeZone)}</span>` : nothing}
      </p>
      <p class="level">${this.levelNeededText(job)}</p>
      ${translationNote(texts, [job.title], this.locale.ui)}
    </li>`;
  }

  /** A job's texts as the visitor chose to read them (Easy German, originals of machine translations). */
  private jobTexts(job: Job, loaded: LoadedCatalogue): RecordTexts {
    return this.versions.record(`job:${job.id}`, job, this.locale.textLanguages, loaded.catalogue.defaultLanguage);
  }

  /** What "Read aloud" reads: the job's texts in their languages, the rest in the interface's words. */
  private jobSpeech(job: Job, loaded: LoadedCatalogue, texts: RecordTexts): SpeechPart[] {
    const ui = this.locale.ui;
    const parts: SpeechPart[] = [];
    const text = (value: LocalText | undefined) => value && parts.push({ text: value.text, lang: value.lang });
    const say = (value: string | undefined) => value && parts.push({ text: value, lang: ui });
    text(texts.pick(job.title));
    say(job.employer?.name);
    const l = job.location;
    say([...(job.employmentType ?? []).map((t) => this.typeText(t)), job.field ? this.fieldText(job.field) : '', [l?.street, [l?.postalCode, l?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean).join(', '));
    if (job.germanLevel) say(spokenLabels.germanLevel(this.levelText(job.germanLevel)));
    text(texts.pick(job.description));
    text(texts.pick(job.requirements));
    if (job.apply?.phone && telUrl(job.apply.phone)) say(spokenLabels.phone(phoneWords(job.apply.phone)));
    if (job.validThrough) say(spokenLabels.applyBy(formatDate(job.validThrough.slice(0, 10), this.locale.dates)));
    return parts;
  }

  /** Above the job's texts: the machine-translation mark with "Show original", "Leichte Sprache" and "Read aloud", where they apply. */
  private textToolsTemplate(job: Job, loaded: LoadedCatalogue, texts: RecordTexts): TemplateResult | typeof nothing {
    const key = `job:${job.id}`;
    const values = [job.title, job.description, job.requirements];
    const note = translationNote(texts, values, this.locale.ui, { versions: this.versions, key });
    const easy = easyLanguageSwitch(this.versions, texts.hasEasy(values));
    const read = readAloudButton(this.speech, key, this.jobSpeech(job, loaded, texts), 'read-aloud-note');
    if (note === nothing && easy === nothing && read === nothing) return nothing;
    return html`<div class="text-tools">${note}${easy}${read}${read === nothing ? nothing : readAloudNote('read-aloud-note')}</div>`;
  }

  /**
   * When some of a job's text is not in the visitor's language (the page's, else the interface's):
   * which language it is shown in, as an offer's details say.
   */
  private fallbackTemplate(texts: (LocalText | undefined)[]): TemplateResult | typeof nothing {
    const wanted = primaryLanguage(this.locale.languages[0] ?? this.locale.ui);
    const fallback = texts.find((t) => t && primaryLanguage(t.lang) !== wanted);
    if (!fallback) return nothing;
    const shownIn = languageName(fallback.lang, this.locale.ui);
    return html`<p class="notice" role="note">
      ${msg(str`Some of this text is not available in your language. It is shown in ${shownIn}.`, { id: 'detail.fallback', desc: '{0} is the name of a language in the interface language (“German”, “English”), as Intl gives it.' })}
    </p>`;
  }

  private detailTemplate(job: Job, loaded: LoadedCatalogue): TemplateResult {
    const texts = this.jobTexts(job, loaded);
    const title = texts.pick(job.title);
    const description = texts.pick(job.description);
    const requirements = texts.pick(job.requirements);
    const apply = job.apply ?? {};
    const url = safeUrl(apply.url);
    const mail = apply.email ? mailtoUrl(apply.email) : undefined;
    const tel = apply.phone ? telUrl(apply.phone) : undefined;
    const shared = { title: title?.text ?? job.id, url: this.jobLink(job.id) };
    const paragraph = (value: typeof description) =>
      value ? html`<p class="text" dir=${value.dir} lang=${value.lang.toLowerCase() === this.locale.ui ? nothing : value.lang}>${value.text}</p>` : nothing;
    return html`<article class="detail" part="detail" aria-labelledby="job-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.select(null)}>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => this.select(null)}>${msg('Back to the list', { id: 'job.back', desc: 'Button in a job’s details that goes back to the list.' })}</button>
        ${shareButtonsTemplate(this.sharing, shared)} ${sharePanelTemplate(this.sharing, shared)}
      </div>
      <h2 id="job-title" tabindex="-1">${textSpan(title, this.locale.ui)}</h2>
      ${job.employer ? html`<p class="employer">${safeUrl(job.employer.url)
        ? html`<a href=${safeUrl(job.employer.url) as string} target="_blank" rel="noopener noreferrer" dir="auto">${job.employer.name}</a>`
        : html`<span dir="auto">${job.employer.name}</span>`}</p>` : nothing}
      <p class="meta">
        ${(job.employmentType ?? []).map((t) => html`<span>${this.typeText(t)}</span>`)}
        ${job.field ? html`<span>${this.fieldText(job.field)}</span>` : nothing}
        ${job.location ? html`<span dir="auto">${[job.location.street, [job.location.postalCode, job.location.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</span>` : nothing}
      </p>
      <p class="level">${this.levelNeededText(job)}</p>
      ${ageNoticeTemplate(job, loaded.catalogue.checkAfterMonths, this.locale.ui)}
      ${this.fallbackTemplate([title, description, requirements])}
      ${this.textToolsTemplate(job, loaded, texts)}
      ${paragraph(description)}
      ${requirements ? html`<section><h3>${msg('Requirements', { id: 'job.requirements', desc: 'Heading in a job’s details.' })}</h3>${paragraph(requirements)}</section>` : nothing}
      <section>
        <h3>${msg('How to apply', { id: 'job.apply', desc: 'Heading in a job’s details, followed by the ways to apply (online, e-mail, phone).' })}</h3>
        <ul class="apply">
          ${url?.startsWith('http') ? html`<li><a href=${url} target="_blank" rel="noopener noreferrer">${msg('Apply online', { id: 'job.apply.online', desc: 'Link to the employer’s application form.' })}</a></li>` : nothing}
          ${mail ? html`<li>${msg('Email:', { id: 'detail.email', desc: 'Label before an e-mail address; write the colon as your language does.' })} <a href=${mail} dir="ltr">${apply.email}</a></li>` : nothing}
          ${tel ? html`<li>${msg('Phone:', { id: 'detail.phone', desc: 'Label before a phone number; write the colon as your language does.' })} <a href=${tel} dir="ltr">${apply.phone}</a></li>` : nothing}
        </ul>
      </section>
      ${job.validThrough ? html`<p>${this.applyByText(job.validThrough)}</p>` : nothing}
      ${job.datePosted ? html`<p class="meta">${this.postedText(job, loaded.catalogue.timeZone)}</p>` : nothing}
      ${job.checked ? html`<dl class="steps">${freshnessFacts(job, this.locale.dates)}</dl>` : nothing}
      ${reportMistakeTemplate(loaded.catalogue.corrections, { id: job.id, title: title?.text ?? job.id, page: this.jobLink(job.id) })}
    </article>`;
  }

  protected override listMessages(): ListMessages {
    return {
      title: () => msg('The jobs cannot be shown right now', { id: 'job.error.title', desc: 'Heading of the error box of the job board when the catalogue cannot be shown.' }),
      offline: () => msg('This device is offline. The jobs will appear once the connection is back.', { id: 'job.error.offline' }),
      notFound: () => msg('The list of jobs was not found at its address. Please tell the editors of this website.', { id: 'job.error.not-found', desc: 'The catalogue address gave “404 not found”. The editors are the people who run the website the element is placed in.' }),
      http: (status) => msg(str`The server of the jobs reported an error (${status}). Please try again later.`, { id: 'job.error.http', desc: '{0} is the HTTP status code, such as 500 (it may be empty).' }),
      tooLarge: () => msg('The list of jobs is too large to show on this page.', { id: 'job.error.too-large' }),
      notCatalogue: () => msg('The address of the jobs does not deliver a list of jobs. Please tell the editors of this website.', { id: 'job.error.not-catalogue', desc: 'The catalogue address gives something that is not a catalogue. The editors are the people who run the website the element is placed in.' }),
      network: () => msg('The jobs could not be loaded. Check your internet connection and try again.', { id: 'job.error.network' }),
      stale: (date) => msg(str`You are seeing a saved copy from ${date}. The latest jobs could not be loaded.`, { id: 'job.state.stale', desc: '{0} is a date and time, such as “3 March 2026, 14:05”.' }),
      staleUndated: () => msg('You are seeing a saved copy. The latest jobs could not be loaded.', { id: 'job.state.stale-undated' }),
      savedLoading: (date) => msg(str`You are seeing a saved copy from ${date}. The latest jobs are still loading.`, { id: 'job.state.saved-loading', desc: '{0} is a date and time, such as “3 March 2026, 14:05”.' }),
    };
  }

  protected override landmark(): Landmark {
    return {
      name: msg('Jobs and apprenticeships', { id: 'region.job-board', desc: 'Accessible name of the job board as a region of the page (read by screen readers).' }),
      skipPast: msg('Skip the job board', { id: 'skip.past.job-board', desc: 'Button at the start of the job board (shown when it has keyboard focus) that moves past it.' }),
      end: msg('End of the job board', { id: 'skip.end.job-board', desc: 'Marker at the end of the job board, where that button moves focus to (read by screen readers).' }),
    };
  }

  /** From a pack, only the jobs are loaded. */
  override catalogueNeeds(): CatalogueNeeds {
    return { jobs: true };
  }

  protected override renderContent(loaded: LoadedCatalogue): TemplateResult {
    const filters = this.filtersNow();
    const jobs = this.jobs(loaded, filters);
    this.filterChange.listed(filters, jobs.length);
    const selected = this.selectedId ? loaded.catalogue.jobs.find((j) => j.id === this.selectedId) : undefined;
    if (selected) return this.detailTemplate(selected, loaded);
    const step = this.pageStep(this.pageSize);
    const page = jobs.slice(0, this.shown ?? step);
    const filtered = this.field || this.chosenTypes?.length || this.chosenLevel || this.place || this.posted;
    return html`${this.skipFiltersTemplate('h2.count')}${this.filtersTemplate(loaded)}
      <h2 class="count" tabindex="-1">${this.countText(jobs.length)}</h2>
      ${jobs.length ? listToolsTemplate(this.printing, this.printActions(loaded, jobs)) : nothing}
      ${this.versions.listHasEasy(loaded.catalogue.jobs, this.locale.content, (j) => [j.title, j.description])
        ? html`<div class="text-tools list-tools">${easyLanguageSwitch(this.versions, true)}</div>`
        : nothing}
      ${jobs.length === 0
        ? html`<div class="empty" part="empty">
            <p>${this.jobs(loaded, { ...filters, level: '', field: '', types: [], place: '', postedWithin: 0 }).length
              ? msg('Try a higher German level, another field, or all places.', { id: 'job.empty', desc: 'Under “No jobs match your choice.” when other filters would show jobs.' })
              : msg('There are no open jobs here yet.', { id: 'job.empty.catalogue', desc: 'Under “No jobs match your choice.” when the catalogue has no job that is still open (whatever the filters).' })}</p>
            ${filtered
              ? html`<button type="button" class="button" @click=${() => this.changed(() => {
                  this.field = '';
                  this.chosenTypes = [];
                  this.chosenLevel = '';
                  this.place = '';
                  this.posted = 0;
                })}>${msg('Reset filters', { id: 'filter.reset', desc: 'Button (verb): clear the visitor’s filters.' })}</button>`
              : nothing}
          </div>`
        : html`<ul class="jobs" part="results">${this.keyed(page, ({ job }) => job.id, ({ job, km }) => this.cardTemplate(job, km, loaded))}</ul>`}
      ${jobs.length > page.length
        ? html`<button part="more" type="button" class="button secondary more" @click=${() => (this.shown = (this.shown ?? step) + step)}>${msg('Show more jobs', { id: 'job.more', desc: 'Button (verb): show more jobs.' })}</button>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'job-board': JobBoard;
  }
}
