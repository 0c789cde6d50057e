// npm run build: the npm modules (dist/), the script-tag bundle (dist/cdn/), the validator CLI
// (dist/cli/), type declarations (dist/types/; for React, Vue and Svelte types/) and the JSON Schema
// (schema/). Prints gzip sizes, and the script tags for a CDN with their integrity hashes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, createLogger } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const external = Object.keys(pkg.dependencies);
// base './': files find each other (the validator worker) next to the module, wherever it is hosted.
const quiet = { logLevel: 'warn', customLogger: buildLogger(), configFile: false, root, base: './', worker: { format: 'es' } };

/**
 * Vite's logger without the build warnings that are understood and ask nothing of anyone; every
 * other warning is printed.
 * - INEFFECTIVE_DYNAMIC_IMPORT for src/catalogue/parse.ts: validate-client.ts imports the
 *   validator's main-thread stand-in on demand, so the script-tag files load it only where the
 *   worker cannot start (a chunk of its own there, see the sizes below); the npm module exports
 *   parseCatalogue from src/index.ts, so there it is part of the main chunk, as it should be.
 * - INEFFECTIVE_DYNAMIC_IMPORT for rrule in the CLI's bundle: the elements load the recurrence
 *   library on demand (src/calendar/occurrences.ts); the calendar feeds and the schema.org importer,
 *   which only the CLI and the importers' entry run, import it at once, so in those bundles it is
 *   part of the code, as it should be.
 * - PLUGIN_TIMINGS: Rolldown's note that plugins (here Vite's own) took a large share of the build
 *   time; it comes on a busy machine and asks nothing of this project.
 */
function buildLogger() {
  const known = [
    /^\[INEFFECTIVE_DYNAMIC_IMPORT\] src\/catalogue\/parse\.ts is dynamically imported by src\/catalogue\/validate-client\.ts but also statically imported by src\/index\.ts, dynamic import will not move module into another chunk\.\s*$/,
    /^\[INEFFECTIVE_DYNAMIC_IMPORT\] node_modules\/rrule\/dist\/esm\/index\.js is dynamically imported by src\/calendar\/occurrences\.ts but also statically imported by src\/calendar\/feeds\.ts, src\/importers\/schema-org\/schedule\.ts, dynamic import will not move module into another chunk\.\s*$/,
    /^\[PLUGIN_TIMINGS\] JavaScript callbacks ran for [\d.]+m?s of this [\d.]+m?s build/,
  ];
  const logger = createLogger('warn');
  const warn = logger.warn;
  logger.warn = (message, options) => known.some((k) => k.test(message.replace(/\x1b\[[0-9;]*m/g, ''))) || warn(message, options);
  return logger;
}

/** Element entries: one module per element that registers it (and the bundle of all of them). */
const ELEMENT_ENTRIES = {
  'willkommen-widgets': 'src/cdn/all.ts',
  'offer-search': 'src/elements/offer-search/define.ts',
  'offer-map': 'src/elements/offer-map/define.ts',
  'event-list': 'src/elements/event-list/define.ts',
  'job-board': 'src/elements/job-board/define.ts',
};

/**
 * Lit's css`` templates keep their indentation and comments in the bundle. This collapses them
 * (comments out, runs of white space to one space, none after { ; } or before }), which changes no
 * rule: CSS reads white space only as a separator, and selectors keep theirs.
 */
function compactCss() {
  const block = /\bcss`((?:[^`\\]|\\.)*)`/g;
  return {
    name: 'compact-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(block, (_all, body) => `css\`${body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .trim()}\``),
        map: null,
      };
    },
  };
}

/**
 * Vite's library mode keeps the white space and comments of ES modules, for bundlers that tree-shake
 * them later; the script-tag files go to browsers as they are, so they are minified in full (about
 * 7 % less gzip).
 */
const FULL_MINIFY = { minify: true, comments: { annotation: false, jsdoc: false, legal: false } };

/**
 * The notes for translators (`desc` in `msg()`) are for the XLIFF files, not for visitors: the
 * script-tag files leave them out (about 57 kB of text before compression).
 */
function dropTranslatorNotes() {
  const note = /,\s*desc:\s*'(?:[^'\\]|\\.)*'/g;
  return {
    name: 'drop-translator-notes',
    enforce: 'pre', // on the TypeScript source, as written
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: code.replace(note, ''), map: null };
    },
  };
}

