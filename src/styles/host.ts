import { css } from 'lit';

/**
 * The host reset and the `--wk-` tokens shared by every element. Sizes are in `em` from a host
 * font size of `medium` (the visitor's browser setting), so `html { font-size: 62.5% }` on the
 * page does not shrink the widget; set `--wk-font-size: 1em` to follow the page's text size.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--wk-accent, #0b5cad);
    --_on-accent: var(--wk-accent-contrast, #fff);
    --_text: var(--wk-text, currentColor);
    --_muted: var(--wk-text-muted, color-mix(in srgb, currentColor 74%, transparent));
    --_surface: var(--wk-surface, transparent);
    --_surface-alt: var(--wk-surface-alt, color-mix(in srgb, currentColor 6%, transparent));
    --_border: var(--wk-border, color-mix(in srgb, currentColor 28%, transparent));
    --_radius: var(--wk-radius, 0.5em);
    --_space: var(--wk-space, 1em);
    --_focus: var(--wk-focus, #c2410c);
    --_danger: var(--wk-danger, #b3261e);
    --_warning-surface: var(--wk-warning-surface, #fff4d6);
    --_warning-text: var(--wk-warning-text, #4d3800);

    display: block;
    /* The layout follows the width the element is given (see [part~='base']). Where the page gives
       no width of its own (a flex row, a float), the element still takes a usable one. */
    min-inline-size: min(100%, 20em);
    box-sizing: border-box;
    font-family: var(--wk-font, inherit);
    font-size: var(--wk-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The query container of every element: its layout adapts to the width the host page gives it
     (@container wk), from a narrow sidebar to a full page, whatever the window's width. Only the
     inline size is contained: the element's height still follows its content. */
  [part~='base'] {
    container: wk / inline-size;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  /* Links in the site's accent colour, visited or not (a class of its own still decides). */
  :where(a:any-link) {
    color: var(--_accent);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  /* Headings that a view moves focus to (tabindex="-1") show the ring as well, however the view was
     opened: the visitor sees where reading continues. */
  :focus-visible,
  :is(h1, h2, h3, h4, h5, h6)[tabindex='-1']:focus {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.4em 1.1em;
    border: 0.0625em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  details.disclosure > summary {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    cursor: pointer;
    font-weight: 600;
    list-style: none;
  }
  details.disclosure > summary::-webkit-details-marker {
    display: none;
  }
  /* A square box that holds its glyph, so that the turned marker stays within the summary (no
     sideways scrolling where the summary meets the element's edge). */
  details.disclosure > summary::before {
    content: '▸';
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    overflow: hidden;
    line-height: 1;
    text-align: center;
    transition: transform 0.15s;
  }
  [dir='rtl'] details.disclosure > summary::before {
    transform: scaleX(-1);
  }
  details.disclosure[open] > summary::before {
    transform: rotate(90deg);
  }
  details.filter-panel > summary {
    padding: 0.2em 0.9em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter-panel-body {
    display: grid;
    gap: 0.9em;
    margin-block-start: 0.7em;
  }
  /* Skip links are out of sight (as .visually-hidden, below) until they have focus. */
  .skip-end:focus {
    display: block;
    margin-block-start: 0.5em;
    padding: 0.2em 0.5em;
    color: var(--_muted);
  }
  .skip-link:focus {
    display: block;
    margin-block-end: 0.5em;
    padding: 0.4em 0.8em;
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    cursor: pointer;
  }
  .visually-hidden,
  .skip-link:not(:focus),
  .skip-end:not(:focus) {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .state h2 {
    margin: 0;
    font-size: 1.1em;
  }
  .state p {
    margin: 0;
  }
  .state.error {
    border-color: var(--_danger);
    border-inline-start-width: 0.3em;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .loading-more {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .spinner {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.18em solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: var(--_space);
    padding: 0.6em var(--_space);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    color: var(--_warning-text);
  }
  .stale p {
    margin: 0;
    flex: 1 1 16em;
  }
  .stale .button {
    min-height: 2.5em;
    background: transparent;
    color: inherit;
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .state.error {
      border-color: CanvasText;
    }
    .stale {
      border: 1px solid CanvasText;
    }
  }
`;
