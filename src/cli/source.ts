/**
 * The CLI's import sources: a file, a folder, a zip archive or an http(s) address, read in Node.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { decodeText } from '../importers/source.js';
import type { Fetched, ImportSource } from '../importers/types.js';

const MAX_FILE = 512 * 1024 * 1024;
const MAX_UNZIPPED = 1024 * 1024 * 1024;
const MAX_FILES = 5_000;
const MAX_DOWNLOAD = 100 * 1024 * 1024;
const TIMEOUT = 30_000;

/** A source that cannot be opened: the message says why in plain words. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

/** Downloads an http(s) address with a time limit and a size cap. */
export async function download(url: string): Promise<Fetched> {
  if (!/^https?:\/\//i.test(url)) throw new SourceError(`${url}: only http and https addresses can be downloaded`);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT),
      headers: { accept: 'application/json, application/ld+json, text/html;q=0.9, text/csv;q=0.9, */*;q=0.5' },
      redirect: 'follow',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const why = (error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT / 1000} s` : cause === 'ENOTFOUND' ? 'the host name is unknown' : cause === 'ECONNREFUSED' ? 'the server refused the connection' : (error as Error).message;
    throw new SourceError(`${url}: cannot download (${why})`);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOWNLOAD) throw new SourceError(`${url}: the answer is larger than ${MAX_DOWNLOAD / 1024 / 1024} MB`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DOWNLOAD) {
      await reader.cancel();
      throw new SourceError(`${url}: the answer is larger than ${MAX_DOWNLOAD / 1024 / 1024} MB`);
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

function zipSource(label: string, bytes: Uint8Array): ImportSource {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || /(^|\/)\./.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED) throw new SourceError(`${label}: the zip archive unpacks to more than ${MAX_UNZIPPED / 1024 / 1024} MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`${label}: not a readable zip archive (${(error as Error).message})`);
  }
  const names = Object.keys(files).slice(0, MAX_FILES);
  return {
    label,
    kind: 'zip',
    files: names,
    text: async (name) => (Object.hasOwn(files, name) ? decodeText(files[name]).replace(/^\uFEFF/, '') : undefined),
    fetch: download,
  };
}

/** Opens what the user named: an http(s) address, a folder, a zip archive or a file. */
export async function openSource(input: string): Promise<ImportSource> {
  if (/^https?:\/\//i.test(input)) {
    return { label: input, kind: 'url', files: [], text: async () => undefined, fetch: (url) => download(new URL(url, input).href) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new SourceError(`${input}: only files, folders, zip archives and http(s) addresses can be read`);
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? `${input}: no such file or folder` : code === 'EACCES' ? `${input}: permission denied` : `${input}: cannot be read (${code ?? (error as Error).message})`);
  }
  if (info.isDirectory()) {
    const files: string[] = [];
    await walk(input, input, files, 0);
    if (files.length === 0) throw new SourceError(`${input}: the folder is empty`);
    return {
      label: input,
      kind: 'folder',
      files,
      text: async (name) => (files.includes(name) ? decodeText(await readFile(join(input, name))).replace(/^\uFEFF/, '') : undefined),
      fetch: download,
    };
  }
  if (info.size > MAX_FILE) throw new SourceError(`${input}: the file is larger than ${MAX_FILE / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await readFile(input));
  if (bytes.length === 0) throw new SourceError(`${input}: the file is empty`);
  if (isZip(bytes)) return zipSource(input, bytes);
  const name = basename(input);
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  return { label: input, kind: 'file', files: [name], text: async (n) => (n === name ? text : undefined), fetch: download };
}
