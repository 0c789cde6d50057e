// axe-core (WCAG 2.1 AA) in a Playwright page, for the story and demo tests.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type AxeNode = { target: unknown[]; failureSummary?: string; any?: { data?: unknown }[] };
type AxeResult = { id: string; nodes: AxeNode[] };
type Axe = { run(context: Element | Document, options: object): Promise<Record<'violations' | 'passes' | 'incomplete', AxeResult[]>> };

export type AxeFindings = {
  /** Each violated rule with its first nodes and why. */
  violations: string[];
  /** How many texts had their contrast checked, by element tag (`page` for the host page's own text). */
  contrastChecked: Record<string, number>;
  /** Texts whose contrast axe could not decide (signs such as "+", "−" and "←" are not counted). */
  undecided: string[];
};

/** Runs in the page: keep it self-contained. */
async function runInPage(selector: string | null): Promise<AxeFindings> {
  const axe = (window as unknown as { axe: Axe }).axe;
  const context = selector ? (document.querySelector(selector) as Element) : document;
  const hosts = [...(selector ? [context as Element] : []), ...context.querySelectorAll('*')].filter((e) => e.shadowRoot);
  const roots = hosts.flatMap((e) => [e.shadowRoot as ShadowRoot, ...[...(e.shadowRoot as ShadowRoot).querySelectorAll('*')].flatMap((i) => (i.shadowRoot ? [i.shadowRoot] : []))]);
  // Map tiles are left out: axe-core places an image clipped by the map at its full size
  // (axe-core#2806) and would leave the text around a map undecided. All text over the map has an
  // opaque background of its own (the map test checks that), so the tiles cannot change its contrast.
  const tiles = roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>('.leaflet-tile-pane')]);
  for (const t of tiles) t.style.visibility = 'hidden';
  // Cards far below the screen are not rendered (content-visibility: auto) until a visitor scrolls
  // near them, and axe cannot measure what is not rendered: render them all for the check.
  const renderAll = new CSSStyleSheet();
  renderAll.replaceSync('* { content-visibility: visible !important; }');
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, renderAll];
  const name = (n: AxeNode) => String(n.target.flat().at(-1));
  try {
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    const contrastChecked: Record<string, number> = {};
    for (const n of result.passes.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes)) {
      const where = Array.isArray(n.target[0]) ? (document.querySelector(String((n.target[0] as unknown[])[0]))?.localName ?? '?') : 'page';
      contrastChecked[where] = (contrastChecked[where] ?? 0) + 1;
    }
    return {
      violations: result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => `${name(n)} ${n.failureSummary ?? ''}`).join(', ')}`),
      contrastChecked,
      undecided: result.incomplete
        .filter((r) => r.id === 'color-contrast')
        .flatMap((r) => r.nodes)
        .filter((n) => (n.any?.[0]?.data as { messageKey?: string } | undefined)?.messageKey !== 'nonBmp')
        .map(name),
    };
  } finally {
    for (const t of tiles) t.style.visibility = '';
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== renderAll);
  }
}

/** axe on one element (`selector`) or on the whole page, with the contrast rule made to work on maps. */
export async function axeFindings(page: Page, selector: string | null = null): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeSource });
  return page.evaluate(runInPage, selector);
}
