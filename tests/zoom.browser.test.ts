// WCAG 1.4.4, 1.4.10 and 1.4.12: at 200 % and 400 % zoom (a 1280 × 1024 screen seen through a
// 640 × 512 and a 320 × 256 CSS-pixel window) and with the text-spacing override applied, every
// element of the kit fits the width, and every control can be reached with Tab and is seen, not
// cut off or covered, when it has focus. In German and in Arabic (right to left).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { until } from './helpers/until.js';
import { focused } from './helpers/focus.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import { setMapConsent } from '../src/elements/offer-map/consent.js';
import '../src/define.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });

/** The text-spacing override of WCAG 1.4.12, as the usual bookmarklet applies it, into shadow roots too. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;
const spacing = new CSSStyleSheet();
spacing.replaceSync(SPACING);

const ZOOMS = [
  ['200 %', 640, 512],
  ['400 %', 320, 256],
] as const;

type Case = { tag: string; attributes: string; ready: string; open?: string; opened?: string };
const CASES: Case[] = [
  { tag: 'offer-search', attributes: '', ready: '.cards a', open: '.cards a', opened: '.detail' },
  { tag: 'offer-map', attributes: 'consent tile-url="/__tiles__/{z}/{x}/{y}.png"', ready: '.leaflet-marker-icon', open: '[part="list"] button[data-offer]', opened: '.leaflet-popup' },
  { tag: 'event-list', attributes: '', ready: '[part="day"]' },
  { tag: 'job-board', attributes: '', ready: 'a[data-job]', open: 'a[data-job]', opened: '[part="detail"]' },
];


const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex="0"]';

/** The controls a visitor can see and reach in the element now. */
function controls(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('.skip-link, [inert], [aria-hidden="true"]') && !e.matches('.skip-link'),
  );
}

/**
 * Tabs from just before the element to just after it. Returns the controls that had focus and
 * those that had focus but could not be seen: outside the window, or hidden by something else
 * (the top element at their centre is not them).
 */
async function tabThrough(el: HTMLElement, before: HTMLElement): Promise<{ reached: Set<Element>; unseen: string[] }> {
  before.focus();
  const reached = new Set<Element>();
  const unseen: string[] = [];
  for (let n = 0; n < 400; n++) {
    await sendKeys({ press: 'Tab' });
    const at = focused();
    if (!at || !el.shadowRoot?.contains(at)) break;
    reached.add(at);
    const r = at.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
    // (A map popup that is fading out, inline opacity 0, is already on its way and covers nothing.)
    const top = (el.shadowRoot as ShadowRoot).elementsFromPoint(x, y).find((e) => (e.closest('.leaflet-popup') as HTMLElement | null)?.style.opacity !== '0') ?? null;
    const inWindow = r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0;
    // A skip link's end marker is focused only on its way out; anything else must be seen.
    if (!at.matches('.skip-end') && (!inWindow || !top || !(at === top || at.contains(top) || top.contains(at)))) {
      unseen.push(`${at.localName}.${at.className} “${(at.textContent ?? '').trim().slice(0, 40)}” at ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} under ${top?.localName}.${top?.className}`);
    }
  }
  return { reached, unseen };
}

afterEach(async () => {
  setMapConsent(false);
  clearCatalogueCache();
  history.replaceState(null, '', location.pathname);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing);
  await setViewport({ width: 800, height: 600 });
});

describe('at 200 % and 400 % zoom with wider text spacing', () => {
  for (const [zoom, width, height] of ZOOMS) {
    for (const lang of ['de', 'ar']) {
      for (const c of CASES) {
        it(`<${c.tag}> fits, and every control is reached and seen (${zoom}, ${lang})`, async () => {
          await setViewport({ width, height });
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
          const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><button id="before">before</button></div>`);
          wrapper.insertAdjacentHTML('beforeend', `<${c.tag} src="/demo/catalogue.json" ${c.attributes}></${c.tag}><button>after</button>`);
          const el = wrapper.querySelector(c.tag) as HTMLElement;
          const root = () => el.shadowRoot as ShadowRoot;
          await until(() => !!root()?.querySelector(c.ready), 15_000);
          root().adoptedStyleSheets = [...root().adoptedStyleSheets, spacing];
          await new Promise((r) => setTimeout(r, 300));

          const states: [string, () => Promise<void>][] = [['list', async () => undefined]];
          if (c.open) {
            states.push([
              'opened',
              async () => {
                (root().querySelector(c.open as string) as HTMLElement).click();
                await until(() => !!root().querySelector(c.opened as string), 5000);
                await new Promise((r) => setTimeout(r, 400));
              },
            ]);
          }
          for (const [state, enter] of states) {
            await enter();
            expect(document.documentElement.scrollWidth, `${state}: no sideways scrolling`).to.be.at.most(innerWidth);
            const expected = controls(root());
            const { reached, unseen } = await tabThrough(el, wrapper.querySelector('#before') as HTMLElement);
            // (A popup closes when Tab reaches a marker it covers: what was in it is gone then.)
            const missed = expected.filter((e) => !reached.has(e) && e.isConnected && !e.closest('[inert]')).map((e) => `${e.localName}.${e.className} “${(e.textContent ?? e.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`);
            expect(missed, `${state}: controls Tab never reached`).to.deep.equal([]);
            expect(unseen, `${state}: controls not seen when focused`).to.deep.equal([]);
          }
        });
      }
    }
  }
});
