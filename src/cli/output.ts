import { writeFile } from 'node:fs/promises';
import type { Catalogue } from '../catalogue/schema.js';
import { CliError, fileMessage } from './messages.js';
import type { CliIo } from './report.js';

/** Writes a catalogue as JSON to a file, or to standard output for "-". */
export async function writeCatalogue(catalogue: Catalogue, out: string, io: CliIo, quiet: boolean): Promise<void> {
  const text = `${JSON.stringify(catalogue, null, 2)}\n`;
  if (out === '-') {
    io.out(text.trimEnd());
    return;
  }
  try {
    await writeFile(out, text);
  } catch (error) {
    throw new CliError(fileMessage(error as Error, out, true));
  }
  if (!quiet) io.out(`  written: ${out} (${(Buffer.byteLength(text) / 1024).toFixed(0)} kB)`);
}
