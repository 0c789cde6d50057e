import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CATALOGUE, NEVER, fresh, inLanguage, packIndex, packStillLoading, render, savedCopyFor, slowConnection, waitForever } from './support.js';
import { THEME } from './theme.js';

const meta: Meta = {
  title: 'Elements/offer-search',
  component: 'offer-search',
  args: { src: CATALOGUE },
  render,
  beforeEach: fresh,
};
export default meta;
type Story = StoryObj;

/** Waits for the element's shadow root to hold `selector`. */
async function find(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const el = canvas.querySelector('offer-search') as HTMLElement;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 50));
  return el.shadowRoot?.querySelector(selector) as HTMLElement;
}
const searchFor = (text: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const input = (await find(canvasElement, '#search')) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
};

/** Many results: the whole sample catalogue. */
export const ManyResults: Story = {};

/** The catalogue is on its way. */
export const Loading: Story = { args: { src: `${NEVER}offer-search.json` }, beforeEach: waitForever };

/** Nothing has arrived after a few seconds (here half a second): the visitor is told why it takes long. */
export const SlowConnection: Story = { args: { src: `${NEVER}offer-search.json` }, beforeEach: slowConnection };

/** The catalogue cannot be loaded (here: not found) and no copy was saved: what happened, and a retry. */
export const LoadError: Story = { args: { src: 'demo/no-such-catalogue.json' } };

/** The download failed, and the copy saved on an earlier visit is shown with its date and a retry. */
export const StaleCopy: Story = {
  args: { src: 'demo/offer-search-catalogue-that-is-gone.json' },
  beforeEach: savedCopyFor('demo/offer-search-catalogue-that-is-gone.json'),
};

/** A returning visitor: the copy saved three days ago is shown at once, with its date, while the latest loads. */
export const SavedCopyWhileLoading: Story = {
  args: { src: `${NEVER}offer-search-saved.json` },
  beforeEach: savedCopyFor(`${NEVER}offer-search-saved.json`),
};

/**
 * The same catalogue as a pack (written by `npx willkommen-widgets pack`, here by the build): the
 * element loads the list in the visitor's language and a full offer only when it is opened.
 */
export const FromAPack: Story = { name: 'From a pack', args: { src: 'demo/pack/index.json' } };

/** A large pack on a slow network: the first part is listed and searchable while the rest arrives. */
export const PackStillLoading: Story = { args: { src: packIndex('offer-search') }, beforeEach: packStillLoading('offer-search') };

/** Nothing matches: the visitor is told what to change. */
export const EmptyResult: Story = { play: searchFor('xqxqxq') };

/** A typo is forgiven ("sprachkrus" finds the language courses). */
export const Typo: Story = { play: searchFor('sprachkrus') };

/** The full details of an offer: address, route, contact, opening hours, languages. */
export const Detail: Story = {
  play: async ({ canvasElement }) => (await find(canvasElement, '.cards a')).click(),
};

/**
 * Sharing an offer: the panel of "Share" (beside the device's share sheet, where the browser has
 * one): "Copy link", and links that pass the offer's title and link to WhatsApp, Telegram or an e-mail.
 */
export const DetailSharePanel: Story = {
  name: 'Detail: share panel',
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '.cards a')).click();
    (await find(canvasElement, '.share-toggle')).click();
  },
};

/** Opens the offer `id` of the sample catalogue once the list is there. */
const openOffer = (id: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await find(canvasElement, '.cards a');
  (canvasElement.querySelector('offer-search') as HTMLElement & { open(id: string): void }).open(id);
};

/**
 * Before you go: booking an appointment, what to bring, who it is for, costs in words, wheelchair
 * access; last checked and last changed; "report a mistake" (the catalogue gives a corrections address).
 */
export const DetailNextSteps: Story = { name: 'Detail: next steps', play: openOffer('o-0006') };

/** A short-term notice ("closed until …") above the details. */
export const DetailNotice: Story = { name: 'Detail: a notice', play: openOffer('o-0151') };

/** Not checked for over a year: the age notice asks the visitor to confirm before going. */
export const DetailNotCheckedForLong: Story = { name: 'Detail: not checked for long', play: openOffer('o-0019') };

/** Easy German (Leichte Sprache) next to German: a switch in the list and in the details. */
export const DetailEasyGerman: Story = { name: 'Detail: Leichte Sprache', ...inLanguage('de'), play: openOffer('o-0001') };

/** Arabic text that was machine-translated: marked, with "show original" (the German text in place). */
export const DetailMachineTranslated: Story = { name: 'Detail: automatically translated', ...inLanguage('ar'), play: openOffer('o-0005') };

/** The visitor chooses the interface language in the element (`language-menu`). */
export const LanguageMenu: Story = { args: { 'language-menu': true } };

export const CharityPreset: Story = {
  name: 'Preset and hidden filters (a charity’s own part)',
  args: { categories: 'family,crisis', 'hide-filters': 'categories', region: 'rostock' },
};

/** Topics chosen: checked chips with their counts. */
export const CheckedTopics: Story = { args: { categories: 'language,work' } };
export const CheckedTopicsArabic: Story = inLanguage('ar', { categories: 'language,work' });

/** Arabic, right to left: the element's own `lang` (the page around it is Arabic too). */
export const RightToLeftArabic: Story = inLanguage('ar');
/** Farsi, right to left, with Persian digits and the Persian calendar. */
export const RightToLeftFarsi: Story = inLanguage('fa');

/** The host's colours, corners and font, set with the `--wk-` custom properties (change them in Controls). */
export const Theming: Story = { args: THEME };
