/**
 * The part of the page URL that belongs to an element: its own parameters under the kit's prefix
 * (`wk-q`, `wk-cat`, … for `<offer-search>`, `wk-job`, `wk-jlevel`, … for `<job-board>`, `wk-event`
 * for `<event-list>`). An element reads or writes them only when the host asked for it: with
 * `url-state` it reads its state when it loads and on back and forward, and writes every change;
 * with `open-linked` it only reads the parameter that names an offer, a job or an event
 * (`wk-offer`, `wk-job`, `wk-event`), once, when it loads (`<event-list>` has only `open-linked`).
 * Share links, and the QR codes of printed lists, are made from the page URL with the entry's
 * parameter either way.
 * Each element touches only its own parameters, so two elements keep their state in one URL.
 */
export type UrlState = Record<string, string>;

/** The parameters `keys` (without the prefix) that the page URL holds. */
export function readUrlState(prefix: string, keys: readonly string[], href = location.href): UrlState {
  const state: UrlState = {};
  try {
    const params = new URL(href).searchParams;
    for (const key of keys) {
      const value = params.get(prefix + key);
      if (value !== null) state[key] = value;
    }
  } catch {
    // an unusual page URL: no state
  }
  return state;
}

/** The page URL with the parameters in `state` set, or removed where empty (others stay untouched). */
export function urlWithState(prefix: string, state: UrlState, href = location.href): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(state)) {
    if (value) url.searchParams.set(prefix + key, value);
    else url.searchParams.delete(prefix + key);
  }
  return url.href;
}

/** Puts `state` into the page URL: a new history entry (`push`) or in place of the current one. */
export function writeUrlState(prefix: string, state: UrlState, mode: 'push' | 'replace'): void {
  try {
    const next = urlWithState(prefix, state);
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  } catch {
    // sandboxed frames may refuse; the element works without the URL
  }
}
