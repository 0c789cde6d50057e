/** The full details of one offer, as the search element shows them. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { openState, slotsOn, zonedTime, type OpenState } from '../../catalogue/hours.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { LangMap, Offer } from '../../catalogue/schema.js';
import { WEEKDAYS } from '../../catalogue/values.js';
import type { LocalText } from '../../catalogue/text.js';
import { mailtoUrl, safeUrl, telUrl } from '../../catalogue/url.js';
import { distance as formatDistance, formatDate, languageName, timeOfDay, weekdayName } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';

export interface DetailHost {
  readonly uiLocale: string;
  readonly contentLanguage: string;
  textOf(value: LangMap | undefined, loaded: LoadedCatalogue): LocalText | undefined;
  textTemplateOf(value: LocalText | undefined): TemplateResult | typeof nothing;
  openStateText(state: OpenState): string;
  routeLink(offer: Offer): string;
}

export interface DetailActions {
  back(): void;
  share(title: string): void;
  print(title: string): void;
  shareStatus: string;
  distanceKm?: number;
  /** From a pack: the full offer is still loading, or could not be loaded (then `retry`). */
  pending?: 'loading' | 'failed';
  retry?(): void;
}

function externalLink(href: string | undefined, label: TemplateResult | string): TemplateResult | typeof nothing {
  const safe = safeUrl(href);
  if (!safe) return nothing;
  const external = safe.startsWith('http');
  return html`<a href=${safe} rel=${external ? 'noopener noreferrer' : nothing} target=${external ? '_blank' : nothing}>${label}</a>`;
}

function hoursTemplate(host: DetailHost, offer: Offer, loaded: LoadedCatalogue): TemplateResult {
  const ui = host.uiLocale;
  const now = zonedTime(new Date(), loaded.catalogue.timeZone);
  const state = openState(offer, now);
  const weekly = offer.openingHours?.weekly ?? [];
  const note = host.textOf(offer.openingHours?.note, loaded);
  return html`<section class="hours" aria-labelledby="hours-title">
    <h3 id="hours-title">${msg('Opening hours', { id: 'detail.hours' })}</h3>
    <p class="open-state" data-kind=${state.kind}><strong>${host.openStateText(state)}</strong></p>
    ${weekly.length
      ? html`<table>
          <caption class="visually-hidden">${msg('Opening hours', { id: 'detail.hours' })}</caption>
          <tbody>
            ${WEEKDAYS.map((day) => {
              const slots = slotsOn(weekly, day);
              const today = day === now.weekday;
              return html`<tr ?data-today=${today} aria-current=${today ? 'date' : nothing}>
                <th scope="row">${weekdayName(day, ui)}${today ? html` <span class="today">${msg('(today)', { id: 'detail.today' })}</span>` : nothing}</th>
                <td>${slots.length
                  ? slots.map((s, i) => html`${i ? html`<br />` : nothing}<bdi>${timeOfDay(s.opens, ui)}</bdi> – <bdi>${timeOfDay(s.closes, ui)}</bdi>`)
                  : msg('closed', { id: 'detail.day-closed' })}</td>
              </tr>`;
            })}
          </tbody>
        </table>
        <p class="hint">${msg(str`Times in ${loaded.catalogue.timeZone.replace(/_/g, ' ')} time.`, { id: 'detail.timezone' })}</p>`
      : nothing}
    ${offer.openingHours?.appointmentOnly && weekly.length ? html`<p>${msg('Please make an appointment first.', { id: 'detail.appointment' })}</p>` : nothing}
    ${note ? html`<p>${host.textTemplateOf(note)}</p>` : nothing}
  </section>`;
}

function fallbackNotice(host: DetailHost, texts: (LocalText | undefined)[]): TemplateResult | typeof nothing {
  const fallback = texts.find((t) => t?.fallback);
  if (!fallback) return nothing;
  const shownIn = languageName(fallback.lang, host.uiLocale);
  return html`<p class="notice" role="note">
    ${msg(str`Some of this text is not available in your language. It is shown in ${shownIn}.`, { id: 'detail.fallback' })}
  </p>`;
}

/** A paragraph of catalogue text: its own direction, and its language when not the interface's. */
function paragraph(className: string, value: LocalText | undefined, ui: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const lang = value.lang.toLowerCase().split('-')[0] === ui ? nothing : value.lang;
  return html`<p class=${className} dir="auto" lang=${lang}>${value.text}</p>`;
}

