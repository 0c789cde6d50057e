import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clearCatalogueCache, setMapConsent } from '../src/index.js';
import '../src/define.js';

const CATALOGUE = 'demo/catalogue.json';

type Args = { src: string; lang: string; consent: boolean; categories: string; region: string };

const meta: Meta<Args> = {
  title: 'Elements/offer-map',
  component: 'offer-map',
  args: { src: CATALOGUE, lang: '', consent: false, categories: '', region: '' },
  argTypes: { lang: { control: 'select', options: ['', 'de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr', 'es'] } },
  render: (args) => html`<offer-map
    src=${args.src}
    lang=${args.lang || undefined}
    categories=${args.categories}
    region=${args.region}
    ?consent=${args.consent}
  ></offer-map>`,
  beforeEach: () => {
    clearCatalogueCache();
    setMapConsent(false);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Before consent: the placeholder names the tile provider; nothing is requested from it. */
export const ConsentPlaceholder: Story = {};

/** The host's consent manager granted consent (`consent` attribute): the map loads at once. */
export const Loaded: Story = { args: { consent: true } };

/** Zoomed out, 400 offers form clusters that say how many offers they hold. */
export const Clustered: Story = { args: { consent: true } };

/** Only a charity's part of the catalogue: preset categories and region. */
export const Preset: Story = { args: { consent: true, categories: 'family,crisis', region: 'rostock' } };

/** Linked to a search with `for`: the map shows the search's results and follows its selection. */
export const LinkedToSearch: Story = {
  render: (args) => html`<div style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr)); align-items: start">
    <offer-search id="story-search" src=${args.src}></offer-search>
    <offer-map for="story-search" consent></offer-map>
  </div>`,
};

export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json', consent: true } };

export const RightToLeftArabic: Story = { args: { consent: true, lang: 'ar' } };
export const PlaceholderArabic: Story = { args: { lang: 'ar' } };

/**
 * A popup opened from the list under the map, as a keyboard user meets it: focus is on its heading;
 * Tab reaches its button and close button, Escape returns to the list entry.
 */
export const OpenPopup: Story = {
  args: { consent: true },
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('offer-map');
    const entry = () => map?.shadowRoot?.querySelector<HTMLButtonElement>('[part="list"] button[data-offer]');
    for (let waited = 0; !entry() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    entry()?.click();
  },
};
