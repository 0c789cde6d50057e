// Every card speaks the element's language: its texts from the interface (opening state, German
// level, …) are made while the element renders in that language, also in keyed lists. Catalogue
// text missing in the content language comes in the visitor's next language, marked as such.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/until.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import { languageName } from '../src/i18n/format.js';
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

describe('text in the visitor’s other languages', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const base = (el: Element) => root(el).querySelector('[part="base"]') as HTMLElement | null;
  /** The catalogue texts marked with a language: [text, lang, dir]. */
  const marked = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(`${selector} [lang]`)].map((e) => [e.textContent?.trim(), e.lang, e.dir]);
  const pageLang = document.documentElement.lang;

  /** Puts a catalogue on the test server and returns its address. */
  async function serve(id: string, catalogue: object): Promise<string> {
    await fetch(`/__test__/packs/${id}/catalogue.json`, { method: 'PUT', body: JSON.stringify(catalogue) });
    return `/__test__/packs/${id}/catalogue.json`;
  }

  // A catalogue in German, Ukrainian and Russian (and one Arabic text): some records lack Ukrainian.
  const catalogue = {
    format: 'willkommen-catalogue',
    version: 1,
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
    offers: [
      { id: 'o-1', title: { de: 'Migrationsberatung', uk: 'Міграційна консультація', ru: 'Миграционная консультация' } },
      { id: 'o-2', title: { de: 'Frauencafé', ru: 'Женское кафе' }, summary: { de: 'Treffen für Frauen', ru: 'Встречи для женщин' } },
      { id: 'o-3', title: { de: 'Fahrradwerkstatt' } },
      { id: 'o-4', title: { de: 'Elternberatung', ar: 'استشارة الوالدين' } },
    ],
    events: [
      { id: 'e-1', title: { de: 'Sprachcafé', uk: 'Мовне кафе' }, start: `${day(1)}T16:00:00+01:00`, end: `${day(1)}T18:00:00+01:00` },
      { id: 'e-2', title: { de: 'Elterncafé', ru: 'Родительское кафе' }, start: `${day(1)}T10:00:00+01:00`, end: `${day(1)}T12:00:00+01:00` },
    ],
    jobs: [
      { id: 'j-1', title: { de: 'Küchenhilfe (m/w/d)', uk: 'Помічник на кухні' }, employer: { name: 'Gasthaus am Markt (Beispiel)' }, datePosted: day(-2), location: { locality: 'Rostock' } },
      { id: 'j-2', title: { de: 'Lagerhelfer (m/w/d)', ru: 'Помощник на складе' }, description: { de: 'Arbeit im Lager.', ru: 'Работа на складе.' }, employer: { name: 'Logistik Nord (Beispiel)' }, datePosted: day(-1), location: { locality: 'Rostock' } },
    ],
  };

  // The page is in Ukrainian; the browser asks for Ukrainian, then Russian, then Arabic (as set in
  // its settings: navigator.languages, which the elements read after the page's `lang`).
  beforeEach(() => {
    document.documentElement.lang = 'uk';
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['uk-UA', 'ru-RU', 'ar'] });
    dispatchEvent(new Event('languagechange'));
  });

  afterEach(() => {
    delete (navigator as { languages?: unknown }).languages;
    document.documentElement.lang = pageLang;
  });

  it('<offer-search> shows an offer without Ukrainian text in Russian, marked and named in the notice', async () => {
    const src = await serve('second-language-offers', catalogue);
    const el = await fixture<HTMLElement & { open(id: string): void }>(html`<offer-search src=${src}></offer-search>`);
    await until(() => base(el)?.lang === 'uk' && texts(el, '[part="card"] h3').length === 4, 8000);
    expect(texts(el, '[part="card"] h3')).to.have.members(['Міграційна консультація', 'Женское кафе', 'Fahrradwerkstatt', 'استشارة الوالدين']);
    // Ukrainian text carries no lang of its own (the element's is uk); the others carry theirs and their direction.
    expect(marked(el, '[part="card"] h3')).to.have.deep.members([
      ['Женское кафе', 'ru', 'ltr'],
      ['Fahrradwerkstatt', 'de', 'ltr'],
      ['استشارة الوالدين', 'ar', 'rtl'],
    ]);
    expect(marked(el, '[part="card"] .summary')).to.deep.equal([['Встречи для женщин', 'ru', 'ltr']]);

    el.open('o-2');
    await until(() => !!root(el).querySelector('[part~="detail"] [role="note"]'));
    expect(root(el).querySelector('#detail-title [lang]')?.getAttribute('lang')).to.equal('ru');
    const notice = texts(el, '[part~="detail"] [role="note"]').join(' ');
    expect(notice).to.include(languageName('ru', 'uk'));
    expect(notice).not.to.include(languageName('de', 'uk'));
  });

  it('<event-list> and <job-board> show an event and a job without Ukrainian text in Russian', async () => {
    const src = await serve('second-language-records', catalogue);
    const events = await fixture<HTMLElement>(html`<event-list src=${src}></event-list>`);
    const jobs = await fixture<HTMLElement & { open(id: string): void }>(html`<job-board src=${src}></job-board>`);
    await until(() => base(events)?.lang === 'uk' && base(jobs)?.lang === 'uk' && texts(events, '[part="event"] h4').length === 2 && texts(jobs, '[part="card"] h3').length === 2, 8000);

    expect(texts(events, '[part="event"] h4')).to.have.members(['Мовне кафе', 'Родительское кафе']);
    expect(marked(events, '[part="event"] h4')).to.deep.equal([['Родительское кафе', 'ru', 'ltr']]);
    const listNotice = texts(events, '[role="note"]').join(' ');
    expect(listNotice).to.include(languageName('ru', 'uk'));
    expect(listNotice).not.to.include(languageName('de', 'uk'));

    expect(texts(jobs, '[part="card"] h3')).to.have.members(['Помічник на кухні', 'Помощник на складе']);
    expect(marked(jobs, '[part="card"] h3')).to.deep.equal([['Помощник на складе', 'ru', 'ltr']]);
    jobs.open('j-2');
    await until(() => !!root(jobs).querySelector('[part="detail"] [role="note"]'));
    expect(root(jobs).querySelector('#job-title [lang]')?.getAttribute('lang')).to.equal('ru');
    expect(root(jobs).querySelector('[part="detail"] p.text')?.getAttribute('lang')).to.equal('ru');
    const jobNotice = texts(jobs, '[part="detail"] [role="note"]').join(' ');
    expect(jobNotice).to.include(languageName('ru', 'uk'));
    expect(jobNotice).not.to.include(languageName('de', 'uk'));
  });
});
