/** `willkommen-widgets export hsds <catalogue> [--out services.json] [--language en]` (being written). */
import type { ParsedArgs } from './args.js';
import type { CliIo } from './report.js';

export const EXPORT_USAGE = `willkommen-widgets export hsds <file-or-url> [--out services.json] [--language CODE]`;

export async function exportCommand(_args: ParsedArgs, io: CliIo): Promise<number> {
  io.err('export is being written');
  return 2;
}
