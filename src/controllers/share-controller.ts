/**
 * Sharing an entry (an offer, an event, a job): the device's share sheet where the browser has one
 * (`navigator.share`), and a small panel beside it (or instead of it) with "Copy link" and plain
 * links that hand the title and the link to a messenger or the mail program. Nothing is loaded
 * from those services: the links are made here, each through the kit's URL check.
 */
import { ClipboardController, type CopyStatus } from './clipboard.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl } from '../catalogue/url.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What is shared: the entry's title and its link on this page. */
export interface ShareTarget {
  /**
   * Names this share control within the element (its button is `<key>-toggle`, its panel
   * `<key>-panel`): one key per entry shown at once. Default `share`.
   */
  key?: string;
  title: string;
  url: string;
}

/** Links that pass the title and the link to a messenger or the mail program. */
export interface ShareLinks {
  whatsapp?: string;
  telegram?: string;
  email?: string;
}

/**
 * The messengers' own documented links for sharing text (each opens the app, or its web version,
 * with the text ready to send to a chat the visitor chooses), and a mailto: link with the title as
 * subject and the link as body. Signal has no such link: it is reached through the share sheet.
 */
export function shareLinks(target: Pick<ShareTarget, 'title' | 'url'>): ShareLinks {
  const enc = encodeURIComponent;
  const title = target.title.trim();
  const text = title ? `${title}\n${target.url}` : target.url;
  return {
    whatsapp: safeUrl(`https://wa.me/?text=${enc(text)}`),
    telegram: safeUrl(`https://t.me/share/url?url=${enc(target.url)}${title ? `&text=${enc(title)}` : ''}`),
    email: safeUrl(`mailto:?subject=${enc(title)}&body=${enc(target.url)}`),
  };
}

export type ShareStatus = CopyStatus;

/** The share panel that is open (its key), what "Copy link" did, and the share sheet. */
export class ShareController implements ReactiveController {
  /** The key of the open panel, or null. */
  private openKey: string | null = null;
  /** "Copy link" in the open panel. */
  private readonly clipboard: ClipboardController;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.clipboard = new ClipboardController(host);
  }

  /** What "Copy link" did in the open panel. */
  get status(): ShareStatus {
    return this.clipboard.status;
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown, true);
    this.openKey = null;
  }

  /** True where the browser offers the device's share sheet. */
  get hasShareSheet(): boolean {
    return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  }

  isOpen(key = 'share'): boolean {
    return this.openKey === key;
  }

  /** Opens or closes the panel `key` (the other panel, if any, closes). */
  toggle(key = 'share', open = !this.isOpen(key)): void {
    this.openKey = open ? key : null;
    this.clipboard.reset();
    this.host.requestUpdate();
  }

  /** Closes every panel and forgets the status (another entry is shown). */
  reset(): void {
    if (this.openKey === null && !this.status) return;
    this.openKey = null;
    this.clipboard.reset();
    this.host.requestUpdate();
  }

  /**
   * "Share": the device's share sheet where there is one; where there is none, or it refuses (not
   * when the visitor closes it), the panel opens instead.
   */
  async share(target: ShareTarget): Promise<void> {
    const key = target.key ?? 'share';
    if (!this.hasShareSheet) {
      this.toggle(key);
      return;
    }
    try {
      await navigator.share({ title: target.title, text: target.title, url: target.url });
    } catch (error) {
      if ((error as DOMException)?.name !== 'AbortError') this.toggle(key, true);
    }
  }

  /** "Copy link": the link to the clipboard, and a status that says whether it worked. */
  copy(target: ShareTarget): Promise<void> {
    return this.clipboard.copy(target.url);
  }

  /** Escape closes an open panel first (and goes no further: the details stay open); focus returns to its button. */
  private onKeyDown = (event: KeyboardEvent) => {
    const key = this.openKey;
    if (event.key !== 'Escape' || key === null) return;
    event.stopPropagation();
    event.preventDefault();
    this.toggle(key, false);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(key)}-toggle`)?.focus());
  };
}
