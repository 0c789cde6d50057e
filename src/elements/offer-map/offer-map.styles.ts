import { css } from 'lit';

export const offerMapStyles = css`
  .map {
    position: relative;
    /* Never taller than most of the screen, so the whole map and its popups can be seen at 400 %. */
    block-size: min(var(--wk-map-height, 26em), 85vh);
    min-block-size: 14em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    font-size: 0.9em;
    z-index: 0;
    /* Its popups take their size from the map's (cqi, cqb); the map's own size is set above. */
    container: wk-map / size;
  }
  .placeholder {
    display: grid;
    justify-items: center;
    align-content: center;
    gap: 0.6em;
    min-block-size: var(--wk-map-height, 26em);
    padding: var(--_space);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    text-align: center;
  }
  .placeholder p {
    margin: 0;
    max-inline-size: 32em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.6em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .list {
    margin-block-start: 0.6em;
  }
  .list ul {
    margin: 0.3em 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.2em;
  }
  .list li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.6em;
  }
  .list .place {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .link-button {
    min-block-size: 2.75em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
  }
  .list .name {
    min-block-size: 2em;
    display: inline-flex;
    align-items: center;
  }
  /* Markers and clusters: drawn with CSS, no image requests. */
  .wk-marker {
    background: none;
    border: 0;
  }
  .wk-marker:focus-visible {
    outline: none;
  }
  .wk-marker:focus-visible > div {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .wk-pin {
    inline-size: 22px;
    block-size: 22px;
    margin: 2px 4px;
    border: 3px solid #fff;
    border-radius: 50% 50% 50% 0;
    background: var(--wk-marker, var(--_accent));
    transform: rotate(-45deg);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
  }
  .wk-cluster {
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border: 3px solid #fff;
    border-radius: 50%;
    background: var(--wk-marker, var(--_accent));
    color: #fff;
    font: 700 13px/1 system-ui, sans-serif;
    box-shadow: 0 1px 5px rgb(0 0 0 / 0.45);
  }
  .wk-popup {
    text-align: start;
  }
  .wk-popup h3 {
    margin: 0 0 0.3em;
    padding: 0.15em 0.25em;
    font-size: 1.05em;
  }
  .wk-popup h3:focus {
    outline: none;
  }
  .wk-popup h3:focus-visible {
    /* Inside the heading: the popup's scrolling box would cut an outline drawn around it. */
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .wk-popup p {
    margin: 0 0 0.4em;
  }
  .wk-popup .org {
    font-weight: 600;
  }
  .wk-popup .button {
    min-block-size: 2.5em;
    padding-inline: 0.8em;
  }
  .wk-popup a:any-link {
    color: var(--_accent);
  }
  /* "Show details" (or the website) at the foot of the popup, in sight while the text above it
     scrolls; room below it for its focus ring. */
  .wk-popup-actions {
    position: sticky;
    inset-block-end: 0;
    padding-block: 0.3em 0.35em;
    background: #fff;
  }
  /* While more text lies below, a shadow over the action says so. */
  @container wk-popup scroll-state(scrollable: bottom) {
    .wk-popup-actions {
      box-shadow: 0 -0.6em 0.5em -0.5em rgb(0 0 0 / 0.35);
    }
  }
  .leaflet-container {
    font: inherit;
  }
  /*
   * Leaflet blends tiles with plus-lighter against seams; no contrast checker can compute that
   * blend, and it gives up on everything drawn over the map. Tiles are drawn normally.
   */
  .leaflet-container img.leaflet-tile {
    mix-blend-mode: normal;
  }
  /* Opaque controls: their contrast does not depend on the map image below them. */
  .leaflet-container .leaflet-control-attribution {
    background: #fff;
    color: #1f1f1f;
  }
  .leaflet-container .leaflet-control-attribution a {
    color: #0b5cad;
    text-decoration: underline;
  }
  .leaflet-bar a {
    color: #000;
  }
  .leaflet-container a:focus-visible,
  .leaflet-container:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /*
   * Popups stay inside the map, however small it is, and their text scrolls there when it is long,
   * zoomed or more widely spaced: at most the map's size less the margins the map keeps around an
   * opened popup (offer-map.ts: 12 px above, 32 px below for the pin; 56 px on the left for the
   * zoom buttons, 12 px on the right) and the popup's own frame and tip.
   */
  .leaflet-popup-content {
    margin: 12px 34px 12px 14px;
    max-block-size: max(5em, calc(100cqb - 96px));
    max-inline-size: max(9em, calc(100cqi - 120px));
    container: wk-popup / scroll-state;
    overflow: auto;
    overscroll-behavior: contain;
    line-height: 1.4;
  }
  .leaflet-popup-content-wrapper,
  .leaflet-popup-tip {
    background: #fff;
    color: #1f1f1f;
  }
  .leaflet-container a.leaflet-popup-close-button {
    inline-size: 32px;
    block-size: 32px;
    font-size: 24px;
    line-height: 32px;
    color: #4a4a4a;
  }
  @media (forced-colors: active) {
    .wk-pin,
    .wk-cluster {
      forced-color-adjust: none;
      border-color: Canvas;
      background: LinkText;
      color: Canvas;
    }
  }
`;
