import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clearCatalogueCache } from '../src/index.js';
import '../src/define.js';

type Args = { src: string; lang: string; range: string; categories: string; languages: string; hideFilters: string };

const meta: Meta<Args> = {
  title: 'Elements/event-list',
  component: 'event-list',
  args: { src: 'demo/catalogue.json', lang: '', range: 'week', categories: '', languages: '', hideFilters: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr', 'es'] },
    range: { control: 'select', options: ['today', 'week', 'month'] },
  },
  render: (args) => html`<event-list
    src=${args.src}
    lang=${args.lang || undefined}
    range=${args.range}
    categories=${args.categories}
    languages=${args.languages}
    hide-filters=${args.hideFilters}
  ></event-list>`,
  beforeEach: () => clearCatalogueCache(),
};
export default meta;
type Story = StoryObj<Args>;

/** The coming week, grouped by day (many events repeat weekly). */
export const Week: Story = {};
/** Recurring events only: the weekly language cafés. */
export const Recurring: Story = { args: { categories: 'language', range: 'month' } };
/** Nothing in the period: the visitor is offered a longer one. */
export const Empty: Story = { args: { range: 'today', categories: 'housing', languages: 'ti' } };
/** A charity's own events, filters hidden. */
export const Preset: Story = { args: { categories: 'community', hideFilters: 'categories' } };
export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json' } };
export const RightToLeftArabic: Story = { args: { lang: 'ar' } };
export const RightToLeftFarsi: Story = { args: { lang: 'fa' } };
export const German: Story = { args: { lang: 'de' } };
export const English: Story = { args: { lang: 'en' } };
export const Ukrainian: Story = { args: { lang: 'uk' } };
export const Russian: Story = { args: { lang: 'ru' } };
export const Turkish: Story = { args: { lang: 'tr' } };
export const French: Story = { args: { lang: 'fr' } };
export const Spanish: Story = { args: { lang: 'es' } };