export function offerDetailTemplate(host: DetailHost, offer: Offer, loaded: LoadedCatalogue, actions: DetailActions): TemplateResult {
  const ui = host.uiLocale;
  const title = host.textOf(offer.title, loaded);
  const summary = host.textOf(offer.summary, loaded);
  const description = host.textOf(offer.description, loaded);
  const location = offer.location;
  const route = safeUrl(host.routeLink(offer));
  const categories = new Map(loaded.catalogue.categories.map((c) => [c.id, c.name]));
  const website = offer.contact?.website;
  const phone = offer.contact?.phone;
  const email = offer.contact?.email;
  const costs: Record<string, string> = {
    free: msg('Free of charge', { id: 'filter.free' }),
    reduced: msg('Reduced price or subsidised', { id: 'cost.reduced' }),
    paid: msg('With a fee', { id: 'cost.paid' }),
  };
  return html`<article part="detail" class="detail" aria-labelledby="detail-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && actions.back()}>
    <div class="detail-actions">
      <button type="button" class="button secondary" @click=${actions.back}>
        <span aria-hidden="true" class="back-arrow">←</span> ${msg('Back to the list', { id: 'detail.back' })}
      </button>
      <button type="button" class="button secondary" @click=${() => actions.share(title?.text ?? offer.id)}>${msg('Share', { id: 'detail.share' })}</button>
      <button type="button" class="button secondary" @click=${() => actions.print(title?.text ?? offer.id)}>${msg('Print', { id: 'detail.print' })}</button>
      <span role="status" class="share-status">${actions.shareStatus === 'copied'
        ? msg('Link copied.', { id: 'detail.copied' })
        : actions.shareStatus === 'failed'
          ? msg('The link could not be copied.', { id: 'detail.copy-failed' })
          : ''}</span>
    </div>
    <h2 id="detail-title" tabindex="-1">${host.textTemplateOf(title)}</h2>
    ${actions.pending === 'loading'
      ? html`<p class="notice" role="status">${msg('Loading the details…', { id: 'detail.loading' })}</p>`
      : actions.pending === 'failed'
        ? html`<div class="notice warning" role="alert">
            <p>${msg('The details of this offer could not be loaded.', { id: 'detail.failed' })}</p>
            <button type="button" class="button secondary" @click=${() => actions.retry?.()}>${msg('Try again', { id: 'action.retry' })}</button>
          </div>`
        : nothing}
    ${offer.organization
      ? html`<p class="org">${offer.organization.url ? externalLink(offer.organization.url, html`<span dir="auto">${offer.organization.name}</span>`) : html`<span dir="auto">${offer.organization.name}</span>`}</p>`
      : nothing}
    ${fallbackNotice(host, [title, summary, description])}
    ${offer.temporarilyClosed ? html`<p class="notice warning">${msg('This offer is temporarily closed.', { id: 'detail.closed' })}</p>` : nothing}
    ${paragraph('lead', summary, ui)}
    ${description && description.text !== summary?.text ? paragraph('description', description, ui) : nothing}

    <div class="detail-grid">
      <section aria-labelledby="contact-title">
        <h3 id="contact-title">${msg('Address and contact', { id: 'detail.contact' })}</h3>
        ${offer.online ? html`<p>${msg('This offer is online.', { id: 'detail.online' })}</p>` : nothing}
        ${location
          ? html`<address>
              ${location.street ? html`<span dir="auto">${location.street}</span><br />` : nothing}
              <span dir="auto">${[location.postalCode, location.locality].filter(Boolean).join(' ')}</span>
              ${actions.distanceKm !== undefined ? html`<br /><span class="distance">${msg(str`${formatDistance(actions.distanceKm, ui)} away`, { id: 'offer.distance' })}</span>` : nothing}
            </address>`
          : nothing}
        <ul class="contact-list">
          ${route ? html`<li>${externalLink(route, msg('Route planner (OpenStreetMap)', { id: 'detail.route' }))}</li>` : nothing}
          ${phone && telUrl(phone) ? html`<li>${msg('Phone:', { id: 'detail.phone' })} <a href=${telUrl(phone) as string} dir="ltr">${phone}</a></li>` : nothing}
          ${email && mailtoUrl(email) ? html`<li>${msg('Email:', { id: 'detail.email' })} <a href=${mailtoUrl(email) as string} dir="ltr">${email}</a></li>` : nothing}
          ${website ? html`<li>${externalLink(website, msg('Website', { id: 'detail.website' }))}</li>` : nothing}
        </ul>
      </section>
      ${hoursTemplate(host, offer, loaded)}
    </div>

    <dl class="facts">
      ${offer.languages?.length
        ? html`<dt>${msg('Languages spoken', { id: 'filter.languages' })}</dt>
            <dd><ul class="tags">${offer.languages.map((tag) => html`<li class="tag" lang=${tag} dir="auto">${endonym(tag)}</li>`)}</ul></dd>`
        : nothing}
      ${offer.cost ? html`<dt>${msg('Cost', { id: 'detail.cost' })}</dt><dd>${costs[offer.cost]}</dd>` : nothing}
      ${offer.categories?.length
        ? html`<dt>${msg('Topics', { id: 'filter.categories' })}</dt>
            <dd><ul class="tags">${offer.categories.map((id) => html`<li class="tag">${host.textTemplateOf(host.textOf(categories.get(id), loaded))}</li>`)}</ul></dd>`
        : nothing}
      ${offer.updated ? html`<dt>${msg('Last updated', { id: 'detail.updated' })}</dt><dd>${formatDate(offer.updated, ui)}</dd>` : nothing}
    </dl>
  </article>`;
}
