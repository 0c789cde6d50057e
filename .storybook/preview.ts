import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { isRtl } from '../src/i18n/locales.js';
import { argTypesOf, descriptionOf, EVENT_NAMES } from './manifest-docs.js';
import '../src/define.js';

// The docs pages (one per element, "Docs" in the sidebar) come from the manifest.
setCustomElementsManifest(manifest);

const LANGUAGES = [
  ['de', 'Deutsch'],
  ['en', 'English'],
  ['ar', 'العربية'],
  ['fa', 'فارسی'],
  ['uk', 'Українська'],
  ['ru', 'Русский'],
  ['tr', 'Türkçe'],
  ['fr', 'Français'],
  ['es', 'Español'],
] as const;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widgets (`lang` on the story root); a widget without a `lang` of its own follows it',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map(([value, title]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction of the page around the widgets (`dir` on the story root); auto: from the language',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', direction: 'auto' },
  decorators: [
    // The story root stands for the host page: its language and direction. An element follows the
    // page's language unless the story is about one language (`lang` on the element).
    (story, { globals }) => {
      const locale = String(globals.locale || 'de');
      const dir = globals.direction === 'ltr' || globals.direction === 'rtl' ? globals.direction : isRtl(locale) ? 'rtl' : 'ltr';
      return html`<div class="story-root" lang=${locale} dir=${dir} style="max-width: 60em">${story()}</div>`;
    },
    withActions,
  ],
  parameters: {
    layout: 'padded',
    // Every event the elements fire is logged in the Actions panel, with its detail.
    actions: { handles: EVENT_NAMES },
    docs: {
      // "Show code" gives what a host pastes: the element(s), without the story root around them.
      source: { transform: (code: string) => code.replace(/^\s*<div class="story-root"[^>]*>([\s\S]*)<\/div>\s*$/, '$1').trim() },
      extractArgTypes: argTypesOf,
      extractComponentDescription: descriptionOf,
      toc: true,
    },
    controls: { sort: 'none', expanded: true },
  },
};
export default preview;
