// The WordPress plugin as a site owner installs it: integrations/wordpress/willkommen-widgets/ with
// the kit's script files (dist/cdn/, made by `npm run build`) in its kit/ folder, the version of
// package.json in its header, a translation template (languages/willkommen-widgets.pot), and each
// translation (languages/*.po) compiled for PHP (.mo) and for the editor script (.json).
// Writes .tmp/wordpress/willkommen-widgets/ and .tmp/wordpress/willkommen-widgets-<version>.zip, the
// file for Plugins → Add New → Upload Plugin.
//
//   node scripts/package-wordpress.mjs [--out <folder>] [--no-zip]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const SLUG = 'willkommen-widgets';
const source = join(root, 'integrations/wordpress', SLUG);

function fail(message) {
  console.error(`package-wordpress: ${message}`);
  process.exit(1);
}

/** The folder of the built kit that holds the script-tag files (dist/cdn/, or a versioned folder in it). */
function kitFolder() {
  const cdn = join(root, 'dist/cdn');
  if (existsSync(join(cdn, 'willkommen-widgets.js'))) return cdn;
  const nested = existsSync(cdn)
    ? readdirSync(cdn, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(cdn, d.name, 'willkommen-widgets.js')))
    : [];
  if (nested.length === 1) return join(cdn, nested[0].name);
  return fail('dist/cdn/willkommen-widgets.js is missing: run `npm run build` first.');
}

/** Every file under a folder, as paths relative to it. */
function files(folder, base = folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

/** Replaces the version in one file of the package; the pattern must match, so a renamed line fails here. */
function stamp(file, pattern, version) {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) fail(`no version to set in ${relative(root, file)} (${pattern})`);
  writeFileSync(file, text.replace(pattern, (_all, before, _old, after = '') => `${before}${version}${after}`));
}

