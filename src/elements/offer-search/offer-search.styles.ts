import { css } from 'lit';

export const offerSearchStyles = css`
  .controls {
    display: grid;
    gap: 0.9em;
    margin-block-end: 1.25em;
  }
  .search-row {
    display: grid;
    gap: 0.3em;
  }
  .search-label {
    font-weight: 600;
  }
  input[type='search'] {
    inline-size: 100%;
    min-block-size: 2.9em;
    padding: 0.5em 0.8em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--wk-input-surface, Field);
    color: var(--wk-input-text, FieldText);
    font: inherit;
    font-size: 1.05em;
    text-overflow: ellipsis;
  }
  /* The empty field (dir="auto": a typed word sets its own direction) shows its example in the
     element's direction, its start in sight. */
  [dir='rtl'] input[type='search']:placeholder-shown {
    direction: rtl;
  }
  input[type='search']:focus-visible {
    border-color: var(--_accent);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.35em;
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .chips legend {
    inline-size: 100%;
    float: inline-start;
  }
  .chip {
    position: relative;
    max-inline-size: 100%;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.3em 0.85em;
    border: 0.0625em solid var(--_border);
    border-radius: 1.5em;
    background: var(--_surface);
    cursor: pointer;
    line-height: 1.2;
  }
  .chip input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .chip:has(input:focus-visible) {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .chip[data-checked] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chip[data-checked]::before {
    content: '✓';
    font-weight: 700;
  }
  .chip[data-empty] {
    color: var(--_muted);
  }
  .count {
    flex: none;
    display: inline-block;
    min-inline-size: 1.6em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_surface-alt);
    font-size: 0.85em;
    text-align: center;
  }
  /* The count of a checked chip is a pill in the chip's own two colours, inverted: its contrast is
     that of the chip's text (--wk-accent against --wk-accent-contrast), never less. */
  .chip[data-checked] .count {
    background: var(--_on-accent);
    color: var(--_accent);
  }
  .more-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em 1.25em;
  }
  .select {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.45em;
    max-inline-size: 100%;
  }
  /* As wide as the longest choice, so that no choice is cut where the element has room for it. */
  select {
    min-block-size: 2.75em;
    min-inline-size: min(100%, 12em);
    inline-size: auto;
    max-inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--wk-input-surface, Field);
    color: var(--wk-input-text, FieldText);
    font: inherit;
  }
  /* Narrow: a select on a line of its own under its label, as wide as the element. */
  @container wk (max-width: 30em) {
    .select {
      display: grid;
      inline-size: 100%;
    }
    .select select {
      inline-size: 100%;
    }
  }
  details.languages {
    flex-basis: 100%;
  }
  details.languages .chips {
    margin-block-start: 0.4em;
  }
  .link-button {
    min-block-size: 2.75em;
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .near .hint {
    flex-basis: 100%;
  }
  .near svg {
    flex: none;
  }
  .count-heading {
    margin: 0 0 0.6em;
    font-size: 1.15em;
  }
  .cards {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .org {
    font-weight: 600;
  }
  .summary {
    color: var(--_text);
  }
  .open-state[data-kind='open'] {
    color: var(--wk-open, #17603a);
    font-weight: 600;
  }
  .open-state[data-kind='temporarily-closed'] {
    color: var(--_danger);
    font-weight: 600;
  }
  .more {
    margin-block-start: 1em;
  }
  .empty h2 {
    margin: 0;
    font-size: 1.1em;
  }
  .empty p {
    margin: 0;
  }
  .relax {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Details */
  .detail {
    display: grid;
    gap: 0.8em;
  }
  .detail h2 {
    margin: 0;
    font-size: 1.45em;
    line-height: 1.25;
  }
  .detail h3 {
    margin: 0 0 0.4em;
    font-size: 1.05em;
  }
  .detail p {
    margin: 0;
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  :host(:dir(rtl)) .back-arrow,
  [dir='rtl'] .back-arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .share-status {
    color: var(--_muted);
  }
  .lead {
    font-size: 1.08em;
  }
  .description {
    white-space: pre-line;
  }
  /* Lines of a readable length on a full page. */
  .lead,
  .description {
    max-inline-size: 45em;
  }
  .notice {
    padding: 0.5em 0.8em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
  }
  .notice.warning {
    border-color: var(--_danger);
  }
  .detail-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17em), 1fr));
    gap: 1em 2em;
  }
  address {
    font-style: normal;
    margin-block-end: 0.4em;
  }
  .contact-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35em;
  }
  .contact-list a,
  .org a {
    color: var(--_accent);
  }
  table {
    border-collapse: collapse;
    margin-block: 0.4em;
  }
  th,
  td {
    padding: 0.25em 0.75em 0.25em 0;
    text-align: start;
    vertical-align: top;
    font-weight: normal;
  }
  :host(:dir(rtl)) th,
  [dir='rtl'] th,
  [dir='rtl'] td {
    padding: 0.25em 0 0.25em 0.75em;
  }
  tr[data-today] th,
  tr[data-today] td {
    font-weight: 700;
  }
  .today {
    font-weight: normal;
    color: var(--_muted);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3em 1em;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  @container wk (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: 0.4em;
    }
  }
  @media print {
    .controls,
    .detail-actions,
    .more,
    .near {
      display: none !important;
    }
    .detail {
      font-size: 11pt;
      gap: 0.5em;
    }
    .card {
      break-inside: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
  @media (forced-colors: active) {
    /* Checked chips in the system's selection colours, their count in the same pair inverted
       (Highlight and HighlightText are chosen by the system to contrast); unchecked chips and their
       counts keep the forced Canvas and CanvasText. */
    .chip[data-checked] {
      forced-color-adjust: none;
      border: 0.15em solid Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .chip[data-checked] .count {
      background: HighlightText;
      color: Highlight;
    }
    .chip:has(input:focus-visible) {
      outline-color: CanvasText;
    }
    .count {
      border: 0.0625em solid;
    }
  }
`;
