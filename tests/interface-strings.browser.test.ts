// What the corrections of the translation review change for a visitor: the distance says where it
// is measured from, the time zone is named in words, the event list and the job board speak of
// events and jobs (not offers) when the catalogue cannot be shown, say when text is shown in
// another language, and the job board points to the filter it has.
import { expect, fixture, html } from '@open-wc/testing';
import { expectConsole, restoreConsole } from './helpers/console.js';
import { withPosition } from './helpers/geolocation.js';
import { until } from './helpers/until.js';
import { addDays, dayKey } from '../src/calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';
import type { JobBoard } from '../src/elements/job-board/job-board.js';
import type { OfferSearch } from '../src/elements/offer-search/offer-search.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const speaks = (el: Element, lang: string) => $(el, '[part="base"]')?.getAttribute('lang') === lang;

const today = dayKey(new Date(), 'Europe/Berlin');
const weekly = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '09:00', closes: '17:00' }];
function catalogue(extra: Record<string, unknown> = {}) {
  return {
    format: 'willkommen-catalogue',
    version: 1,
    defaultLanguage: 'de',
    timeZone: 'Europe/Berlin',
    offers: [
      { id: 'o-rostock', title: { de: 'Beratung in Rostock', uk: 'Консультація в Ростоку' }, openingHours: { weekly }, location: { locality: 'Rostock', lat: 54.0887, lon: 12.1405 } },
      { id: 'o-erfurt', title: { de: 'Beratung in Erfurt', uk: 'Консультація в Ерфурті' }, location: { locality: 'Erfurt', lat: 50.9787, lon: 11.0328 } },
    ],
    events: [
      { id: 'e-de', title: { de: 'Sprachcafé' }, start: `${addDays(today, 1)}T18:00:00+01:00`, end: `${addDays(today, 1)}T20:00:00+01:00`, location: { locality: 'Rostock' } },
    ],
    jobs: [
      { id: 'j-de', title: { de: 'Helferin in der Küche (Beispiel)' }, description: { de: 'Mithilfe in einer Kantine.' }, germanLevel: 'A2', location: { locality: 'Rostock', lat: 54.09, lon: 12.14 } },
    ],
    ...extra,
  };
}

const urls: string[] = [];
function serve(doc: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
  urls.push(url);
  return url;
}
afterEach(() => {
  restoreConsole();
  clearCatalogueCache();
  urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
});