rmSync(`${root}dist`, { recursive: true, force: true });

// 1. npm package: ES modules, dependencies left as imports so an app bundles them once; the
//    importers are an entry of their own (`willkommen-widgets/importers`), never in an element's code.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', importers: 'src/importers/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// 2. For a <script type="module" src="…"> tag: everything bundled, minified; translations and
//    heavy parts (the map) are separate files next to it, loaded only when needed.
//    Each entry is built on its own, so a page with one element loads one file up front (files
//    shared between entries would each be compressed apart, which costs more than it saves).
/** Which elements' catalogues each script-tag file starts downloading as soon as it runs. */
const ELEMENT_TAGS = {
  'willkommen-widgets': ['offer-search', 'offer-map', 'event-list', 'job-board'],
  'offer-search': ['offer-search'],
  'offer-map': ['offer-map'],
  'event-list': ['event-list'],
  'job-board': ['job-board'],
};

// The elements' code for the script-tag files, built together, so files used together on one page
// share their modules (one Lit, one loader, one download per catalogue), and the all-in-one file can
// bring the code of the page's elements first (the modules only it has, the API, come after).
const builtChunks = new Map();
const elementOutputs = [];
/** Per script-tag file: its translations' files by language, so it can ask for the page's at once. */
const localeFiles = {};
for (const names of [Object.keys(ELEMENT_ENTRIES)]) {
  const result = await build({
    ...quiet,
    plugins: [compactCss(), dropTranslatorNotes()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: Object.fromEntries(names.map((name) => [`${name}.elements`, ELEMENT_ENTRIES[name]])), formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js', ...FULL_MINIFY } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  elementOutputs.push(output);
  for (const chunk of output) if (chunk.type === 'chunk') builtChunks.set(chunk.fileName, chunk);
  const locales = Object.fromEntries(
    output.flatMap((chunk) => {
      const lang = /\/i18n\/generated\/locales\/([a-z]{2,3})\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
      return lang ? [[lang, `./${chunk.fileName}`]] : [];
    }),
  );
  for (const name of names) localeFiles[name] = locales;
}
const staticClosure = (name, into = new Set()) => {
  if (into.has(name)) return into;
  into.add(name);
  for (const dep of builtChunks.get(name)?.imports ?? []) staticClosure(dep, into);
  return into;
};

// The script-tag files themselves (src/cdn/entry.ts with their tags and modules filled in).
const workerFile = elementOutputs.flat().find((o) => o.type === 'asset' && /validate-worker/.test(o.fileName)).fileName;
const cdnOutputs = [...elementOutputs];
for (const [name, tags] of Object.entries(ELEMENT_TAGS)) {
  const entryChunk = [...builtChunks.values()].find((c) => c.isEntry && c.name === `${name}.elements`);
  const entryOf = (tag) => [...builtChunks.values()].find((c) => c.isEntry && c.name === `${tag}.elements`).fileName;
  const elementModules = Object.fromEntries(tags.map((tag) => [tag, [...staticClosure(entryOf(tag))].map((file) => `./${file}`)]));
  // The all-in-one file: its own module first, then what the elements' modules do not include.
  const shared = new Set(Object.values(elementModules).flat());
  const rest = name === 'willkommen-widgets' ? [...staticClosure(entryChunk.fileName)].map((file) => `./${file}`).filter((file, i) => i === 0 || !shared.has(file)) : [];
  // The all-in-one file passes on the API of the package (configureLoader, registerElements, …)
  // for pages without a build step: its exports, once the code has arrived.
  const reexport = entryChunk.exports.length
    ? {
        name: 'reexport-api',
        transform(code, id) {
          if (!id.endsWith('/src/cdn/entry.ts')) return null;
          return { code: `${code}\nconst api = await loading;\nexport const { ${entryChunk.exports.join(', ')} } = api;\n`, map: null };
        },
      }
    : undefined;
  const result = await build({
    ...quiet,
    plugins: reexport ? [reexport] : [],
    define: { __WK_TAGS__: JSON.stringify(tags), __WK_ELEMENT_MODULES__: JSON.stringify(elementModules), __WK_REST_MODULES__: JSON.stringify(rest), __WK_WORKER__: JSON.stringify(`./${workerFile}`), __WK_LOCALES__: JSON.stringify(localeFiles[name]) },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: { [name]: 'src/cdn/entry.ts' }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', ...FULL_MINIFY } },
    },
  });
  cdnOutputs.push((Array.isArray(result) ? result[0] : result).output);
}

await build({
  ...quiet,
  build: {
    outDir: 'dist/cli',
    emptyOutDir: false,
    target: 'node20',
    ssr: 'src/cli/index.ts',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'index.js' } },
  },
  ssr: { noExternal: true, target: 'node' },
});

