import { css } from 'lit';

export const offerMapStyles = css`
  .map {
    position: relative;
    block-size: var(--wk-map-height, 26em);
    min-block-size: 14em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    font-size: 0.9em;
    z-index: 0;
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
  .wk-popup h3 {
    margin: 0 0 0.3em;
    font-size: 1.05em;
  }
  .wk-popup p {
    margin: 0 0 0.4em;
  }
  .wk-popup .org {
    font-weight: 600;
  }
  .wk-popup .button {
    min-block-size: 2.5em;
  }
  .leaflet-container {
    font: inherit;
  }
  .leaflet-container a.leaflet-popup-close-button {
    inline-size: 28px;
    block-size: 28px;
    font-size: 22px;
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
