/**
 * "Report a mistake" on an offer, an event or a job, when the catalogue names where to report
 * (`corrections`): a link to the publisher's form with the entry's id, title and page filled in,
 * and/or a mail to the publisher's address with the same in its subject and body. Both only open
 * the form or the visitor's mail program: nothing is sent without the visitor.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { correctionFormUrl, correctionMailUrl, type ReportedEntry, type ReportMail } from '../../catalogue/corrections.js';
import type { Corrections } from '../../catalogue/schema.js';

/** The mail's subject and body in the interface language (runs while the element renders). */
function reportMail(entry: ReportedEntry): ReportMail {
  const { id, title, page } = entry;
  return {
    subject: msg(str`Mistake in “${title}”`, { id: 'report.mail-subject', desc: 'Subject of the e-mail a visitor sends to report a mistake. {0} is the title of the offer, event or job.' }),
    lines: [
      msg(str`Entry: ${title} (ID ${id})`, { id: 'report.mail-entry', desc: 'First line of the e-mail that reports a mistake. {0} is the title of the offer, event or job, {1} its id in the catalogue (letters and digits).' }),
      msg(str`Seen on: ${page}`, { id: 'report.mail-page', desc: 'Line of the e-mail that reports a mistake. {0} is the address (URL) of the web page where the entry was seen.' }),
      '',
      msg('What is wrong, and what would be right?', { id: 'report.mail-question', desc: 'Line of the e-mail that reports a mistake, above the space where the visitor writes.' }),
      '',
    ],
  };
}

export interface ReportOptions {
  /** Ids of what names the entry, for links in a list (each link then says which entry it reports). */
  describedBy?: string;
}

/**
 * The links to report a mistake in `entry`: the form (`corrections.url`) and the mail
 * (`corrections.email`), each when it passes the URL check; nothing without `corrections`.
 */
export function reportLinks(corrections: Corrections | undefined, entry: ReportedEntry, options: ReportOptions = {}): TemplateResult | typeof nothing {
  if (!corrections) return nothing;
  const form = correctionFormUrl(corrections.url, entry);
  const mail = correctionMailUrl(corrections.email, entry, reportMail);
  if (!form && !mail) return nothing;
  const label = msg('Report a mistake', { id: 'report.link', desc: 'Link on an offer, event or job that opens the publisher’s form, or the visitor’s mail program, to report wrong or outdated information.' });
  return html`${form
    ? html`<a class="report-link" href=${form} target="_blank" rel="noopener noreferrer" aria-describedby=${options.describedBy ?? nothing}>${label}</a>`
    : nothing}${form && mail ? ' ' : nothing}${mail
    ? html`<a class="report-link" href=${mail} aria-describedby=${options.describedBy ?? nothing}>${form
        ? msg('Report a mistake by email', { id: 'report.mail-link', desc: 'Second link next to “Report a mistake” (which opens a form): opens the visitor’s mail program instead.' })
        : label}</a>`
    : nothing}`;
}

/** "Is something here wrong or out of date? Report a mistake", for the end of a details view. */
export function reportMistakeTemplate(corrections: Corrections | undefined, entry: ReportedEntry): TemplateResult | typeof nothing {
  const links = reportLinks(corrections, entry);
  if (links === nothing) return nothing;
  return html`<p class="report">
    ${msg('Is something here wrong or out of date?', { id: 'report.intro', desc: 'Before the “Report a mistake” link at the end of the details of an offer or a job.' })}
    <span class="report-links">${links}</span>
  </p>`;
}
