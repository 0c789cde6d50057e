/**
 * The entry a shared link names (`wk-event=e-0001` in the page URL), shown when the element loads:
 * the element finds it in what it lists (and widens that where it has to) and marks it; once it is
 * rendered, this controller scrolls it into view and moves focus to its heading, once. The page URL
 * is read only when the element asks (its `open-linked` attribute) and never written.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState } from './url-state.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * - `none`: no link, or the visitor has moved on;
 * - `waiting`: the link names an entry, and the list is not there yet;
 * - `placed`: the entry is listed, focus goes to it after the next render;
 * - `shown`: it has been shown and focused;
 * - `missing`: the entry is not listed (over, unknown, or left out by the host's presets).
 */
export type LinkedState = 'none' | 'waiting' | 'placed' | 'shown' | 'missing';

export class LinkedEntryController implements ReactiveController {
  /** The linked entry's id while it is listed (the element marks it). */
  id?: string;
  state: LinkedState = 'none';

  /** `heading`: the selector of the marked entry's heading, which gets focus. */
  constructor(
    private readonly host: Host,
    private readonly heading: string,
  ) {
    host.addController(this);
  }

  /** Reads the page URL's parameter `prefix + key`, once, when the element starts. */
  read(prefix: string, key: string): void {
    const id = readUrlState(prefix, [key])[key];
    if (!id) return;
    this.id = id;
    this.state = 'waiting';
  }

  /** The element has looked for the entry in its list: it is there (focus follows), or not. */
  placed(found: boolean): void {
    this.state = found ? 'placed' : 'missing';
    if (!found) this.id = undefined;
  }

  /** The visitor changed what is listed: a note that the entry is missing no longer applies. */
  dismiss(): void {
    if (this.state === 'missing') this.state = 'none';
  }

  hostUpdated(): void {
    if (this.state !== 'placed') return;
    const heading = this.host.renderRoot.querySelector<HTMLElement>(this.heading);
    if (!heading) return;
    this.state = 'shown';
    // The entry in the middle of the window (a day's sticky heading stays clear of it), then focus on its heading.
    (heading.closest('li') ?? heading).scrollIntoView({ block: 'center' });
    heading.focus({ preventScroll: true });
  }
}
