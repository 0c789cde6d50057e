import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import { endonym, isRtl, LOCALES, type Locale } from '../../i18n/locales.js';
import { fieldLook } from '../../styles/controls.js';

/**
 * The menu that changes an element's interface language: a labelled native select of the kit's
 * interface languages, each by its own name in its own script (a visitor finds "فارسی" without
 * reading the current language; the globe says what the menu is). `choose` gets the new locale.
 * Runs with the element's locale active.
 */
export function languageMenuTemplate(current: Locale, choose: (locale: Locale) => void): TemplateResult {
  const changed = (event: Event) => choose((event.target as HTMLSelectElement).value as Locale);
  return html`<div class="language-menu" part="language-menu">
    <label>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9.25" />
        <path d="M2.75 12h18.5M12 2.75c2.6 2.7 3.9 5.8 3.9 9.25S14.6 18.55 12 21.25C9.4 18.55 8.1 15.45 8.1 12S9.4 5.45 12 2.75z" />
      </svg>
      <span>${msg('Language', { id: 'language-menu.label', desc: 'Label of the menu that changes the language of this widget: its buttons, labels and messages, and the catalogue texts where they exist in that language. The menu lists each language by its own name.' })}</span>
      <select @change=${changed}>
        ${LOCALES.map((locale) => html`<option value=${locale} lang=${locale} dir=${isRtl(locale) ? 'rtl' : 'ltr'} .selected=${locale === current}>${endonym(locale)}</option>`)}
      </select>
    </label>
  </div>`;
}

/** The menu's place at the inline end of the element's first line, and a select like the filters'. */
export const languageMenuStyles = css`
  .language-menu {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .language-menu label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-inline-size: 0;
  }
  .language-menu svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .language-menu select {
    ${fieldLook}
    min-inline-size: 0;
  }
  @media print {
    .language-menu {
      display: none;
    }
  }
`;
