import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setMapConsent } from '../src/index.js';
import { CATALOGUE, NEVER, fresh, inLanguage, packIndex, packStillLoading, render, savedCopyFor, slowConnection, waitForever } from './support.js';
import { THEME } from './theme.js';

const meta: Meta = {
  title: 'Elements/offer-map',
  component: 'offer-map',
  args: { src: CATALOGUE },
  render,
  beforeEach: (context) => {
    fresh(context);
    setMapConsent(false);
  },
};
export default meta;
type Story = StoryObj;

/** Before consent: the placeholder names the tile provider; nothing is requested from it. */
export const ConsentPlaceholder: Story = {};

/**
 * The host's consent manager granted consent (`consent` attribute): the map loads at once. Zoomed
 * out, the offers form clusters that say how many offers they hold.
 */
export const Loaded: Story = { args: { consent: true } };

/** Only a charity's part of the catalogue: preset categories and region. */
export const Preset: Story = { args: { consent: true, categories: 'family,crisis', region: 'rostock' } };

/** Nothing to show: no offer of the preset topic in the preset region (the list says so). */
export const Empty: Story = { args: { consent: true, categories: 'housing', region: 'suhl' } };

/** Linked to a search with `for`: the map shows the search's results and follows its selection. */
export const LinkedToSearch: Story = {
  render: (args) => html`<div style="display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr)); align-items: start">
    <offer-search id="story-search" src=${String(args.src)}></offer-search>
    <offer-map for="story-search" consent></offer-map>
  </div>`,
};

/** The catalogue is on its way. */
export const Loading: Story = { args: { src: `${NEVER}offer-map.json`, consent: true }, beforeEach: waitForever };

/** Nothing has arrived after a few seconds (here half a second): the visitor is told why it takes long. */
export const SlowConnection: Story = { args: { src: `${NEVER}offer-map.json`, consent: true }, beforeEach: slowConnection };

/** The catalogue cannot be loaded and no copy was saved: what happened, and a retry. */
export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json', consent: true } };

/** The download failed, and the copy saved on an earlier visit is shown with its date and a retry. */
export const StaleCopy: Story = {
  args: { src: 'demo/offer-map-catalogue-that-is-gone.json', consent: true },
  beforeEach: savedCopyFor('demo/offer-map-catalogue-that-is-gone.json'),
};

/** A returning visitor: the copy saved three days ago is shown at once, with its date, while the latest loads. */
export const SavedCopyWhileLoading: Story = {
  args: { src: `${NEVER}offer-map-saved.json`, consent: true },
  beforeEach: savedCopyFor(`${NEVER}offer-map-saved.json`),
};

/** A large pack on a slow network: the markers of the first part, and a note that the rest is on its way. */
export const PackStillLoading: Story = { args: { src: packIndex('offer-map'), consent: true }, beforeEach: packStillLoading('offer-map') };

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

/** Arabic: the map stays left to right; its controls, popups and list follow the language. */
export const RightToLeftArabic: Story = inLanguage('ar', { consent: true });
/** The consent placeholder in Arabic. */
export const PlaceholderArabic: Story = inLanguage('ar');

/** The host's colours, corners and font, set with the `--wk-` custom properties (change them in Controls). */
export const Theming: Story = { args: { ...THEME, consent: true, '--wk-marker': '#7a1f5c' } };
