/** The full details of one offer, as the search element shows them. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { openState, slotsOn, zonedTime, type OpenState } from '../../catalogue/hours.js';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { LangMap, Offer } from '../../catalogue/schema.js';
import { WEEKDAYS } from '../../catalogue/values.js';
import type { LocalText } from '../../catalogue/text.js';
import { mailtoUrl, safeUrl, telUrl } from '../../catalogue/url.js';
import { distance as formatDistance, languageName, timeOfDay, timeZoneName, weekdayName } from '../../i18n/format.js';
import { endonym } from '../../i18n/locales.js';
import type { SpeechController, SpeechPart } from '../../controllers/speech-controller.js';
import type { RecordTexts, ShownText, TextVersionsController } from '../../controllers/text-versions.js';
import { easyLanguageSwitch } from '../base/easy-language.js';
import { hoursWords, phoneWords, readAloudButton, readAloudNote, spokenLabels, spokenUi } from '../base/read-aloud.js';
import { textSpan, translationNote } from '../base/text-block.js';
import { noticeHolds } from '../../catalogue/freshness.js';
import { ageNoticeTemplate, freshnessFacts } from '../base/freshness.js';
import { nextStepsSpeech, nextStepsTemplate, noticeTemplate } from '../base/next-steps.js';
import { reportMistakeTemplate } from '../base/report-mistake.js';
import type { TextSource } from '../base/text-source.js';
import { shareButtonsTemplate, sharePanelTemplate } from '../base/share-tools.js';
import type { ShareController } from '../../controllers/share-controller.js';

export interface DetailHost {
  readonly uiLocale: string;
  /** The locale of dates (the interface's, or its regional form: fa-AF for a Dari reader). */
  readonly dateLocale: string;
  /** The languages to pick catalogue text in: the content language, then the visitor's others. */
  readonly textLanguages: readonly string[];
  /** The language the visitor reads (the page's, else the browser's first): text in another gets a notice. */
  readonly readerLanguage: string;
  textOf(value: LangMap | undefined, loaded: LoadedCatalogue): LocalText | undefined;
  textTemplateOf(value: LocalText | undefined): TemplateResult | typeof nothing;
  openStateText(state: OpenState): string;
  routeLink(offer: Offer): string;
  /** The link to this offer on this page (the one "Share" gives). */
  offerLink(id: string): string;
  /** The visitor's text choices: Easy German, originals of machine translations. */
  readonly versions: TextVersionsController;
  /** Reads the detail aloud. */
  readonly speech: SpeechController;
}

