import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { html } from 'lit';
import '../src/define.js';

// Attributes, events, parts and custom properties in the docs come from the manifest.
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
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets lang on the story wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de' },
  decorators: [
    // A story's own language wins; stories without one (lang '') follow the toolbar.
    (story, context) => html`<div lang=${context.args.lang || context.globals.locale || 'de'} style="max-width: 60em">${story()}</div>`,
  ],
  parameters: { layout: 'padded' },
};
export default preview;
