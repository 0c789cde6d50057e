import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CATALOGUE, NEVER, fresh, inLanguage, render, savedCopyFor, slowConnection, waitForever } from './support.js';
import { THEME } from './theme.js';

const meta: Meta = {
  title: 'Elements/job-board',
  component: 'job-board',
  args: { src: CATALOGUE },
  argTypes: { level: { control: 'select', options: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] } },
  render,
  beforeEach: fresh,
};
export default meta;
type Story = StoryObj;

/** All current jobs, newest first. */
export const List: Story = {};
/** A visitor at B1: only jobs that need B1 or less. */
export const GermanLevelB1: Story = { args: { level: 'B1' } };
/** Apprenticeships only. */
export const Apprenticeships: Story = { args: { types: 'APPRENTICESHIP' } };
/** The details of the first job: requirements, how to apply, apply-by date. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('job-board') as HTMLElement;
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.card a'); i++) await new Promise((r) => setTimeout(r, 50));
    (el.shadowRoot?.querySelector('.card a') as HTMLElement).click();
  },
};
/**
 * Sharing a job: the panel of "Share" (beside the device's share sheet, where the browser has one):
 * "Copy link", and links that pass the job's title and link to WhatsApp, Telegram or an e-mail.
 */
export const DetailSharePanel: Story = {
  name: 'Detail: share panel',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('job-board') as HTMLElement;
    const find = async (selector: string) => {
      for (let i = 0; i < 200 && !el.shadowRoot?.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 50));
      return el.shadowRoot?.querySelector(selector) as HTMLElement;
    };
    (await find('.card a')).click();
    (await find('.share-toggle')).click();
  },
};
/** Company mode: one employer's own jobs, filters it does not need hidden. */
export const CompanyMode: Story = { args: { employer: 'Malerbetrieb Farbtupfer', 'hide-filters': 'place,near-me' } };
/** Nothing matches: the visitor is told what to change. */
export const Empty: Story = { args: { level: 'A1', fields: 'it' } };

/** The catalogue is on its way. */
export const Loading: Story = { args: { src: `${NEVER}job-board.json` }, beforeEach: waitForever };

/** Nothing has arrived after a few seconds (here half a second): the visitor is told why it takes long. */
export const SlowConnection: Story = { args: { src: `${NEVER}job-board.json` }, beforeEach: slowConnection };

/** The catalogue cannot be loaded and no copy was saved: what happened, and a retry. */
export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json' } };

/** The download failed, and the copy saved on an earlier visit is shown with its date and a retry. */
export const StaleCopy: Story = {
  args: { src: 'demo/job-board-catalogue-that-is-gone.json' },
  beforeEach: savedCopyFor('demo/job-board-catalogue-that-is-gone.json'),
};

/** A returning visitor: the copy saved three days ago is shown at once, with its date, while the latest loads. */
export const SavedCopyWhileLoading: Story = {
  args: { src: `${NEVER}job-board-saved.json` },
  beforeEach: savedCopyFor(`${NEVER}job-board-saved.json`),
};

/** Arabic, right to left, each German level explained in Arabic. */
export const RightToLeftArabic: Story = inLanguage('ar');
/** Farsi, right to left. */
export const RightToLeftFarsi: Story = inLanguage('fa');

/** The host's colours, corners and font, set with the `--wk-` custom properties (change them in Controls). */
export const Theming: Story = { args: THEME };
