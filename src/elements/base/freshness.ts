/**
 * How fresh an entry is, in plain words: "last checked" and "last updated" (recent ones relative,
 * "3 weeks ago", older ones as a date), and an age notice when nobody has confirmed the entry for
 * longer than the catalogue allows (`checkAfterMonths`, default 12).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isDueForCheck, recency, type Dated } from '../../catalogue/freshness.js';
import { ago, duration, formatDate } from '../../i18n/format.js';

/** When something happened, in words: "today", "3 weeks ago", else the date. */
export function whenText(iso: string, ui: string, now: Date = new Date()): string {
  const r = recency(iso, now);
  return r.unit === 'date' ? formatDate(iso, ui) : ago(r.amount, r.unit, ui);
}

function when(iso: string, ui: string, now: Date): TemplateResult {
  return html`<time datetime=${iso}>${whenText(iso, ui, now)}</time>`;
}

/**
 * "Last checked" and "Last updated" as the terms and descriptions of a `<dl>`; nothing for an entry
 * that has neither date.
 */
export function freshnessFacts(entry: Dated, ui: string, now: Date = new Date()): TemplateResult | typeof nothing {
  if (!entry.checked && !entry.updated) return nothing;
  return html`${entry.checked
    ? html`<dt>${msg('Last checked', { id: 'detail.checked', desc: 'Label of the time when someone last confirmed that the entry is still right (not when it was changed), followed by a date or a relative time (“3 weeks ago”).' })}</dt>
        <dd>${when(entry.checked, ui, now)}</dd>`
    : nothing}${entry.updated
    ? html`<dt>${msg('Last updated', { id: 'detail.updated', desc: 'Label of the time when the entry was last changed, followed by a date or a relative time (“3 weeks ago”).' })}</dt>
        <dd>${when(entry.updated, ui, now)}</dd>`
    : nothing}`;
}

/**
 * The age notice: shown when the entry was last confirmed (`checked`, else `updated`) more than
 * `months` months ago.
 */
export function ageNoticeTemplate(entry: Dated, months: number, ui: string, now: Date = new Date()): TemplateResult | typeof nothing {
  if (!isDueForCheck(entry, months, now)) return nothing;
  const span = duration(months, 'month', ui);
  return html`<p class="age-notice">
    ${msg(str`This entry has not been checked for over ${span}. Please confirm the details before you go.`, {
      id: 'detail.age-notice',
      desc: 'Shown on an entry nobody has confirmed for a long time. {0} is a length of time as the browser writes it, such as “12 months” (in the nominative: word the sentence so that it fits, e.g. German “Die letzte Prüfung dieses Eintrags ist mehr als {0} her.”).',
    })}
  </p>`;
}
