import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, dayKey } from '../../calendar/zone.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { CatalogueNeeds } from '../../controllers/catalogue-controller.js';
import type { Job } from '../../catalogue/schema.js';
import { mailtoUrl, safeUrl, telUrl } from '../../catalogue/url.js';
import { CEFR_LEVELS, EMPLOYMENT_TYPES, type CefrLevel, type EmploymentType } from '../../catalogue/values.js';
import { FilterChangeController } from '../../controllers/filter-change.js';
import { readUrlState, urlWithState, writeUrlState, type UrlState } from '../../controllers/url-state.js';
import { WkSelectEvent, type FilterChangeCause, type JobFilters } from '../../events/offer-events.js';
import { count as formatCount, distance as formatDistance, formatDate } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { distanceKm, type GeoPoint } from '../../search/offer-query.js';
import { controlStyles } from '../../styles/controls.js';
import { WillkommenElement, type Landmark } from '../base/willkommen-element.js';
import { jobBoardStyles } from './job-board.styles.js';

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
  @state() private copied = '';

  protected override readonly announcesCounts = true;

  private readonly filterChange = new FilterChangeController<JobFilters>(this);

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
    this.copied = '';
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

  private async share(id: string): Promise<void> {
    const url = this.jobLink(id);
    try {
      if (navigator.share) await navigator.share({ url });
      else {
        await navigator.clipboard.writeText(url);
        this.copied = 'copied';
      }
    } catch (error) {
      if ((error as DOMException).name !== 'AbortError') this.copied = 'failed';
    }
  }

  // ——— text ———

  levelText(level: CefrLevel): string {
    switch (level) {
      case 'A1':
        return msg('A1 – first words and phrases', { id: 'job.level.A1' });
      case 'A2':
        return msg('A2 – simple everyday conversations', { id: 'job.level.A2' });
      case 'B1':
        return msg('B1 – everyday life and simple work instructions', { id: 'job.level.B1' });
      case 'B2':
        return msg('B2 – talk about work fluently', { id: 'job.level.B2' });
      case 'C1':
        return msg('C1 – complex texts and discussions', { id: 'job.level.C1' });
      default:
        return msg('C2 – almost like a native speaker', { id: 'job.level.C2' });
    }
  }

  typeText(type: EmploymentType): string {
    const names: Partial<Record<EmploymentType, () => string>> = {
      FULL_TIME: () => msg('Full time', { id: 'job.type.full-time' }),
      PART_TIME: () => msg('Part time', { id: 'job.type.part-time' }),
      APPRENTICESHIP: () => msg('Apprenticeship', { id: 'job.type.apprenticeship' }),
      INTERN: () => msg('Internship', { id: 'job.type.internship' }),
      MINI_JOB: () => msg('Mini-job', { id: 'job.type.mini-job' }),
      TEMPORARY: () => msg('Temporary', { id: 'job.type.temporary' }),
    };
    return names[type]?.() ?? msg('Other', { id: 'job.type.other' });
  }

  fieldText(field: string): string {
    const names: Record<string, () => string> = {
      care: () => msg('Care', { id: 'job.field.care' }),
      health: () => msg('Health', { id: 'job.field.health' }),
      hospitality: () => msg('Hotels and restaurants', { id: 'job.field.hospitality' }),
      logistics: () => msg('Logistics and warehouse', { id: 'job.field.logistics' }),
      crafts: () => msg('Crafts', { id: 'job.field.crafts' }),
      construction: () => msg('Construction', { id: 'job.field.construction' }),
      retail: () => msg('Retail', { id: 'job.field.retail' }),
      manufacturing: () => msg('Manufacturing', { id: 'job.field.manufacturing' }),
      cleaning: () => msg('Cleaning', { id: 'job.field.cleaning' }),
      agriculture: () => msg('Agriculture', { id: 'job.field.agriculture' }),
      office: () => msg('Office', { id: 'job.field.office' }),
      it: () => msg('IT', { id: 'job.field.it' }),
      education: () => msg('Education', { id: 'job.field.education' }),
      social: () => msg('Social work', { id: 'job.field.social' }),
    };
    return names[field]?.() ?? field;
  }

  private countText(n: number): string {
    if (n === 0) return msg('No jobs match your choice.', { id: 'job.none' });
    const shown = formatCount(n, this.locale.ui);
    return plural(n, this.locale.ui, {
      zero: () => msg(str`${shown} jobs`, { id: 'job.count.zero' }),
      one: () => msg(str`${shown} job`, { id: 'job.count.one' }),
      two: () => msg(str`${shown} jobs`, { id: 'job.count.two' }),
      few: () => msg(str`${shown} jobs`, { id: 'job.count.few' }),
      many: () => msg(str`${shown} jobs`, { id: 'job.count.many' }),
      other: () => msg(str`${shown} jobs`, { id: 'job.count.other' }),
    });
  }

  private postedText(job: Job, zone: string): string {
    if (!job.datePosted) return '';
    const days = Math.round((Date.parse(dayKey(new Date(), zone)) - Date.parse(job.datePosted.slice(0, 10))) / 86_400_000);
    const when = days <= 30 ? new Intl.RelativeTimeFormat(this.locale.ui, { numeric: 'auto' }).format(-days, 'day') : formatDate(job.datePosted.slice(0, 10), this.locale.ui);
    return msg(str`Posted ${when}`, { id: 'job.posted' });
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
      <summary>${msg('Filters', { id: 'filter.panel' })}</summary>
      <div class="filters filter-panel-body" part="filters">
      ${this.isHidden('level')
        ? nothing
        : html`<label class="field">${msg('My German level', { id: 'job.filter.level' })}
            <select @change=${(e: Event) => this.changed(() => (this.chosenLevel = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!level}>${msg('Show all levels', { id: 'job.filter.level.all' })}</option>
              ${CEFR_LEVELS.map((l) => html`<option value=${l} ?selected=${level === l}>${this.levelText(l)}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('field')
        ? nothing
        : html`<label class="field">${msg('Field', { id: 'job.filter.field' })}
            <select @change=${(e: Event) => this.changed(() => (this.field = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!field}>${msg('All fields', { id: 'job.filter.field.all' })}</option>
              ${fields.map((f) => html`<option value=${f} ?selected=${field === f}>${this.fieldText(f)}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('place')
        ? nothing
        : html`<label class="field">${msg('Place', { id: 'filter.place' })}
            <select @change=${(e: Event) => this.changed(() => (this.place = (e.target as HTMLSelectElement).value))}>
              <option value="" ?selected=${!place}>${msg('Everywhere', { id: 'filter.place.all' })}</option>
              ${towns.map((t) => html`<option value="town:${t}" ?selected=${place === `town:${t}`}>${t}</option>`)}
            </select>
          </label>`}
      ${this.isHidden('posted')
        ? nothing
        : html`<label class="field">${msg('Posted', { id: 'job.filter.posted' })}
            <select @change=${(e: Event) => this.changed(() => (this.posted = Number((e.target as HTMLSelectElement).value)))}>
              <option value="0" ?selected=${!posted}>${msg('Any time', { id: 'job.filter.posted.any' })}</option>
              <option value="7" ?selected=${posted === 7}>${msg('In the last 7 days', { id: 'job.filter.posted.7' })}</option>
              <option value="30" ?selected=${posted === 30}>${msg('In the last 30 days', { id: 'job.filter.posted.30' })}</option>
            </select>
          </label>`}
      ${this.isHidden('types')
        ? nothing
        : html`<fieldset>
            <legend>${msg('Type of work', { id: 'job.filter.types' })}</legend>
            ${typeChoices.map(
              (t) => html`<label class="toggle"><input type="checkbox" .checked=${types.includes(t)} @change=${(e: Event) =>
                this.changed(() => (this.chosenTypes = (e.target as HTMLInputElement).checked ? [...types, t] : types.filter((x) => x !== t)))} />${this.typeText(t)}</label>`,
            )}
          </fieldset>`}
      ${this.isHidden('near-me')
        ? nothing
        : html`<button type="button" class="button secondary" aria-pressed=${this.near ? 'true' : 'false'} ?disabled=${this.locating === 'asking'}
              @click=${() => (this.near ? this.changed(() => (this.near = undefined)) : this.locate())}>
              ${msg('Sort by distance from me', { id: 'job.near' })}
            </button>
            <p class="hint">${this.locating === 'denied'
              ? msg('Your position is not available. You can choose a town instead.', { id: 'near.denied' })
              : msg('Your position is only used on this device to sort by distance.', { id: 'near.privacy' })}</p>`}
      </div>
    </details>`;
  }

  private cardTemplate(job: Job, km: number | undefined, loaded: LoadedCatalogue): TemplateResult {
    const title = this.text(job.title, loaded);
    const place = [job.location?.postalCode, job.location?.locality].filter(Boolean).join(' ');
    return html`<li class="card" part="card">
      <h3><a href=${this.jobLink(job.id)} data-job=${job.id} @click=${(e: MouseEvent) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        this.select(job.id);
      }}>${this.textTemplate(title)}</a></h3>
      ${job.employer ? html`<p class="employer"><span dir="auto">${job.employer.name}</span></p>` : nothing}
      <p class="meta">
        ${place ? html`<span dir="auto">${place}</span>` : nothing}
        ${km !== undefined ? html`<span>${msg(str`${formatDistance(km, this.locale.ui)} away`, { id: 'offer.distance' })}</span>` : nothing}
        ${(job.employmentType ?? []).map((t) => html`<span>${this.typeText(t)}</span>`)}
        ${job.datePosted ? html`<span>${this.postedText(job, loaded.catalogue.timeZone)}</span>` : nothing}
      </p>
      <p class="level">${job.germanLevel
        ? msg(str`German needed: ${this.levelText(job.germanLevel)}`, { id: 'job.level-needed' })
        : msg('No German level given', { id: 'job.level-none' })}</p>
    </li>`;
  }

  private detailTemplate(job: Job, loaded: LoadedCatalogue): TemplateResult {
    const title = this.text(job.title, loaded);
    const description = this.text(job.description, loaded);
    const requirements = this.text(job.requirements, loaded);
    const apply = job.apply ?? {};
    const url = safeUrl(apply.url);
    const mail = apply.email ? mailtoUrl(apply.email) : undefined;
    const tel = apply.phone ? telUrl(apply.phone) : undefined;
    const paragraph = (value: typeof description) =>
      value ? html`<p class="text" dir="auto" lang=${value.lang.split('-')[0] === this.locale.ui ? nothing : value.lang}>${value.text}</p>` : nothing;
    return html`<article class="detail" part="detail" aria-labelledby="job-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.select(null)}>
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => this.select(null)}>${msg('Back to the list', { id: 'job.back' })}</button>
        <button type="button" class="button secondary" @click=${() => this.share(job.id)}>${msg('Share', { id: 'detail.share' })}</button>
        <span role="status">${this.copied === 'copied' ? msg('Link copied.', { id: 'detail.copied' }) : this.copied === 'failed' ? msg('The link could not be copied.', { id: 'detail.copy-failed' }) : ''}</span>
      </div>
      <h2 id="job-title" tabindex="-1">${this.textTemplate(title)}</h2>
      ${job.employer ? html`<p class="employer">${safeUrl(job.employer.url)
        ? html`<a href=${safeUrl(job.employer.url) as string} target="_blank" rel="noopener noreferrer" dir="auto">${job.employer.name}</a>`
        : html`<span dir="auto">${job.employer.name}</span>`}</p>` : nothing}
      <p class="meta">
        ${(job.employmentType ?? []).map((t) => html`<span>${this.typeText(t)}</span>`)}
        ${job.field ? html`<span>${this.fieldText(job.field)}</span>` : nothing}
        ${job.location ? html`<span dir="auto">${[job.location.street, [job.location.postalCode, job.location.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</span>` : nothing}
      </p>
      <p class="level">${job.germanLevel
        ? msg(str`German needed: ${this.levelText(job.germanLevel)}`, { id: 'job.level-needed' })
        : msg('No German level given', { id: 'job.level-none' })}</p>
      ${paragraph(description)}
      ${requirements ? html`<section><h3>${msg('Requirements', { id: 'job.requirements' })}</h3>${paragraph(requirements)}</section>` : nothing}
      <section>
        <h3>${msg('How to apply', { id: 'job.apply' })}</h3>
        <ul class="apply">
          ${url?.startsWith('http') ? html`<li><a href=${url} target="_blank" rel="noopener noreferrer">${msg('Apply online', { id: 'job.apply.online' })}</a></li>` : nothing}
          ${mail ? html`<li>${msg('Email:', { id: 'detail.email' })} <a href=${mail} dir="ltr">${apply.email}</a></li>` : nothing}
          ${tel ? html`<li>${msg('Phone:', { id: 'detail.phone' })} <a href=${tel} dir="ltr">${apply.phone}</a></li>` : nothing}
        </ul>
      </section>
      ${job.validThrough ? html`<p>${msg(str`Apply by ${formatDate(job.validThrough.slice(0, 10), this.locale.ui)}`, { id: 'job.valid' })}</p>` : nothing}
      ${job.datePosted ? html`<p class="meta">${this.postedText(job, loaded.catalogue.timeZone)}</p>` : nothing}
    </article>`;
  }

  protected override landmark(): Landmark {
    return {
      name: msg('Jobs and apprenticeships', { id: 'region.job-board' }),
      skipPast: msg('Skip the job board', { id: 'skip.past.job-board' }),
      end: msg('End of the job board', { id: 'skip.end.job-board' }),
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
      ${jobs.length === 0
        ? html`<div class="empty" part="empty">
            <p>${msg('Try a higher German level, another field, or all places.', { id: 'job.empty' })}</p>
            ${filtered
              ? html`<button type="button" class="button" @click=${() => this.changed(() => {
                  this.field = '';
                  this.chosenTypes = [];
                  this.chosenLevel = '';
                  this.place = '';
                  this.posted = 0;
                })}>${msg('Reset filters', { id: 'filter.reset' })}</button>`
              : nothing}
          </div>`
        : html`<ul class="jobs" part="results">${this.keyed(page, ({ job }) => job.id, ({ job, km }) => this.cardTemplate(job, km, loaded))}</ul>`}
      ${jobs.length > page.length
        ? html`<button part="more" type="button" class="button secondary more" @click=${() => (this.shown = (this.shown ?? step) + step)}>${msg('Show more jobs', { id: 'job.more' })}</button>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'job-board': JobBoard;
  }
}
