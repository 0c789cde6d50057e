// Runs in headless Chromium (bench/run.mjs) on generated catalogues of 1,000 / 10,000 / 100,000
// realistic offers: parsing, validating and indexing them, then the real <offer-search> element
// answering real key presses, which bench/run.mjs sends one at a time (window.searchTyping).
import { configureLoader, memoryCopies, OfferQuery, clearCatalogueCache } from '../dist/cdn/willkommen-widgets.js';
// The validator as it runs in the kit's worker, here on the main thread (bench/run.mjs builds it).
import { parseCatalogue } from '../.tmp/bench/lib/parse.js';
import { catalogueText, catalogueUrl } from './catalogues.js';

configureLoader({ maxBytes: 1024 * 1024 * 1024, savedCopies: memoryCopies() });

const SCRIPTS = ['latin', 'arabic', 'cyrillic'];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const round = (n) => Math.round(n * 100) / 100;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

/** Parsing, validating and indexing, without the element. */
export async function run(sizes) {
  const results = {};
  for (const n of sizes) {
    const text = await catalogueText(n);
    let t = performance.now();
    const parsed = parseCatalogue(text);
    results[`catalogue.parse_validate_ms.${n}`] = round(performance.now() - t);
    t = performance.now();
    const q = new OfferQuery(parsed.catalogue);
    q.index;
    results[`search.index_build_ms.${n}`] = round(performance.now() - t);
    // Summaries and descriptions, added in the background in slices: total time and longest task.
    await sleep(50); // let the task above end before observing
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    t = performance.now();
    await q.completeIndex();
    results[`search.index_complete_ms.${n}`] = round(performance.now() - t);
    await sleep(50);
    observer.disconnect();
    results[`search.index_complete_longest_task_ms.${n}`] = round(longest);
    results[`search.vocabulary.${n}`] = q.index.vocabulary;
  }
  return results;
}

/**
 * One typing session: the element loaded with a catalogue and its index complete, a probe timing each
 * key press from the keydown event (its timeStamp: when the browser received the key, so time the key
 * waited for a busy main thread counts) until the element has updated and its results are laid out.
 */
let session;

/** Starts a session with the catalogue of `n` offers; `indexMs`: how long run() took to index summaries and descriptions. */
async function open(n, indexMs = 2000 + n / 10) {
  clearCatalogueCache();
  const host = document.getElementById('host');
  host.innerHTML = '';
  const el = document.createElement('offer-search');
  el.setAttribute('src', catalogueUrl(n));
  host.append(el);
  while (!el.shadowRoot?.querySelector('.cards')) {
    const alert = el.shadowRoot?.querySelector('[role=alert]');
    if (alert) throw new Error(alert.textContent);
    await sleep(20);
  }
  // Summaries and descriptions join the element's index in the background: type once they have
  // (the element's query object is shared per catalogue; without it, wait as long as run() took, and more).
  const catalogue = el.data?.state?.result?.catalogue;
  if (catalogue) await OfferQuery.for(catalogue).completeIndex();
  else await sleep(indexMs * 1.5 + 300);
  while (!(await el.updateComplete));
  await frame();
  await sleep(300);

  const records = [];
  const longTasks = [];
  let pending; // the last key pressed that has not yet changed the field
  let waiting = [];
  const onKeydown = (e) => {
    pending = { start: e.timeStamp, key: e.key };
  };
  const onInput = async (e) => {
    const key = pending;
    pending = undefined;
    if (!key) return; // text put in without a key press: not a keystroke
    const label = session.label;
    const value = e.composedPath()[0]?.value ?? '';
    // The element's own input handler has run (the event reaches the host after the field), so its
    // update is scheduled: wait for it, then make the browser lay the results out.
    while (!(await el.updateComplete));
    (el.shadowRoot.querySelector('.results') ?? el).getBoundingClientRect();
    records.push({ ms: performance.now() - key.start, label, key: key.key, value });
    waiting = waiting.filter(([count, resolve]) => (records.length >= count ? (resolve(records.length), false) : true));
  };
  document.addEventListener('keydown', onKeydown, { capture: true });
  el.addEventListener('input', onInput);
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  session = {
    n,
    el,
    label: '',
    records,
    /** Resolves once `count` keystrokes are measured (or after 30 s, with the number measured). */
    measured(count) {
      if (records.length >= count) return Promise.resolve(records.length);
      return new Promise((resolve) => {
        waiting.push([count, resolve]);
        setTimeout(() => resolve(records.length), 30_000);
      });
    },
    close() {
      longTasks.push(...observer.takeRecords());
      observer.disconnect();
      document.removeEventListener('keydown', onKeydown, { capture: true });
      el.removeEventListener('input', onInput);
      return longTasks;
    },
  };
  return { offers: catalogue?.offers.length ?? null };
}

/** Figures of the session: per size, and per script of the queries typed. */
function finish() {
  const { n, records, el } = session;
  const longTasks = session.close();
  const results = {};
  const typing = records.filter((r) => r.label !== 'clear');
  const ms = (list) => list.map((r) => r.ms);
  results[`search.keystroke.median_ms.${n}`] = round(median(ms(typing)));
  results[`search.keystroke.p95_ms.${n}`] = round(percentile(ms(typing), 95));
  for (const script of SCRIPTS) {
    const own = typing.filter((r) => r.label === script);
    if (!own.length) continue;
    results[`search.keystroke.median_ms.${n}.${script}`] = round(median(ms(own)));
    results[`search.keystroke.p95_ms.${n}.${script}`] = round(percentile(ms(own), 95));
  }
  results[`search.keystrokes.${n}`] = typing.length;
  const clears = records.filter((r) => r.label === 'clear');
  if (clears.length) results[`search.clear.median_ms.${n}`] = round(median(ms(clears)));
  results[`search.typing.long_tasks.${n}`] = longTasks.length;
  results[`search.typing.longest_task_ms.${n}`] = round(Math.max(0, ...longTasks.map((t) => t.duration)));
  const slowest = [...typing].sort((a, b) => b.ms - a.ms).slice(0, 5).map((r) => ({ ms: round(r.ms), script: r.label, key: r.key, value: r.value }));
  el.remove();
  session = undefined;
  return { results, slowest };
}

window.runSearchBench = run;
window.searchTyping = {
  open,
  /** The script the next keystrokes count towards ('clear' for emptying the field). */
  label: (label) => void (session.label = label),
  measured: (count) => session.measured(count),
  finish,
};
