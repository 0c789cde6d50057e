import { withPosition } from '../../../tests/helpers/geolocation.js';
import { until } from '../../../tests/helpers/until.js';
import { contrastOf } from '../../../tests/helpers/contrast.js';
import { recordLiveRegion } from '../../../tests/helpers/live-region.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCatalogueCache, configureLoader } from '../../catalogue/load.js';
import { memoryCopies } from '../../catalogue/saved-copies.js';
import { count as formatCount } from '../../i18n/format.js';
import '../../define.js';
import type { WkFilterChangeEvent, WkSelectEvent } from '../../events/offer-events.js';
import type { OfferSearch } from './offer-search.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const SRC = '/demo/catalogue.json';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const titles = (el: Element) => $$(el, '.cards h3').map((h) => h.textContent?.trim() ?? '');
const countText = (el: Element) => $(el, '#count')?.textContent?.trim() ?? '';

async function searchElement(attributes = '', lang = 'de'): Promise<OfferSearch> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<offer-search src="${SRC}" ${attributes}></offer-search>`;
  const el = wrapper.querySelector('offer-search') as OfferSearch;
  await until(() => $(el, '.cards') && $(el, '[part="base"]')?.getAttribute('lang') === lang);
  return el;
}

async function type(el: OfferSearch, text: string) {
  const input = $<HTMLInputElement>(el, '#search');
  input.focus();
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await sendKeys({ type: text });
  await el.updateComplete;
}

afterEach(() => {
  clearCatalogueCache();
  history.replaceState(null, '', location.pathname);
});

describe('<offer-search> searching', () => {
  it('updates the results as the visitor types, forgiving a typo', async () => {
    const el = await searchElement();
    const all = countText(el);
    await type(el, 'sprachkrus');
    await until(() => countText(el) !== all);
    expect(titles(el).length).to.be.greaterThan(0);
    expect(titles(el)[0]).to.match(/Sprachkurs/i);
  });

  it('finds prefixes and umlaut spellings', async () => {
    const el = await searchElement();
    await type(el, 'deutschk');
    await until(() => titles(el).length > 0);
    expect(titles(el).every((t) => /deutschk/i.test(t) || /kurs/i.test(t) || t.length > 0)).to.equal(true);
    await type(el, 'grunhohe');
    await until(() => $$(el, '.card .org').some((o) => /Grünhöhe/.test(o.textContent ?? '')));
  });

  it('searches Arabic with or without the article and ranks Arabic titles', async () => {
    const el = await searchElement('', 'ar');
    await type(el, 'الالمانية');
    await until(() => titles(el).length > 0);
    expect(titles(el)[0]).to.match(/الألمانية|الالمانية/);
    await type(el, 'المانيه');
    await until(() => titles(el).length > 0);
  });

  it('draws at most four new cards in the frame after a key press and the rest of the page right after, keeping the cards already shown', async () => {
    const el = await searchElement();
    await until(() => titles(el).length === 20);
    const input = $<HTMLInputElement>(el, '#search');
    const fresh = (shown: HTMLElement[]) => $$(el, '.cards > li').filter((li) => !shown.includes(li));
    for (const query of ['beratung', 'beratungs', 'wohnung']) {
      const shown = $$(el, '.cards > li');
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const drawn = $$(el, '.cards > li');
      expect(fresh(shown).length, query).to.be.at.most(4);
      // The cards already shown and still on the page are the same elements (focus and place stay).
      expect(drawn.filter((li) => shown.includes(li)).length + fresh(shown).length).to.equal(drawn.length);
      // The button already says what the whole page holds.
      const total = Number(countText(el).replace(/\D/g, ''));
      if (total > 20) expect($(el, '[part="more"]').textContent).to.contain(`20 von ${formatCount(total, 'de')}`);
      await until(() => titles(el).length === Math.min(20, total));
    }
  });

  it('draws the whole page when the element is moved in the page right after a key press', async () => {
    const el = await searchElement();
    await until(() => titles(el).length === 20);
    const input = $<HTMLInputElement>(el, '#search');
    input.value = 'wohnung';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const total = Number(countText(el).replace(/\D/g, ''));
    expect(titles(el).length).to.be.lessThan(Math.min(20, total));
    const other = document.createElement('div');
    other.lang = 'de';
    document.body.append(other);
    other.append(el);
    await until(() => titles(el).length === Math.min(20, total));
    other.remove();
  });

  it('announces the result count politely, with the right plural form', async () => {
    const el = await searchElement('', 'ru');
    await type(el, 'zzzz-nothing-matches');
    const live = $(el, '[aria-live="polite"]');
    await until(() => /Нет|не найден/i.test(live.textContent ?? ''), 3000);
    expect($$(el, '[aria-live]')).to.have.length(1);
    const ru = (n: number) => el.localized(() => el.countText(n));
    expect([1, 2, 5, 21, 11].map(ru)).to.deep.equal(['1 предложение', '2 предложения', '5 предложений', '21 предложение', '11 предложений']);
  });

  it('uses the Arabic plural forms (one, two, few, many, other), one and two with the word alone', async () => {
    const el = await searchElement('', 'ar');
    const ar = (n: number) => el.localized(() => el.countText(n)).replace(/[\u200e\u200f]/g, '');
    const [one, two, few, many, other] = [1, 2, 3, 11, 100].map(ar);
    expect(one).to.equal('خدمة واحدة');
    expect(two).to.equal('خدمتان');
    expect(few).to.equal(`${formatCount(3, 'ar')} خدمات`);
    expect(many).to.equal(`${formatCount(11, 'ar')} خدمةً`);
    expect(other).to.equal(`${formatCount(100, 'ar')} خدمة`);
    expect(`${one} ${two}`).not.to.match(/[0-9\u0660-\u0669]/);
    expect(`${few} ${many} ${other}`).to.match(/^[0-9\u0660-\u0669]+ .+ [0-9\u0660-\u0669]+ .+ [0-9\u0660-\u0669]+ /);
  });
});

describe('<offer-search> filters', () => {
  it('filters by category with counts, and fires wk-filter-change', async () => {
    const el = await searchElement('', 'en');
    const chip = $$(el, '.chips label').find((l) => /Migration counselling/.test(l.textContent ?? '')) as HTMLElement;
    const expected = Number(chip.querySelector('.count')?.textContent);
    expect(expected).to.be.greaterThan(0);
    setTimeout(() => (chip.querySelector('input') as HTMLInputElement).click());
    const event = (await oneEvent(el, 'wk-filter-change')) as WkFilterChangeEvent;
    expect(event.detail.filters.categories).to.deep.equal(['migration-counselling']);
    expect(event.detail.count).to.equal(expected);
    await el.updateComplete;
    expect(countText(el)).to.contain(String(expected));
    expect($$(el, '.card').every((c) => /Migration counselling/.test(c.textContent ?? ''))).to.equal(true);
  });

  it('shows why nothing matched and lets the visitor relax a filter', async () => {
    const el = await searchElement('', 'en');
    await type(el, 'xqxqxq');
    await until(() => $(el, '.empty'));
    const remove = $$(el, '.empty .relax button')[0];
    expect(remove.textContent).to.contain('xqxqxq');
    await expect(el).to.be.accessible();
    remove.click();
    await until(() => titles(el).length > 0);
  });

  it('applies presets and hides the preset filters', async () => {
    const el = await searchElement('categories="language" hide-filters="categories"', 'en');
    expect($$(el, 'fieldset.chips legend').some((l) => l.textContent?.includes('Topics'))).to.equal(false);
    expect($$(el, '.card').every((c) => /Language and integration courses/.test(c.textContent ?? ''))).to.equal(true);
  });

  it('keeps offers without hours under "open now" and says why', async () => {
    const el = await searchElement('', 'en');
    const open = $$(el, '.toggle').find((l) => /Open now/.test(l.textContent ?? '')) as HTMLElement;
    (open.querySelector('input') as HTMLInputElement).click();
    await el.updateComplete;
    const states = $$(el, '.card .open-state').map((s) => s.dataset.kind);
    expect(states.every((k) => k === 'open' || k === 'unknown' || k === 'appointment')).to.equal(true);
    expect(states.includes('closed')).to.equal(false);
  });

  it('sorts by distance from a mocked position, after the visitor asks', async () => {
    await withPosition(50.9787, 11.0328, async (asked) => {
      const el = await searchElement('', 'en');
      expect(asked()).to.equal(0);
      expect($$(el, '.distance')).to.have.length(0);
      $$(el, '.near button')[0].click();
      await until(() => $$(el, '.distance').length > 0);
      expect(asked()).to.equal(1);
      const km = $$(el, '.card .distance').map((d) => parseFloat((d.textContent ?? '').replace(',', '.')));
      expect(km).to.deep.equal([...km].sort((a, b) => a - b));
      expect($$(el, '.card')[0].textContent).to.contain('Erfurt');
    });
  });
});

describe('<offer-search> an offer', () => {
  it('opens the details, fires wk-select, and goes back to the same place', async () => {
    const el = await searchElement('', 'en');
    const link = $$(el, '.cards a')[2];
    const id = link.dataset.offer;
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'wk-select')) as WkSelectEvent;
    expect(event.detail.id).to.equal(id);
    await until(() => root(el).activeElement?.id === 'detail-title');
    expect($(el, '.detail .hours')).to.exist;
    await expect(el).to.be.accessible();
    $$(el, '.detail-actions button')[0].click();
    await until(() => root(el).activeElement === $(el, `[data-offer="${id}"]`));
  });

  it('is usable by keyboard alone: Enter opens, Escape goes back', async () => {
    const el = await searchElement('', 'en');
    $$(el, '.cards a')[0].focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).activeElement?.id === 'detail-title');
    await sendKeys({ press: 'Escape' });
    await until(() => root(el).activeElement?.tagName === 'A');
  });

  it('opens the offer named in a shared link (open-linked)', async () => {
    history.replaceState(null, '', `${location.pathname}?wk-offer=o-0003`);
    const wrapper = await fixture(html`<div lang="en"><offer-search src=${SRC} open-linked></offer-search></div>`);
    const el = wrapper.querySelector('offer-search') as OfferSearch;
    await until(() => $(el, '.detail'));
    expect(el.offerLink('o-0003')).to.contain('wk-offer=o-0003');
    expect(location.search).to.equal('?wk-offer=o-0003');
  });

  it('writes the page URL only with url-state', async () => {
    const plain = await searchElement('', 'en');
    await type(plain, 'beratung');
    expect(location.search).to.equal('');
    plain.remove();
    const stateful = await searchElement('url-state', 'en');
    await type(stateful, 'beratung');
    await until(() => location.search.includes('wk-q=beratung'));
    $$(stateful, '.cards a')[0].click();
    await until(() => location.search.includes('wk-offer='));
    history.back();
    await until(() => !$(stateful, '.detail'));
  });

  it('has no axe violations in German and in Arabic (right to left)', async () => {
    const de = await searchElement('', 'de');
    await expect(de).to.be.accessible();
    const ar = await searchElement('', 'ar');
    expect($(ar, '[part="base"]').dir).to.equal('rtl');
    await expect(ar).to.be.accessible();
    $$(ar, '.cards a')[0].click();
    await until(() => $(ar, '.detail'));
    await expect(ar).to.be.accessible();
  });

  for (const lang of ['de', 'ar']) {
    it(`keeps topic chips and their counts at 4.5:1 or more, checked and unchecked, in ${lang}`, async () => {
      const el = await searchElement('categories="language,work"', lang);
      const checked = $$(el, '.chip[data-checked]');
      expect(checked.length).to.equal(2);
      const unchecked = $$(el, '.chips')[0].querySelectorAll<HTMLElement>('.chip:not([data-checked])');
      for (const chip of [...checked, ...unchecked]) {
        const name = chip.querySelector('input + span, input ~ span:not(.count)') as HTMLElement;
        const count = chip.querySelector('.count') as HTMLElement;
        expect(contrastOf(name), `${chip.textContent} text`).to.be.at.least(4.5);
        expect(contrastOf(count), `${chip.textContent} count`).to.be.at.least(4.5);
      }
      // The checked chip's count: the accent on its contrast colour, as the chip's text the other way round.
      expect(contrastOf(checked[0].querySelector('.count') as HTMLElement)).to.be.closeTo(6.67, 0.05);
      await expect(el).to.be.accessible();
    });
  }

  it('marks checked chips in the system colours in forced-colours mode', () => {
    const css = (customElements.get('offer-search') as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((s) => s.cssText).join('\n');
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    expect(forced).to.match(/\.chip\[data-checked\] \{[^}]*forced-color-adjust: none;[^}]*background: Highlight;[^}]*color: HighlightText;/);
    expect(forced).to.match(/\.chip\[data-checked\] \.count \{[^}]*background: HighlightText;[^}]*color: Highlight;/);
  });

  it('shows a focus ring on the offer’s title when the details open', async () => {
    const el = await searchElement('', 'ar');
    $$(el, '.cards a')[0].focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(el).activeElement?.id === 'detail-title');
    const ring = getComputedStyle($(el, '#detail-title'));
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineColor).to.equal('rgb(194, 65, 12)');
  });

  it('speaks the count once a place stays chosen, again when it is unchanged, and in the new language after a switch', async () => {
    const el = await searchElement('', 'de');
    const region = $(el, '[aria-live="polite"]');
    const record = recordLiveRegion(region);
    const place = $$(el, '.more-filters select')[0] as HTMLSelectElement;
    place.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await until(() => record.spoken().length > 0, 3000);
    await new Promise((r) => setTimeout(r, 900));
    expect(record.spoken()).to.deep.equal([countText(el)]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await until(() => record.spoken().length === 2, 3000);
    expect(record.texts.slice(-2)).to.deep.equal(['', countText(el)]);
    (el.parentElement as HTMLElement).lang = 'ar';
    await until(() => $(el, '[part="base"]').lang === 'ar');
    await until(() => region.isConnected && region.textContent?.trim() === countText(el), 3000);
    expect(region.textContent).not.to.contain('Angebot');
    expect(region.lang).to.equal('ar');
    expect(region.dir).to.equal('rtl');
    record.stop();
  });
});

describe('<offer-search> as a region that keyboard users can pass', () => {
  /** The element with a button before and after it, as on a host page. */
  async function between(attributes = '', lang = 'de') {
    const wrapper = await fixture(html`<div lang=${lang}></div>`);
    wrapper.innerHTML = `<button type="button" id="before">before</button><offer-search src="${SRC}" ${attributes}></offer-search><button type="button" id="after">after</button>`;
    const el = wrapper.querySelector('offer-search') as OfferSearch;
    await until(() => $(el, '.cards') && $(el, '[part="base"]')?.getAttribute('lang') === lang);
    (wrapper.querySelector('#before') as HTMLElement).focus();
    return { el, after: wrapper.querySelector('#after') as HTMLElement };
  }

  for (const lang of ['de', 'ar']) {
    it(`is a named region whose first stop moves past it (${lang})`, async () => {
      const { el, after } = await between('', lang);
      const region = $(el, '[part="base"]');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal(lang === 'de' ? 'Angebotssuche' : 'البحث في الخدمات');
      await sendKeys({ press: 'Tab' });
      const skip = $(el, '[part="skip-link"]');
      expect(root(el).activeElement).to.equal(skip);
      expect(skip.getBoundingClientRect().width).to.be.greaterThan(20);
      await sendKeys({ press: 'Enter' });
      expect(root(el).activeElement?.classList.contains('skip-end')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
      await expect(el).to.be.accessible();
    });
  }

  it('skips the filters to the count of results', async () => {
    const { el } = await between();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.equal('Filter überspringen');
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement?.id).to.equal('count');
  });

  it('leaves the skip link out for a host with its own, and stays a region', async () => {
    const { el } = await between('no-skip-link');
    expect($(el, '[part="skip-link"]')).to.equal(null);
    expect($(el, '[part="base"]').getAttribute('role')).to.equal('region');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.equal('Filter überspringen');
  });
});

describe('<offer-search> by keyboard: search → filter → open → call and route', () => {
  /** Presses Tab until `done()` holds (at most `max` times); returns how many presses it took. */
  async function tabUntil(done: () => boolean, max = 80): Promise<number> {
    for (let n = 1; n <= max; n++) {
      await sendKeys({ press: 'Tab' });
      if (done()) return n;
    }
    throw new Error(`not reached in ${max} Tab presses`);
  }

  for (const lang of ['de', 'ar']) {
    it(`works with the keyboard alone, saying what changed (${lang})`, async () => {
      const wrapper = await fixture(html`<div lang=${lang}></div>`);
      wrapper.innerHTML = `<button type="button" id="before">before</button><offer-search src="${SRC}"></offer-search>`;
      const el = wrapper.querySelector('offer-search') as OfferSearch;
      await until(() => $(el, '.cards') && $(el, '[part="base"]')?.getAttribute('lang') === lang);
      (wrapper.querySelector('#before') as HTMLElement).focus();
      const active = () => root(el).activeElement as HTMLElement | null;
      const record = recordLiveRegion($(el, '[role="status"][aria-live="polite"]'));

      // The skip link, the link past the filters, then the search field.
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('skip-link');
      await sendKeys({ press: 'Tab' });
      expect(active()?.classList.contains('skip-link')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('search');

      // Search: the count is spoken once typing has stopped.
      await sendKeys({ type: lang === 'de' ? 'Beratung' : 'استشارة' });
      await until(() => record.spoken().length === 1, 3000);
      expect(record.spoken()[0]).to.equal(countText(el));
      const searched = countText(el);

      // Filter: open the filters where they are folded, then check the topic "migration counselling" with Space.
      const panel = $<HTMLDetailsElement>(el, 'details.filter-panel');
      if (!panel.open) {
        await tabUntil(() => active()?.localName === 'summary', 20);
        await sendKeys({ press: 'Enter' });
        await until(() => panel.open);
      }
      const topic = lang === 'de' ? /Migrationsberatung/ : /استشارات الهجرة/;
      await tabUntil(() => active()?.getAttribute('type') === 'checkbox' && topic.test(active()?.closest('.chip')?.textContent ?? ''), 20);
      await sendKeys({ press: 'Space' });
      await until(() => record.spoken().length === 2, 3000);
      expect(record.spoken()[1]).to.equal(countText(el));
      expect(countText(el)).not.to.equal(searched);

      // Open the first result: focus moves to the offer's heading.
      await tabUntil(() => !!active()?.closest('.cards'), 60);
      const card = active() as HTMLElement;
      await sendKeys({ press: 'Enter' });
      await until(() => active()?.id === 'detail-title');

      // Call and route: links with a tel: and a route address, reached by Tab.
      await tabUntil(() => (active() as HTMLAnchorElement | null)?.href?.startsWith('tel:') ?? false);
      await tabUntil(() => (active() as HTMLAnchorElement | null)?.href?.includes('openstreetmap.org/directions') ?? false, 10).catch(async () => {
        // The route link comes before the phone in the details: go back to it.
        await sendKeys({ down: 'Shift' });
        for (let n = 0; n < 10 && !(active() as HTMLAnchorElement | null)?.href?.includes('openstreetmap.org/directions'); n++) await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      });
      expect((active() as HTMLAnchorElement).href).to.contain('openstreetmap.org/directions');

      // Escape goes back to the card it came from.
      await sendKeys({ press: 'Escape' });
      await until(() => active()?.dataset.offer === card.dataset.offer);
      record.stop();
    });
  }
});