// 4. Type declarations.
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });

// 5. The custom elements manifest (custom-elements.json), from the class doc comments.
execFileSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--config', `${root}custom-elements-manifest.config.mjs`, '--quiet'], { cwd: root, stdio: 'inherit' });

// 6. The JSON Schema, from the same source as the validator.
const { catalogueJsonSchema } = await import(`${root}dist/cli/index.js`);
mkdirSync(`${root}schema`, { recursive: true });
writeFileSync(`${root}schema/catalogue-v1.schema.json`, `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);

// 7. The sample catalogue as a pack (demo/pack, not kept in git): the demo's /demo/?pack and the
// Storybook story "From a pack" read it.
execFileSync(process.execPath, [`${root}bin/willkommen-widgets.js`, 'pack', `${root}demo/catalogue.json`, `${root}demo/pack`, '--clean', '--json'], { stdio: 'ignore' });

// Sizes: each entry with every chunk it imports statically ("up front"), then with the parts it
// loads on demand (the validator while the catalogue downloads, the map library…), translations apart.
const output = cdnOutputs.flat();
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const isLocale = (name) => /^(?:de|ar|fa|uk|ru|tr|fr|es)$/.test(chunks.get(name)?.name ?? '');
const closure = (roots, into = new Set()) => {
  const visit = (name) => {
    if (into.has(name)) return;
    into.add(name);
    for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
  };
  roots.forEach(visit);
  return into;
};
const sum = (names) => [...names].reduce((total, name) => total + gz(chunks.get(name).code), 0);
// The validator runs in a worker file; `parse` is its stand-in on the main thread, loaded only
// where a worker cannot start (the kit served from another origin than the page).
const worker = output.find((o) => o.type === 'asset' && /validate-worker/.test(o.fileName));
const workerSize = worker ? gz(worker.source) : 0;
const isFallback = (name) => chunks.get(name)?.name === 'parse';
const sizes = {};
console.log('\ngzip sizes of dist/cdn: up front / with everything it loads (validator worker, map…), translations apart:');
for (const name of Object.keys(ELEMENT_TAGS)) {
  // Up front: the script-tag file and the elements' modules it asks for at once.
  const chunk = chunks.get(`${name}.js`);
  const elements = [...chunks.values()].find((c) => c.isEntry && c.name === `${name}.elements`);
  const upFront = closure([chunk.fileName, elements.fileName]);
  const lazyRoots = [...upFront].flatMap((name) => chunks.get(name).dynamicImports).filter((name) => !isLocale(name) && !isFallback(name) && !upFront.has(name));
  const all = closure(lazyRoots, new Set(upFront));
  sizes[chunk.name] = sum(upFront);
  sizes[`${chunk.name}.total`] = sum(all) + workerSize;
  console.log(`  ${chunk.fileName.padEnd(26)} ${kb(sizes[chunk.name]).padStart(9)} / ${kb(sizes[`${chunk.name}.total`]).padStart(9)}`);
}
if (worker) console.log(`  of which the validator worker ${worker.fileName}: ${kb(workerSize)} (fetched with the catalogue, runs off the main thread)`);
const locales = [...chunks.values()].filter((c) => isLocale(c.fileName)).map((c) => gz(c.code));
if (locales.length) console.log(`  translations, one file per language loaded when needed: ${kb(Math.min(...locales))} to ${kb(Math.max(...locales))}`);
writeFileSync(`${root}dist/sizes.json`, `${JSON.stringify(sizes, null, 2)}\n`);

// 8. Typings for React, Vue and Svelte from the manifest (types/), and the script-tag files' CDN
//    paths with their Subresource Integrity hashes (also in dist/integrity.json).
const { writeFrameworkTypes } = await import('./build-framework-types.mjs');
writeFrameworkTypes();
const { writeCdnIntegrity, integrityReport } = await import('./cdn-integrity.mjs');
console.log(integrityReport(writeCdnIntegrity(Object.keys(ELEMENT_TAGS).map((name) => `${name}.js`))));
