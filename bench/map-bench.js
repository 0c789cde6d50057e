// Runs in headless Chromium (bench/run.mjs): the real <offer-map> with generated catalogues of
// 1,000 / 10,000 / 100,000 realistic offers, spread around real towns. Tiles come from a local path
// (nothing leaves the machine).
import { clearCatalogueCache, configureLoader, memoryCopies } from '../dist/cdn/willkommen-widgets.js';
import { catalogueUrl } from './catalogues.js';

configureLoader({ maxBytes: 1024 * 1024 * 1024, savedCopies: memoryCopies() });
const round = (n) => Math.round(n * 100) / 100;
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const markers = (el) => el.shadowRoot?.querySelectorAll('.leaflet-marker-icon').length ?? 0;

async function mapWith(src, attributes = {}) {
  const host = document.getElementById('host');
  host.innerHTML = '';
  const el = document.createElement('offer-map');
  el.setAttribute('src', src);
  el.setAttribute('consent', '');
  el.setAttribute('tile-url', '/bench/no-tiles/{z}/{x}/{y}.png');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  host.append(el);
  return el;
}

export async function run(sizes) {
  // Warm up: load Leaflet and the clustering code once, as a page would have before the data.
  clearCatalogueCache();
  const warm = await mapWith('../demo/catalogue.json');
  while (!markers(warm)) await new Promise((r) => setTimeout(r, 20));
  const results = {};
  for (const n of sizes) {
    clearCatalogueCache();
    let ready = 0;
    const el = await mapWith(catalogueUrl(n));
    el.addEventListener('wk-load', () => (ready = performance.now()), { once: true });
    while (!ready) await new Promise((r) => setTimeout(r, 5));
    while (!markers(el)) await frame();
    await frame();
    results[`map.first_render_ms.${n}`] = round(performance.now() - ready);
    results[`map.markers_drawn.${n}`] = markers(el);
    // A filter change: only the family offers, then all again.
    const times = [];
    for (const categories of ['family', '', 'language,work', '']) {
      const before = el.shownOffers.length;
      const start = performance.now();
      el.setAttribute('categories', categories);
      await el.updateComplete;
      await frame();
      if (el.shownOffers.length === before && categories) throw new Error('the filter did not change the map');
      times.push(performance.now() - start);
    }
    results[`map.recluster_ms.${n}`] = round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
    el.remove();
  }
  return results;
}
window.runMapBench = run;
