import type { Fetched, ImportSource } from './types.js';
import cp1252 from './windows-1252.json';

const C1 = cp1252.map as Record<string, string>;

/** Decodes file bytes: UTF-8 (byte order mark removed), or Windows-1252 as spreadsheet programs save it. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Some Node.js versions decode Windows-1252 as Latin-1: bytes 0x80–0x9F (dashes, quotes, "€")
    // come out as invisible controls. Each becomes the Windows-1252 character it stands for.
    return new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')] ?? c);
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
