// Runs in headless Chromium (bench/run.mjs): catalogues of 1,000 / 10,000 / 100,000 offers made
// from the sample catalogue, then the real <offer-search> element typing real queries.
import { configureLoader, memoryCopies, OfferQuery, parseCatalogue, clearCatalogueCache } from '../dist/cdn/willkommen-widgets.js';
import { scaledCatalogue } from './catalogues.js';

configureLoader({ maxBytes: 1024 * 1024 * 1024, savedCopies: memoryCopies() });

const QUERIES = ['sprachkurs', 'sprachkrus', 'deutschkurs rostock', 'migratonsberatung', 'beratung', 'kurs', 'muller', 'strasse', 'frauen', 'الالمانية', 'консультация', 'erfurt', 'job', 'a'];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const round = (n) => Math.round(n * 100) / 100;
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

export async function run(sizes) {
  const results = {};
  for (const n of sizes) {
    const text = JSON.stringify(await scaledCatalogue(n));
    let t = performance.now();
    const parsed = parseCatalogue(text);
    results[`catalogue.parse_validate_ms.${n}`] = round(performance.now() - t);
    t = performance.now();
    const q = new OfferQuery(parsed.catalogue);
    q.index;
    results[`search.index_build_ms.${n}`] = round(performance.now() - t);
    // Summaries and descriptions, added in the background in slices: total time and longest task.
    await new Promise((r) => setTimeout(r, 50)); // let the task above end before observing
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    t = performance.now();
    await q.completeIndex();
    results[`search.index_complete_ms.${n}`] = round(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    results[`search.index_complete_longest_task_ms.${n}`] = round(longest);
    results[`search.vocabulary.${n}`] = q.index.vocabulary;

    // The element, end to end: every keystroke of every query, until the results are laid out.
    clearCatalogueCache();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const host = document.getElementById('host');
    host.innerHTML = '';
    const el = document.createElement('offer-search');
    el.setAttribute('src', url);
    host.append(el);
    while (!el.shadowRoot?.querySelector('.cards')) {
      const alert = el.shadowRoot?.querySelector('[role=alert]');
      if (alert) throw new Error(alert.textContent);
      await new Promise((r) => setTimeout(r, 20));
    }
    // The element indexes summaries and descriptions in the background, as measured above: let it finish.
    await new Promise((r) => setTimeout(r, results[`search.index_complete_ms.${n}`] * 1.5 + 300));
    const input = el.shadowRoot.querySelector('#search');
    const times = [];
    for (const query of QUERIES) {
      for (let k = 1; k <= query.length; k++) {
        input.value = query.slice(0, k);
        const start = performance.now();
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        el.shadowRoot.querySelector('.results').getBoundingClientRect();
        times.push(performance.now() - start);
        await frame();
      }
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    results[`search.keystroke.median_ms.${n}`] = round(median(times));
    results[`search.keystroke.p95_ms.${n}`] = round(percentile(times, 95));
    results[`search.keystrokes.${n}`] = times.length;
    URL.revokeObjectURL(url);
  }
  return results;
}
window.runSearchBench = run;
