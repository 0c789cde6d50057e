/**
 * Copies a text (an address) to the clipboard and keeps the outcome for the element's status line:
 * `copied`, or `failed` where the browser refuses (no permission, an insecure page, an old
 * browser), so the element can show the text to copy by hand instead.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type CopyStatus = '' | 'copied' | 'failed';

export class ClipboardController implements ReactiveController {
  /** The outcome of the last copy ("" before one, or after `reset()`). */
  status: CopyStatus = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.status = '';
  }

  async copy(text: string): Promise<void> {
    // The status is emptied first, so the same outcome twice is said again.
    this.status = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.status = 'copied';
    } catch {
      this.status = 'failed';
    }
    this.host.requestUpdate();
  }

  /** What was copied no longer applies (the visitor changed what it is for). */
  reset(): void {
    if (!this.status) return;
    this.status = '';
    this.host.requestUpdate();
  }
}
