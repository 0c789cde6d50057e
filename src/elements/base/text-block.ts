/**
 * Catalogue text as the elements show it: in its own language and direction, marked when a machine
 * translated it, with a button that shows the original in place.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { RecordTexts, ShownText, TextVersionsController } from '../../controllers/text-versions.js';
import type { LangMap } from '../../catalogue/schema.js';
import { languageName } from '../../i18n/format.js';

/**
 * The `lang` to set on a text: left out only where it is exactly the interface's language (the
 * element's wrapper carries that). Easy German ("de-x-ls") in a German interface keeps its tag.
 */
function langOf(text: { lang: string }, ui: string): string | typeof nothing {
  return text.lang.toLowerCase() === ui.toLowerCase() ? nothing : text.lang;
}

/** Catalogue text inline (a title, a category name), as text, never HTML. */
export function textSpan(text: (Pick<ShownText, 'text' | 'lang'> & { dir?: ShownText['dir'] }) | undefined, ui: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<span lang=${langOf(text, ui)} dir=${text.dir ?? 'auto'}>${text.text}</span>`;
}

/** A paragraph of catalogue text, in its language and direction. */
export function textParagraph(className: string, text: ShownText | undefined, ui: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p class=${className} lang=${langOf(text, ui)} dir=${text.dir}>${text.text}</p>`;
}

// The "translate" symbol (Material Icons, Apache 2.0), beside the mark's words.
const TRANSLATE_ICON = svg`<path d="M12.87 15.07l-2.54-2.51.03-.03A17.52 17.52 0 0 0 14.07 6H17V4h-7V2H8v2H1v1.99h11.17C11.5 7.92 10.44 9.75 9 11.35 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11.76-2.04zM18.5 10h-2L12 22h2l1.12-3h4.75L21 22h2l-4.5-12zm-2.62 7l1.62-4.33L19.12 17h-3.24z" />`;

/**
 * The small mark on a machine-translated record, in the interface's language. With `versions` and
 * `key` it carries the button that shows the originals in place and goes back to the translation.
 * The button keeps focus (it is the same button); its words say what it will do.
 */
export function translationNote(
  texts: RecordTexts,
  values: readonly (LangMap | undefined)[],
  ui: string,
  toggle?: { versions: TextVersionsController; key: string; describedBy?: string },
): TemplateResult | typeof nothing {
  const state = texts.translation(values);
  if (!state.machine) return nothing;
  const original = state.originalLanguage;
  const language = original ? languageName(original, ui) : '';
  return html`<p class="text-note">
    <span class="machine-mark"><svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="currentColor">${TRANSLATE_ICON}</svg>${state.showingOriginal
      ? msg(str`Original text (${language})`, {
          id: 'text.original-shown',
          desc: 'Small mark above catalogue text that the visitor switched from its machine translation to the original. {0} is the name of a language in the interface language (“German”).',
        })
      : msg('Automatically translated', {
          id: 'text.machine-translated',
          desc: 'Small mark on catalogue text (an offer, event or job) that a machine translated, not a person. Keep it short.',
        })}</span>
    ${toggle && original
      ? html`<button type="button" class="link-button text-toggle" aria-describedby=${toggle.describedBy ?? nothing} @click=${() => toggle.versions.toggleOriginal(toggle.key)}>
          ${state.showingOriginal
            ? msg('Show translation', { id: 'text.show-translation', desc: 'Button next to an original text: shows the automatic translation into the visitor’s language again.' })
            : msg('Show original', { id: 'text.show-original', desc: 'Button next to an automatically translated text: shows the text in the language it was written in, in the same place.' })}
        </button>`
      : nothing}
  </p>`;
}

/** Styles of the text pieces (the mark, the switches and the read-aloud control). */
export const textFeatureStyles = css`
  .text-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0;
  }
  /* Above a list: apart from the heading before it and the first card after it. */
  .list-tools {
    margin-block: 0.25em 0.9em;
  }
  .text-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
    margin: 0;
    font-size: 0.92em;
  }
  .machine-mark {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_muted);
  }
  .machine-mark svg {
    flex: none;
  }
  .text-toggle,
  .read-aloud.link-button {
    min-block-size: 2.75em;
  }
  .easy-switch[aria-pressed='true'],
  .read-aloud[data-reading] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .easy-switch[aria-pressed='true']::before {
    content: '✓';
  }
  .read-aloud {
    gap: 0.35em;
  }
  .read-aloud svg {
    flex: none;
  }
  @media (forced-colors: active) {
    .easy-switch[aria-pressed='true'],
    .read-aloud[data-reading] {
      border-width: 0.2em;
    }
  }
`;
