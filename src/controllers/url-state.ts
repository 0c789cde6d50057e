/**
 * The part of the page URL that belongs to an element: parameters under the element's own
 * prefix (`wk-q`, `wk-cat`, …). Reading is always allowed (shared links open the same view);
 * writing happens only when the host opted in with the `url-state` attribute.
 */
export type UrlState = Record<string, string>;

export function readUrlState(prefix: string, href = location.href): UrlState {
  const state: UrlState = {};
  try {
    for (const [key, value] of new URL(href).searchParams) if (key.startsWith(prefix)) state[key.slice(prefix.length)] = value;
  } catch {
    // an unusual page URL: no state
  }
  return state;
}

/** The page URL with the element's parameters replaced by `state` (others stay untouched). */
export function urlWithState(prefix: string, state: UrlState, href = location.href): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(state)) if (value) url.searchParams.set(prefix + key, value);
  return url.href;
}

export function writeUrlState(prefix: string, state: UrlState, mode: 'push' | 'replace'): void {
  const next = urlWithState(prefix, state);
  if (next === location.href) return;
  try {
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  } catch {
    // sandboxed frames may refuse; the element works without the URL
  }
}
