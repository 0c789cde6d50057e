/**
 * The next step for a visitor, in the order of usefulness: a short-term notice ("closed until
 * 12 January", first and prominent, not shown after its `until`), the booking link, what to bring,
 * who it is for, the costs in words, and wheelchair access. Shared by the offer details, the
 * events of the event list and the offer cards (a short notice and a wheelchair mark).
 */
import { msg } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { noticeHolds } from '../../catalogue/freshness.js';
import type { LangMap, Notice } from '../../catalogue/schema.js';
import { safeUrl } from '../../catalogue/url.js';
import type { LocalText } from '../../catalogue/text.js';
import type { Wheelchair } from '../../catalogue/values.js';
import type { SpeechPart } from '../../controllers/speech-controller.js';
import type { TextSource } from './text-source.js';

/** The next-step fields of an offer or an event. */
export interface NextSteps {
  readonly notice?: Notice;
  readonly booking?: string;
  readonly bring?: LangMap;
  readonly audience?: LangMap;
  readonly costNote?: LangMap;
  readonly wheelchair?: Wheelchair;
}

// The wheelchair symbol (Material Symbols "accessible", Apache 2.0): shown beside its words, which
// are its text alternative.
const WHEELCHAIR_ICON = svg`<circle cx="12" cy="4" r="2" /><path d="M19 13v-2c-1.54.02-3.09-.75-4.07-1.83l-1.29-1.43c-.17-.19-.38-.34-.61-.45-.01 0-.01-.01-.02-.01H13c-.35-.2-.75-.3-1.19-.26C10.76 7.11 10 8.04 10 9.09V15c0 1.1.9 2 2 2h5v5h2v-5.5c0-1.1-.9-2-2-2h-3v-3.45c1.29 1.07 3.25 1.94 5 1.95zm-6.17 5c-.41 1.16-1.52 2-2.83 2-1.66 0-3-1.34-3-3 0-1.31.84-2.41 2-2.83V12.1c-2.28.46-4 2.48-4 4.9 0 2.76 2.24 5 5 5 2.42 0 4.44-1.72 4.9-4h-2.07z" />`;

/** The labels of the next steps, said where they are shown and where they are read aloud. */
const labels = {
  bring: () => msg('What to bring', { id: 'next.bring', desc: 'Label of what a visitor should bring to an offer or event (papers, passport, photos).' }),
  audience: () => msg('Who it is for', { id: 'next.audience', desc: 'Label of who an offer or event is meant for (“women with children under 3”).' }),
};

/**
 * The next steps for "Read aloud", in the order the details show them: what to bring, who it is
 * for, the costs (with `cost`, as shown: only where there are costs in words) and wheelchair access;
 * each label in the interface's language (`ui`), each text in its own.
 */
export function nextStepsSpeech(pick: (value: LangMap | undefined) => LocalText | undefined, record: NextSteps, ui: string, cost?: { label: string; value?: string }): SpeechPart[] {
  const parts: SpeechPart[] = [];
  const labelled = (label: string, value: LocalText | undefined, also?: string) => {
    if (!value) return;
    parts.push({ text: label, lang: ui });
    if (also) parts.push({ text: also, lang: ui });
    parts.push({ text: value.text, lang: value.lang });
  };
  labelled(labels.bring(), pick(record.bring));
  labelled(labels.audience(), pick(record.audience));
  if (cost) labelled(cost.label, pick(record.costNote), cost.value);
  if (record.wheelchair) parts.push({ text: wheelchairText(record.wheelchair), lang: ui });
  return parts;
}

/** Wheelchair access in words. */
export function wheelchairText(value: Wheelchair): string {
  switch (value) {
    case 'yes':
      return msg('Wheelchair accessible', { id: 'wheelchair.yes', desc: 'The place of an offer or event can be reached in a wheelchair (step-free).' });
    case 'partly':
      return msg('Partly wheelchair accessible', { id: 'wheelchair.partly', desc: 'The place can partly be reached in a wheelchair (for example the ground floor, or a ramp on request).' });
    default:
      return msg('Not wheelchair accessible', { id: 'wheelchair.no', desc: 'The place cannot be reached in a wheelchair.' });
  }
}

/**
 * Wheelchair access as the symbol and its words (the words are the symbol's text alternative).
 * The "no" has no symbol: a crossed-out one is easily misread.
 */