async function element<T extends HTMLElement>(tag: string, src: string, lang: string, attributes = ''): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<${tag} src="${src}" ${attributes}></${tag}>`;
  const el = wrapper.querySelector(tag) as T;
  await until(() => speaks(el, lang) && !$(el, '.state.loading'), 8000);
  return el;
}

describe('the distance says where it is measured from', () => {
  it('names the chosen town, and says “from you” only from the visitor’s own position (uk)', async () => {
    await withPosition(50.98, 11.03, async () => {
      const el = await element<OfferSearch>('offer-search', serve(catalogue()), 'uk');
      const select = $<HTMLSelectElement>(el, '.near select');
      select.value = 'Rostock';
      select.dispatchEvent(new Event('change'));
      await until(() => $$(el, '.card .distance').length === 2);
      const fromTown = $$(el, '.card .distance').map(text);
      expect(fromTown[0]).to.match(/^0 км від міста Rostock$/);
      expect(fromTown.join()).not.to.contain('від вас');
      // The details say the same.
      $$(el, '.cards a')[1].click();
      await until(() => $(el, '.detail .distance'));
      expect(text($(el, '.detail .distance'))).to.match(/км від міста Rostock$/);
      $$(el, '.detail-actions button')[0].click();
      await until(() => $(el, '.cards'));
      $$(el, '.near button')[0].click();
      await until(() => $$(el, '.card .distance').some((d) => text(d).includes('від вас')));
      expect($$(el, '.card .distance').map(text).every((t) => / від вас$/.test(t))).to.equal(true);
    });
  });

  it('names the chosen town in German and Arabic', async () => {
    for (const [lang, pattern] of [['de', /km von Rostock entfernt$/], ['ar', /^على بُعد .+ من Rostock$/]] as const) {
      const el = await element<OfferSearch>('offer-search', serve(catalogue()), lang);
      const select = $<HTMLSelectElement>(el, '.near select');
      select.value = 'Rostock';
      select.dispatchEvent(new Event('change'));
      await until(() => $$(el, '.card .distance').length === 2);
      expect(text($$(el, '.card .distance')[1]), lang).to.match(pattern);
      await expect(el).to.be.accessible();
    }
  });
});

describe('the time zone in words', () => {
  async function hint(doc: unknown, lang: string): Promise<string> {
    const el = await element<OfferSearch>('offer-search', serve(doc), lang, 'open-linked');
    el.open('o-rostock');
    await until(() => $(el, '.detail .hours .hint'));
    return text($(el, '.detail .hours .hint'));
  }

  it('calls the catalogue’s Europe/Berlin German time', async () => {
    expect(await hint(catalogue(), 'de')).to.equal('Alle Uhrzeiten in deutscher Zeit.');
    expect(await hint(catalogue(), 'ar')).to.equal('جميع الأوقات بتوقيت ألمانيا.');
    expect(await hint(catalogue(), 'en')).to.equal('All times are German time.');
  });

  it('names another zone by its long name, never by its IANA id', async () => {
    const vienna = await hint(catalogue({ timeZone: 'Europe/Vienna' }), 'de');
    expect(vienna).to.equal('Zeitzone dieser Uhrzeiten: Mitteleuropäische Zeit.');
    const ar = await hint(catalogue({ timeZone: 'Europe/Vienna' }), 'ar');
    expect(ar).to.match(/^المنطقة الزمنية لهذه الأوقات: .+\.$/);
    expect(ar).not.to.contain('Europe');
  });
});

describe('errors name what the element lists', () => {
  const cases = [
    ['job-board', 'de', 'Die Stellen können gerade nicht angezeigt werden', /^Der Server der Stellenbörse hat einen Fehler gemeldet \(500\)/],
    ['job-board', 'ar', 'لا يمكن إظهار الوظائف الآن', /^أبلغ خادم الوظائف عن خطأ \(500\)/],
    ['event-list', 'de', 'Die Veranstaltungen können gerade nicht angezeigt werden', /^Der Server der Veranstaltungen hat/],
    ['event-list', 'ar', 'لا يمكن إظهار الفعاليات الآن', /^أبلغ خادم الفعاليات/],
    ['offer-search', 'de', 'Die Angebote können gerade nicht angezeigt werden', /^Der Server der Angebote hat/],
    ['offer-search', 'ar', 'لا يمكن إظهار الخدمات الآن', /^أبلغ خادم الخدمات/],
  ] as const;
  for (const [tag, lang, title, message] of cases) {
    it(`<${tag}> in ${lang}`, async () => {
      const logged = expectConsole({ error: /\/__test__\/status\/500\?\w+: / });
      const el = await element(tag, `/__test__/status/500?${tag.replace('-', '')}${lang}`, lang);
      await until(() => $(el, '[part="error"]'));
      expect(logged.messages('error')).to.have.length(1);
      expect(text($(el, '[part="error"] h2'))).to.equal(title);
      expect(text($(el, '[part="error"] p'))).to.match(message);
      await expect(el).to.be.accessible();
    });
  }

  it('says so when the catalogue has no events or no open jobs at all', async () => {
    const empty = serve(catalogue({ events: [], jobs: [{ id: 'old', title: 'Alte Stelle', validThrough: addDays(today, -3) }] }));
    const events = await element('event-list', empty, 'de');
    await until(() => $(events, '[part="empty"]'));
    expect(text($(events, '[part="empty"]'))).to.equal('Hier gibt es noch keine Veranstaltungen.');
    const jobs = await element('job-board', empty, 'de');
    await until(() => $(jobs, '[part="empty"]'));
    expect(text($(jobs, '[part="empty"]'))).to.equal('Hier gibt es noch keine offenen Stellen.');
    // With jobs that another choice would show, the hint to change the filters stays.
    const some = await element('job-board', serve(catalogue()), 'de', 'level="A1"');
    await until(() => $(some, '[part="empty"]'));
    expect(text($(some, '[part="empty"]'))).to.contain('höheren Deutschniveau');
  });
});

describe('text in another language is announced, as in an offer’s details', () => {
  it('the event list names the language its events are shown in (ar, en), and says nothing in German', async () => {
    const src = serve(catalogue());
    for (const [lang, notice] of [['ar', /باللغة الألمانية\.$/], ['en', /They are shown in German\.$/]] as const) {
      const el = await element('event-list', src, lang);
      await until(() => $(el, '.event'));
      expect(text($(el, '.notice[role="note"]')), lang).to.match(notice);
      await expect(el).to.be.accessible();
    }
    const de = await element('event-list', src, 'de');
    await until(() => $(de, '.event'));
    expect($(de, '.notice')).to.equal(null);
  });

  it('the offer details name the language of an offer shown in German (en, ar), and not where the visitor reads it (uk, de)', async () => {
    const src = serve(catalogue());
    for (const [lang, id, notice] of [['en', 'o-rostock', 'It is shown in German.'], ['ar', 'o-erfurt', 'يُعرض باللغة الألمانية.'], ['uk', 'o-rostock', null], ['de', 'o-erfurt', null]] as const) {
      const el = await element<OfferSearch>('offer-search', src, lang);
      el.open(id);
      await until(() => $(el, '.detail'));
      const shown = $(el, '.detail .notice[role="note"]');
      if (notice) expect(text(shown), lang).to.contain(notice);
      else expect(shown?.textContent ?? '', lang).not.to.match(/German|Deutsch|німетц|німецьк/i);
    }
  });

  it('the job details name the language of a job shown in German (en, ar)', async () => {
    const src = serve(catalogue());
    for (const [lang, notice] of [['en', 'It is shown in German.'], ['ar', 'يُعرض باللغة الألمانية.']] as const) {
      const el = await element<JobBoard>('job-board', src, lang);
      el.open('j-de');
      await until(() => $(el, '.detail'));
      expect(text($(el, '.detail .notice[role="note"]')), lang).to.contain(notice);
      await expect(el).to.be.accessible();
    }
  });
});

describe('the job board points to the filter it has', () => {
  async function denied(attributes: string): Promise<string> {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) } });
    try {
      const el = await element('job-board', serve(catalogue()), 'en', attributes);
      $$(el, '.filters button').find((b) => /distance/.test(text(b)))!.click();
      const hint = () => $$(el, '.filters .hint').find((p) => /position/i.test(text(p)));
      await until(() => /not available/.test(text(hint())));
      return text(hint());
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
      if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  }

  it('offers the place filter when the position is not available, never “choose a town”', async () => {
    expect(await denied('')).to.equal('Your position is not available. You can filter by place instead.');
    expect(await denied('hide-filters="place"')).to.equal('Your position is not available.');
  });
});
