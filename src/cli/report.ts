/**
 * What the CLI prints about a catalogue: for people (counts, categories, languages, problems grouped
 * by code) or as one JSON object for tools.
 */
import { allTexts, localText } from '../catalogue/text.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { Problem, ValidationResult } from '../catalogue/validate.js';
import type { ImportResult } from '../importers/types.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The JSON summary of `validate --json`; `import --json` adds what could not be mapped. */
export function summary(result: ValidationResult, imported?: ImportResult): Record<string, unknown> {
  const { catalogue, problems } = result;
  return {
    offers: catalogue.offers.length,
    events: catalogue.events.length,
    jobs: catalogue.jobs.length,
    categories: catalogue.categories.length,
    regions: catalogue.regions.length,
    dropped: result.dropped,
    repaired: result.repaired,
    removed: result.removed,
    ...(imported
      ? {
          read: imported.read,
          skipped: imported.skipped,
          unmapped: imported.unmapped,
        }
      : {}),
    problems: problems.map(({ path, code, message, severity, action }) => ({ path, code, message, severity, action })),
  };
}

/** The JSON answer for an input that cannot be used at all (exit status 2). */
export function errorSummary(message: string): Record<string, unknown> {
  return { error: message, offers: 0, events: 0, jobs: 0, categories: 0, problems: [{ path: '$', code: 'not-catalogue', message, severity: 'error', action: 'dropped' }] };
}

/** Exit status: 0 nothing to report, 1 problems (or, for an import, things not mapped or rows skipped). */
export function exitCode(result: ValidationResult, imported?: ImportResult): number {
  const clean = result.problems.length === 0 && (!imported || (imported.skipped.length === 0 && imported.unmapped.length === 0));
  return clean ? 0 : 1;
}

/** Share of offers with a title in each language. */
function coverage(catalogue: Catalogue): Map<string, number> {
  const counts = new Map<string, number>();
  for (const offer of catalogue.offers) {
    const langs = new Set(allTexts(offer.title, catalogue.defaultLanguage).map(([lang]) => lang));
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

const percent = (part: number, whole: number) => (whole === 0 ? '0 %' : `${Math.round((part / whole) * 100)} %`);
const count = (n: number) => n.toLocaleString('en');

function problemLine(p: Problem): string {
  return `    ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path}: ${p.message}`;
}

/** The report for people. `limit`: problems listed per code (the rest counted). */
export function printReport(source: string, result: ValidationResult, io: CliIo, limit: number, imported?: ImportResult): void {
  const { catalogue, problems } = result;
  const name = localText(catalogue.title, 'en', catalogue.defaultLanguage)?.text;
  io.out(`${source}${name ? ` — ${name}` : ''}`);
  if (imported) io.out(`  records read: ${count(imported.read)}   rows or items skipped: ${count(imported.skipped.length)}`);
  io.out(`  offers: ${count(catalogue.offers.length)}   events: ${count(catalogue.events.length)}   jobs: ${count(catalogue.jobs.length)}   regions: ${count(catalogue.regions.length)}`);
  io.out(`  default language: ${catalogue.defaultLanguage}   time zone: ${catalogue.timeZone}`);
  io.out(`  categories (${catalogue.categories.length}):`);
  const perCategory = new Map<string, number>();
  for (const offer of catalogue.offers) for (const c of offer.categories ?? []) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
  for (const category of catalogue.categories) {
    const label = localText(category.name, 'en', catalogue.defaultLanguage)?.text ?? category.id;
    io.out(`    ${category.id.padEnd(24)} ${String(perCategory.get(category.id) ?? 0).padStart(6)} offers   ${label}`);
  }
  io.out('  offer titles by language:');
  for (const [lang, n] of coverage(catalogue)) io.out(`    ${lang.padEnd(8)} ${String(n).padStart(6)}  ${percent(n, catalogue.offers.length)}`);

  if (imported) {
    if (imported.skipped.length) {
      io.out(`  skipped (${count(imported.skipped.length)}):`);
      for (const s of imported.skipped.slice(0, limit)) io.out(`    ${s.at}: ${s.reason}`);
      if (imported.skipped.length > limit) io.out(`    … and ${count(imported.skipped.length - limit)} more (--json lists all)`);
    }
    if (imported.unmapped.length) {
      io.out(`  not mapped (${count(imported.unmapped.length)} distinct values):`);
      for (const u of imported.unmapped.slice(0, limit)) io.out(`    ${String(u.count).padStart(6)} × ${u.field} ${JSON.stringify(u.value)}: ${u.reason}${u.at ? ` (first at ${u.at})` : ''}`);
      if (imported.unmapped.length > limit) io.out(`    … and ${count(imported.unmapped.length - limit)} more (--json lists all)`);
    }
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  io.out(`  problems: ${count(problems.length)} (${count(errors)} errors, ${count(problems.length - errors)} warnings); records dropped: ${count(result.dropped)}, fields repaired: ${count(result.repaired)}, fields removed: ${count(result.removed)}`);
  const byCode = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = byCode.get(p.code) ?? [];
    list.push(p);
    byCode.set(p.code, list);
  }
  for (const [code, list] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
    io.out(`  ${code} (${count(list.length)}):`);
    for (const p of list.slice(0, limit)) io.out(problemLine(p));
    if (list.length > limit) io.out(`    … and ${count(list.length - limit)} more (--json lists all)`);
  }
}
