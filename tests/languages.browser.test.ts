// Languages in Chromium, whose Intl has no names for Pashto, Kurdish, Tigrinya, Somali and others
// and gives Farsi the Solar Hijri calendar: every language of the kit's table shows by its own name;
// a page in a language the kit has no interface for follows the browser's languages; the language
// menu switches the interface; dates are Gregorian in fa, ar and uk, with the Afghan month names
// for a Dari reader (prs, fa-AF) and the Iranian ones for a Farsi reader.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/until.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import { formatDate } from '../src/i18n/format.js';
import { dateLocale } from '../src/i18n/locales.js';
import table from '../src/i18n/data/endonyms.json';
import type { JobBoard } from '../src/elements/job-board/job-board.js';
import type { OfferSearch } from '../src/elements/offer-search/offer-search.js';
import '../src/define.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });

const names: Record<string, string> = table.names;
const root = (el: Element) => el.shadowRoot as ShadowRoot;
const base = (el: Element) => root(el).querySelector('[part="base"]') as HTMLElement;
const texts = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

/** The table's languages as a catalogue writes their tags ("fa-AF", "ku-Latn", "de-x-ls"). */
const TAGS = Object.keys(names).map((tag) =>
  tag.replace(/-([a-z]{4}|[a-z]{2})(?=-|$)/g, (part, sub: string, at: number) =>
    tag.slice(0, at).includes('-x') ? part : `-${sub.length === 2 ? sub.toUpperCase() : sub[0].toUpperCase() + sub.slice(1)}`,
  ),
);

