/**
 * What the job board prints, loaded when the visitor prints (and called with the element's language
 * active: every text is made before the first await): every job now listed as an entry (title,
 * employer, place, type of work, the German it needs, the last day to apply, phone and e-mail to
 * apply, a QR code that opens it on this page) under a header with the filters and the date; and a
 * QR poster of the page with the catalogue's title in the visitor's language and in German.
 */
import { msg, str } from '@lit/localize';
import type { LoadedCatalogue } from '../../catalogue/load.js';
import type { Job } from '../../catalogue/schema.js';
import { mailtoUrl, telUrl } from '../../catalogue/url.js';
import type { CefrLevel, EmploymentType } from '../../catalogue/values.js';
import { addDays, dayKey } from '../../calendar/zone.js';
import type { PrintEntry, PrintText } from '../../controllers/print-list.js';
import type { JobFilters } from '../../events/offer-events.js';
import { count as formatCount, formatDate, list } from '../../i18n/format.js';
import { addressLine, asText, placeWords, printEntries, printPagePoster, type ListPrintHost } from '../base/print-entries.js';
import { qrLabel } from '../base/print-tools.js';

export interface JobPrintHost extends ListPrintHost {
  /** The filters as the visitor sees them. */
  filters: JobFilters;
  typeText(type: EmploymentType): string;
  fieldText(field: string): string;
  levelText(level: CefrLevel): string;
  /** "German needed: B1 – …", or that the job names no level. */
  levelNeeded(job: Job): string;
  /** "Apply by 30 November 2026". */
  applyBy(validThrough: string): string;
}

/** A phone number or an address after its label, kept whole and left to right in any line (a left-to-right isolate). */
const labelled = (label: string, value: string): PrintText => ({ text: `${label} \u2066${value}\u2069` });

export function jobEntries(host: JobPrintHost, jobs: readonly Job[], loaded: LoadedCatalogue): PrintEntry[] {
  const ui = host.ui;
  return jobs.map((job, i) => {
    const title = asText(host.textOf(job.title, loaded)) ?? { text: job.id };
    const phone = job.apply?.phone;
    const email = job.apply?.email;
    const lines = [
      job.employer?.name ? ({ text: job.employer.name, dir: 'auto' } as PrintText) : undefined,
      addressLine(job.location),
      job.employmentType?.length ? { text: list(job.employmentType.map((type) => host.typeText(type)), ui) } : undefined,
      { text: host.levelNeeded(job) },
      job.validThrough ? { text: host.applyBy(job.validThrough) } : undefined,
      phone && telUrl(phone) ? labelled(msg('Phone:', { id: 'detail.phone', desc: 'Label before a phone number; write the colon as your language does.' }), phone) : undefined,
      email && mailtoUrl(email) ? labelled(msg('Email:', { id: 'detail.email', desc: 'Label before an e-mail address; write the colon as your language does.' }), email) : undefined,
    ].filter((line): line is PrintText => !!line);
    return { number: formatCount(i + 1, ui), title, lines, link: host.entryLink(job.id), qrLabel: qrLabel(title.text) };
  });
}

/** The filters in words, each under the label the visitor saw on the filter. */
export function jobFilterWords(host: JobPrintHost, loaded: LoadedCatalogue): { label: string; value?: string }[] {
  const { filters, ui } = host;
  const shown: { label: string; value?: string }[] = [];
  if (filters.employer) shown.push({ label: msg('Employer', { id: 'print.employer', desc: 'In the header of a printed list of jobs: label before the name of the one employer whose jobs are listed.' }), value: filters.employer });
  if (filters.level) shown.push({ label: msg('My German level', { id: 'job.filter.level', desc: 'Label of the filter by the visitor’s own level of German.' }), value: host.levelText(filters.level) });
  if (filters.field) shown.push({ label: msg('Field', { id: 'job.filter.field', desc: 'Label of the filter by occupational field.' }), value: host.fieldText(filters.field) });
  if (filters.types.length) {
    shown.push({
      label: msg('Type of work', { id: 'job.filter.types', desc: 'Heading of the checkboxes of employment types (full time, part time, apprenticeship …).' }),
      value: list(filters.types.map((type) => host.typeText(type as EmploymentType)), ui),
    });
  }
  const place = placeWords(host, loaded, filters.place);
  if (place) shown.push(place);
  if (filters.postedWithin) {
    const days = filters.postedWithin;
    const since = formatDate(addDays(dayKey(new Date(), loaded.catalogue.timeZone), -days), host.dates);
    shown.push({
      label: msg('Posted', { id: 'job.filter.posted', desc: 'Label of the filter by the date a job was posted.' }),
      value:
        days === 7
          ? msg('In the last 7 days', { id: 'job.filter.posted.7', desc: 'Option of the “Posted” filter.' })
          : days === 30
            ? msg('In the last 30 days', { id: 'job.filter.posted.30', desc: 'Option of the “Posted” filter.' })
            : msg(str`Since ${since}`, { id: 'print.posted-since', desc: 'In the header of a printed list of jobs, after “Posted”: only jobs posted on or after this day. {0} is a date (“3 November 2026”).' }),
    });
  }
  if (filters.near) {
    shown.push({ label: msg('Sorted by distance from where this list was made', { id: 'print.near-me', desc: 'In the header of a printed list: the offers are sorted by distance from the position of the device the list was printed from (“Near me”).' }) });
  }
  return shown;
}

export function printJobList(host: JobPrintHost, loaded: LoadedCatalogue, jobs: readonly Job[]): Promise<void> {
  return printEntries(host, loaded, jobs.length, jobFilterWords(host, loaded), jobEntries(host, jobs, loaded));
}

/** The poster of this page. */
export const printJobPoster = printPagePoster;