export function wheelchairTemplate(value: Wheelchair | undefined): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<span class="wheelchair" data-access=${value}>${value === 'no'
      ? nothing
      : html`<svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">${WHEELCHAIR_ICON}</svg>`}<span>${wheelchairText(value)}</span></span>`;
}

/**
 * The short-term notice, first in the details: with `closed` (the words for "temporarily closed"),
 * both in one box; nothing once the notice's `until` has passed (in the catalogue's time zone).
 */
export function noticeTemplate(text: TextSource, record: NextSteps, timeZone: string, closed?: string, now: Date = new Date()): TemplateResult | typeof nothing {
  const notice = noticeHolds(record.notice, timeZone, now) ? text.text(record.notice?.text) : undefined;
  if (!notice && !closed) return nothing;
  return html`<div class="next-notice">
    ${closed ? html`<p><strong>${closed}</strong></p>` : nothing}
    ${notice ? html`<p class="notice-text">${text.template(notice)}</p>` : nothing}
  </div>`;
}

/** A card's short notice (two lines at most), while it holds. */
export function cardNoticeTemplate(text: TextSource, record: NextSteps, timeZone: string, now: Date = new Date()): TemplateResult | typeof nothing {
  const notice = noticeHolds(record.notice, timeZone, now) ? text.text(record.notice?.text) : undefined;
  return notice ? html`<p class="card-notice">${text.template(notice)}</p>` : nothing;
}

export interface NextStepOptions {
  /** A heading ("Before you go") over the steps, for a details view (not for the events in a list). */
  heading?: boolean;
  /** The cost in a word ("Free of charge") and its label, shown with `costNote`. */
  cost?: { label: string; value?: string };
  /** Ids of what names the entry, for the booking link in a list. */
  describedBy?: string;
  /** The booking link's words (default "Book an appointment"; an event's: "Sign up"). */
  bookingLabel?: string;
  /** More terms and descriptions for the end of the list (such as "last checked"). */
  more?: TemplateResult | typeof nothing;
}

/**
 * Booking, what to bring, who it is for, costs in words and wheelchair access, in that order, as far
 * as the record has them; nothing when it has none (and no `more`).
 */
export function nextStepsTemplate(text: TextSource, record: NextSteps, options: NextStepOptions = {}): TemplateResult | typeof nothing {
  const booking = safeUrl(record.booking);
  const bring = text.text(record.bring);
  const audience = text.text(record.audience);
  const costNote = text.text(record.costNote);
  const more = options.more ?? nothing;
  const cost = costNote && options.cost;
  const listed = !!(bring || audience || cost || record.wheelchair) || more !== nothing;
  const book = booking?.startsWith('http') ? booking : undefined;
  if (!book && !listed) return nothing;
  const body = html`${book
      ? html`<p class="booking"><a class="button" href=${book} target="_blank" rel="noopener noreferrer" aria-describedby=${options.describedBy ?? nothing}>${options.bookingLabel ?? msg('Book an appointment', { id: 'next.booking', desc: 'Link (shown as a button) to the web page where a visitor books an appointment for an offer.' })}</a></p>`
      : nothing}
    ${listed
      ? html`<dl class="steps">
      ${bring
        ? html`<dt>${labels.bring()}</dt>
            <dd>${text.template(bring)}</dd>`
        : nothing}
      ${audience
        ? html`<dt>${labels.audience()}</dt>
            <dd>${text.template(audience)}</dd>`
        : nothing}
      ${cost
        ? html`<dt>${cost.label}</dt>
            <dd>${cost.value ? html`${cost.value}<br />` : nothing}${text.template(costNote)}</dd>`
        : nothing}
      ${record.wheelchair
        ? html`<dt>${msg('Wheelchair access', { id: 'next.wheelchair', desc: 'Label of whether the place can be reached in a wheelchair.' })}</dt>
            <dd>${wheelchairTemplate(record.wheelchair)}</dd>`
        : nothing}
      ${more}
    </dl>`
      : nothing}`;
  if (!options.heading) return html`<div class="next-steps">${body}</div>`;
  return html`<section class="next-steps" aria-labelledby="next-steps-title">
    <h3 id="next-steps-title">${msg('Before you go', { id: 'next.title', desc: 'Heading over the next steps of an offer: booking an appointment, what to bring, who it is for, costs, wheelchair access.' })}</h3>
    ${body}
  </section>`;
}
