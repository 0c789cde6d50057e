// <event-list> with links in and out: the event a shared link names (`wk-event`, with `open-linked`)
// is scrolled into view, marked and focused; "Subscribe in your calendar" links the catalogue's
// calendar feed that fits the filter (webcal://) and copies its https address.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../../tests/helpers/until.js';
import { addDays, dayKey, instantOf } from '../../calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../../catalogue/load.js';
import { memoryCopies } from '../../catalogue/saved-copies.js';
import '../../define.js';
import type { EventList } from './event-list.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const ZONE = 'Europe/Berlin';
const today = dayKey(new Date(), ZONE);
const at = (day: string, hour: number, minute = 0) => {
  const [year, month, d] = day.split('-').map(Number);
  return instantOf({ year, month, day: d, hour, minute, second: 0 }, ZONE).toISOString();
};
const FEEDS = 'https://feeds.example.org/katalog/feeds/';

/** Events around the moment the test runs: many in the coming week, one in 20 days, one in 60. */
function catalogue(feeds = true) {
  const daily = Array.from({ length: 12 }, (_, i) => ({
    id: `daily-${i}`,
    title: { de: `Beratung ${i + 1}`, en: `Counselling ${i + 1}`, ar: `استشارة ${i + 1}` },
    start: at(addDays(today, 1 + (i % 6)), 9 + (i % 8)),
    categories: ['migration-counselling'],
    location: { street: 'Lange Straße 12', postalCode: '18055', locality: 'Rostock', region: 'rostock' },
  }));
  return {
    format: 'willkommen-catalogue',
    version: 1,
    timeZone: ZONE,
    title: { de: 'Willkommen in Testhausen', ar: 'مرحبًا في تيستهاوزن' },
    ...(feeds ? { feeds: { url: FEEDS } } : {}),
    regions: [
      { id: 'rostock', name: { de: 'Rostock' } },
      { id: 'kreis:gotha', name: { de: 'Landkreis Gotha', ar: 'مقاطعة غوتا' } },
      { id: 'ruegen', name: { de: 'Rügen' } },
    ],
    events: [
      ...daily,
      { id: 'weekly', title: { de: 'Sprachcafé', ar: 'مقهى اللغة' }, start: at(addDays(today, -7), 18), end: at(addDays(today, -7), 20), recurrence: 'FREQ=WEEKLY', categories: ['language'], location: { locality: 'Gotha', region: 'kreis:gotha' } },
      { id: 'far', title: { de: 'Jobmesse', ar: 'معرض الوظائف' }, start: at(addDays(today, 20), 9), end: at(addDays(today, 20), 15), categories: ['work'] },
      { id: 'later', title: { de: 'Sommerfest', ar: 'حفل الصيف' }, start: at(addDays(today, 60), 14), end: at(addDays(today, 60), 18) },
      // Over: its topic (health) and its region (Rügen) have no feeds.
      { id: 'past', title: { de: 'Gesundheitstag', ar: 'يوم الصحة' }, start: at(addDays(today, -3), 10), end: at(addDays(today, -3), 12), categories: ['health'], location: { locality: 'Bergen', region: 'ruegen' } },
    ],
  };
}

const urls: string[] = [];
const source = (feeds = true) => {
  const url = URL.createObjectURL(new Blob([JSON.stringify(catalogue(feeds))], { type: 'application/json' }));
  urls.push(url);
  return url;
};
const pageUrl = location.href;
afterEach(() => {
  clearCatalogueCache();
  urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
  history.replaceState(null, '', pageUrl);
  window.scrollTo(0, 0);
});

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot?.querySelector<T>(s) as T;
const $$ = (el: Element, s: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(s) ?? [])];
const titles = (el: Element) => $$(el, '.event h4').map((h) => h.textContent?.trim());
const active = (el: Element) => el.shadowRoot?.activeElement as HTMLElement | null;
/** The filter that has the option `value` (the period: `month`; the topic: `language`; the place: `region:…`). */
const select = (el: Element, value: string) => $$(el, 'select').find((s) => s.querySelector(`option[value="${CSS.escape(value)}"]`)) as unknown as HTMLSelectElement;
const choose = (s: HTMLSelectElement, value: string) => {
  s.value = value;
  s.dispatchEvent(new Event('change'));
};

