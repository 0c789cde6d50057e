import { css } from 'lit';

/**
 * The shared detail pieces: the short-term notice and the age notice, the next steps (booking,
 * what to bring, who it is for, costs, wheelchair access), "last checked", "report a mistake", and
 * a card's short notice. Notices use the warning colours of the host styles (--wk-warning-surface,
 * --wk-warning-text), whose contrast the theme keeps.
 */
export const helpStyles = css`
  .next-notice,
  .age-notice,
  .card-notice {
    margin: 0;
    padding: 0.5em 0.8em;
    border-inline-start: 0.25em solid var(--_danger);
    border-radius: 0.2em;
    background: var(--_warning-surface);
    color: var(--_warning-text);
  }
  .next-notice {
    display: grid;
    gap: 0.2em;
    font-weight: 600;
  }
  .next-notice p {
    margin: 0;
  }
  .notice-text {
    white-space: pre-line;
  }
  .age-notice {
    border-inline-start-color: var(--_warning-text);
  }
  /* On a card: the notice in a line or two (the details show it whole). */
  .card-notice {
    padding: 0.15em 0.5em;
    font-size: 0.92em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .next-steps {
    display: grid;
    gap: 0.5em;
  }
  .next-steps h3 {
    margin: 0;
  }
  .booking {
    margin: 0;
  }
  .booking .button {
    text-decoration: none;
  }
  .steps {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.3em 1em;
    margin: 0;
  }
  .steps dt {
    font-weight: 600;
  }
  .steps dd {
    margin: 0;
    white-space: pre-line;
  }
  @container wk (max-width: 30em) {
    .steps {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.1em;
    }
    .steps dd {
      margin-block-end: 0.4em;
    }
  }
  .wheelchair {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .wheelchair svg {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
  }
  .report {
    margin: 0;
    color: var(--_muted);
  }
  .report-links {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .report-link {
    display: inline-block;
    padding-block: 0.35em;
  }
  @media print {
    .report {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .next-notice,
    .age-notice,
    .card-notice {
      border: 0.0625em solid CanvasText;
      border-inline-start-width: 0.25em;
    }
  }
`;
