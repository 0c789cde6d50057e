// Honest text in the details: Easy German ("Leichte Sprache") where a text has it, machine
// translations marked with the original a press away, and reading aloud with the device's voice
// (a stand-in for the browser's speech synthesis: the test decides which voices there are).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';
import { templates as ar } from '../src/i18n/generated/locales/ar.js';
import { templates as de } from '../src/i18n/generated/locales/de.js';
import { templates as fa } from '../src/i18n/generated/locales/fa.js';
import { installSpeech, type FakeSpeech } from './helpers/speech.js';
import { until } from './helpers/until.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const SRC = '/tests/fixtures/text-features-catalogue.json';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
type Templates = Record<string, string | { strings: readonly string[] }>;
/**
 * A string of the interface as the locale's translation has it (with `args` for its placeholders):
 * the tests check that the element shows the translation, whatever its words.
 */
function t(templates: Templates, id: string, ...args: string[]): string {
  const template = templates[id];
  if (template === undefined) throw new Error(`no translation for ${id}`);
  return typeof template === 'string' ? template : template.strings.reduce((out, part, i) => out + (i ? args[i - 1] : '') + part, '');
}
const speaks = (el: Element, lang: string) => $(el, '[part="base"]')?.getAttribute('lang') === lang;

let speech: { speech: FakeSpeech; restore: () => void } | undefined;
function voices(...langs: string[]): FakeSpeech {
  speech = installSpeech(langs);
  return speech.speech;
}

afterEach(() => {
  speech?.restore();
  speech = undefined;
  clearCatalogueCache();
});

