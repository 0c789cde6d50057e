import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clearCatalogueCache } from '../src/index.js';
import '../src/define.js';

type Args = { src: string; lang: string; level: string; fields: string; types: string; employer: string; hideFilters: string };

const meta: Meta<Args> = {
  title: 'Elements/job-board',
  component: 'job-board',
  args: { src: 'demo/catalogue.json', lang: '', level: '', fields: '', types: '', employer: '', hideFilters: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr', 'fr', 'es'] },
    level: { control: 'select', options: ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
  },
  render: (args) => html`<job-board
    src=${args.src}
    lang=${args.lang || undefined}
    level=${args.level}
    fields=${args.fields}
    types=${args.types}
    employer=${args.employer}
    hide-filters=${args.hideFilters}
  ></job-board>`,
  beforeEach: () => clearCatalogueCache(),
};
export default meta;
type Story = StoryObj<Args>;

/** All current jobs, newest first. */
export const List: Story = {};
/** A visitor at B1: only jobs that need B1 or less. */
export const GermanLevelB1: Story = { args: { level: 'B1' } };
/** Apprenticeships only. */
export const Apprenticeships: Story = { args: { types: 'APPRENTICESHIP' } };
/** The details of the first job. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('job-board') as HTMLElement;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.card a'); i++) await new Promise((r) => setTimeout(r, 50));
    (el.shadowRoot?.querySelector('.card a') as HTMLElement).click();
  },
};
/** Company mode: one employer's own jobs, filters it does not need hidden. */
export const CompanyMode: Story = { args: { employer: 'Malerbetrieb Farbtupfer', hideFilters: 'place,near-me' } };
/** Nothing matches: the visitor is told what to change. */
export const Empty: Story = { args: { level: 'A1', fields: 'it' } };
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
