import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { configureLoader, memoryCopies, clearCatalogueCache } from '../src/index.js';
import '../src/define.js';

const CATALOGUE = 'demo/catalogue.json';
const copies = memoryCopies();
configureLoader({ savedCopies: copies });

type Args = { src: string; lang: string; categories: string; region: string; hideFilters: string; urlState: boolean };

const meta: Meta<Args> = {
  title: 'Elements/offer-search',
  component: 'offer-search',
  args: { src: CATALOGUE, lang: '', categories: '', region: '', hideFilters: '', urlState: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr', 'es'] },
    hideFilters: { control: 'text', description: 'query, categories, languages, place, open-now, free, near-me' },
  },
  render: (args) => html`<offer-search
    src=${args.src}
    lang=${args.lang || undefined}
    categories=${args.categories}
    region=${args.region}
    hide-filters=${args.hideFilters}
    ?url-state=${args.urlState}
  ></offer-search>`,
  beforeEach: () => clearCatalogueCache(),
};
export default meta;
type Story = StoryObj<Args>;

const searchFor = (text: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = canvasElement.querySelector('offer-search') as HTMLElement;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#search'); i++) await new Promise((r) => setTimeout(r, 50));
  const input = el.shadowRoot?.querySelector('#search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
};

/** Many results: the whole sample catalogue. */
export const ManyResults: Story = {};

export const Loading: Story = {
  args: { src: 'https://catalogue.invalid/never-answers.json' },
  beforeEach: () => {
    clearCatalogueCache();
    configureLoader({ fetch: () => new Promise<Response>(() => undefined) });
    return () => configureLoader({ fetch: undefined });
  },
};

export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json' } };

export const StaleCopy: Story = {
  args: { src: 'demo/catalogue-that-is-gone.json' },
  beforeEach: async () => {
    clearCatalogueCache();
    const text = await (await fetch(CATALOGUE)).text();
    copies.entries.set(new URL('demo/catalogue-that-is-gone.json', document.baseURI).href, { text, savedAt: '2026-11-20T08:15:00Z' });
  },
};

/**
 * The same catalogue as a pack (written by `npx willkommen-widgets pack`, here by the build): the
 * element loads the list in the visitor's language and a full offer only when it is opened.
 */
export const FromAPack: Story = { name: 'From a pack', args: { src: 'demo/pack/index.json' } };

export const EmptyResult: Story = { play: searchFor('xqxqxq') };

export const Typo: Story = { play: searchFor('sprachkrus') };

export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('offer-search') as HTMLElement;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.cards a'); i++) await new Promise((r) => setTimeout(r, 50));
    (el.shadowRoot?.querySelector('.cards a') as HTMLElement).click();
  },
};

export const CharityPreset: Story = {
  name: 'Preset and hidden filters (a charity’s own part)',
  args: { categories: 'family,crisis', hideFilters: 'categories', region: 'rostock' },
};

/** Topics chosen: checked chips with their counts (contrast checked with axe in the story tests). */
export const CheckedTopics: Story = { args: { categories: 'language,work' } };
export const CheckedTopicsArabic: Story = { args: { lang: 'ar', categories: 'language,work' } };
export const RightToLeftArabic: Story = { args: { lang: 'ar' } };
export const RightToLeftFarsi: Story = { args: { lang: 'fa' } };
export const German: Story = { args: { lang: 'de' } };
export const English: Story = { args: { lang: 'en' } };
export const Ukrainian: Story = { args: { lang: 'uk' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const Turkish: Story = { args: { lang: 'tr' } };
export const French: Story = { args: { lang: 'fr' } };
export const Spanish: Story = { args: { lang: 'es' } };

export const Themed: Story = {
  render: (args) => html`<div
    style="--wk-accent: #7a1f5c; --wk-accent-contrast: #fff; --wk-surface-alt: #fbf4f8; --wk-radius: 0; --wk-font: 'Trebuchet MS', sans-serif; --wk-font-size: 18px; --wk-focus: #0b6e4f"
  >
    <offer-search src=${args.src}></offer-search>
  </div>`,
};
