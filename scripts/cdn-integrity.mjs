// The script-tag files as a CDN serves them from the published package, with their Subresource
// Integrity hashes: `npm run build` prints a ready <script> tag for each and writes dist/integrity.json
// (also the hash of every other module in dist/cdn, keyed by CDN URL, for an import map's `integrity`).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

/** `sha384-…` of a file's bytes, as the integrity attribute takes it. */
export function sriHash(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** Where jsDelivr serves dist/cdn of this version of the package (byte for byte, as published). */
export function cdnBase(dir = root) {
  const { name, version } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
  return `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/cdn/`;
}

/** The <script> tag a page pastes for a script-tag file. */
export const scriptTag = ({ url, integrity }) => `<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`;

/**
 * Hashes of the script-tag files (`scripts`: file → { url, integrity }) and of every other module in
 * dist/cdn (`modules`: URL → integrity), written to dist/integrity.json.
 */
export function writeCdnIntegrity(scriptFiles, dir = root) {
  const base = cdnBase(dir);
  const scripts = Object.fromEntries(scriptFiles.map((file) => [file, { url: `${base}${file}`, integrity: sriHash(`${dir}dist/cdn/${file}`) }]));
  const modules = {};
  for (const file of readdirSync(`${dir}dist/cdn`, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.js') && !scriptFiles.includes(file)) modules[`${base}${file}`] = sriHash(`${dir}dist/cdn/${file}`);
  }
  const result = { scripts, modules };
  writeFileSync(`${dir}dist/integrity.json`, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** The lines `npm run build` prints. */
export function integrityReport({ scripts }) {
  return [
    '\nScript-tag files on a CDN once this version is published (Subresource Integrity, sha384; all hashes in dist/integrity.json):',
    ...Object.values(scripts).map((entry) => `  ${scriptTag(entry)}`),
  ].join('\n');
}