/** Puts a catalogue on the test server and returns its address. */
async function serve(id: string, catalogue: object): Promise<string> {
  await fetch(`/__test__/packs/${id}/catalogue.json`, { method: 'PUT', body: JSON.stringify(catalogue) });
  return `/__test__/packs/${id}/catalogue.json`;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The Gregorian months as Afghanistan names them (CLDR fa-AF), and as Iran does (fa). */
const AFGHAN_MONTHS = ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'];
const IRANIAN_MONTHS = ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'];

const head = { format: 'willkommen-catalogue', version: 1, defaultLanguage: 'de', timeZone: 'Europe/Berlin' };
const chunks = <T,>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/** Pretends the browser asks for `languages` (as if set in its settings) until the test ends. */
function browserLanguages(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  dispatchEvent(new Event('languagechange'));
}

afterEach(() => {
  delete (navigator as { languages?: unknown }).languages;
  document.documentElement.lang = 'en';
  clearCatalogueCache();
});

describe('every language by its own name', () => {
  it(`<offer-search> names each of the ${TAGS.length} languages of the table by its own name, in filter and details`, async () => {
    const src = await serve('endonyms', {
      ...head,
      offers: chunks(TAGS, 10).map((languages, i) => ({ id: `o-${i}`, title: { de: `Beratung ${i}`, en: `Counselling ${i}` }, languages })),
    });
    const el = await fixture<OfferSearch>(html`<offer-search lang="de" src=${src}></offer-search>`);
    const chips = () => [...root(el).querySelectorAll<HTMLElement>('.languages .chip span[lang]')];
    await until(() => base(el)?.lang === 'de' && chips().length === TAGS.length);
    const shown = new Map(chips().map((span) => [span.lang, span.textContent?.trim()]));
    for (const tag of TAGS) expect(shown.get(tag), tag).to.equal(names[tag.toLowerCase()]);
    expect(shown.get('ps')).to.equal('پښتو');
    expect(shown.get('ti')).to.equal('ትግርኛ');
    expect(shown.get('ckb')).to.equal('کوردی (سۆرانی)');

    el.open('o-0');
    await until(() => root(el).querySelectorAll('[part~="detail"] .tag[lang]').length > 0);
    const tags = [...root(el).querySelectorAll<HTMLElement>('[part~="detail"] .tag[lang]')];
    expect(tags.map((t) => t.textContent?.trim())).to.deep.equal(TAGS.slice(0, 10).map((tag) => names[tag.toLowerCase()]));
  });

  it('<event-list> names them by their own names in its filter and on its events', async () => {
    const languages = ['ps', 'kmr', 'ckb', 'ti', 'so', 'sq', 'prs', 'fa-AF', 'am', 'ha', 'ln', 'rom', 'de-x-ls'];
    const src = await serve('endonym-events', {
      ...head,
      offers: [],
      events: [{ id: 'e-1', title: { de: 'Elterncafé', ar: 'مقهى الأهل' }, start: `${day(1)}T16:00:00+01:00`, end: `${day(1)}T18:00:00+01:00`, languages }],
    });
    const el = await fixture(html`<event-list lang="ar" src=${src}></event-list>`);
    await until(() => base(el)?.lang === 'ar' && root(el).querySelectorAll('option[lang]').length === languages.length);
    const options = [...root(el).querySelectorAll<HTMLOptionElement>('option[lang]')];
    expect(options.map((o) => [o.lang, o.textContent?.trim()])).to.have.deep.members(languages.map((tag) => [tag, names[tag.toLowerCase()]]));
    const tags = [...root(el).querySelectorAll<HTMLElement>('.tag[lang]')].map((t) => t.textContent?.trim());
    expect(tags).to.include.members(['پښتو', 'Kurmancî', 'ትግርኛ', 'Soomaali', 'Shqip', 'دری', 'Lingála', 'Romani čhib', 'Leichte Sprache']);
    expect(tags.join(' ')).not.to.match(/Paschtu|البشتو|Pashto/);
  });
});

describe('a page in a language the kit has no interface for', () => {
  it('<html lang="ps"> with a browser asking for Pashto, then English: English interface and English text, not German', async () => {
    document.documentElement.lang = 'ps';
    browserLanguages(['ps', 'en']);
    const el = await fixture<OfferSearch>(html`<offer-search src="/__test__/catalogue.json"></offer-search>`);
    await until(() => base(el)?.lang === 'en' && texts(el, '[part="card"] h3').length === 3);
    expect(base(el).dir).to.equal('ltr');
    expect(texts(el, '[part="card"] h3')).to.have.members(['Evening German course', 'Migration counselling', 'Frauencafé']);
    // Only the offer without English text is German, and marked as such.
    const german = [...root(el).querySelectorAll<HTMLElement>('[part="card"] h3 [lang]')].filter((e) => e.lang === 'de');
    expect(german.map((e) => e.textContent?.trim())).to.deep.equal(['Frauencafé']);
  });

  it('with a browser asking for Pashto, then Farsi: Farsi interface, right to left', async () => {
    document.documentElement.lang = 'ps';
    browserLanguages(['ps', 'fa']);
    const el = await fixture<OfferSearch>(html`<offer-search src="/__test__/catalogue.json"></offer-search>`);
    await until(() => base(el)?.lang === 'fa' && texts(el, '[part="card"] h3').length === 3);
    expect(base(el).dir).to.equal('rtl');
    expect(root(el).querySelector('[part="skip-link"]')?.textContent).to.match(/^[\u0600-\u06FF\u200C ]+$/);
  });

  it('follows a change of the browser’s languages', async () => {
    document.documentElement.lang = 'ps';
    browserLanguages(['ps', 'en']);
    const el = await fixture<OfferSearch>(html`<offer-search src="/__test__/catalogue.json"></offer-search>`);
    await until(() => base(el)?.lang === 'en' && texts(el, '[part="card"] h3').length === 3);
    browserLanguages(['ps', 'uk']);
    await until(() => base(el).lang === 'uk' && texts(el, '[part="card"] h3').includes('Міграційна консультація'));
  });
});

describe('the language menu', () => {
  it('is there only when the host asks for it, lists the nine interface languages by their own names, and switches the element', async () => {
    document.documentElement.lang = 'ps';
    browserLanguages(['ps', 'en']);
    const plain = await fixture(html`<offer-search src="/__test__/catalogue.json"></offer-search>`);
    expect(root(plain).querySelector('[part="language-menu"]')).to.equal(null);

    const el = await fixture<OfferSearch>(html`<offer-search language-menu src="/__test__/catalogue.json"></offer-search>`);
    await until(() => base(el)?.lang === 'en' && texts(el, '[part="card"] h3').length === 3);
    const select = root(el).querySelector('[part="language-menu"] select') as HTMLSelectElement;
    const label = () => select.closest('label')?.querySelector('span')?.textContent?.trim();
    expect(label()).to.equal('Language');
    expect([...select.options].map((o) => [o.value, o.lang, o.textContent?.trim()])).to.deep.equal([
      ['de', 'de', 'Deutsch'],
      ['en', 'en', 'English'],
      ['ar', 'ar', 'العربية'],
      ['fa', 'fa', 'فارسی'],
      ['uk', 'uk', 'Українська'],
      ['ru', 'ru', 'Русский'],
      ['tr', 'tr', 'Türkçe'],
      ['fr', 'fr', 'Français'],
      ['es', 'es', 'Español'],
    ]);
    expect(select.value).to.equal('en');
    await expect(el).to.be.accessible();

    select.focus();
    select.value = 'uk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => base(el).lang === 'uk' && texts(el, '[part="card"] h3').includes('Міграційна консультація'));
    expect(el.getAttribute('lang')).to.equal('uk');
    expect(document.documentElement.lang).to.equal('ps');
    expect(label()).to.match(/^[\u0400-\u04FF]+$/);
    expect(root(el).activeElement).to.equal(select);
    expect(select.value).to.equal('uk');
    // Nothing is announced beyond what the element always says.
    expect(root(el).querySelector('.live')?.textContent?.trim() ?? '').not.to.match(/Українська/);

    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => base(el).lang === 'en' && texts(el, '[part="card"] h3').includes('Migration counselling'));
    expect(select.value).to.equal('en');

    select.value = 'ar';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => base(el).lang === 'ar' && base(el).dir === 'rtl');
    await expect(el).to.be.accessible();
  });
});

