/**
 * The "Leichte Sprache" switch: Easy German (language tag `de-x-ls`) in place of German, where a
 * text has it and the visitor reads German. In other content languages there is no switch: Easy
 * German helps German readers, and a visitor reading Arabic keeps Arabic.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextVersionsController } from '../../controllers/text-versions.js';

/**
 * A toggle button (`aria-pressed`) that switches the element's texts to Easy German and back; the
 * choice stays for the element while the page lives. Its name, "Leichte Sprache", is the name
 * German readers know, shown as it is (like a language's own name), so it is not translated.
 * Render it only where it can change something (`shown`).
 */
export function easyLanguageSwitch(versions: TextVersionsController, shown: boolean): TemplateResult | typeof nothing {
  if (!shown) return nothing;
  return html`<button type="button" class="button secondary easy-switch" lang="de" aria-pressed=${versions.easy ? 'true' : 'false'} @click=${() => versions.toggleEasy()}>Leichte Sprache</button>`;
}
