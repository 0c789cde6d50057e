/**
 * Draws a changed list of cards in two steps, so the first cards show in the frame after a key press
 * or on a slow phone: that frame adds at most `budget` cards that were not drawn before (about a
 * screenful, in the list's order), and the rest of the page follows once that frame is painted (or
 * after 100 ms where nothing paints, as in a background tab). Cards already drawn always stay, so a
 * focused card keeps its focus and nothing above the visitor's place disappears for a frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** When the rest is drawn where no frame is painted (a background tab). */
const REST_FALLBACK_MS = 100;

export class StagedListController implements ReactiveController {
  /** Keys drawn by the update before this one, and by this one. */
  private before = new Set<string>();
  private drawn = new Set<string>();
  /** The next update draws the whole page. */
  private whole = false;
  private waiting = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly budget: number,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // An update that does not draw the list (a message, the empty state) leaves nothing drawn.
    this.before = this.drawn;
    this.drawn = new Set();
  }

  /** The entries of `page` to draw in this update, in its order. */
  stage<T>(page: readonly T[], key: (entry: T) => string): T[] {
    let fresh = 0;
    const drawn = this.whole ? [...page] : page.filter((entry) => this.before.has(key(entry)) || ++fresh <= this.budget);
    this.whole = false;
    for (const entry of drawn) this.drawn.add(key(entry));
    if (drawn.length < page.length) this.drawRestSoon();
    return drawn;
  }

  private drawRestSoon(): void {
    if (this.waiting) return;
    this.waiting = true;
    // Not cancelled when the element leaves the page: moved elsewhere, it still draws the whole page.
    const rest = () => {
      if (!this.waiting) return;
      this.waiting = false;
      this.whole = true;
      this.host.requestUpdate();
    };
    requestAnimationFrame(() => setTimeout(rest));
    setTimeout(rest, REST_FALLBACK_MS);
  }
}
