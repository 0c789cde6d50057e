// What a visitor on a mobile network waits for and downloads: headless Chromium with emulated
// "3G" and "4G" networks, a host page with the paste-in snippet, and the kit's files and the
// catalogue served compressed. Part of `npm run bench`; also runs on its own against any checkout
// that has been built:
//   node bench/network.mjs [--root <checkout>] [--catalogue <file.json> ...] [--packs] [--runs <n>] [--verbose]
// (--packs: each catalogue also as a pack, written by the checkout's `pack` command, named pack-<name>)
//
// For each catalogue (default: the checkout's demo/catalogue.json, named "sample"; a file named
// catalogue-<n>.json is named <n>), medians of `runs` visits:
//   network.first_card_ms.<3g|4g>.<name>       navigation start → first result card laid out, first visit
//   network.second_visit_ms.3g.<name>          the same on a second visit with the HTTP cache warm
//   network.second_visit_kb.3g.<name>          bytes on the wire for that second visit
//   network.full_load_ms.<name>                 unthrottled: until the search has every offer
//   network.full_load_longest_task_ms.<name>    the longest main-thread task meanwhile
//   memory.js_heap_mb.<name>                    JavaScript memory the page holds then
//   network.catalogue_request_start_ms.<3g|4g>.<name>  navigation start → catalogue request started
//   network.catalogue_request_depth.<name>     requests answered one after another before the
//                                              catalogue request starts (the page included)
//   network.bytes_kb.<code|data>.<name>        first visit, bytes on the wire (gzip, headers
//                                              included): code = JavaScript, data = everything
//                                              else the kit fetches (the catalogue); the host
//                                              page itself is not counted
//   network.jobs_only.…                        the same for a page with only <job-board>, and
//                                              network.jobs_only.jobs.<name>, the jobs it shows
// A catalogue the kit refuses (too large, not a catalogue…) gives null figures and
// network.refused.<name> = 1, with network.refused_after_ms.<3g|4g>.<name> (time until the
// message); refused on every first visit, its second visits and jobs-only visits are skipped.
//
// The emulation adds its latency to each request; it does not model DNS, TCP or TLS set-up (the
// server is plain HTTP/1.1 on this machine), so a real first visit starts a few round trips later.
// Chromium's CPU is not slowed down: parsing and rendering take what they take on this machine.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, resolve as resolvePath } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { launchChromium } from '../scripts/chromium.mjs';
import { TYPES } from '../scripts/serve.mjs';

const gzip = promisify(gzipCallback);
const benchDir = new URL('.', import.meta.url).pathname;

