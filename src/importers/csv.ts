import { parse } from 'csv-parse/sync';
import type { ImportLog } from './log.js';

export interface CsvTable {
  /** Column names as in the header row, trimmed. */
  columns: string[];
  /** One object per good row, keyed by column name; values trimmed, empty cells left out. */
  rows: Record<string, string>[];
  /** For each row, its line number in the file (for messages). */
  lines: number[];
}

const MAX_CELL = 1_000_000;

/**
 * Parses CSV text with a header row (comma, semicolon or tab, detected from the header). A row
 * that cannot be read (an unclosed quote, a cell over a megabyte) is skipped and logged with its
 * line; a row with more or fewer cells than the header is read as far as it goes.
 */
export function parseCsv(text: string, file: string, log: ImportLog): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const header = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error: { lines?: number; message?: string } | undefined) => {
        log.skip(`${file} line ${error?.lines ?? '?'}`, `cannot be read as CSV (${error?.message ?? 'broken row'})`);
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    log.skip(file, `cannot be read as CSV: ${(error as Error).message}`);
    return { columns: [], rows: [], lines: [] };
  }
  if (records.length === 0) return { columns: [], rows: [], lines: [] };
  const columns = records[0].record.map((c) => c.trim());
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  for (let i = 1; i < records.length; i++) {
    const { record, info } = records[i];
    // Checked here, not with csv-parse's max_record_size: that option stops reading the whole file
    // at the first long row, so every row after it would be lost.
    if (record.some((value) => value.length > MAX_CELL)) {
      log.skip(`${file} line ${info.lines}`, `has a cell longer than ${MAX_CELL.toLocaleString('en')} characters`);
      continue;
    }
    const row: Record<string, string> = Object.create(null);
    let any = false;
    for (let c = 0; c < columns.length && c < record.length; c++) {
      const value = record[c].trim();
      if (value && columns[c]) {
        row[columns[c]] = value;
        any = true;
      }
    }
    if (any) {
      rows.push(row);
      lines.push(info.lines);
    }
  }
  return { columns, rows, lines };
}
