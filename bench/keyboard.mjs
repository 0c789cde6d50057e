// Key presses a keyboard user needs for the main tasks of the demo page, and the tab stops each
// element adds. Part of `npm run bench`; also runs on its own against any checkout that has been
// built, to compare versions:  node bench/keyboard.mjs [--root <checkout>] [--json]
//
// The visitor starts at the top of the page and presses Tab until the control they want has focus.
// Where the kit offers a skip link past an element (or past its filters) that stands between them
// and that control, they use it. Typed letters count as key presses too. A step that cannot be
// reached in 300 presses is reported as not reached.
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const MAX = 300;
const WIDTH = 1280;

/** Where focus is, looked up through shadow roots: host tag, and whether it matches `selector`. */
function where(page, target) {
  return page.evaluate((t) => {
    let active = document.activeElement;
    let host = null;
    while (active?.shadowRoot?.activeElement) {
      host = active;
      active = active.shadowRoot.activeElement;
    }
    const tag = host?.localName ?? '';
    return {
      tag,
      body: active === document.body || !active,
      hit: !!t && tag === t.host && active.matches(t.selector) && (!t.test || new Function('e', `return ${t.test}`)(active)),
      skipPast: !!active?.matches?.('[part="skip-link"]'),
      skipFilters: !!active?.matches?.('.skip-link:not([part])'),
      label: (active?.getAttribute?.('aria-label') || active?.textContent || active?.localName || '').trim().replace(/\s+/g, ' ').slice(0, 60),
    };
  }, target);
}

const settle = (page, ms = 350) => page.waitForTimeout(ms);

/** One visitor: counts presses and notes where focus went. */
function visitor(page) {
  let presses = 0;
  const log = [];
  const press = async (key) => {
    presses++;
    await page.keyboard.press(key);
  };
  return {
    get presses() {
      return presses;
    },
    log,
    press,
    async type(text) {
      for (const ch of text) await press(ch);
      await settle(page, 500);
    },
    /** Tabs to the target, using skip links that lead past what stands in the way. */
    async tabTo(target, name) {
      for (let n = 0; n < MAX; n++) {
        await press('Tab');
        const at = await where(page, target);
        if (at.hit) {
          log.push(`${name}: reached after ${presses} presses`);
          return true;
        }
        if ((at.skipPast && at.tag !== target.host) || (at.skipFilters && at.tag === target.host && target.afterFilters)) {
          await press('Enter');
          await settle(page, 150);
        }
      }
      log.push(`${name}: not reached in ${MAX} presses`);
      return false;
    },
    async activate(key = 'Enter', ms = 600) {
      await press(key);
      await settle(page, ms);
    },
  };
}

const T = {
  search: { host: 'offer-search', selector: '#search' },
  // The second topic of the sample catalogue: migration counselling.
  topic: { host: 'offer-search', selector: '.chips input', test: "[...e.getRootNode().querySelectorAll('.chips input')].indexOf(e) === 1" },
  result: { host: 'offer-search', selector: '.cards a', afterFilters: true },
  call: { host: 'offer-search', selector: 'a[href^="tel:"]', afterFilters: true },
  route: { host: 'offer-search', selector: 'a[href*="openstreetmap"], a[href*="route"]', afterFilters: true },
  consent: { host: 'offer-map', selector: '[part="placeholder"] button' },
  pin: { host: 'offer-map', selector: '.leaflet-marker-icon' },
  details: { host: 'offer-map', selector: '.leaflet-popup button' },
  calendar: { host: 'event-list', selector: 'button', test: "/kalender|calendar|تقويم/i.test(e.textContent) && !!e.closest('li')", afterFilters: true },
  level: { host: 'job-board', selector: 'select' },
  job: { host: 'job-board', selector: 'a[data-job]', afterFilters: true },
  apply: { host: 'job-board', selector: '.apply a, [part="apply"] a, a[part="apply"]', afterFilters: true },
};

async function task(browser, base, lang, steps) {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  await page.goto(`${base}/demo/?lang=${lang}`);
  await page.waitForFunction(() => (document.querySelector('job-board')?.shadowRoot?.querySelectorAll('a[data-job]').length ?? 0) > 0 && (document.querySelector('offer-search')?.shadowRoot?.querySelectorAll('.cards a').length ?? 0) > 0, null, { timeout: 30_000 });
  await settle(page, 800);
  const v = visitor(page);
  let done = true;
  for (const step of steps) {
    if (!(await step(v, page))) {
      done = false;
      break;
    }
  }
  await page.close();
  return { presses: done ? v.presses : null, log: v.log };
}

