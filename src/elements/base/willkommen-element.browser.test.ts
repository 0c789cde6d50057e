import { until } from '../../../tests/helpers/until.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { configureLoader, clearCatalogueCache, type LoadedCatalogue } from '../../catalogue/load.js';
import { memoryCopies } from '../../catalogue/saved-copies.js';
import { defineElement } from '../../registry.js';
import { WillkommenElement } from './willkommen-element.js';
import type { WkErrorEvent, WkLoadEvent } from '../../events/catalogue-events.js';
import { expectConsole, restoreConsole } from '../../../tests/helpers/console.js';

/** The smallest real element on the base: a list of offer titles. */
class TestOffers extends WillkommenElement {
  protected override renderContent(loaded: LoadedCatalogue) {
    return litHtml`<ul>${loaded.catalogue.offers.map((o) => litHtml`<li>${this.textTemplate(this.text(o.title, loaded))}</li>`)}</ul>`;
  }
}
defineElement('wk-test-offers', TestOffers);

const copies = memoryCopies();
configureLoader({ savedCopies: copies, retries: 0, timeout: 3000 });

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const base = (el: Element) => shadow(el).querySelector('[part="base"]') as HTMLElement;

afterEach(() => {
  restoreConsole();
  clearCatalogueCache();
  copies.entries.clear();
  document.documentElement.lang = 'en';
});

describe('WillkommenElement states', () => {
  it('explains a missing src instead of showing a blank widget', async () => {
    const el = await fixture(html`<wk-test-offers></wk-test-offers>`);
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('has no catalogue address');
    await expect(el).to.be.accessible();
  });

  it('shows a loading status, then the offers, and fires wk-load', async () => {
    const el = await fixture(html`<wk-test-offers src="/__test__/slow/300"></wk-test-offers>`);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.contain('Loading');
    const event = (await oneEvent(el, 'wk-load')) as WkLoadEvent;
    expect(event.detail.offers).to.equal(3);
    expect(event.bubbles && event.composed).to.equal(true);
    await (el as TestOffers).updateComplete;
    const items = [...shadow(el).querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).to.deep.equal(['Evening German course', 'Migration counselling', 'Frauencafé']);
  });

  it('shows an error with a working retry button, and fires wk-error', async () => {
    const logged = expectConsole({ error: /^willkommen-widgets: \S+\/__test__\/fail-once\/[\d.]+: / });
    const el = await fixture(html`<wk-test-offers src="/__test__/fail-once/${Math.random()}"></wk-test-offers>`);
    const error = (await oneEvent(el, 'wk-error')) as WkErrorEvent;
    expect(logged.messages('error')).to.have.length(1);
    expect(logged.messages('error')[0]).to.match(/: The server answered 500 Internal Server Error\.$/);
    expect(error.detail).to.include({ kind: 'http', status: 500, stale: false });
    await (el as TestOffers).updateComplete;
    const alert = shadow(el).querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).to.contain('reported an error (500)');
    await expect(el).to.be.accessible();
    alert.querySelector('button')?.click();
    await until(() => shadow(el).querySelectorAll('li').length === 3);
  });

  it('shows a saved copy with its date when the server fails', async () => {
    const url = new URL('/__test__/status/503', location.href).href;
    copies.entries.set(url, { text: JSON.stringify({ format: 'willkommen-catalogue', version: 1, offers: [{ id: 'x', title: 'Gespeichert' }] }), savedAt: '2026-11-03T13:05:00Z' });
    const el = await fixture(html`<wk-test-offers lang="de" src=${url}></wk-test-offers>`);
    await until(() => !!shadow(el).querySelector('[part="stale"]'));
    await until(() => base(el).lang === 'de' && /3\. November 2026/.test(shadow(el).querySelector('[part="stale"]')?.textContent ?? ''));
    const stale = shadow(el).querySelector('[part="stale"]') as HTMLElement;
    expect(stale.textContent).to.contain('3. November 2026');
    expect(shadow(el).querySelector('li')?.textContent).to.contain('Gespeichert');
    await expect(el).to.be.accessible();
  });
});

