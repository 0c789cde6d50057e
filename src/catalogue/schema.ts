/**
 * Catalogue format, version 1: the one source of truth.
 *
 * The Valibot schemas below give the TypeScript types (`v.InferOutput`), the JSON Schema that ships
 * in the package (`npm run schema` writes `schema/catalogue.schema.json`) and the checks the
 * validator runs on every record. Limits are declared once, here.
 */
import * as v from 'valibot';
import { DATE, DATE_TIME, ID, LANGUAGE_TAG, LIMITS, RRULE, TIME, isValidDate } from './limits.js';
import { CEFR_LEVELS, COSTS, DEFAULT_CHECK_AFTER_MONTHS, EMPLOYMENT_TYPES, FORMAT, FORMAT_VERSION, WHEELCHAIR, WEEKDAYS } from './values.js';
import { phoneParts } from './phone.js';
import { isAllowedUrl } from './url.js';

export * from './values.js';
export * from './limits.js';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;


const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `is too long (at most ${max} characters)`));

const nonEmptyText = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `is too long (at most ${max} characters)`),
  );

const languageTag = v.pipe(
  v.string('must be a language code'),
  v.description('A BCP 47 language code; Easy German (Leichte Sprache) is "de-x-ls". Repaired: case and "_" ("DE", "de_DE"), language names from a table ("Arabisch", "Spanish", "ASL" → ase, "Leichte Sprache" → de-x-ls); lists written as text ("de, ar") are split.'),
  v.maxLength(35, 'is too long for a language code'),
  v.regex(LANGUAGE_TAG, 'is not a BCP 47 language code such as "de" or "ar"'),
);

const id = v.pipe(
  v.string('must be an id (text)'),
  v.minLength(1, 'must not be empty'),
  v.maxLength(LIMITS.id, `is too long (at most ${LIMITS.id} characters)`),
  v.regex(ID, 'may contain only letters, digits and . _ : -'),
);

