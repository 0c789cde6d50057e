import { css } from 'lit';

/** How a select or date field looks in every element (the filters, the language menu). */
export const fieldLook = css`
  min-block-size: 2.75em;
  padding: 0.3em 0.5em;
  border: 0.0625em solid var(--_border);
  border-radius: var(--_radius);
  background: var(--wk-input-surface, Field);
  color: var(--wk-input-text, FieldText);
  font: inherit;
`;

/**
 * Filter rows, labelled fields, selects, check boxes, tags, link buttons, result cards and the
 * empty state: the controls the list elements (offers, events, jobs) share.
 */
export const controlStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.6em 1em;
    margin-block-end: 1em;
  }
  /* Narrow: one field a line, as wide as the element. Wider: each field as wide as its longest
     choice and side by side; a field that does not fit the line takes one of its own, so a select
     never cuts its text where the element has room for it. */
  label.field {
    display: grid;
    flex: 1 1 100%;
    min-inline-size: 0;
    gap: 0.2em;
    font-weight: 600;
  }
  label.field select,
  label.field input {
    inline-size: 100%;
  }
  @container wk (min-width: 30em) {
    label.field {
      flex: 1 1 auto;
    }
  }
  select,
  input[type='date'] {
    ${fieldLook}
    font-weight: normal;
    max-inline-size: 100%;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.75em;
  }
  .toggle input {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_accent);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .filters .hint {
    flex-basis: 100%;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1em;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.05em 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
    font-size: 0.85em;
  }
  .link-button,
  .actions > a {
    min-block-size: 2.75em;
    display: inline-flex;
    align-items: center;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .card {
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
    display: grid;
    gap: 0.3em;
    padding: 0.9em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .card h3 {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .card h3 a {
    color: var(--_accent);
  }
  .card p {
    margin: 0;
  }
  .empty {
    display: grid;
    gap: 0.6em;
    justify-items: start;
    padding: var(--_space);
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty h3,
  .empty p {
    margin: 0;
  }
`;