describe('dates on the Gregorian calendar in Chromium', () => {
  it('formats fa, ar and uk dates Gregorian, in the locale’s digits and month names', () => {
    expect(formatDate('2026-12-09', 'fa')).to.equal('۹ دسامبر ۲۰۲۶');
    expect(formatDate('2026-12-09', 'ar')).to.match(/^(9|٩) ديسمبر (2026|٢٠٢٦)$/);
    expect(formatDate('2026-12-09', 'ar-SA')).to.match(/ديسمبر (2026|٢٠٢٦)/);
    expect(formatDate('2026-12-09', 'uk')).to.equal('9 грудня 2026 р.');
  });

  for (const [lang, expected] of [
    ['fa', /۹ دسامبر ۲۰۳۶/],
    ['ar', /(9|٩) ديسمبر (2036|٢٠٣٦)/],
    ['uk', /9 грудня 2036 р\./],
  ] as const) {
    it(`<job-board lang="${lang}"> gives the application deadline on the Gregorian calendar`, async () => {
      const src = await serve(`deadline-${lang}`, {
        ...head,
        offers: [],
        jobs: [{ id: 'j-1', title: { de: 'Pflegehelferin (m/w/d)', en: 'Care assistant' }, employer: { name: 'Pflegedienst Lindenhof (Beispiel)' }, datePosted: day(-2), validThrough: '2036-12-09', location: { locality: 'Rostock' } }],
      });
      const el = await fixture<JobBoard>(html`<job-board lang=${lang} src=${src}></job-board>`);
      await until(() => base(el)?.lang === lang && root(el).querySelectorAll('[part="card"]').length === 1);
      el.open('j-1');
      await until(() => expected.test(root(el).textContent ?? '') || expected.test(base(el).textContent ?? ''));
      expect(base(el).textContent).not.to.match(/آذر|قوس|۱۴۱۵|1415/);
    });
  }

  it('<event-list lang="fa"> heads its days with Gregorian months', async () => {
    const src = await serve('event-days-fa', {
      ...head,
      offers: [],
      events: [{ id: 'e-1', title: { de: 'Sprachcafé', fa: 'کافه زبان' }, start: `${day(3)}T16:00:00+01:00`, end: `${day(3)}T18:00:00+01:00` }],
    });
    const el = await fixture(html`<event-list lang="fa" range="week" src=${src}></event-list>`);
    await until(() => base(el)?.lang === 'fa' && texts(el, 'h3[id^="day-"]').length === 1);
    const heading = texts(el, 'h3[id^="day-"]')[0];
    expect(heading).to.match(/ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر/);
    expect(heading).not.to.match(/فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/);
  });

  it('formats Dari dates with the Afghan month names (fa-AF) and Farsi dates with the Iranian ones', () => {
    expect(formatDate('2026-11-30', 'fa-AF')).to.equal('۳۰ نومبر ۲۰۲۶');
    expect(formatDate('2026-11-30', dateLocale('fa', ['prs']))).to.equal('۳۰ نومبر ۲۰۲۶');
    expect(formatDate('2026-11-30', dateLocale('fa', ['prs-AF']))).to.equal('۳۰ نومبر ۲۰۲۶');
    expect(formatDate('2026-11-30', 'fa')).to.equal('۳۰ نوامبر ۲۰۲۶');
    expect(formatDate('2026-11-30', dateLocale('fa', ['fa-IR']))).to.equal('۳۰ نوامبر ۲۰۲۶');
    expect(Array.from({ length: 12 }, (_, m) => formatDate(`2026-${String(m + 1).padStart(2, '0')}-15`, 'fa-AF', { month: 'long' }))).to.deep.equal(AFGHAN_MONTHS);
  });

  for (const [lang, month, not] of [
    ['prs', 'نومبر', 'نوامبر'],
    ['fa-AF', 'نومبر', 'نوامبر'],
    ['fa', 'نوامبر', 'نومبر'],
    ['fa-IR', 'نوامبر', 'نومبر'],
  ] as const) {
    it(`<job-board> in a page with lang="${lang}" gives the application deadline in Farsi with ${month}`, async () => {
      document.documentElement.lang = lang;
      const src = await serve(`deadline-page-${lang}`, {
        ...head,
        offers: [],
        jobs: [{ id: 'j-1', title: { de: 'Pflegehelferin (m/w/d)', en: 'Care assistant' }, employer: { name: 'Pflegedienst Lindenhof (Beispiel)' }, datePosted: day(-2), validThrough: '2036-11-30', location: { locality: 'Rostock' } }],
      });
      const el = await fixture<JobBoard>(html`<job-board src=${src}></job-board>`);
      await until(() => base(el)?.lang === 'fa' && root(el).querySelectorAll('[part="card"]').length === 1);
      el.open('j-1');
      await until(() => (base(el).textContent ?? '').includes(`مهلت درخواست: ۳۰ ${month} ۲۰۳۶`));
      expect(base(el).textContent).not.to.contain(not);
      expect(base(el).textContent).not.to.match(/قوس|آذر|۱۴۱۵/);
    });
  }

  it('<event-list> in a page with lang="prs" heads its days with the Afghan month names, and with the Iranian ones once the page is in fa', async () => {
    document.documentElement.lang = 'prs';
    const src = await serve('event-days-prs', {
      ...head,
      offers: [],
      events: [{ id: 'e-1', title: { de: 'Sprachcafé', fa: 'کافه زبان' }, start: `${day(3)}T16:00:00+01:00`, end: `${day(3)}T18:00:00+01:00` }],
    });
    const el = await fixture(html`<event-list range="week" src=${src}></event-list>`);
    const month = () => texts(el, 'h3[id^="day-"]')[0]?.split(/\s+/).at(-1) ?? '';
    await until(() => base(el)?.lang === 'fa' && texts(el, 'h3[id^="day-"]').length === 1);
    expect(AFGHAN_MONTHS).to.include(month());
    const at = new Date(`${day(3)}T12:00:00Z`).getUTCMonth();
    expect(month()).to.equal(AFGHAN_MONTHS[at]);

    document.documentElement.lang = 'fa';
    await until(() => month() === IRANIAN_MONTHS[at]);
    expect(base(el).lang).to.equal('fa');
  });
});
