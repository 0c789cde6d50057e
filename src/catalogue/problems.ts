/**
 * What the validator reports: one problem a field or record, with its JSON path, a code that tools
 * can group by, a plain-English message and what was done about it.
 */
export type Severity = 'error' | 'warning';

/** What the validator did about a problem. */
export type ProblemAction = 'dropped' | 'removed' | 'repaired' | 'kept';

/** Every kind of problem, so tools can group them. */
export const PROBLEM_CODES = [
  'not-object',
  'missing-id',
  'bad-id',
  'duplicate-id',
  'missing-title',
  'missing-start',
  'wrong-type',
  'too-long',
  'too-many',
  'empty',
  'unsafe-link',
  'bad-link',
  'link-repaired',
  'bad-email',
  'email-repaired',
  'bad-phone',
  'phone-repaired',
  'bad-date',
  'date-repaired',
  'no-offset',
  'ends-before-start',
  'bad-time',
  'time-repaired',
  'bad-weekday',
  'weekday-repaired',
  'bad-hours',
  'bad-language',
  'language-repaired',
  'bad-value',
  'value-repaired',
  'bad-coordinates',
  'coordinates-repaired',
  'swapped-coordinates',
  'bad-recurrence',
  'recurrence-repaired',
  'unknown-category',
  'category-repaired',
  'unknown-region',
  'unknown-offer',
  'missing-original',
  'not-https',
  'unknown-placeholder',
  'markup',
  'hidden-characters',
  'too-many-records',
  'bad-field',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * One thing wrong with a catalogue. `error`: the record (or a field of the document head) was
 * dropped; `warning`: the record was kept, the field repaired, removed or kept as written.
 */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
  severity: Severity;
  action: ProblemAction;
}

/** A JSON path as written in reports: `$.offers[3].contact.website`. */
export type Path = readonly (string | number)[];

export function pathOf(segments: Path): string {
  let out = '$';
  for (const s of segments) {
    out += typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** A value named in a message: short text quoted, anything else by its kind. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 60 ? 'text' : JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Collects the problems of one validation and counts what was dropped, repaired and removed. */
export class Collector {
  readonly problems: Problem[] = [];
  dropped = 0;
  repaired = 0;
  removed = 0;
  private add(path: Path, code: ProblemCode, message: string, severity: Severity, action: ProblemAction) {
    this.problems.push({ path: pathOf(path), code, message, severity, action });
  }
  /** The record at `path` cannot be shown: dropped. */
  drop(path: Path, code: ProblemCode, message: string) {
    this.dropped++;
    this.add(path, code, message, 'error', 'dropped');
  }
  /** A field of the document head that cannot be used: ignored. */
  ignore(path: Path, code: ProblemCode, message: string) {
    this.add(path, code, `${message}; ignored`, 'error', 'removed');
  }
  remove(path: Path, code: ProblemCode, message: string) {
    this.removed++;
    this.add(path, code, `${message}; removed`, 'warning', 'removed');
  }
  repair(path: Path, code: ProblemCode, message: string) {
    this.repaired++;
    this.add(path, code, message, 'warning', 'repaired');
  }
  note(path: Path, code: ProblemCode, message: string) {
    this.add(path, code, message, 'warning', 'kept');
  }
}
