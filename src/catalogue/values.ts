/**
 * The allowed values of the catalogue format, declared once. Kept apart from the schema so the
 * elements can use them without loading the validator.
 */
export const FORMAT = 'willkommen-catalogue';
export const FORMAT_VERSION = 1;
/** A pack: the same catalogue in parts for the network (see docs/catalogue-format.md, "Packs"). */
export const PACK_FORMAT = 'willkommen-pack';
export const PACK_VERSION = 1;

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const COSTS = ['free', 'reduced', 'paid'] as const;
export type Cost = (typeof COSTS)[number];

export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
  'APPRENTICESHIP',
  'MINI_JOB',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** Wheelchair access to an offer's or event's place: step-free, partly (some rooms, a ramp on request), or not. */
export const WHEELCHAIR = ['yes', 'partly', 'no'] as const;
export type Wheelchair = (typeof WHEELCHAIR)[number];

/** The language tag of Easy German (Leichte Sprache): German, private use subtag "ls". */
export const EASY_GERMAN = 'de-x-ls';

/** Months after which an entry not checked again gets an age notice, unless the catalogue says otherwise. */
export const DEFAULT_CHECK_AFTER_MONTHS = 12;
/** The placeholders a corrections URL template may hold; each is filled URL-encoded. */
export const CORRECTIONS_PLACEHOLDERS = ['id', 'title', 'page'] as const;

