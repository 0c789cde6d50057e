import type { Fetched, ImportSource } from './types.js';

/** Decodes file bytes: UTF-8 (byte order mark removed), or Windows-1252 as spreadsheet programs save it. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The file of a folder or zip with this base name (case-insensitive), nearest the top. */
export function findFile(source: ImportSource, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return [...source.files]
    .filter((f) => f.toLowerCase() === wanted || f.toLowerCase().endsWith(`/${wanted}`))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
}

/**
 * A source made from texts in memory (for tests and for programs that already hold the files):
 * `files` maps names to texts; `fetch` answers web addresses.
 */
export function memorySource(
  files: Readonly<Record<string, string>>,
  options: { label?: string; kind?: ImportSource['kind']; fetch?: (url: string) => Promise<Fetched> } = {},
): ImportSource {
  return {
    label: options.label ?? 'memory',
    kind: options.kind ?? (Object.keys(files).length === 1 ? 'file' : 'folder'),
    files: Object.keys(files),
    text: async (name) => (Object.hasOwn(files, name) ? files[name].replace(/^\uFEFF/, '') : undefined),
    fetch: options.fetch ?? (async (url) => {
      throw new Error(`${url}: this source cannot download`);
    }),
  };
}