export interface DetailActions {
  back(): void;
  /** "Share": the device's share sheet, and the panel with "Copy link", the messengers and e-mail. */
  share: ShareController;
  print(title: string): void;
  distanceKm?: number;
  /** The distance in words: from the visitor's position, or from the town they chose. */
  distanceText?(km: number): string;
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

/**
 * The catalogue's time zone in words: "German time" for Europe/Berlin, else the zone's long generic
 * name in the visitor's language ("Central European Time"), never an IANA id such as "Europe/Berlin".
 */
function timeZoneText(zone: string, ui: string): string {
  if (zone === 'Europe/Berlin') {
    return msg('All times are German time.', { id: 'detail.timezone.germany', desc: 'Under the opening hours of an offer: the times are the local time in Germany (the catalogue’s time zone), which may differ from the visitor’s device.' });
  }
  const name = timeZoneName(zone, ui) ?? zone.replace(/_/g, ' '); // an unknown zone keeps its id
  return msg(str`Time zone of these times: ${name}.`, { id: 'detail.timezone.other', desc: 'Under the opening hours of an offer, for a catalogue outside Germany. {0} is the name of a time zone in the interface language, as Intl gives it (“Central European Time”, “Mitteleuropäische Zeit”).' });
}

function hoursTemplate(host: DetailHost, offer: Offer, loaded: LoadedCatalogue): TemplateResult {
  const ui = host.uiLocale;
  const now = zonedTime(new Date(), loaded.catalogue.timeZone);
  const state = openState(offer, now);
  const weekly = offer.openingHours?.weekly ?? [];
  const note = offerTexts(host, offer, loaded).pick(offer.openingHours?.note);
  return html`<section class="hours" aria-labelledby="hours-title">
    <h3 id="hours-title">${msg('Opening hours', { id: 'detail.hours', desc: 'Heading (and table caption) of the opening hours in an offer’s details.' })}</h3>
    <p class="open-state" data-kind=${state.kind}><strong>${host.openStateText(state)}</strong></p>
    ${weekly.length
      ? html`<table>
          <caption class="visually-hidden">${msg('Opening hours', { id: 'detail.hours', desc: 'Heading (and table caption) of the opening hours in an offer’s details.' })}</caption>
          <tbody>
            ${WEEKDAYS.map((day) => {
              const slots = slotsOn(weekly, day);
              const today = day === now.weekday;
              return html`<tr ?data-today=${today} aria-current=${today ? 'date' : nothing}>
                <th scope="row">${weekdayName(day, ui)}${today ? html` <span class="today">${msg('(today)', { id: 'detail.today', desc: 'Added after the weekday in the opening-hours table, marking today’s row.' })}</span>` : nothing}</th>
                <td>${slots.length
                  ? slots.map((s, i) => html`${i ? html`<br />` : nothing}<bdi>${timeOfDay(s.opens, ui)}</bdi> – <bdi>${timeOfDay(s.closes, ui)}</bdi>`)
                  : msg('closed', { id: 'detail.day-closed', desc: 'A cell of the opening-hours table: closed all day on this weekday (adjective, lower case).' })}</td>
              </tr>`;
            })}
          </tbody>
        </table>
        <p class="hint">${timeZoneText(loaded.catalogue.timeZone, ui)}</p>`
      : nothing}
    ${offer.openingHours?.appointmentOnly && weekly.length ? html`<p>${msg('Please make an appointment first.', { id: 'detail.appointment' })}</p>` : nothing}
    ${note ? html`<p>${textSpan(note, ui)}</p>` : nothing}
  </section>`;
}

const primaryTag = (tag: string) => tag.toLowerCase().split('-')[0];

function fallbackNotice(host: DetailHost, texts: (LocalText | undefined)[]): TemplateResult | typeof nothing {
  // Compared with the visitor's own language, not the content language chosen for them: a visitor
  // whose language the catalogue lacks reads German (or English) text, and is told so.
  const reading = primaryTag(host.readerLanguage);
  // (An original the visitor asked for with "show original" needs no notice.)
  const fallback = texts.find((t) => t && !(t as Partial<ShownText>).original && (t.fallback || primaryTag(t.lang) !== reading));
  if (!fallback) return nothing;
  const shownIn = languageName(fallback.lang, host.uiLocale);
  return html`<p class="notice" role="note">
    ${msg(str`Some of this text is not available in your language. It is shown in ${shownIn}.`, { id: 'detail.fallback', desc: '{0} is the name of a language in the interface language (“German”, “English”), as Intl gives it.' })}
  </p>`;
}

/**
 * A paragraph of catalogue text: its own direction, and its language when not exactly the
 * interface's (Easy German, "de-x-ls", keeps its tag in a German interface).
 */
function paragraph(className: string, value: (LocalText & Partial<Pick<ShownText, 'dir'>>) | undefined, ui: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const lang = value.lang.toLowerCase() === ui ? nothing : value.lang;
  return html`<p class=${className} dir=${value.dir ?? 'auto'} lang=${lang}>${value.text}</p>`;
}

const costLabel = () => msg('Cost', { id: 'detail.cost', desc: 'Label in an offer’s details, followed by “Free of charge”, “With a fee” or “Reduced price or subsidised”.' });

/** The cost of an offer in words (the value after "Cost"). */
function costWord(cost: Offer['cost']): string | undefined {
  switch (cost) {
    case 'free':
      return msg('Free of charge', { id: 'filter.free', desc: 'Used both as a filter (checkbox: only what costs nothing) and as the cost of an offer or event. Adjective: free of charge, not “free time” or “available”.' });
    case 'reduced':
      return msg('Reduced price or subsidised', { id: 'cost.reduced', desc: 'The cost of an offer or event (the value after “Cost”).' });
    case 'paid':
      return msg('With a fee', { id: 'cost.paid', desc: 'The cost of an offer or event (the value after “Cost”): the visitor has to pay.' });
    default:
      return undefined;
  }
}

/** The offer's texts as the visitor chose to read them (Easy German, originals of machine translations). */
function offerTexts(host: DetailHost, offer: Offer, loaded: LoadedCatalogue): RecordTexts {
  return host.versions.record(`offer:${offer.id}`, offer, host.textLanguages, loaded.catalogue.defaultLanguage);
}

/** What "Read aloud" reads: the detail's texts in their languages, the rest in the interface's words. */
function offerSpeech(host: DetailHost, offer: Offer, loaded: LoadedCatalogue, texts: RecordTexts): SpeechPart[] {
  const ui = host.uiLocale;
  const parts: SpeechPart[] = [];
  const text = (value: LocalText | undefined) => value && parts.push({ text: value.text, lang: value.lang });
  const say = (value: string | undefined) => value && parts.push({ text: value, lang: ui });
  const summary = texts.pick(offer.summary);
  const description = texts.pick(offer.description);
  text(texts.pick(offer.title));
  say(offer.organization?.name);
  if (noticeHolds(offer.notice, loaded.catalogue.timeZone, new Date())) text(texts.pick(offer.notice?.text));
  text(summary);
  if (description && description.text !== summary?.text) text(description);
  const l = offer.location;
  const address = [l?.street, [l?.postalCode, l?.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (address) say(spokenLabels.address(address));
  if (offer.contact?.phone && telUrl(offer.contact.phone)) say(spokenLabels.phone(phoneWords(offer.contact.phone)));
  const weekly = offer.openingHours?.weekly ?? [];
  say(spokenLabels.hours(spokenUi(host.openStateText(openState(offer, zonedTime(new Date(), loaded.catalogue.timeZone))))));
  if (weekly.length) say(hoursWords(weekly, ui));
  text(texts.pick(offer.openingHours?.note));
  // What to bring, who it is for, the costs and wheelchair access, as the details show them.
  parts.push(...nextStepsSpeech((value) => texts.pick(value), offer, ui, { label: costLabel(), value: costWord(offer.cost) }));
  const cost = costWord(offer.cost);
  if (cost && !offer.costNote) parts.push({ text: costLabel(), lang: ui }, { text: cost, lang: ui });
  return parts;
}

/**
 * Above the offer's texts: the mark on machine-translated text with "Show original", the
 * "Leichte Sprache" switch and "Read aloud", each only where it applies.
 */
function textToolsTemplate(host: DetailHost, offer: Offer, loaded: LoadedCatalogue, texts: RecordTexts): TemplateResult | typeof nothing {
  const key = `offer:${offer.id}`;
  const values = [offer.title, offer.summary, offer.description, offer.openingHours?.note, offer.notice?.text, offer.bring, offer.audience, offer.costNote];
  const note = translationNote(texts, values, host.uiLocale, { versions: host.versions, key });
  const easy = easyLanguageSwitch(host.versions, texts.hasEasy(values));
  const read = readAloudButton(host.speech, key, offerSpeech(host, offer, loaded, texts), 'read-aloud-note');
  if (note === nothing && easy === nothing && read === nothing) return nothing;
  return html`<div class="text-tools">${note}${easy}${read}${read === nothing ? nothing : readAloudNote('read-aloud-note')}</div>`;
}

export function offerDetailTemplate(host: DetailHost, offer: Offer, loaded: LoadedCatalogue, actions: DetailActions): TemplateResult {
  const ui = host.uiLocale;
  const texts = offerTexts(host, offer, loaded);
  const title = texts.pick(offer.title);
  const summary = texts.pick(offer.summary);
  const description = texts.pick(offer.description);
  const source: TextSource = { ui, text: (value) => texts.pick(value), template: (value) => textSpan(value, ui) };
  const location = offer.location;
  const route = safeUrl(host.routeLink(offer));
  const categories = new Map(loaded.catalogue.categories.map((c) => [c.id, c.name]));
  const website = offer.contact?.website;
  const phone = offer.contact?.phone;
  const email = offer.contact?.email;
  const shared = { title: title?.text ?? offer.id, url: host.offerLink(offer.id) };
  return html`<article part="detail" class="detail" aria-labelledby="detail-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && actions.back()}>
    <div class="detail-actions">
      <button type="button" class="button secondary" @click=${actions.back}>
        <span aria-hidden="true" class="back-arrow">←</span> ${msg('Back to the list', { id: 'detail.back', desc: 'Button in an offer’s details that goes back to the list of results.' })}
      </button>
      ${shareButtonsTemplate(actions.share, shared)}
      <button type="button" class="button secondary" @click=${() => actions.print(title?.text ?? offer.id)}>${msg('Print', { id: 'detail.print', desc: 'Button (verb): print this offer.' })}</button>
      ${sharePanelTemplate(actions.share, shared)}
    </div>
    <h2 id="detail-title" tabindex="-1">${textSpan(title, ui)}</h2>
    ${actions.pending === 'loading'
      ? html`<p class="notice" role="status">${msg('Loading the details…', { id: 'detail.loading', desc: 'Status in an offer’s details while the rest of them loads.' })}</p>`
      : actions.pending === 'failed'
        ? html`<div class="notice warning" role="alert">
            <p>${msg('The details of this offer could not be loaded.', { id: 'detail.failed', desc: 'Warning in an offer’s details, followed by a “Try again” button.' })}</p>
            <button type="button" class="button secondary" @click=${() => actions.retry?.()}>${msg('Try again', { id: 'action.retry', desc: 'Button (verb): load the catalogue or the details again.' })}</button>
          </div>`
        : nothing}
    ${offer.organization
      ? html`<p class="org">${offer.organization.url ? externalLink(offer.organization.url, html`<span dir="auto">${offer.organization.name}</span>`) : html`<span dir="auto">${offer.organization.name}</span>`}</p>`
      : nothing}
    ${fallbackNotice(host, [title, summary, description])}
    ${textToolsTemplate(host, offer, loaded, texts)}
    ${noticeTemplate(source, offer, loaded.catalogue.timeZone, offer.temporarilyClosed ? msg('This offer is temporarily closed.', { id: 'detail.closed', desc: 'Warning in an offer’s details: the place is closed for a while.' }) : undefined)}
    ${ageNoticeTemplate(offer, loaded.catalogue.checkAfterMonths, ui)}
    ${paragraph('lead', summary, ui)}
    ${description && description.text !== summary?.text ? paragraph('description', description, ui) : nothing}
    ${nextStepsTemplate(source, offer, { heading: true, cost: { label: costLabel(), value: costWord(offer.cost) } })}

    <div class="detail-grid">
      <section aria-labelledby="contact-title">
        <h3 id="contact-title">${msg('Address and contact', { id: 'detail.contact', desc: 'Heading in an offer’s details.' })}</h3>
        ${offer.online ? html`<p>${msg('This offer is online.', { id: 'detail.online', desc: 'In an offer’s details: the offer takes place online (not: “this entry is published online”).' })}</p>` : nothing}
        ${location
          ? html`<address>
              ${location.street ? html`<span dir="auto">${location.street}</span><br />` : nothing}
              <span dir="auto">${[location.postalCode, location.locality].filter(Boolean).join(' ')}</span>
              ${actions.distanceKm !== undefined ? html`<br /><span class="distance">${actions.distanceText?.(actions.distanceKm) ?? msg(str`${formatDistance(actions.distanceKm, ui)} away`, { id: 'offer.distance', desc: 'Distance from the visitor’s own position (“Near me”). {0} is a formatted distance, such as “2.5 km”.' })}</span>` : nothing}
            </address>`
          : nothing}
        <ul class="contact-list">
          ${route ? html`<li>${externalLink(route, msg('Route planner (OpenStreetMap)', { id: 'detail.route', desc: 'Link to a route planner (OpenStreetMap) with the offer’s address.' }))}</li>` : nothing}
          ${phone && telUrl(phone) ? html`<li>${msg('Phone:', { id: 'detail.phone', desc: 'Label before a phone number; write the colon as your language does.' })} <a href=${telUrl(phone) as string} dir="ltr">${phone}</a></li>` : nothing}
          ${email && mailtoUrl(email) ? html`<li>${msg('Email:', { id: 'detail.email', desc: 'Label before an e-mail address; write the colon as your language does.' })} <a href=${mailtoUrl(email) as string} dir="ltr">${email}</a></li>` : nothing}
          ${website ? html`<li>${externalLink(website, msg('Website', { id: 'detail.website', desc: 'Link to the website of an offer or organisation.' }))}</li>` : nothing}
        </ul>
      </section>
      ${hoursTemplate(host, offer, loaded)}
    </div>

    <dl class="facts">
      ${offer.languages?.length
        ? html`<dt>${msg('Languages spoken', { id: 'filter.languages', desc: 'Filter heading and label in the details: the languages the staff of an offer speak with visitors (not the language of this page).' })}</dt>
            <dd><ul class="tags">${offer.languages.map((tag) => html`<li class="tag" lang=${tag} dir="auto">${endonym(tag)}</li>`)}</ul></dd>`
        : nothing}
      ${offer.cost && !offer.costNote ? html`<dt>${costLabel()}</dt><dd>${costWord(offer.cost)}</dd>` : nothing}
      ${offer.categories?.length
        ? html`<dt>${msg('Topics', { id: 'filter.categories', desc: 'Label of the topic filter, and heading of an offer’s topics (such as “Health”, “Housing”).' })}</dt>
            <dd><ul class="tags">${offer.categories.map((id) => html`<li class="tag">${host.textTemplateOf(host.textOf(categories.get(id), loaded))}</li>`)}</ul></dd>`
        : nothing}
      ${freshnessFacts(offer, host.dateLocale)}
    </dl>
    ${reportMistakeTemplate(loaded.catalogue.corrections, { id: offer.id, title: title?.text ?? offer.id, page: host.offerLink(offer.id) })}
  </article>`;
}
