/**
 * The share control of an entry's details (an offer, an event, a job): "Share" opens the device's
 * share sheet where there is one, with "Other ways to share" beside it; where there is none, "Share"
 * itself opens the panel. The panel has "Copy link" with a status, and plain links that hand the
 * title and the link to WhatsApp, Telegram or the mail program (text labels; nothing is loaded from
 * those services). Escape closes the panel and focus returns to its button.
 *
 * `shareButtonsTemplate` goes in the row of the details' buttons, `sharePanelTemplate` at the end of
 * that row (it takes a line of its own), and `shareToolStyles` into the element's styles.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { shareLinks, type ShareController, type ShareTarget } from '../../controllers/share-controller.js';

const chevron = () =>
  svg`<svg class="share-chevron" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12"><path fill="none" stroke="currentColor" stroke-width="2" d="M3 6l5 5 5-5" /></svg>`;

const shareLabel = () => msg('Share', { id: 'detail.share', desc: 'Button (verb): share a link to this offer, event or job.' });

/** How the share buttons look and what describes them. */
export interface ShareButtonOptions {
  /** Their class: `button secondary` (default), or `link-button` in a row of links. */
  look?: 'button secondary' | 'link-button';
  /** Ids of what the buttons are about (`aria-describedby`), where several entries each have theirs. */
  describedBy?: string;
}

/** "Share", and "Other ways to share" where the device has a share sheet. */
export function shareButtonsTemplate(share: ShareController, target: ShareTarget, { look = 'button secondary', describedBy }: ShareButtonOptions = {}): TemplateResult {
  const key = target.key ?? 'share';
  const open = share.isOpen(key);
  const toggle = (label: string) =>
    html`<button type="button" id="${key}-toggle" class="${look} share-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${key}-panel" aria-describedby=${describedBy ?? nothing} @click=${() => share.toggle(key)}>${label} ${chevron()}</button>`;
  if (!share.hasShareSheet) return toggle(shareLabel());
  return html`<button type="button" class=${look} aria-describedby=${describedBy ?? nothing} @click=${() => void share.share(target)}>${shareLabel()}</button>
    ${toggle(msg('Other ways to share', { id: 'share.other', desc: 'Button beside “Share” (which opens the device’s own share menu): opens a panel with “Copy link” and links to send the link with WhatsApp, Telegram or e-mail.' }))}`;
}

/** The panel: "Copy link" with its status, the messengers and e-mail, and the link written out. */
export function sharePanelTemplate(share: ShareController, target: ShareTarget): TemplateResult | typeof nothing {
  const key = target.key ?? 'share';
  if (!share.isOpen(key)) return nothing;
  const links = shareLinks(target);
  const external = (href: string | undefined, label: string) =>
    href ? html`<li><a class="button secondary" href=${href} target="_blank" rel="noopener noreferrer" translate="no">${label}</a></li>` : nothing;
  return html`<div id="${key}-panel" class="share-panel" role="group" aria-labelledby="${key}-toggle">
    <ul class="share-options">
      <li>
        <button type="button" class="button secondary" @click=${() => void share.copy(target)}>${msg('Copy link', { id: 'share.copy', desc: 'Button (verb) in the share panel: copy the link to this offer, event or job to the clipboard.' })}</button>
      </li>
      ${external(links.whatsapp, 'WhatsApp')} ${external(links.telegram, 'Telegram')}
      ${links.email
        ? html`<li><a class="button secondary" href=${links.email}>${msg('E-mail', { id: 'share.email', desc: 'Link in the share panel: opens the visitor’s mail program with a new e-mail that contains the link (as “WhatsApp” and “Telegram” beside it open those apps). A noun, as short as possible.' })}</a></li>`
        : nothing}
    </ul>
    <p class="share-link"><span dir="ltr">${target.url}</span></p>
    <p role="status" class="share-status">${share.status === 'copied'
      ? msg('Link copied.', { id: 'detail.copied', desc: 'Status after “Share” when the link was copied to the clipboard.' })
      : share.status === 'failed'
        ? msg('The link could not be copied.', { id: 'detail.copy-failed', desc: 'Status after “Share” when the link could not be copied.' })
        : nothing}</p>
  </div>`;
}

export const shareToolStyles = css`
  .share-chevron {
    flex: none;
    transition: transform 0.15s;
  }
  .share-toggle[aria-expanded='true'] .share-chevron {
    transform: rotate(180deg);
  }
  .share-panel {
    flex: 1 1 100%;
    min-inline-size: 0;
    padding: 0.7em 0.8em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .share-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .share-options a.button {
    text-decoration: none;
  }
  .share-link {
    margin: 0.6em 0 0;
    color: var(--_muted);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .share-panel .share-status {
    margin: 0.3em 0 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .share-chevron {
      transition: none;
    }
  }
  @media print {
    .share-panel {
      display: none;
    }
  }
`;
