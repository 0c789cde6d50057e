// What a visitor sees while a catalogue loads: a saved copy at once on a second visit, replaced
// quietly (focus and scroll stay), "the connection is slow" when there is nothing to show, and
// elements that leave the page let go of everything.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/until.js';
import { focused } from './helpers/focus.js';
import { expectConsole, restoreConsole } from './helpers/console.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { cacheApiCopies, memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';

const copies = memoryCopies();
configureLoader({ savedCopies: copies, retries: 0 });

const small = await (await fetch('/__test__/catalogue.json')).text();
const root = (el: Element) => el.shadowRoot as ShadowRoot;

afterEach(() => {
  restoreConsole();
  clearCatalogueCache();
  copies.entries.clear();
  configureLoader({ slowAfter: 4_000, deadline: 30_000, timeout: 10_000 });
});

describe('loading', () => {
  it('shows the saved copy at once on a second visit and replaces it quietly, keeping focus and scroll', async () => {
    const src = new URL('/__test__/slow/900', location.href).href;
    // The saved copy is from yesterday's visit; since then the first offer was renamed.
    const yesterday = JSON.parse(small);
    yesterday.offers[0].title.de = 'Deutschkurs am Abend (alter Stand)';
    copies.entries.set(src, { text: JSON.stringify(yesterday), savedAt: new Date(Date.now() - 3_600_000).toISOString() });
    const spacer = await fixture<HTMLElement>(html`<div lang="de"><div style="height: 1200px"></div></div>`);
    const started = performance.now();
    spacer.insertAdjacentHTML('beforeend', `<offer-search src="${src}"></offer-search><div style="height: 1200px"></div>`);
    const el = spacer.querySelector('offer-search') as HTMLElement;
    await until(() => root(el).querySelectorAll('.cards a').length === 3, 800);
    expect(performance.now() - started, 'the saved copy, before the server answered').to.be.lessThan(900);
    // A copy younger than a day is shown as it is: no notice.
    expect(root(el).querySelector('[part="stale"]')).to.equal(null);
    expect(root(el).querySelector('.cards a')?.textContent).to.contain('alter Stand');
    const second = root(el).querySelectorAll<HTMLElement>('.cards a')[1];
    second.scrollIntoView({ block: 'center' });
    second.focus();
    const scrollY = window.scrollY;
    await until(() => !root(el).querySelector('.cards a')?.textContent?.includes('alter Stand'), 3000);
    expect(root(el).querySelector('.cards a')?.textContent).to.contain('Deutschkurs am Abend');
    expect(focused(), 'focus stays on the same card').to.equal(second);
    expect(window.scrollY).to.equal(scrollY);
  });

  it('shows an older saved copy with its date while the latest loads', async () => {
    const src = new URL('/__test__/slow/900', location.href).href;
    copies.entries.set(src, { text: small, savedAt: '2026-11-02T09:30:00Z' });
    const el = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
    await until(() => !!root(el).querySelector('[part="stale"]'), 800);
    expect(root(el).querySelector('[part="stale"]')?.textContent).to.match(/gespeicherte Kopie vom 2\. November 2026.*werden noch geladen/s);
    await until(() => !root(el).querySelector('[part="stale"]'), 3000);
    await expect(el).to.be.accessible();
  });

  it('says the connection is slow when nothing can be shown after a few seconds, then offers a retry', async () => {
    configureLoader({ slowAfter: 300, deadline: 1200, timeout: 500 });
    const logged = expectConsole({ error: /^willkommen-widgets: \S*\/__test__\/slow\/60000: / });
    const el = await fixture<HTMLElement>(html`<job-board lang="uk" src="/__test__/slow/60000"></job-board>`);
    await until(() => !!root(el).querySelector('[part="status"]')?.textContent?.includes('Завантаження'), 250);
    await until(() => !!root(el).querySelector('[part="status"]')?.textContent?.includes('з’єднання повільне'), 1000);
    await until(() => !!root(el).querySelector('[part="error"]'), 3000);
    expect(root(el).querySelector('[part="error"] button')).to.not.equal(null);
    expect(logged.messages('error')).to.deep.equal([`willkommen-widgets: ${new URL('/__test__/slow/60000', location.href).href}: The server took too long to answer.`]);
  });

  it('lets go of elements removed from the page, even with an update queued', async () => {
    const src = '/__test__/slow/200';
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('offer-search');
      el.setAttribute('src', src);
      host.append(el);
      refs.push(new WeakRef(el));
      el.remove(); // before its first update ran
    }
    // Another element on the page with the same catalogue: it must not be shared with the removed ones.
    host.innerHTML = `<offer-search src="${src}"></offer-search>`;
    const kept = host.querySelector('offer-search') as HTMLElement;
    await until(() => root(kept).querySelectorAll('.cards a').length > 0, 3000);
    const listeners = (await import('../src/catalogue/load.js')).subscriberCount(new URL(src, location.href).href);
    expect(listeners, 'only the element on the page listens to the catalogue').to.equal(1);
  });

  it('keeps the copy for the next visit in the Cache API from the validator’s worker, and shows it then', async () => {
    const name = 'willkommen-widgets:test-copies';
    await caches.delete(name);
    configureLoader({ savedCopies: cacheApiCopies(name) });
    try {
      const src = new URL('/__test__/slow/600', location.href).href;
      const first = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
      await until(() => root(first).querySelectorAll('.cards a').length === 3, 3000);
      // Written by the worker, not the page: wait until it is there.
      for (let waited = 0; !(await (await caches.open(name)).match(src)); waited += 50) {
        if (waited > 3000) throw new Error('the copy was not kept');
        await new Promise((r) => setTimeout(r, 50));
      }
      first.remove();
      clearCatalogueCache();
      const started = performance.now();
      const second = await fixture<HTMLElement>(html`<offer-search lang="de" src=${src}></offer-search>`);
      await until(() => root(second).querySelectorAll('.cards a').length === 3, 3000);
      expect(performance.now() - started, 'from the saved copy, before the server answered').to.be.lessThan(600);
    } finally {
      configureLoader({ savedCopies: copies });
      await caches.delete(name);
    }
  });
});