async function element<T extends HTMLElement>(tag: 'offer-search' | 'event-list' | 'job-board', lang: string, ready: string): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<${tag} src="${SRC}"></${tag}>`;
  const el = wrapper.querySelector(tag) as unknown as T;
  await until(() => speaks(el, lang) && $(el, ready), 8000);
  return el;
}

/** An offer search with the offer's details open. */
async function offerDetail(lang: string, id = 'o-beratung'): Promise<HTMLElement & { open(id: string): void; updateComplete: Promise<boolean> }> {
  const el = await element<HTMLElement & { open(id: string): void; updateComplete: Promise<boolean> }>('offer-search', lang, '.cards');
  el.open(id);
  await until(() => $(el, '.detail'));
  return el;
}

/** The element's focused element (inside its shadow root). */
const focused = (el: Element) => root(el).activeElement;

describe('Easy German (Leichte Sprache)', () => {
  it('de: one switch above the list and one in the details show the Easy German texts, marked de-x-ls', async () => {
    const el = await element<HTMLElement>('offer-search', 'de', '.cards');
    const switches = $$(el, '.easy-switch');
    expect(switches, 'one switch for the list').to.have.length(1);
    const toggle = switches[0];
    expect(text(toggle)).to.equal('Leichte Sprache');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const card = () => $$(el, '.card').find((c) => c.querySelector('[data-offer="o-beratung"]')) as HTMLElement;
    expect(text(card().querySelector('h3'))).to.equal('Migrationsberatung für Erwachsene');

    toggle.focus();
    toggle.click();
    await until(() => toggle.getAttribute('aria-pressed') === 'true');
    const title = card().querySelector('h3 [lang]');
    expect(text(title)).to.equal('Beratung für Erwachsene aus anderen Ländern');
    expect(title?.getAttribute('lang')).to.equal('de-x-ls');
    expect(focused(el), 'focus stays on the switch').to.equal(toggle);
    // An offer without Easy German stays German.
    expect(text($(el, '[data-offer="o-arabisch"]'))).to.equal('Elterncafé');

    (card().querySelector('a') as HTMLElement).click();
    await until(() => $(el, '.detail'));
    const inDetail = $(el, '.detail .easy-switch') as HTMLElement;
    expect(inDetail.getAttribute('aria-pressed'), 'remembered in the details').to.equal('true');
    expect($(el, '#detail-title [lang]')?.getAttribute('lang')).to.equal('de-x-ls');
    const lead = $(el, '.detail .lead') as HTMLElement;
    expect(lead.getAttribute('lang')).to.equal('de-x-ls');
    expect(text(lead)).to.match(/^Sie haben Fragen zu Ihrem Aufenthalt\?/);
    expect($$(el, '.detail .tag').map(text), 'category names too').to.include('Beratung für Menschen aus anderen Ländern');

    inDetail.click();
    await until(() => inDetail.getAttribute('aria-pressed') === 'false');
    expect(text($(el, '.detail .lead'))).to.match(/^Beratung zu Aufenthalt/);
    expect($(el, '.detail .lead')?.hasAttribute('lang'), 'plain German in a German interface').to.equal(false);
  });

  it('ar and fa: no switch, in the list or in the details', async () => {
    for (const lang of ['ar', 'fa']) {
      const el = await offerDetail(lang);
      expect($$(el, '.easy-switch'), lang).to.have.length(0);
      expect($$(el, '[lang="de-x-ls"]'), lang).to.have.length(0);
    }
  });

  it('de: the event list and the job board have one switch above their lists', async () => {
    const events = await element<HTMLElement>('event-list', 'de', '.event');
    expect($$(events, '.easy-switch')).to.have.length(1);
    ($(events, '.easy-switch') as HTMLElement).click();
    await until(() => $(events, '.event h4 [lang="de-x-ls"]'));
    expect(text($(events, '.event h4'))).to.equal('Fragen stellen ohne Termin');
    expect($(events, '.event .body p[lang="de-x-ls"]')).to.exist;

    const jobs = await element<HTMLElement>('job-board', 'de', '[part="card"]');
    expect($$(jobs, '.easy-switch')).to.have.length(1);
    ($(jobs, '[data-job="j-pflege"]') as HTMLElement).click();
    await until(() => $(jobs, '.detail'));
    const inDetail = $(jobs, '.detail .easy-switch') as HTMLElement;
    inDetail.click();
    await until(() => $(jobs, '.detail .text[lang="de-x-ls"]'));
    expect(text($(jobs, '#job-title'))).to.equal('Helferin oder Helfer in der Pflege');
  });
});

describe('machine translation, marked', () => {
  it('ar: the details mark the translation and show the German original in place, left to right', async () => {
    const el = await offerDetail('ar');
    const mark = $(el, '.detail .machine-mark') as HTMLElement;
    expect(text(mark)).to.equal(t(ar, 'text.machine-translated'));
    const button = $(el, '.detail .text-toggle') as HTMLElement;
    expect(text(button)).to.equal(t(ar, 'text.show-original'));
    const lead = () => $(el, '.detail .lead') as HTMLElement;
    expect(lead().getAttribute('dir')).to.equal('rtl');

    button.focus();
    button.click();
    await until(() => lead().getAttribute('lang') === 'de');
    expect(lead().getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(lead()).direction).to.equal('ltr');
    expect(text(lead())).to.match(/^Beratung zu Aufenthalt/);
    expect($(el, '#detail-title [lang="de"]')?.getAttribute('dir')).to.equal('ltr');
    expect(text(mark)).to.equal(t(ar, 'text.original-shown', 'الألمانية'));
    expect(text(button)).to.equal(t(ar, 'text.show-translation'));
    expect(focused(el), 'focus stays on the button').to.equal(button);
    expect($(el, '.detail .notice[role="note"]'), 'no "not in your language" notice for an original asked for').to.equal(null);

    await sendKeys({ press: 'Enter' });
    await until(() => lead().getAttribute('lang') === null || lead().getAttribute('lang') === 'ar');
    expect(lead().getAttribute('dir')).to.equal('rtl');
    expect(text(button)).to.equal(t(ar, 'text.show-original'));
    expect(focused(el)).to.equal(button);
  });

  it('fa: marked in Farsi; de: the original needs no mark; the Arabic card is marked', async () => {
    const farsi = await offerDetail('fa');
    expect(text($(farsi, '.detail .machine-mark'))).to.equal(t(fa, 'text.machine-translated'));
    const de = await offerDetail('de');
    expect($(de, '.machine-mark')).to.equal(null);
    const list = await element<HTMLElement>('offer-search', 'ar', '.cards');
    const card = $$(list, '.card').find((c) => c.querySelector('[data-offer="o-beratung"]')) as HTMLElement;
    expect(text(card.querySelector('.machine-mark'))).to.equal(t(ar, 'text.machine-translated'));
    expect(card.querySelector('button'), 'the card only marks; the original is in the details').to.equal(null);
    const other = $$(list, '.card').find((c) => c.querySelector('[data-offer="o-arabisch"]')) as HTMLElement;
    expect(other.querySelector('.machine-mark'), 'not machine-translated').to.equal(null);
  });

  it('de: German machine-translated from English; the original is the English text (translatedFrom)', async () => {
    const el = await offerDetail('de', 'o-sprachcafe');
    expect(text($(el, '.detail .machine-mark'))).to.equal(t(de, 'text.machine-translated'));
    ($(el, '.detail .text-toggle') as HTMLElement).click();
    await until(() => $(el, '.detail .lead[lang="en"]'));
    expect(text($(el, '.detail .lead'))).to.match(/^Practise German/);
    expect(text($(el, '#detail-title'))).to.equal('International language café');
    expect(text($(el, '.detail .machine-mark'))).to.equal(t(de, 'text.original-shown', 'Englisch'));
  });

  it('ar: an event and a job show their originals in place', async () => {
    const events = await element<HTMLElement>('event-list', 'ar', '.event');
    const event = $(events, '.event') as HTMLElement;
    const toggle = event.querySelector('.text-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-describedby'), 'told apart by the event it belongs to').to.match(/^event-/);
    toggle.click();
    await until(() => event.querySelector('h4 [lang="de"]'));
    expect(event.querySelector('h4 [lang="de"]')?.getAttribute('dir')).to.equal('ltr');
    expect(event.querySelector('.body p[lang="de"]')?.getAttribute('dir')).to.equal('ltr');

    const jobs = await element<HTMLElement>('job-board', 'ar', '[part="card"]');
    expect(text($(jobs, '[part="card"] .machine-mark'))).to.equal(t(ar, 'text.machine-translated'));
    ($(jobs, '[data-job="j-pflege"]') as HTMLElement).click();
    await until(() => $(jobs, '.detail .text-toggle'));
    ($(jobs, '.detail .text-toggle') as HTMLElement).click();
    await until(() => $(jobs, '.detail .text[lang="de"]'));
    expect($(jobs, '.detail .text[lang="de"]')?.getAttribute('dir')).to.equal('ltr');
  });
});

describe('read aloud', () => {
  const readButton = (el: Element) => $(el, '.read-aloud') as HTMLButtonElement | null;
  const spokenText = (s: FakeSpeech) => s.spoken.map((u) => u.text).join(' ');

  it('is not offered without a voice on the device for the text’s language', async () => {
    const s = voices('en-US');
    const el = await offerDetail('de');
    expect(readButton(el)).to.equal(null);
    // A speech service's voice would send the text away: not used.
    s.addVoices(['de-DE'], true);
    await el.updateComplete;
    expect(readButton(el)).to.equal(null);
  });

  it('de: reads the details in German, the phone number digit by digit and the hours in words, and stops', async () => {
    const s = voices('en-US', 'de-DE');
    const el = await offerDetail('de');
    const button = readButton(el) as HTMLButtonElement;
    expect(text(button)).to.equal(t(de, 'speech.read'));
    const note = root(el).getElementById(button.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(text(note)).to.equal(t(de, 'speech.note'));
    expect(text(note)).to.match(/Gerät/);
    expect(s.spoken, 'never starts by itself').to.have.length(0);

    button.focus();
    button.click();
    await until(() => text(button) === t(de, 'speech.stop'));
    expect(s.spoken.length).to.be.greaterThan(0);
    expect(s.spoken.every((u) => u.lang === 'de' && u.voice?.lang === 'de-DE')).to.equal(true);
    const said = spokenText(s);
    expect(said).to.contain('Migrationsberatung für Erwachsene');
    expect(said).to.contain('0 3 8 1, 0 0 0 0, 1 2 3 4');
    // The hours in words: days with the same hours together, each slot "from … to …" (no dashes).
    const slot = (opens: string, closes: string) => t(de, 'speech.time-range', opens, closes);
    const both = new Intl.ListFormat('de', { type: 'conjunction' }).format([slot('9:00', '12:00'), slot('14:00', '18:00')]);
    expect(said).to.contain(`${t(de, 'speech.day-range', 'Montag', 'Mittwoch')}: ${slot('9:00', '12:00')}. Donnerstag: ${both}. Freitag: ${slot('9:00', '12:00')}.`);
    expect(said).to.match(/Montag bis Mittwoch: von 9:00 bis 12:00\./);
    expect(said).not.to.match(/–|·/);
    expect(focused(el)).to.equal(button);

    button.click();
    await until(() => text(button) === t(de, 'speech.read'));
    expect(s.cancels).to.be.greaterThan(0);
  });

  it('Escape stops reading and keeps the details open; going back stops it too', async () => {
    const s = voices('de-DE');
    const el = await offerDetail('de');
    const button = readButton(el) as HTMLButtonElement;
    button.focus();
    button.click();
    await until(() => button.hasAttribute('data-reading'));
    const cancels = s.cancels;
    await sendKeys({ press: 'Escape' });
    await until(() => !button.hasAttribute('data-reading'));
    expect(s.cancels).to.be.greaterThan(cancels);
    expect($(el, '.detail'), 'the first Escape only stops reading').to.exist;

    button.click();
    await until(() => button.hasAttribute('data-reading'));
    const before = s.cancels;
    ($(el, '.detail-actions button') as HTMLElement).click();
    await until(() => !$(el, '.detail'));
    await until(() => s.cancels > before);
  });

  it('the end of the reading gives the button back', async () => {
    const s = voices('de-DE');
    const el = await offerDetail('de');
    const button = readButton(el) as HTMLButtonElement;
    button.click();
    await until(() => button.hasAttribute('data-reading'));
    s.finish();
    await until(() => text(button) === t(de, 'speech.read'));
  });

  it('ar: reads Arabic with an Arabic voice; shown once the voice arrives', async () => {
    const s = voices();
    const el = await offerDetail('ar', 'o-arabisch');
    expect(readButton(el)).to.equal(null);
    s.addVoices(['ar-SA']);
    await until(() => readButton(el));
    const button = readButton(el) as HTMLButtonElement;
    expect(text(button)).to.equal(t(ar, 'speech.read'));
    button.click();
    await until(() => s.spoken.length > 0);
    expect(s.spoken.every((u) => u.lang === 'ar' && u.voice?.lang === 'ar-SA')).to.equal(true);
    const said = spokenText(s);
    expect(said).to.contain('مقهى الأهل');
    expect(said).to.contain('+ 4 9, 3 8 1, 0 0 0 0, 5 6 7 8');
    expect(said).to.contain('الأربعاء');
    expect(said).not.to.match(/–/);
  });

  it('ar: text shown in German needs a German voice too', async () => {
    voices('ar-SA');
    const el = await offerDetail('ar');
    ($(el, '.detail .text-toggle') as HTMLElement).click();
    await until(() => $(el, '.detail .lead[lang="de"]'));
    expect(readButton(el), 'no German voice for the original').to.equal(null);
  });

  it('events and jobs: each can be read aloud', async () => {
    const s = voices('de-DE');
    const events = await element<HTMLElement>('event-list', 'de', '.event');
    const eventButton = $(events, '.event .read-aloud') as HTMLButtonElement;
    expect(eventButton.getAttribute('aria-describedby')).to.match(/^read-aloud-note event-/);
    eventButton.click();
    await until(() => s.spoken.length > 0);
    expect(spokenText(s)).to.contain('Offene Sprechstunde');
    expect(spokenText(s)).to.contain('Fragen zu Behördenbriefen');

    const jobs = await element<HTMLElement>('job-board', 'de', '[part="card"]');
    ($(jobs, '[data-job="j-pflege"]') as HTMLElement).click();
    await until(() => $(jobs, '.detail .read-aloud'));
    ($(jobs, '.detail .read-aloud') as HTMLElement).click();
    await until(() => spokenText(s).includes('Pflegehelferin'));
    expect(spokenText(s)).to.contain('0 3 8 1, 0 0 0 0, 4 3 2 1');
    expect(spokenText(s)).to.match(/A2/);
  });
});

describe('accessible with every text control', () => {
  for (const lang of ['de', 'ar']) {
    it(`${lang}: the offer details with the mark, the switch and read aloud`, async () => {
      voices('de-DE', 'ar-SA');
      const el = await offerDetail(lang);
      expect($(el, '.read-aloud')).to.exist;
      expect(lang === 'de' ? $(el, '.easy-switch') : $(el, '.text-toggle')).to.exist;
      await expect(el).to.be.accessible();
      if (lang === 'ar') {
        ($(el, '.text-toggle') as HTMLElement).click();
        await until(() => $(el, '.detail .lead[lang="de"]'));
        await expect(el).to.be.accessible();
      }
    });
  }

  it('de: the list with "Leichte Sprache"; ar: events with their marks and read aloud', async () => {
    voices('de-DE', 'ar-SA');
    const list = await element<HTMLElement>('offer-search', 'de', '.cards');
    ($(list, '.easy-switch') as HTMLElement).click();
    await until(() => $(list, '.cards [lang="de-x-ls"]'));
    await expect(list).to.be.accessible();
    const events = await element<HTMLElement>('event-list', 'ar', '.event .read-aloud');
    expect($(events, '.event .text-toggle')).to.exist;
    await expect(events).to.be.accessible();
  });
});
