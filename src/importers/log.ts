import { plainLine } from './text.js';
import type { Skipped, Unmapped } from './types.js';

const MAX_SKIPPED = 10_000;

/** Collects what an importer could not map (counted per distinct value) and the rows it skipped. */
export class ImportLog {
  private readonly unmappedByKey = new Map<string, Unmapped>();
  readonly skipped: Skipped[] = [];
  skippedCount = 0;

  unmapped(field: string, value: string, reason: string, at?: string): void {
    const shown = value.length > 120 ? `${value.slice(0, 117)}…` : value;
    const key = `${field}\u0000${shown}\u0000${reason}`;
    const entry = this.unmappedByKey.get(key);
    if (entry) entry.count++;
    else this.unmappedByKey.set(key, { field, value: shown, count: 1, reason, ...(at ? { at } : {}) });
  }

  skip(at: string, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < MAX_SKIPPED) this.skipped.push({ at, reason });
  }

  /** The unmapped values, most frequent first. */
  unmappedList(): Unmapped[] {
    return [...this.unmappedByKey.values()].sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
  }
}

/**
 * The import log with every value and place made plain text first: values come from the data and
 * are printed on terminals and pages, so no markup or control characters reach them.
 */
export class SafeLog {
  constructor(readonly log: ImportLog) {}

  unmapped(field: string, value: string, reason: string, at?: string): void {
    this.log.unmapped(field, plainLine(value) || (value ? '(not readable)' : ''), reason, at === undefined ? undefined : plainLine(at));
  }

  skip(at: string, reason: string): void {
    this.log.skip(plainLine(at), reason);
  }
}