/** A link: one check for every URL in the format (http, https, mailto, tel). */
export const urlSchema = v.pipe(
  v.string('must be a link (text)'),
  v.description('An absolute link. Repaired: "www.…" and bare host names get https://. Links with other schemes (javascript:, data:, …), relative links, hidden characters or user names are removed, never repaired.'),
  v.maxLength(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`),
  v.regex(/^(?:https?:\/\/|mailto:|tel:)/i, 'is not an allowed link (only http, https, mailto and tel)'),
  v.check(isAllowedUrl, 'is not an allowed link (only http, https, mailto and tel)'),
);

const webUrl = v.pipe(
  urlSchema,
  v.regex(/^https?:\/\//i, 'must be a web address starting with https:// or http://'),
);

const email = v.pipe(
  v.string('must be an email address'),
  v.description('An e-mail address. Repaired: trimmed, spaces and "mailto:" removed, the domain in lower case; of several addresses the first.'),
  v.maxLength(LIMITS.email, `is too long (at most ${LIMITS.email} characters)`),
  v.regex(EMAIL, 'is not an email address'),
);

const phone = v.pipe(
  v.string('must be a phone number'),
  v.description('A phone number as it is shown, with an extension or a note if any ("0381 0000 1234 ext. 12 (Mo–Fr)"); the kit dials the number and the extension. Repaired: trimmed, "tel:" removed. Text without a number to dial is removed.'),
  v.maxLength(LIMITS.phone, `is too long for a phone number (at most ${LIMITS.phone} characters)`),
  v.check((s) => phoneParts(s) !== undefined, 'is not a phone number (no number to dial in it)'),
);

const dateOrDateTime = v.pipe(
  v.string('must be a date'),
  v.description('A date (YYYY-MM-DD) or a date-time with an offset. Repaired: German dates (14.10.2026); a date-time without an offset is read in the catalogue\'s time zone.'),
  v.check(
    (s) => (DATE.test(s) || DATE_TIME.test(s)) && isValidDate(s),
    'is not a date (YYYY-MM-DD) or a date-time with a time zone offset (2026-12-03T18:00:00+01:00)',
  ),
);

/** Text a visitor reads: a plain string (the catalogue's default language) or a map of languages. */
export const langMap = (max: number) =>
  v.union(
    [
      nonEmptyText(max),
      v.pipe(
        v.record(languageTag, text(max), 'must be text or an object of language codes to text'),
        v.check(
          (m) => Object.values(m).some((s) => s.trim() !== ''),
          'has no text in any language',
        ),
        v.check(
          (m) => Object.keys(m).length <= LIMITS.languagesPerMap,
          `has too many languages (at most ${LIMITS.languagesPerMap})`,
        ),
      ),
    ],
    'must be text or an object of language codes to text',
  );
export type LangMap = string | Readonly<Record<string, string>>;

const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.listItems) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `has too many entries (at most ${max})`));

export const LocationSchema = v.pipe(
  v.object({
    street: v.optional(text(LIMITS.street)),
    postalCode: v.optional(
      v.pipe(text(LIMITS.postalCode), v.regex(/^[A-Za-z0-9 -]*$/, 'is not a postal code')),
    ),
    locality: v.optional(text(LIMITS.locality)),
    region: v.optional(id),
    lat: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.minValue(-90, 'is not a latitude (between -90 and 90)'),
        v.maxValue(90, 'is not a latitude (between -90 and 90)'),
      ),
    ),
    lon: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.minValue(-180, 'is not a longitude (between -180 and 180)'),
        v.maxValue(180, 'is not a longitude (between -180 and 180)'),
      ),
    ),
  }),
  v.check(
    (l) => (l.lat === undefined) === (l.lon === undefined),
    'needs both lat and lon, or neither',
  ),
);
export type Location = v.InferOutput<typeof LocationSchema>;

const OrganizationSchema = v.object({ name: nonEmptyText(LIMITS.name), url: v.optional(webUrl) });

export const OpeningSlotSchema = v.pipe(
  v.object({
    days: v.pipe(
      list(v.pipe(v.picklist(WEEKDAYS, 'is not a weekday (mo, tu, we, th, fr, sa, su)'), v.description('Repaired: day names and abbreviations in English, German, French, Spanish and Turkish ("Monday", "Mo.", "Montag").')), 7),
      v.minLength(1, 'needs at least one day'),
    ),
    opens: v.pipe(v.string('must be a time'), v.description('HH:MM. Repaired: "9", "9.30", "9 Uhr", "9am", "9:00 p.m.", "noon".'), v.regex(TIME, 'is not a time in the form HH:MM')),
    closes: v.pipe(v.string('must be a time'), v.description('HH:MM, after opens; 24:00 for midnight. Repaired as opens; a closing time of 00:00 is read as 24:00.'), v.regex(TIME, 'is not a time in the form HH:MM')),
  }),
  v.check((s) => s.closes > s.opens, 'closes before it opens'),
);
export type OpeningSlot = v.InferOutput<typeof OpeningSlotSchema>;

export const OpeningHoursSchema = v.object({
  weekly: v.optional(list(OpeningSlotSchema, LIMITS.slots)),
  appointmentOnly: v.optional(v.boolean('must be true or false')),
  note: v.optional(langMap(LIMITS.note)),
});

const cost = v.picklist(COSTS, 'is not a known cost (free, reduced, paid)');

/** A text a visitor reads next to an offer's or event's details: what to bring, who it is for, costs in words. */
const nextStepText = (what: string) => v.pipe(langMap(LIMITS.nextStep), v.description(what));

/** Fields of offers, events and jobs that say how current and how translated the record is. */
const provenance = {
  checked: v.optional(
    v.pipe(
      dateOrDateTime,
      v.description('When someone last confirmed that the entry is still right ("last checked"); `updated` is when it last changed. An entry not checked for longer than the catalogue\'s `checkAfterMonths` gets an age notice.'),
    ),
  ),
  machineTranslated: v.optional(
    v.pipe(
      list(languageTag),
      v.description('The languages in which this record\'s texts were machine-translated; the elements mark such text "automatically translated". Repaired as `languages`.'),
    ),
  ),
  translatedFrom: v.optional(
    v.pipe(
      languageTag,
      v.description('The language the record\'s texts were written in ("show original" shows this one); default: the catalogue\'s defaultLanguage.'),
    ),
  ),
};

export const NoticeSchema = v.object({
  text: langMap(LIMITS.nextStep),
  until: v.optional(
    v.pipe(dateOrDateTime, v.description('The last day (or the moment) the notice applies; it is not shown after it.')),
  ),
});
export type Notice = v.InferOutput<typeof NoticeSchema>;

/** The next step for a visitor: how to book, what to bring, who it is for, wheelchair access, a short-term notice. */
const nextStep = {
  booking: v.optional(v.pipe(webUrl, v.description('A web page to book an appointment.'))),
  bring: v.optional(nextStepText('What to bring ("passport, registration certificate").')),
  audience: v.optional(nextStepText('Who it is for ("women with children under 3").')),
  wheelchair: v.optional(
    v.pipe(
      v.picklist(WHEELCHAIR, 'is not a wheelchair access value (yes, partly, no)'),
      v.description('Wheelchair access to the place. Repaired: true, "ja", "barrierefrei" → yes; "teilweise", "partial", "eingeschränkt" → partly; false, "nein" → no.'),
    ),
  ),
  notice: v.optional(
    v.pipe(
      NoticeSchema,
      v.description('A short-term notice ("closed until 12 January"), shown before the other details until `until`. Repaired: text alone is read as the notice\'s text.'),
    ),
  ),
};

export const OfferSchema = v.object({
  id,
  title: langMap(LIMITS.title),
  summary: v.optional(langMap(LIMITS.summary)),
  description: v.optional(langMap(LIMITS.description)),
  categories: v.optional(list(id)),
  languages: v.optional(list(languageTag)),
  organization: v.optional(OrganizationSchema),
  location: v.optional(LocationSchema),
  online: v.optional(v.boolean('must be true or false')),
  contact: v.optional(
    v.object({ phone: v.optional(phone), email: v.optional(email), website: v.optional(webUrl) }),
  ),
  openingHours: v.optional(OpeningHoursSchema),
  temporarilyClosed: v.optional(v.boolean('must be true or false')),
  cost: v.optional(cost),
  costNote: v.optional(nextStepText('Costs in words ("5 € a month, free with a Bildungskarte").')),
  updated: v.optional(dateOrDateTime),
  ...provenance,
  ...nextStep,
});
export type Offer = v.InferOutput<typeof OfferSchema>;

export const EventSchema = v.pipe(
  v.object({
    id,
    title: langMap(LIMITS.title),
    description: v.optional(langMap(LIMITS.description)),
    start: dateOrDateTime,
    end: v.optional(dateOrDateTime),
    location: v.optional(LocationSchema),
    online: v.optional(v.boolean('must be true or false')),
    url: v.optional(webUrl),
    recurrence: v.optional(
      v.pipe(
        text(LIMITS.recurrence),
        v.regex(RRULE, 'is not an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU'),
        v.check((r) => /(?:^|;)FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;|$)/.test(r), 'needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY'),
      ),
    ),
    categories: v.optional(list(id)),
    languages: v.optional(list(languageTag)),
    offer: v.optional(id),
    cost: v.optional(cost),
    ...provenance,
    ...nextStep,
  }),
  v.check((e) => e.end === undefined || Date.parse(e.end) >= Date.parse(e.start), 'ends before it starts'),
);
export type CatalogueEvent = v.InferOutput<typeof EventSchema>;

export const JobSchema = v.object({
  id,
  title: langMap(LIMITS.title),
  description: v.optional(langMap(LIMITS.description)),
  requirements: v.optional(langMap(LIMITS.description)),
  employer: v.optional(OrganizationSchema),
  location: v.optional(LocationSchema),
  employmentType: v.optional(
    list(v.picklist(EMPLOYMENT_TYPES, 'is not a known employment type'), EMPLOYMENT_TYPES.length),
  ),
  field: v.optional(id),
  germanLevel: v.optional(v.picklist(CEFR_LEVELS, 'is not a CEFR level (A1, A2, B1, B2, C1, C2)')),
  datePosted: v.optional(dateOrDateTime),
  validThrough: v.optional(dateOrDateTime),
  apply: v.optional(
    v.object({ url: v.optional(webUrl), email: v.optional(email), phone: v.optional(phone) }),
  ),
  ...provenance,
});
export type Job = v.InferOutput<typeof JobSchema>;

export const CategorySchema = v.object({ id, name: langMap(LIMITS.name) });
export type Category = v.InferOutput<typeof CategorySchema>;
export const RegionSchema = CategorySchema;
export type Region = Category;

export const PublisherSchema = OrganizationSchema;

export const CorrectionsSchema = v.object({
  url: v.optional(
    v.pipe(
      v.string('must be a link (text)'),
      v.maxLength(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`),
      v.regex(/^https:\/\//i, 'must be a web address starting with https://'),
      v.check(isAllowedUrl, 'is not an allowed link'),
      v.description('A form where visitors report a mistake: an https URL template in which {id}, {title} and {page} are filled in (URL-encoded) with the entry\'s id, its title and the address of the page it was seen on. Repaired: "www.…" gets https://. Other links (http, javascript:, …) are removed.'),
    ),
  ),
  email: v.optional(v.pipe(email, v.description('An address for reports of mistakes; the kit opens a mail with the entry\'s id, title and page filled in.'))),
});
export type Corrections = v.InferOutput<typeof CorrectionsSchema>;