/** Emulated networks: latency is added to every request (one round trip); throughputs in bytes/s. */
export const NETWORKS = {
  '3g': { latency: 300, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  '4g': { latency: 60, downloadThroughput: 9_000_000 / 8, uploadThroughput: 3_000_000 / 8 },
};

const PAGES = {
  search: { path: '/bench/network.html', host: 'offer-search', card: '.cards li' },
  jobs: { path: '/bench/network-jobs.html', host: 'job-board', card: '[part="card"]' },
};

// A visit that takes longer than this is broken, not slow (a catalogue just over the kit's size
// limit takes about 25 s on 3G before the kit stops reading it).
const VISIT_TIMEOUT = 180_000;

// ---------------------------------------------------------------------------------------------
// The server. Text is gzipped (level 6, what common web servers use) when the browser accepts it.
// Caching, 'plain': every response is `cache-control: no-cache` with an ETag, answered 304 when it
// still matches, so a second visit asks again for every file and gets short 304 answers: it costs
// round trips but hardly any bytes. That is what a CMS or a plain static host does by default.
// 'recommended': what the README recommends (content-named files kept for a year, the script-tag
// files for an hour); second visits are measured both ways. (The kit asks for a catalogue document
// and a pack's index with `cache: 'no-cache'`, so those are revalidated either way.)

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** Serves `root`, the bench pages from this folder, and each catalogue at /catalogues/<name>.json. */
export function serveCompressed({ root, catalogues = {} }) {
  const caching = { policy: 'plain' };
  /** 'plain': everything revalidated; 'recommended': the caching the README recommends. */
  const cacheControl = (path) => {
    if (caching.policy === 'plain') return 'no-cache';
    if (/\/dist\/cdn\/(chunks|assets)\//.test(path) || /\.[0-9a-f]{12}\.json$/.test(path)) return 'max-age=31536000, immutable';
    if (/\/dist\/cdn\/[\w-]+\.js$/.test(path)) return 'max-age=3600';
    return 'no-cache';
  };
  const packed = new Map(); // file → { mtime, body, gz } so big catalogues are compressed once
  // What was sent, for the few requests the page's DevTools session does not see to the end (the
  // worker's script finishes in the worker): path → bytes of the last answer, headers included.
  const sent = new Map();

  async function load(file) {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new Error('directory');
    const mtime = stat.mtimeMs;
    let entry = packed.get(file);
    if (!entry || entry.mtime !== mtime) {
      const body = readFileSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      entry = { mtime, body, type, etag: `"${stat.size.toString(36)}-${Math.round(mtime).toString(36)}"` };
      if (COMPRESSIBLE.test(type)) entry.gz = await gzip(body, { level: 6 });
      packed.set(file, entry);
    }
    return entry;
  }

  function resolve(pathname) {
    const path = normalize(decodeURIComponent(pathname));
    if (path.includes('..')) return undefined;
    const name = /^\/catalogues\/([^/]+)\.json$/.exec(path)?.[1];
    if (name) return catalogues[name];
    // A pack: its folder at /catalogues/<name>/.
    const [, packName, part] = /^\/catalogues\/([^/]+)\/([\w.-]+\.json)$/.exec(path) ?? [];
    if (packName && catalogues[packName]) return join(catalogues[packName], part);
    if (/^\/bench\/network[^/]*\.html$/.test(path)) return join(benchDir, basename(path));
    return join(root, path);
  }

  /** Compresses the catalogues before any visit, so no visit waits for the server's gzip. */
  async function prepare() {
    for (const file of Object.values(catalogues)) {
      // A pack's parts (its calendar feeds, in a folder of their own, are not what the elements load).
      if (statSync(file).isDirectory()) for (const part of readdirSync(file)) statSync(join(file, part)).isFile() && (await load(join(file, part)));
      else await load(file);
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolve(url.pathname);
    let entry;
    try {
      entry = file && (await load(file));
    } catch {
      entry = undefined;
    }
    const answer = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(body);
      // res._header is the header block as sent (there is no public way to read its size).
      sent.set(url.pathname + url.search, Buffer.byteLength(res._header ?? '') + (body?.length ?? 0));
    };
    if (!entry) return answer(404, { 'content-type': 'text/plain' }, Buffer.from('Not found'));
    const headers = { 'content-type': entry.type, 'cache-control': cacheControl(url.pathname), etag: entry.etag, vary: 'accept-encoding' };
    if (req.headers['if-none-match'] === entry.etag) return answer(304, headers);
    const useGzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = useGzip ? entry.gz : entry.body;
    if (useGzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    answer(200, headers, req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, sent, prepare, caching, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------------------------------------
// In the page. Added before any of the page's scripts run, so it costs no request: it notes, to
// the frame, when the first card is laid out, and when the kit reports a load or an error.
function probe({ host, card }) {
  const state = { firstCard: null, loaded: null, error: null, done: false };
  window.__networkBench = state;
  const finish = () => {
    state.done = true;
  };
  // Each frame, before it is painted: is a card in the element's shadow root and laid out?
  const look = () => {
    const found = document.querySelector(host)?.shadowRoot?.querySelector(card);
    if (found && found.getBoundingClientRect().height > 0) {
      state.firstCard = performance.now();
      return finish();
    }
    if (!state.done) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  document.addEventListener('wk-load', (event) => {
    const { offers, events, jobs, staleSince } = event.detail;
    state.loaded = { at: performance.now(), offers, events, jobs, stale: !!staleSince };
    // Nothing to show: no card will come. (A stale copy still shows cards.)
    if ((host === 'job-board' ? jobs : offers) === 0) setTimeout(finish, 1000);
  });
  document.addEventListener('wk-error', (event) => {
    if (event.detail.stale) return;
    state.error = { at: performance.now(), kind: event.detail.kind, message: event.detail.message };
    finish();
  });
}

// ---------------------------------------------------------------------------------------------
// One visit: a page in `context` on an emulated network, its requests seen through the DevTools
// protocol. (The validator's worker script is fetched on the page's behalf, so the page's network
// emulation applies to it; only its end is reported in the worker, hence the server's count.)

/** Records every request of the page: url, type, status, encoded bytes, protocol times (s). */
function recordRequests(cdp, requests) {
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, type: e.type, wallTime: e.wallTime, sentAt: e.timestamp, bytes: 0 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    r.mimeType = e.response.mimeType;
    r.respondedAt = e.timestamp;
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.received = (r.received ?? 0) + e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.bytes = e.encodedDataLength;
    r.finished = true;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    // An aborted download (the size limit) still cost what arrived before the abort.
    r.bytes = r.received ?? 0;
    r.failed = e.errorText;
  });
}

/** How long a first visit stays once the whole list is there, and the pause before the second visit. */
const STAY_AFTER_MS = 1000;
const COME_BACK_AFTER_MS = 1000;

async function visit(context, site, { page: kind, catalogueUrl, network, cacheDisabled, stay = false }) {
  const { path, host, card } = PAGES[kind];
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`network bench: page error: ${e.message}`));
  const requests = new Map();
  const cdp = await context.newCDPSession(page);
  recordRequests(cdp, requests);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await page.addInitScript(probe, { host, card });
  site.sent.clear();
  await page.goto(`${site.url}${path}?src=${encodeURIComponent(catalogueUrl)}`, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__networkBench?.done, null, { timeout: VISIT_TIMEOUT, polling: 100 });
  } catch {
    // Neither a card nor an error: counted as no figure, and said, so one bad visit ends no run.
    console.error(`network bench: ${path} with ${catalogueUrl}: no card and no error after ${VISIT_TIMEOUT / 1000} s`);
  }
  if (stay) {
    // The visitor stays until the whole list has arrived (a pack's later parts are then saved).
    await page
      .waitForFunction((tag) => !document.querySelector(tag)?.shadowRoot?.querySelector('[part="loading-more"]'), host, { timeout: VISIT_TIMEOUT, polling: 100 })
      .catch(() => undefined);
    // …and reads on a little, as a visitor does: the kit keeps its copies for the next visit then.
    await page.waitForTimeout(STAY_AFTER_MS);
  }
  const state = await page.evaluate(() => window.__networkBench);
  const timing = await page.evaluate((src) => {
    const entry = performance.getEntriesByName(new URL(src, location.href).href, 'resource')[0];
    return { timeOrigin: performance.timeOrigin, catalogueStart: entry ? entry.startTime : null };
  }, catalogueUrl);
  await page.close();
  const list = [...requests.values()];
  for (const r of list) {
    if (r.finished || r.failed) continue;
    const { pathname, search } = new URL(r.url);
    r.bytes = site.sent.get(pathname + search) ?? 0;
  }
  return { state, timing, requests: list };
}

/**
 * The whole catalogue on a fast network: the time until the search has every offer (no "still
 * loading" note, the count final), the longest main-thread task meanwhile, and the JavaScript
 * memory the page holds then (after a garbage collection).
 */
async function fullLoad(context, site, catalogueUrl) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${site.url}${PAGES.search.path}?src=${encodeURIComponent(catalogueUrl)}`);
  await page.waitForFunction(
    () => {
      const root = document.querySelector('offer-search')?.shadowRoot;
      return !!root?.querySelector('.cards li') && !root.querySelector('[part="loading-more"]');
    },
    null,
    { timeout: VISIT_TIMEOUT, polling: 100 },
  );
  const ms = await page.evaluate(() => performance.now());
  // Let background indexing finish before the memory is read.
  await page.waitForTimeout(3000);
  const longest = await page.evaluate(() => window.__longest);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.close();
  return { ms, longest, heapMb: heap / 1024 / 1024 };
}

// ---------------------------------------------------------------------------------------------
// Reading a visit.

const isCode = (r) => r.type === 'Script' || /javascript|ecmascript/.test(r.mimeType ?? '');

function catalogueRequest(requests, catalogueUrl, base) {
  const absolute = new URL(catalogueUrl, base).href;
  return requests.find((r) => r.url === absolute);
}

/** Bytes on the wire, in kB, of the kit's code and data (the host page excluded), and of all. */
function bytesOf(requests) {
  let code = 0;
  let data = 0;
  let all = 0;
  for (const r of requests) {
    all += r.bytes;
    if (r.type === 'Document') continue;
    if (isCode(r)) code += r.bytes;
    else data += r.bytes;
  }
  return { code: code / 1024, data: data / 1024, all: all / 1024 };
}

/**
 * How many requests were answered one after another before the catalogue request started (the
 * page included). Walks back from the catalogue: the request it waited for is the one whose answer
 * came last before it was sent; then the same for that one. Answers, not ends, because the browser
 * starts on a page's scripts while the page is still arriving. On an emulated network with long
 * round trips, the critical path stands out clearly; static imports count, which the protocol's
 * initiators do not show.
 */
function chainDepth(requests, target) {
  if (!target) return null;
  let depth = 0;
  for (let current = target; ; depth++) {
    let before;
    for (const r of requests) {
      if (r === current || r.respondedAt === undefined || r.respondedAt > current.sentAt) continue;
      if (!before || r.respondedAt > before.respondedAt) before = r;
    }
    if (!before) return depth;
    current = before;
  }
}

function catalogueStartMs(visitResult, request) {
  if (visitResult.timing.catalogueStart !== null) return visitResult.timing.catalogueStart;
  // An aborted download has no resource-timing entry: use the protocol's wall clock instead.
  return request?.wallTime ? request.wallTime * 1000 - visitResult.timing.timeOrigin : null;
}

const median = (values) => {
  const known = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
};
const round = (value, digits = 0) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

// ---------------------------------------------------------------------------------------------

/** Names each catalogue: "sample", <n> for catalogue-<n>.json, else the file's name. */
function nameCatalogues(root, catalogues) {
  const files = catalogues?.length ? catalogues : [join(root, 'demo/catalogue.json')];
  const named = new Map(); // in the order given (an object would put "10000" before "sample")
  for (const item of files) {
    const file = typeof item === 'string' ? item : item.file;
    let name = typeof item === 'string' ? undefined : item.name;
    if (!name) {
      const number = /catalogue-(\d+)\.json$/.exec(file)?.[1];
      name = number ?? (resolvePath(file) === resolvePath(root, 'demo/catalogue.json') ? 'sample' : basename(file, '.json'));
    }
    named.set(name.replace(/[^\w-]/g, '_'), resolvePath(file));
  }
  return named;
}

/** Measures one catalogue; adds its figures to `results`. */
async function benchCatalogue(browser, site, name, { runs, verbose, pack }, results) {
  const base = site.url;
  // A pack is measured from its index: the address an element's src points at.
  const catalogueUrl = pack ? `/catalogues/${name}/index.json` : `/catalogues/${name}.json`;
  const log = (...args) => verbose && console.error(...args);
  const fresh = () => browser.newContext({ viewport: { width: 1280, height: 900 } });
  let refused;
  let refusedEveryTime = true;

  const firstVisits = async (kind, net) => {
    const visits = [];
    for (let i = 0; i < runs; i++) {
      const context = await fresh(); // a new context: empty HTTP cache, empty Cache API
      visits.push(await visit(context, site, { page: kind, catalogueUrl, network: NETWORKS[net], cacheDisabled: true }));
      await context.close();
      const v = visits.at(-1);
      log(`  ${name} ${kind} ${net} first visit: card ${round(v.state.firstCard)} ms${v.state.error ? `, ${v.state.error.kind}` : ''}`);
    }
    return visits;
  };

  const summarise = (visits, prefix, net) => {
    const errors = visits.map((v) => v.state.error).filter(Boolean);
    if (errors.length) refused = errors[0];
    if (errors.length < visits.length) refusedEveryTime = false;
    results[`${prefix}first_card_ms.${net}.${name}`] = round(median(visits.map((v) => v.state.firstCard)));
    if (errors.length) results[`${prefix}refused_after_ms.${net}.${name}`] = round(median(errors.map((e) => e.at)));
    const starts = visits.map((v) => catalogueStartMs(v, catalogueRequest(v.requests, catalogueUrl, base)));
    results[`${prefix}catalogue_request_start_ms.${net}.${name}`] = round(median(starts));
  };

  for (const net of ['3g', '4g']) {
    const visits = await firstVisits('search', net);
    summarise(visits, 'network.', net);
    if (net === '3g') {
      const bytes = visits.map((v) => bytesOf(v.requests));
      results[`network.bytes_kb.code.${name}`] = round(median(bytes.map((b) => b.code)), 1);
      results[`network.bytes_kb.data.${name}`] = round(median(bytes.map((b) => b.data)), 1);
      results[`network.catalogue_request_depth.${name}`] = median(
        visits.map((v) => chainDepth(v.requests, catalogueRequest(v.requests, catalogueUrl, base))),
      );
      if (verbose) printRequests(visits[0].requests, visits[0].timing.timeOrigin);
    }
  }

  // A catalogue the kit refused on every first visit: the visits below would only repeat that.
  if (refusedEveryTime) {
    for (const key of ['second_visit_ms.3g', 'second_visit_kb.3g', 'jobs_only.first_card_ms.3g', 'jobs_only.jobs', 'jobs_only.bytes_kb.code', 'jobs_only.bytes_kb.data']) {
      results[`network.${key}.${name}`] = null;
    }
    results[`network.refused.${name}`] = 1;
    console.error(`network bench: catalogue ${name} refused by the kit (${refused.kind}): ${refused.message}`);
    return;
  }

  // Second visit: a visitor comes back in the same browser. The first visit fills the HTTP cache
  // (and the kit's saved copy); it runs without throttling, since only what it leaves matters.
  // The first visit lasts until the whole list has arrived and a second longer; the visitor comes
  // back a second after leaving (before, the second visit began while the browser was still closing
  // the first page, whose work slowed it on a two-core machine).
  // (A browser context keeps its HTTP cache in memory, as a private window does; at these sizes
  // it keeps everything, as a profile's disk cache would.)
  // Twice: with every file revalidated (a plain host's default), and with the caching the README
  // recommends (content-named files kept for a year, the script-tag files for an hour).
  for (const caching of ['plain', 'recommended']) {
    site.caching.policy = caching;
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      const context = await fresh();
      await visit(context, site, { page: 'search', catalogueUrl, network: { latency: 0, downloadThroughput: -1, uploadThroughput: -1 }, cacheDisabled: false, stay: true });
      // The visitor comes back later, not while the browser is still closing the first page.
      await new Promise((done) => setTimeout(done, COME_BACK_AFTER_MS));
      seconds.push(await visit(context, site, { page: 'search', catalogueUrl, network: NETWORKS['3g'], cacheDisabled: false }));
      await context.close();
      log(`  ${name} second visit 3g (${caching} caching): card ${round(seconds.at(-1).state.firstCard)} ms`);
    }
    if (verbose) printRequests(seconds[0].requests, seconds[0].timing.timeOrigin);
    const suffix = caching === 'plain' ? '' : '.recommended_caching';
    results[`network.second_visit_ms.3g${suffix}.${name}`] = round(median(seconds.map((v) => v.state.firstCard)));
    results[`network.second_visit_kb.3g${suffix}.${name}`] = round(median(seconds.map((v) => bytesOf(v.requests).all)), 1);
  }
  site.caching.policy = 'plain';

  {
    const context = await fresh();
    const full = await fullLoad(context, site, catalogueUrl).catch((e) => (console.error(`network bench: ${name}: full load: ${e.message}`), undefined));
    await context.close();
    results[`network.full_load_ms.${name}`] = full ? round(full.ms) : null;
    results[`network.full_load_longest_task_ms.${name}`] = full ? round(full.longest) : null;
    results[`memory.js_heap_mb.${name}`] = full ? round(full.heapMb, 1) : null;
    log(`  ${name} full load: ${full ? `${round(full.ms)} ms, longest task ${round(full.longest)} ms, heap ${round(full.heapMb, 1)} MB` : 'failed'}`);
  }

  // A page with only the job board: what it downloads, and when its first job shows.
  const jobs = await firstVisits('jobs', '3g');
  const jobBytes = jobs.map((v) => bytesOf(v.requests));
  results[`network.jobs_only.first_card_ms.3g.${name}`] = round(median(jobs.map((v) => v.state.firstCard)));
  // Null above with 0 here: the catalogue has no jobs to show, not a failure.
  results[`network.jobs_only.jobs.${name}`] = median(jobs.map((v) => v.state.loaded?.jobs));
  results[`network.jobs_only.bytes_kb.code.${name}`] = round(median(jobBytes.map((b) => b.code)), 1);
  results[`network.jobs_only.bytes_kb.data.${name}`] = round(median(jobBytes.map((b) => b.data)), 1);
  if (jobs.some((v) => v.state.error)) refused ??= jobs.find((v) => v.state.error).state.error;

  if (refused) {
    results[`network.refused.${name}`] = 1;
    console.error(`network bench: catalogue ${name} refused by the kit (${refused.kind}): ${refused.message}`);
  }
}

function printRequests(requests, timeOrigin) {
  for (const r of requests) {
    const at = r.wallTime ? Math.round(r.wallTime * 1000 - timeOrigin) : '';
    const wait = r.respondedAt ? Math.round((r.respondedAt - r.sentAt) * 1000) : '';
    console.error(`    sent ${String(at).padStart(6)} ms, answer after ${String(wait).padStart(5)} ms  ${String(r.type).padEnd(9)} ${(r.bytes / 1024).toFixed(1).padStart(8)} kB ${r.status ?? r.failed ?? ''} ${r.url.replace(/^https?:\/\/[^/]+/, '')}`);
  }
}

/**
 * Runs the network bench against the built checkout at `root` for each catalogue file
 * (default: the sample). Returns a flat object of named numbers (null where there is no figure).
 */
export async function runNetworkBench({ root, catalogues, runs = 3, verbose = false, packs = false } = {}) {
  root ??= new URL('..', import.meta.url).pathname;
  const named = nameCatalogues(root, catalogues);
  // Each catalogue also as a pack (written by the checkout's own command), measured as pack-<name>.
  if (packs) {
    for (const [name, file] of [...named]) {
      if (statSync(file).isDirectory()) continue;
      const folder = join(root, '.tmp/bench', `pack-${name}`);
      rmSync(folder, { recursive: true, force: true });
      const made = spawnSync(process.execPath, [join(root, 'bin/willkommen-widgets.js'), 'pack', file, folder], { encoding: 'utf8' });
      if (made.status === 2) console.error(`network bench: ${name} could not be packed: ${made.stderr.trim()}`);
      else named.set(`pack-${name}`, folder);
    }
  }
  const { server, url, sent, prepare, caching } = await serveCompressed({ root, catalogues: Object.fromEntries(named) });
  await prepare();
  const browser = await launchChromium();
  const results = {};
  try {
    for (const [name, file] of named) {
      if (verbose) console.error(`network bench: catalogue ${name} (${file})`);
      await benchCatalogue(browser, { url, sent, caching }, name, { runs, verbose, pack: statSync(file).isDirectory() }, results);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const values = (flag) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]] : []));
  const results = await runNetworkBench({
    root: values('--root')[0],
    catalogues: values('--catalogue'),
    runs: Number(values('--runs')[0] ?? 3),
    packs: args.includes('--packs'),
    verbose: args.includes('--verbose'),
  });
  console.log(JSON.stringify(results, null, 2));
}
