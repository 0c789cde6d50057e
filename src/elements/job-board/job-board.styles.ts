import { css } from 'lit';

/** The job board's filters, list and details. Links take the accent colour from the host styles. */
export const jobBoardStyles = css`
  fieldset {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.2em;
    font-weight: 600;
  }
  .count {
    margin: 0 0 0.6em;
    font-size: 1.15em;
  }
  ul.jobs {
    display: grid;
    gap: 0.7em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .employer {
    font-weight: 600;
  }
  .level {
    font-weight: 600;
    color: var(--_text);
  }
  .detail {
    display: grid;
    gap: 0.8em;
  }
  .detail h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }
  .detail h3 {
    margin: 0 0 0.3em;
    font-size: 1.05em;
  }
  .detail p {
    margin: 0;
  }
  .text {
    max-inline-size: 45em;
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .apply {
    display: grid;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .more {
    margin-block-start: 1em;
  }
  /* The frame a printout is made in: out of sight (the kit's print frames, src/controllers/print.ts). */
  @media print {
    .filter-panel,
    .detail .actions,
    .more {
      display: none !important;
    }
  }
  /* The note that some text is shown in another language than the visitor's (as in an offer's details). */
  .notice {
    margin-block: 0 1em;
    padding: 0.5em 0.8em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
  }
`;
