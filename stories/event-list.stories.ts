import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CATALOGUE, NEVER, element, fresh, inLanguage, render, savedCopyFor, slowConnection, waitForever } from './support.js';
import { THEME } from './theme.js';

const meta: Meta = {
  title: 'Elements/event-list',
  component: 'event-list',
  args: { src: CATALOGUE },
  argTypes: { range: { control: 'select', options: ['today', 'week', 'month'] } },
  render,
  beforeEach: fresh,
};
export default meta;
type Story = StoryObj;

/** The coming week, grouped by day (many events repeat weekly). */
export const Week: Story = {};
/** Recurring events only: the weekly language cafés. */
export const Recurring: Story = { args: { categories: 'language', range: 'month' } };
/** Nothing in the period: the visitor is offered a longer one. */
export const Empty: Story = { args: { range: 'today', categories: 'housing', languages: 'ti' } };
/** A charity's own events, filters hidden. */
export const Preset: Story = { args: { categories: 'community', 'hide-filters': 'categories' } };

/**
 * An event's offer opened in the search on the same page: "Hosted by …" opens the offer's details
 * in the `<offer-search>` (the one named by `for`, else the first on the page).
 */
export const OfferOfAnEvent: Story = {
  render: (args) => html`<div style="display: grid; gap: 1.5em">
    <event-list src=${String(args.src)} for="story-search" range="month"></event-list>
    <offer-search id="story-search" src=${String(args.src)}></offer-search>
  </div>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('event-list') as HTMLElement;
    // "Hosted by: …", the link-like button of an event that has an offer.
    const host = () => list.shadowRoot?.querySelector<HTMLButtonElement>('[part="event"] button[data-offer]');
    for (let waited = 0; !host() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    host()?.click();
  },
};

/**
 * The sample catalogue with the folder of its calendar feeds (`feeds.url`), served by the story
 * itself (the feeds' addresses are examples: a calendar app finds nothing there).
 */
const withFeeds = async () => {
  try {
    const catalogue = await (await fetch(CATALOGUE)).json();
    const feeds = { url: 'https://willkommen.example.org/katalog/feeds/' };
    return { src: URL.createObjectURL(new Blob([JSON.stringify({ ...catalogue, feeds })], { type: 'application/json' })) };
  } catch {
    return { src: CATALOGUE };
  }
};

/**
 * Above the events, "Print this list" (every event date of the period, not only those shown, each
 * with date and time, place, host, languages and a QR code that opens it on this page) and "QR code
 * for this page" (a poster on A4 or A5, or the code as SVG or PNG). Below them, where the catalogue
 * names its calendar feeds, "Subscribe in your calendar" with the feed of the topic chosen (the
 * feed of a region, or of all events, for other choices) and "Copy the address".
 */
export const SubscribeAndPrint: Story = {
  name: 'Subscribe and print',
  args: { categories: 'language', range: 'month' },
  loaders: [withFeeds],
  render: (args, { loaded }) => element('event-list', { ...args, src: loaded.src }),
};

/**
 * A shared link, or the QR code of a printed list, names an event (`?wk-event=e-0040`): with
 * `open-linked` the list scrolls to it, marks it and moves focus to its heading.
 */
export const LinkedEvent: Story = {
  name: 'Opened from a link (open-linked)',
  args: { 'open-linked': true },
  beforeEach: ({ viewMode }) => {
    if (viewMode !== 'story') return undefined;
    const before = location.href;
    const url = new URL(before);
    url.searchParams.set('wk-event', 'e-0040');
    history.replaceState(history.state, '', url);
    return () => history.replaceState(history.state, '', before);
  },
};

/** The catalogue is on its way. */
export const Loading: Story = { args: { src: `${NEVER}event-list.json` }, beforeEach: waitForever };

/** Nothing has arrived after a few seconds (here half a second): the visitor is told why it takes long. */
export const SlowConnection: Story = { args: { src: `${NEVER}event-list.json` }, beforeEach: slowConnection };

/** The catalogue cannot be loaded and no copy was saved: what happened, and a retry. */
export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json' } };

/** The download failed, and the copy saved on an earlier visit is shown with its date and a retry. */
export const StaleCopy: Story = {
  args: { src: 'demo/event-list-catalogue-that-is-gone.json' },
  beforeEach: savedCopyFor('demo/event-list-catalogue-that-is-gone.json'),
};

/** A returning visitor: the copy saved three days ago is shown at once, with its date, while the latest loads. */
export const SavedCopyWhileLoading: Story = {
  args: { src: `${NEVER}event-list-saved.json` },
  beforeEach: savedCopyFor(`${NEVER}event-list-saved.json`),
};

/** Arabic, right to left, with the weekdays and dates in Arabic. */
export const RightToLeftArabic: Story = inLanguage('ar');
/** Farsi, right to left, with the Persian calendar. */
export const RightToLeftFarsi: Story = inLanguage('fa');

/** The host's colours, corners and font, set with the `--wk-` custom properties (change them in Controls). */
export const Theming: Story = { args: THEME };