describe('WillkommenElement locale and direction', () => {
  it('takes its own lang, renders Arabic right to left and marks fallback text', async () => {
    // A browser asking for Arabic alone: text missing in Arabic is in the catalogue's default language.
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ar'] });
    try {
      const el = await fixture(html`<wk-test-offers lang="ar" src="/__test__/catalogue.json"></wk-test-offers>`);
      await until(() => shadow(el).querySelectorAll('li').length === 3 && base(el).dir === 'rtl');
      expect(base(el).lang).to.equal('ar');
      const items = [...shadow(el).querySelectorAll('li span')] as HTMLElement[];
      expect(items[0].textContent).to.equal('دورة لغة ألمانية مسائية');
      expect(items[0].hasAttribute('lang')).to.equal(false);
      expect(items[1].lang).to.equal('de');
      expect(items[1].textContent).to.equal('Migrationsberatung');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('takes text missing in its lang in the browser’s next language before the catalogue’s default', async () => {
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ar', 'en-US'] });
    try {
      const el = await fixture(html`<wk-test-offers lang="ar" src="/__test__/catalogue.json"></wk-test-offers>`);
      await until(() => shadow(el).querySelectorAll('li').length === 3 && base(el).dir === 'rtl');
      const items = [...shadow(el).querySelectorAll('li span')] as HTMLElement[];
      expect(items.map((i) => [i.textContent, i.getAttribute('lang')])).to.deep.equal([
        ['دورة لغة ألمانية مسائية', null],
        ['Migration counselling', 'en'],
        ['Frauencafé', 'de'],
      ]);
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('follows the page language and its changes', async () => {
    document.documentElement.lang = 'uk';
    const el = await fixture(html`<wk-test-offers src="/__test__/catalogue.json"></wk-test-offers>`);
    await until(() => shadow(el).querySelectorAll('li').length === 3 && base(el).lang === 'uk');
    expect(shadow(el).querySelectorAll('li')[1].textContent?.trim()).to.equal('Міграційна консультація');
    document.documentElement.lang = 'fa';
    await until(() => base(el).dir === 'rtl' && base(el).lang === 'fa');
  });

  it('matches regional tags to a kit locale (de-AT is German)', async () => {
    const el = await fixture(html`<div lang="de-AT"><wk-test-offers src="/__test__/catalogue.json"></wk-test-offers></div>`);
    const inner = el.querySelector('wk-test-offers') as Element;
    await until(() => base(inner)?.lang === 'de' && shadow(inner).querySelectorAll('li').length === 3);
    expect(shadow(inner).querySelector('li')?.textContent?.trim()).to.equal('Deutschkurs am Abend');
  });
});

describe('WillkommenElement in a hostile host page', () => {
  it('does not shrink when the page sets a small root font size', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% } body { font-family: Georgia, serif }';
    document.head.append(style);
    try {
      const el = await fixture(html`<wk-test-offers></wk-test-offers>`);
      const computed = getComputedStyle(base(el));
      expect(computed.fontSize).to.equal('16px');
      expect(computed.fontFamily).to.contain('Georgia');
    } finally {
      style.remove();
    }
  });

  it('explains a taken tag name in the console instead of throwing', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      class Other extends HTMLElement {}
      expect(defineElement('wk-test-taken', Other)).to.equal(true);
      expect(defineElement('wk-test-taken', TestOffers)).to.equal(false);
      expect(errors[0]).to.contain('<wk-test-taken> is already defined');
      expect(defineElement('wk-test-offers', TestOffers)).to.equal(true);
      expect(defineElement('not a valid name', TestOffers)).to.equal(false);
    } finally {
      console.error = original;
    }
  });

  it('registers the same class under a second, site-chosen name', async () => {
    expect(defineElement('stadt-test-offers', TestOffers)).to.equal(true);
    const el = await fixture(html`<stadt-test-offers src="/__test__/catalogue.json"></stadt-test-offers>`);
    await until(() => (el.shadowRoot?.querySelectorAll('li').length ?? 0) === 3);
    expect(el).to.be.instanceOf(TestOffers);
  });
});