async function eventList(attributes = '', lang = 'de', options: { feeds?: boolean; before?: number } = {}): Promise<EventList> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  // Room above the element, so that a linked event further down is out of view until it is scrolled to.
  wrapper.innerHTML = `<div style="height: ${options.before ?? 0}px"></div><event-list src="${source(options.feeds)}" ${attributes}></event-list>`;
  const el = wrapper.querySelector('event-list') as EventList;
  await until(() => ($$(el, '.day').length > 0 || $(el, '.empty')) && $(el, '[part="base"]')?.lang === lang, 8000);
  return el;
}

describe('<event-list open-linked>', () => {
  for (const lang of ['de', 'ar']) {
    it(`scrolls the linked event into view, marks it and moves focus to its heading (${lang})`, async () => {
      history.replaceState(null, '', `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}wk-event=daily-11`);
      const before = location.href;
      const el = await eventList('open-linked', lang, { before: 1500 });
      await until(() => active(el)?.localName === 'h4');
      const heading = active(el) as HTMLElement;
      const item = heading.closest('li') as HTMLElement;
      expect(item.classList.contains('linked')).to.equal(true);
      expect(heading.textContent?.trim()).to.equal(lang === 'ar' ? 'استشارة 12' : 'Beratung 12');
      expect(document.activeElement).to.equal(el);
      const box = item.getBoundingClientRect();
      expect(box.top).to.be.greaterThan(-1);
      expect(box.bottom).to.be.lessThan(window.innerHeight + 1);
      expect(window.scrollY).to.be.greaterThan(500);
      expect($$(el, '.event.linked')).to.have.length(1);
      expect(location.href, 'the URL is left as it was').to.equal(before);
      expect($(el, '.notice[role="note"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('widens the period to reach an event next week or later, and shows enough of the list', async () => {
    history.replaceState(null, '', `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}wk-event=far`);
    const el = await eventList('open-linked limit="3"', 'de');
    await until(() => active(el)?.textContent?.trim() === 'Jobmesse');
    expect(select(el, 'month').value).to.equal('month');
    history.replaceState(null, '', `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}wk-event=later`);
    clearCatalogueCache();
    const later = await eventList('open-linked', 'de');
    await until(() => active(later)?.textContent?.trim() === 'Sommerfest');
    expect(select(later, 'month').value).to.equal('dates');
    expect(($(later, 'input[type="date"]') as HTMLInputElement).value).to.equal(addDays(today, 60));
  });

  it('says so when the linked event is over, and reads the link only with open-linked', async () => {
    history.replaceState(null, '', `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}wk-event=past`);
    const el = await eventList('open-linked', 'de');
    expect($(el, '.notice[role="note"]').textContent).to.match(/vorbei|nicht/);
    expect(active(el)).to.equal(null);
    choose(select(el, 'month'), 'month');
    await until(() => !$(el, '.notice[role="note"]'));
    history.replaceState(null, '', `${pageUrl}${pageUrl.includes('?') ? '&' : '?'}wk-event=far`);
    clearCatalogueCache();
    const plain = await eventList('', 'de');
    await new Promise((r) => setTimeout(r, 300));
    expect(titles(plain)).not.to.include('Jobmesse');
    expect(active(plain)).to.equal(null);
    expect($$(plain, '.event.linked')).to.have.length(0);
  });

  it('gives each event a share link with wk-event', async () => {
    const el = await eventList('', 'de');
    const link = new URL(el.eventLink('kreis:1'));
    expect(link.searchParams.get('wk-event')).to.equal('kreis:1');
    expect(link.pathname).to.equal(new URL(pageUrl).pathname);
  });
});

describe('<event-list> subscribe in a calendar', () => {
  const subscribe = (el: Element) => $(el, '[part="subscribe"]');
  const link = (el: Element) => $<HTMLAnchorElement>(el, '[part="subscribe"] a');

  it('is offered only where the catalogue names its calendar feeds', async () => {
    const without = await eventList('', 'de', { feeds: false });
    expect(subscribe(without)).to.equal(null);
    clearCatalogueCache();
    const el = await eventList('', 'de');
    expect(link(el).getAttribute('href')).to.equal('webcal://feeds.example.org/katalog/feeds/events.ics');
    expect(link(el).textContent?.trim()).to.equal('Im Kalender abonnieren: alle Veranstaltungen');
  });

  it('links the feed of the topic or region chosen, and all events where that has none', async () => {
    const el = await eventList('range="month"', 'de');
    const href = () => link(el).getAttribute('href');
    const note = () => $(el, '[part="subscribe"] .hint')?.textContent?.trim() ?? '';
    choose(select(el, 'language'), 'language');
    await until(() => href()?.endsWith('/events-category-language.ics'));
    expect(href()).to.equal('webcal://feeds.example.org/katalog/feeds/events-category-language.ics');
    expect(link(el).textContent).to.contain('Sprach- und Integrationskurse');
    // A topic without coming events has no feed: all events, and the visitor is told why.
    choose(select(el, 'language'), 'health');
    await until(() => href()?.endsWith('/events.ics'));
    expect(note()).to.contain('Gesundheit');
    expect(link(el).textContent).to.contain('alle Veranstaltungen');
    choose(select(el, 'language'), '');
    choose(select(el, 'town:Rostock'), 'region:kreis:gotha');
    await until(() => href()?.includes('region'));
    expect(href()).to.equal('webcal://feeds.example.org/katalog/feeds/events-region-kreis~gotha.ics');
    expect(link(el).textContent).to.contain('Landkreis Gotha');
    choose(select(el, 'town:Rostock'), 'region:ruegen');
    await until(() => href()?.endsWith('/events.ics'));
    expect(note()).to.contain('Rügen');
    // A town has no feed of its own.
    choose(select(el, 'town:Rostock'), 'town:Rostock');
    await until(() => !note().includes('Rügen'));
    expect(href()).to.equal('webcal://feeds.example.org/katalog/feeds/events.ics');
  });

  it('takes a preset topic as the visitor’s choice', async () => {
    const el = await eventList('categories="migration-counselling"', 'de');
    expect(link(el).getAttribute('href')).to.equal('webcal://feeds.example.org/katalog/feeds/events-category-migration-counselling.ics');
  });

  for (const lang of ['de', 'ar']) {
    it(`copies the https address and says so, or shows it where copying is refused (${lang})`, async () => {
      const el = await eventList('categories="language"', lang);
      const clipboard = navigator.clipboard;
      const written: string[] = [];
      let refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => (refuse ? Promise.reject(new DOMException('denied', 'NotAllowedError')) : (written.push(text), Promise.resolve())) },
      });
      try {
        const status = $(el, '[part="subscribe"] [role="status"]');
        const button = $<HTMLButtonElement>(el, '[part="subscribe"] button');
        expect(button.getAttribute('aria-describedby')).to.equal('subscribe-link');
        button.click();
        await until(() => status.textContent?.trim());
        expect(written).to.deep.equal([`${FEEDS}events-category-language.ics`]);
        expect(status.textContent).to.match(lang === 'ar' ? /[\u0600-\u06ff]{3}/ : /kopiert/);
        expect($(el, '.subscribe-address')).to.equal(null);
        await expect(el).to.be.accessible();
        refuse = true;
        button.click();
        await until(() => $(el, '.subscribe-address'));
        expect($(el, '.subscribe-address').textContent?.trim()).to.equal(`${FEEDS}events-category-language.ics`);
        expect($(el, '.subscribe-address').dir).to.equal('ltr');
        expect($(el, '[part="base"]').dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
        // Another choice: the status no longer applies.
        choose(select(el, 'language'), '');
        await until(() => !status.textContent?.trim());
      } finally {
        delete (navigator as { clipboard?: Clipboard }).clipboard;
        expect(navigator.clipboard).to.equal(clipboard);
      }
    });
  }
});

describe('<event-list> sharing an event', () => {
  const WORDS = { de: { share: 'Teilen', email: 'E-Mail', title: 'Beratung 1' }, ar: { share: 'مشاركة', email: 'البريد الإلكتروني', title: 'استشارة 1' } };
  /** The event `daily-0` (on one day only) in the list. */
  const item = (el: Element, title: string) => $$(el, '.event').find((li) => li.querySelector('h4')?.textContent?.trim() === title) as HTMLElement;
  const rect = (e: Element) => e.getBoundingClientRect();

  for (const lang of ['de', 'ar'] as const) {
    it(`opens a panel of its own for each event, with the event's title and wk-event link (${lang})`, async () => {
      const words = WORDS[lang];
      const own = Object.getOwnPropertyDescriptor(navigator, 'share');
      // The browser's own share sheet is not there: "Share" opens the panel.
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true, writable: true });
      try {
        const el = await eventList('', lang);
        // In a 280 px column.
        (el.parentElement as HTMLElement).style.width = '280px';
        const event = item(el, words.title);
        const toggle = event.querySelector<HTMLButtonElement>('.actions .share-toggle') as HTMLButtonElement;
        expect(toggle.textContent?.trim()).to.equal(words.share);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        // Described by the event's title, time and day, as "Add to calendar" is.
        const heading = event.querySelector('h4') as HTMLElement;
        expect(toggle.getAttribute('aria-describedby')?.split(' ')).to.include(heading.id);
        // Each date of each event has a share control of its own.
        const toggles = $$(el, '.share-toggle');
        expect(toggles.length).to.equal($$(el, '.event').length);
        expect(new Set(toggles.map((t) => t.id)).size).to.equal(toggles.length);

        toggle.click();
        await until(() => event.querySelector('.share-panel'));
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        const panel = $(el, `#${CSS.escape(toggle.getAttribute('aria-controls') ?? '')}`);
        expect(panel, 'the panel the button controls, in its event').to.equal(event.querySelector('.share-panel'));
        expect(panel.getAttribute('aria-labelledby')).to.equal(toggle.id);
        expect($$(el, '.share-panel')).to.have.length(1);

        const link = el.eventLink('daily-0');
        expect(new URL(link).searchParams.get('wk-event')).to.equal('daily-0');
        const title = words.title;
        const links = [...panel.querySelectorAll('a')];
        const hrefs = links.map((a) => a.getAttribute('href') ?? '');
        // WhatsApp, Telegram and e-mail, each with the event's title and its link, whole.
        expect(hrefs.map((h) => h.split('?')[0])).to.deep.equal(['https://wa.me/', 'https://t.me/share/url', 'mailto:']);
        expect(new URL(hrefs[0]).searchParams.get('text')).to.equal(`${title}\n${link}`);
        const tg = new URL(hrefs[1]).searchParams;
        expect([tg.get('url'), tg.get('text')]).to.deep.equal([link, title]);
        expect(new URL(tg.get('url') as string).searchParams.get('wk-event')).to.equal('daily-0');
        const mail = new URLSearchParams(hrefs[2].slice('mailto:?'.length));
        expect([mail.get('subject'), mail.get('body')]).to.deep.equal([title, link]);
        expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['WhatsApp', 'Telegram', words.email]);
        expect(panel.querySelector('.share-link')?.textContent?.trim()).to.equal(link);
        expect(panel.querySelector('.share-link span')?.getAttribute('dir')).to.equal('ltr');
        expect($(el, '[part="base"]').dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');

        // Tidy in 280 px: the row's controls and the panel stay inside the event, nothing scrolls sideways.
        const box = rect(event);
        for (const part of [...event.querySelectorAll('.actions > *'), ...panel.querySelectorAll('a, button, .share-link')]) {
          const r = rect(part);
          if (!r.width) continue;
          expect(r.left, `${part.textContent?.trim()} inside the event`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${part.textContent?.trim()} inside the event`).to.be.at.most(box.right + 0.5);
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        await expect(el).to.be.accessible();

        // Another event's panel: the first closes.
        const other = toggles.find((t) => !event.contains(t)) as HTMLButtonElement;
        other.click();
        await until(() => toggle.getAttribute('aria-expanded') === 'false');
        expect($$(el, '.share-panel')).to.have.length(1);
        expect(other.getAttribute('aria-expanded')).to.equal('true');
        // Escape closes it, and focus returns to its button.
        other.focus();
        other.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        await until(() => !$(el, '.share-panel'));
        expect(active(el)).to.equal(other);
      } finally {
        if (own) Object.defineProperty(navigator, 'share', own);
        else delete (navigator as { share?: unknown }).share;
      }
    });
  }
});
