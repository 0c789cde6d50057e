// Every card speaks the element's language: its texts from the interface (opening state, German
// level, …) are made while the element renders in that language, also in keyed lists.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/until.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const root = (el: Element) => el.shadowRoot as ShadowRoot;
const texts = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');
const speaks = (el: Element, lang: string) => root(el)?.querySelector('[part="base"]')?.getAttribute('lang') === lang;

afterEach(() => clearCatalogueCache());

describe('cards in the element’s language', () => {
  for (const [lang, script] of [
    ['ar', /^[^A-Za-z]*$/],
    ['uk', /^[^A-Za-z]*$/],
  ] as const) {
    it(`<offer-search> and <job-board> in ${lang}: no English on the cards`, async () => {
      const search = await fixture<HTMLElement>(html`<offer-search lang=${lang} src="/demo/catalogue.json"></offer-search>`);
      const jobs = await fixture<HTMLElement>(html`<job-board lang=${lang} src="/demo/catalogue.json"></job-board>`);
      await until(() => speaks(search, lang) && speaks(jobs, lang) && texts(search, '.cards .open-state').length > 0 && texts(jobs, '[part="card"] .level').length > 0, 8000);
      const states = texts(search, '.cards .open-state');
      expect(states.filter((t) => !script.test(t)), 'opening states').to.deep.equal([]);
      const levels = texts(jobs, '[part="card"] .level');
      // Levels name CEFR levels (A1, B2): the words around them are in the language.
      expect(levels.filter((t) => /\b(German|needed|first words)\b/i.test(t)), 'German levels').to.deep.equal([]);
    });
  }
});