/** A PHP or JavaScript string literal in single quotes, unescaped. */
const unquote = (literal) => literal.slice(1, -1).replace(/\\(['\\])/g, '$1');
const poString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** An entry's key in a .mo file: the context and the text, joined by EOT, or the text alone. */
const moKey = (context, text) => (context ? `${context}\u0004${text}` : text);

/**
 * The translation template: every __()/esc_html__()/… string of the plugin's text domain, with where
 * it is used, and block.json's title, description and keywords (which WordPress translates with the
 * contexts "block title", "block description" and "block keyword").
 */
function translationTemplate(folder, version) {
  const strings = new Map();
  const add = (text, where, context = '') => {
    const key = moKey(context, text);
    strings.set(key, { context, text, where: [...(strings.get(key)?.where ?? []), where] });
  };
  const call = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*('(?:[^'\\]|\\.)*')\s*,\s*'willkommen-widgets'\s*\)/g;
  for (const file of files(folder).filter((f) => /\.(php|js)$/.test(f) && !f.startsWith('kit/')).sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    for (const match of text.matchAll(call)) add(unquote(match[1]), `${file}:${text.slice(0, match.index).split('\n').length}`);
  }
  const block = JSON.parse(readFileSync(join(folder, 'block/block.json'), 'utf8'));
  add(block.title, 'block/block.json', 'block title');
  add(block.description, 'block/block.json', 'block description');
  for (const keyword of block.keywords) add(keyword, 'block/block.json', 'block keyword');
  const header = [
    '# Translation template of the WordPress plugin Willkommen Widgets.',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: Willkommen Widgets ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: willkommen-widgets\\n"',
    '',
  ];
  const entries = [...strings.values()].map(({ context, text, where }) =>
    [`#: ${where.join(' ')}`, ...(context ? [`msgctxt ${poString(context)}`] : []), `msgid ${poString(text)}`, 'msgstr ""', ''].join('\n'),
  );
  return `${header.join('\n')}\n${entries.join('\n')}`;
}

/** The entries of a .po file: { key, msgid, msgstr }, key as in a .mo file (the header has msgid ''). */
function readPo(text) {
  const entries = [];
  let entry;
  let field;
  let context = '';
  for (const line of text.split('\n').map((l) => l.trim())) {
    const start = /^(msgctxt|msgid|msgstr) (".*")$/.exec(line);
    if (start) {
      if (start[1] === 'msgctxt') context = JSON.parse(start[2]);
      if (start[1] === 'msgid') {
        entries.push((entry = { context, msgid: '', msgstr: '' }));
        context = '';
      }
      field = start[1];
      if (field === 'msgctxt') continue;
      entry[field] = JSON.parse(start[2]);
    } else if (line.startsWith('"') && entry) {
      entry[field] += JSON.parse(line);
    }
  }
  return entries.map((e) => ({ ...e, key: moKey(e.context, e.msgid) }));
}

/** A GNU .mo file (little-endian, no hash table): what load_plugin_textdomain() reads. */
function mo(entries) {
  const sorted = entries.map((e) => [Buffer.from(e.key), Buffer.from(e.msgstr)]).sort((a, b) => Buffer.compare(a[0], b[0]));
  const count = sorted.length;
  const tables = 28 + count * 16;
  const head = Buffer.alloc(tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(count, 8);
  head.writeUInt32LE(28, 12);
  head.writeUInt32LE(28 + count * 8, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(tables, 24);
  const bodies = [];
  let offset = tables;
  for (const [column, table] of [[0, 28], [1, 28 + count * 8]]) {
    sorted.forEach((pair, i) => {
      head.writeUInt32LE(pair[column].length, table + i * 8);
      head.writeUInt32LE(offset, table + i * 8 + 4);
      bodies.push(pair[column], Buffer.alloc(1));
      offset += pair[column].length + 1;
    });
  }
  return Buffer.concat([head, ...bodies]);
}

/** The editor script's translations as WordPress loads them (Jed 1.x JSON, named after the script's path). */
function scriptTranslations(entries, locale) {
  const header = entries.find((e) => e.msgid === '')?.msgstr ?? '';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': /Plural-Forms: ([^\n]*)/.exec(header)?.[1] ?? 'nplurals=2; plural=(n != 1);' } };
  for (const e of entries) if (e.msgid && e.msgstr) messages[e.key] = [e.msgstr];
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/**
 * Compiles languages/<domain>-<locale>.po into .mo and the editor script's .json; returns, per
 * locale, how many of the template's strings it translates (and warns about the others).
 */
function compileTranslations(folder) {
  const languages = join(folder, 'languages');
  const template = new Set(readPo(readFileSync(join(languages, `${SLUG}.pot`), 'utf8')).filter((e) => e.msgid).map((e) => e.key));
  const editorScript = createHash('md5').update('block/editor.js').digest('hex');
  const counts = [];
  for (const file of readdirSync(languages).filter((f) => f.endsWith('.po'))) {
    const locale = new RegExp(`^${SLUG}-(.+)\\.po$`).exec(file)?.[1] ?? fail(`languages/${file}: name it ${SLUG}-<locale>.po`);
    const entries = readPo(readFileSync(join(languages, file), 'utf8')).filter((e) => e.msgid === '' || (e.msgstr && template.has(e.key)));
    const missing = [...template].filter((key) => !entries.some((e) => e.key === key));
    if (missing.length) console.warn(`package-wordpress: ${file} lacks ${missing.length} string(s): ${missing.map((m) => JSON.stringify(m.replace('\u0004', ' | '))).join(', ')}`);
    writeFileSync(join(languages, `${SLUG}-${locale}.mo`), mo(entries));
    writeFileSync(join(languages, `${SLUG}-${locale}-${editorScript}.json`), scriptTranslations(entries, locale));
    counts.push(`${locale} ${template.size - missing.length}/${template.size}`);
  }
  return counts;
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? resolve(args[outIndex + 1] ?? fail('--out needs a folder')) : join(root, '.tmp/wordpress');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const kit = kitFolder();
const target = join(out, SLUG);

rmSync(target, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(source, target, { recursive: true });
cpSync(kit, join(target, 'kit'), { recursive: true });
stamp(join(target, `${SLUG}.php`), /^( \* Version:\s+)(\S+)()$/m, version);
stamp(join(target, `${SLUG}.php`), /^(const VERSION = ')([^']+)(';)$/m, version);
stamp(join(target, 'block/block.json'), /^(\t"version": ")([^"]+)(",)$/m, version);
stamp(join(target, 'block/editor.asset.php'), /^(\t'version'\s+=> ')([^']+)(',)$/m, version);
stamp(join(target, 'readme.txt'), /^(Stable tag: )(\S+)()$/m, version);
mkdirSync(join(target, 'languages'), { recursive: true });
writeFileSync(join(target, `languages/${SLUG}.pot`), translationTemplate(target, version));
const translated = compileTranslations(target);

const packaged = files(target).sort();
let summary = `${relative(process.cwd(), target) || target}/ (${packaged.length} files)`;
if (!args.includes('--no-zip')) {
  const zipFile = join(out, `${SLUG}-${version}.zip`);
  const entries = Object.fromEntries(packaged.map((file) => [`${SLUG}/${file}`, [readFileSync(join(target, file)), { mtime: statSync(join(target, file)).mtime }]]));
  writeFileSync(zipFile, zipSync(entries, { level: 9 }));
  summary += ` and ${relative(process.cwd(), zipFile) || zipFile} (${(statSync(zipFile).size / 1024).toFixed(0)} kB)`;
}
console.log(`WordPress plugin ${version}: ${summary}; translations: ${translated.join(', ') || 'none'}`);