const TASKS = {
  /** search → topic → open → route and call → back */
  search: [
    (v) => v.tabTo(T.search, 'search field'),
    async (v) => (await v.type('Beratung'), true),
    (v) => v.tabTo(T.topic, 'first topic'),
    async (v) => (await v.activate('Space'), true),
    (v) => v.tabTo(T.result, 'first result'),
    async (v) => (await v.activate('Enter'), true),
    (v) => v.tabTo(T.route, 'route'),
    (v) => v.tabTo(T.call, 'call'),
    async (v, page) => {
      await v.activate('Escape');
      const at = await where(page, T.result);
      v.log.push(`back: focus ${at.hit ? 'on the result it came from' : `on ${at.body ? 'the page body' : at.label}`}`);
      return true;
    },
  ],
  /** map consent → cluster → marker → popup → details */
  map: [
    (v) => v.tabTo(T.consent, 'load the map'),
    async (v) => (await v.activate('Enter', 1500), true),
    // The first cluster in the tab order, opened until it is a single offer's marker.
    async (v, page) => {
      for (let zoom = 0; zoom < 8; zoom++) {
        if (!(await v.tabTo(T.pin, 'the first marker or cluster'))) return false;
        const cluster = await page.evaluate(() => {
          let a = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return !!a?.querySelector('.wk-cluster');
        });
        await v.activate('Enter', 1200);
        if (!cluster) return true;
      }
      return false;
    },
    (v) => v.tabTo(T.details, 'show details in the popup'),
    async (v, page) => {
      await v.activate('Enter', 800);
      const at = await where(page, null);
      v.log.push(`details: focus ${at.body ? 'on the page body' : `in ${at.tag} on ${at.label}`}`);
      return true;
    },
  ],
  /** event → add to calendar */
  events: [(v) => v.tabTo(T.calendar, 'add to calendar'), async (v) => (await v.activate('Enter'), true)],
  /** job level → job → apply */
  jobs: [
    (v) => v.tabTo(T.level, 'German level'),
    async (v) => {
      for (let i = 0; i < 3; i++) await v.press('ArrowDown');
      await v.press('Enter');
      await v.press('Escape');
      return true;
    },
    (v) => v.tabTo(T.job, 'first job'),
    async (v) => (await v.activate('Enter'), true),
    (v) => v.tabTo(T.apply, 'apply'),
  ],
};

/** Tab stops inside each element, from its first to the one after its last (map with and without consent). */
async function tabStops(browser, base, lang, consent) {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  await page.goto(`${base}/demo/?lang=${lang}`);
  await page.waitForFunction(() => (document.querySelector('job-board')?.shadowRoot?.querySelectorAll('a[data-job]').length ?? 0) > 0, null, { timeout: 30_000 });
  if (consent) {
    await page.evaluate(() => document.querySelector('offer-map')?.shadowRoot?.querySelector('[part="placeholder"] button')?.click());
    await page.waitForFunction(() => !!document.querySelector('offer-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'), null, { timeout: 15_000 });
  }
  await settle(page, 800);
  const counts = {};
  let previous = '';
  for (let n = 0; n < 800; n++) {
    await page.keyboard.press('Tab');
    const { tag, body } = await where(page, null);
    if (body && n > 0 && previous === '') break;
    if (tag) counts[tag] = (counts[tag] ?? 0) + 1;
    if (body) break;
    previous = tag;
  }
  await page.close();
  return counts;
}

export async function runKeyboardBench(base, { langs = ['de', 'ar'], verbose = false } = {}) {
  const browser = await launchChromium();
  const results = {};
  try {
    for (const lang of langs) {
      for (const [name, steps] of Object.entries(TASKS)) {
        const { presses, log } = await task(browser, base, lang, steps);
        results[`keys.${name}.${lang}`] = presses;
        if (verbose) console.log(`${name} (${lang}): ${presses ?? 'not done'}\n  ${log.join('\n  ')}`);
      }
      for (const consent of [false, true]) {
        const counts = await tabStops(browser, base, lang, consent);
        for (const tag of ['offer-search', 'offer-map', 'event-list', 'job-board']) {
          if (consent && tag !== 'offer-map') continue;
          results[`tab_stops.${tag}${consent ? '.map_loaded' : ''}.${lang}`] = counts[tag] ?? 0;
        }
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--root');
  const root = at > 0 ? process.argv[at + 1] : new URL('..', import.meta.url).pathname;
  const { server, url } = await serve({ root });
  try {
    const results = await runKeyboardBench(url, { verbose: !process.argv.includes('--json') });
    console.log(JSON.stringify(results, null, 2));
  } finally {
    server.close();
  }
}
