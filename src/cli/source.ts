/**
 * The CLI's import sources: a file, a folder, a zip archive or an http(s) address, read in Node.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { decodeText } from '../importers/source.js';
import type { Fetched, ImportSource } from '../importers/types.js';
import { CliError, fileMessage, networkMessage } from './messages.js';

const MAX_FILE = 512 * 1024 * 1024;
const MAX_UNZIPPED = 1024 * 1024 * 1024;
const MAX_FILES = 5_000;
const MAX_DOWNLOAD = 100 * 1024 * 1024;
const TIMEOUT = 30_000;

/**
 * Downloads an http(s) address with a time limit (`timeout`, milliseconds, for the whole download)
 * and a size cap. A host that cannot be reached is named in the error's message, with the reason.
 */
export async function download(url: string, timeout = TIMEOUT): Promise<Fetched> {
  if (!/^https?:\/\//i.test(url)) throw new CliError(`${url}: only http and https addresses can be downloaded`);
  const signal = AbortSignal.timeout(timeout);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      headers: { accept: 'application/json, application/ld+json, text/html;q=0.9, text/csv;q=0.9, */*;q=0.5' },
      redirect: 'follow',
    });
  } catch (error) {
    throw new CliError(networkMessage(url, error, timeout));
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOWNLOAD) throw new CliError(`${url}: the answer is larger than ${MAX_DOWNLOAD / 1024 / 1024} MB`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new CliError(networkMessage(url, signal.aborted ? signal.reason : error, timeout));
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DOWNLOAD) {
      await reader.cancel();
      throw new CliError(`${url}: the answer is larger than ${MAX_DOWNLOAD / 1024 / 1024} MB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { url: response.url || url, status: response.status, contentType: response.headers.get('content-type') ?? '', text: decodeText(bytes).replace(/^\uFEFF/, '') };
}

async function walk(root: string, dir: string, out: string[], depth: number): Promise<void> {
  if (depth > 6 || out.length >= MAX_FILES) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === '__MACOSX') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, path, out, depth + 1);
    else if (entry.isFile() && out.length < MAX_FILES) out.push(relative(root, path).split(sep).join('/'));
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function zipSource(label: string, bytes: Uint8Array, timeout: number): ImportSource {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || /(^|\/)\./.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED) throw new CliError(`${label}: the zip archive unpacks to more than ${MAX_UNZIPPED / 1024 / 1024} MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${label}: not a readable zip archive (${(error as Error).message})`);
  }
  const names = Object.keys(files).slice(0, MAX_FILES);
  return {
    label,
    kind: 'zip',
    files: names,
    text: async (name) => (Object.hasOwn(files, name) ? decodeText(files[name]).replace(/^\uFEFF/, '') : undefined),
    fetch: (url) => download(url, timeout),
  };
}

/** Opens what the user named: an http(s) address, a folder, a zip archive or a file. */
export async function openSource(input: string, { timeout = TIMEOUT }: { timeout?: number } = {}): Promise<ImportSource> {
  if (/^https?:\/\//i.test(input)) {
    return { label: input, kind: 'url', files: [], text: async () => undefined, fetch: (url) => download(new URL(url, input).href, timeout) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new CliError(`${input}: only files, folders, zip archives and http(s) addresses can be read`);
  let info;
  let bytes: Uint8Array;
  try {
    info = await stat(input);
    if (info.isDirectory()) {
      const files: string[] = [];
      await walk(input, input, files, 0);
      if (files.length === 0) throw new CliError(`the folder is empty: ${input}`);
      return {
        label: input,
        kind: 'folder',
        files,
        text: async (name) => (files.includes(name) ? decodeText(await readFile(join(input, name))).replace(/^\uFEFF/, '') : undefined),
        fetch: (url) => download(url, timeout),
      };
    }
    if (info.size > MAX_FILE) throw new CliError(`${input}: the file is larger than ${MAX_FILE / 1024 / 1024} MB`);
    bytes = new Uint8Array(await readFile(input));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fileMessage(error as Error, input));
  }
  if (isZip(bytes)) return zipSource(input, bytes, timeout);
  const name = basename(input);
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new CliError(`the file is empty: ${input}`);
  return { label: input, kind: 'file', files: [name], text: async (n) => (n === name ? text : undefined), fetch: (url) => download(url, timeout) };
}
