import { css } from 'lit';

/**
 * The event list's days and events. The layout follows the width the element is given (the `wk`
 * container of the host styles): below 30em (480 px at the default text size) an event is one
 * column, its time above its title; from there on the time stands beside it.
 */
export const eventListStyles = css`
  .day {
    margin-block-end: 1.2em;
  }
  .day h3 {
    margin: 0 0 0.5em;
    padding-block: 0.3em;
    border-block-end: 0.125em solid var(--_accent);
    font-size: 1.1em;
  }
  /* A day's heading stays at the top of the window while its events pass under it, on the surface
     colour the site gives the element (--wk-surface). Without one the heading scrolls with its day:
     it paints no background of its own over the site's (a tinted sidebar shows through). */
  @container style(--wk-surface) {
    .day h3 {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      background: var(--wk-surface);
    }
  }
  ul.events {
    display: grid;
    gap: 0.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The heading comes first in the document, so that moving by headings lands on the event and the
     time is read after it; the grid shows the time above it, or beside it where there is room. */
  .event {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'time' 'title' 'body';
    align-content: start;
    gap: 0.25em 1em;
    padding: 0.7em 0.9em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @container wk (min-width: 30em) {
    .event {
      grid-template-columns: minmax(5.5em, auto) minmax(0, 1fr);
      grid-template-areas: 'time title' 'time body';
    }
  }
  .event h4 {
    grid-area: title;
    min-inline-size: 0;
    margin: 0;
    font-size: 1.05em;
  }
  .time {
    grid-area: time;
    margin: 0;
    font-weight: 700;
    white-space: nowrap;
  }
  .body {
    grid-area: body;
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .body p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
  }
  /* "Share" in the row of links: its panel opens on a line of its own right below it. */
  .actions .share-toggle {
    gap: 0.3em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    margin-block-start: 1em;
  }
  /* The event a shared link names: a border in the accent colour, and a thicker one at its start
     (a shape, not only a colour, and visible in forced colours). */
  .event.linked {
    border-color: var(--_accent);
    border-inline-start-width: 0.4em;
    box-shadow: 0 0 0 0.0625em var(--_accent);
  }
  .subscribe {
    display: grid;
    gap: 0.4em;
    margin-block-start: 1em;
  }
  .subscribe-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1.2em;
  }
  .subscribe a.button {
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .subscribe p {
    margin: 0;
  }
  .subscribe-address {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    user-select: all;
  }
  /* The note that some text is shown in another language than the visitor's (as in an offer's details). */
  .notice {
    margin-block: 0 1em;
    padding: 0.5em 0.8em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
  }
`;