export const FeedsSchema = v.object({
  url: v.pipe(
    v.string('must be a link (text)'),
    v.maxLength(LIMITS.url, `is too long (at most ${LIMITS.url} characters)`),
    v.regex(/^https:\/\/[^?#]*\/$/i, 'must be the https address of a folder, ending with /'),
    v.check(isAllowedUrl, 'is not an allowed link'),
    v.description('The https address of the folder that holds the catalogue\'s calendar feeds: events.ics, events-category-<id>.ics, events-region-<id>.ics (a ":" in an id is written "~"), written by `willkommen-widgets feeds` or `pack`. Repaired: "www.…" gets https://, a missing "/" at the end is added. Other links (http, javascript:, …) and addresses with ?query or #fragment are removed.'),
  ),
});
export type Feeds = v.InferOutput<typeof FeedsSchema>;

/** The whole document as published. The validator checks it record by record. */
export const CatalogueSchema = v.object({
  format: v.literal(FORMAT),
  version: v.literal(FORMAT_VERSION),
  title: v.optional(langMap(LIMITS.title)),
  publisher: v.optional(PublisherSchema),
  updated: v.optional(dateOrDateTime),
  defaultLanguage: v.optional(languageTag),
  timeZone: v.optional(text(64)),
  checkAfterMonths: v.optional(
    v.pipe(
      v.number('must be a number of months'),
      v.integer('must be a whole number of months'),
      v.minValue(1, 'must be at least 1 month'),
      v.maxValue(LIMITS.checkAfterMonths, `must be at most ${LIMITS.checkAfterMonths} months`),
      v.description(`Months after which an entry not checked (its \`checked\` date, else \`updated\`) gets an age notice; default ${DEFAULT_CHECK_AFTER_MONTHS}. Repaired: a number written as text ("12").`),
    ),
  ),
  corrections: v.optional(CorrectionsSchema),
  feeds: v.optional(v.pipe(FeedsSchema, v.description('Where the catalogue\'s calendar feeds are (docs/catalogue-format.md, "Calendar feeds"). Repaired: text alone is read as the folder\'s address.'))),
  categories: v.optional(list(CategorySchema, LIMITS.categories)),
  regions: v.optional(list(RegionSchema, LIMITS.regions)),
  offers: v.optional(list(OfferSchema, LIMITS.offers)),
  events: v.optional(list(EventSchema, LIMITS.events)),
  jobs: v.optional(list(JobSchema, LIMITS.jobs)),
});

/** A validated catalogue: every list present, defaults filled in. */
export interface Catalogue {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  title?: LangMap;
  publisher?: v.InferOutput<typeof PublisherSchema>;
  updated?: string;
  defaultLanguage: string;
  timeZone: string;
  /** Months after which an unchecked entry gets an age notice (default 12). */
  checkAfterMonths: number;
  /** Where visitors report a mistake, if the publisher gave an address. */
  corrections?: Corrections;
  /** Where the catalogue's calendar feeds are, if the publisher serves them. */
  feeds?: Feeds;
  categories: Category[];
  regions: Region[];
  offers: Offer[];
  events: CatalogueEvent[];
  jobs: Job[];
}
