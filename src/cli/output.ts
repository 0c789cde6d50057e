import { stat, writeFile } from 'node:fs/promises';
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

/** Why `folder` cannot take the files `command` writes (it is a file, or lies in one), or undefined. */
export async function outputFolderProblem(folder: string, command: string): Promise<string | undefined> {
  try {
    if (!(await stat(folder)).isDirectory()) return `${folder} is a file, not a folder: ${command} writes several files into a folder (made when it is missing)`;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOTDIR') return `cannot make the folder ${folder}: a part of the path is a file, not a folder`;
    if (code !== 'ENOENT') return fileMessage(error as Error, folder, true);
  }
  return undefined;
}
