// Information a newcomer can rely on: when an entry was last checked (and an age notice when that
// is long ago), "report a mistake" where the catalogue says where, the next steps of an offer or
// event (notice, booking, what to bring, who it is for, costs, wheelchair access) in that order, and
// the wheelchair filter — in German and Arabic, through real catalogues (tests/fixtures).
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './helpers/until.js';
import { readFixture } from './helpers/fixtures.js';
import { installSpeech } from './helpers/speech.js';
import { addDays, dayKey } from '../src/calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';
import type { WkFilterChangeEvent } from '../src/events/offer-events.js';
import type { EventList } from '../src/elements/event-list/event-list.js';
import type { JobBoard } from '../src/elements/job-board/job-board.js';
import type { OfferSearch } from '../src/elements/offer-search/offer-search.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot?.querySelector<T>(s) as T;
const $$ = (el: Element, s: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(s) ?? [])];
const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const LATIN = /[A-Za-z]{3,}/;

const urls: string[] = [];
/** The help fixture, changed by `patch`, as a catalogue address. */
async function catalogue(patch: (c: Json) => void = () => {}): Promise<string> {
  const c = JSON.parse(await readFixture('help-catalogue.json')) as Json;
  patch(c);
  const url = URL.createObjectURL(new Blob([JSON.stringify(c)], { type: 'application/json' }));
  urls.push(url);
  return url;
}
const offerOf = (c: Json, id: string) => (c.offers as Json[]).find((o) => o.id === id) as Json;
/** The date `n` months before today (UTC). */
function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(15);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function place<T extends HTMLElement>(tag: string, src: string, lang: string, attributes = ''): Promise<T> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<${tag} src="${src}" ${attributes}></${tag}>`;
  const el = wrapper.querySelector(tag) as T;
  await until(() => $(el, '[part="base"]')?.getAttribute('lang') === lang && $(el, '.cards, .jobs, .events, .empty'), 8000);
  return el;
}
async function offerDetail(src: string, lang: string, id = 'beratung-schwerin', attributes = ''): Promise<OfferSearch> {
  const el = await place<OfferSearch>('offer-search', src, lang, attributes);
  el.open(id);
  await until(() => $(el, '.detail'));
  await el.updateComplete;
  return el;
}
/** The report link (form or mail) of a view. */
const reportLinks = (el: Element) => $$(el, 'a.report-link') as HTMLAnchorElement[];
const formLink = (el: Element) => reportLinks(el).find((a) => a.href.startsWith('https:')) as HTMLAnchorElement;
const mailLink = (el: Element) => reportLinks(el).find((a) => a.href.startsWith('mailto:')) as HTMLAnchorElement;
const mailParams = (a: HTMLAnchorElement) => new URLSearchParams(a.href.slice(a.href.indexOf('?') + 1));

afterEach(() => {
  clearCatalogueCache();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  history.replaceState(null, '', location.pathname + location.search.replace(/[?&]wk-[^&]*/g, '').replace(/^&/, '?'));
});

for (const lang of ['de', 'ar'] as const) {
  const months = (n: number) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(n);

  describe(`freshness (${lang})`, () => {
    it('shows an age notice at 13 months without a check, none at 11', async () => {
      let el = await offerDetail(await catalogue((c) => (offerOf(c, 'beratung-schwerin').checked = monthsAgo(13))), lang);
      const notice = $(el, '.age-notice');
      expect(notice, 'age notice').to.exist;
      expect(text(notice)).to.include(months(12));
      if (lang === 'ar') expect(text(notice)).not.to.match(LATIN);
      else expect(text(notice)).to.match(/Prüfung|geprüft/);
      el.remove();
      clearCatalogueCache();
      el = await offerDetail(await catalogue((c) => (offerOf(c, 'beratung-schwerin').checked = monthsAgo(11))), lang);
      expect($(el, '.age-notice'), 'no age notice at 11 months').to.equal(null);
    });

    it('follows the catalogue’s checkAfterMonths, and goes by "updated" where nothing was checked', async () => {
      const el = await offerDetail(
        await catalogue((c) => {
          c.checkAfterMonths = 6;
          offerOf(c, 'beratung-schwerin').checked = monthsAgo(7);
        }),
        lang,
      );
      expect(text($(el, '.age-notice'))).to.include(months(6));
      el.open('werkstatt-jena'); // updated 2025-01-01, never checked
      await until(() => /Jena|يينا/.test(text($(el, '#detail-title'))));
      expect($(el, '.age-notice'), 'age notice from "updated"').to.exist;
      el.open('frauentreff-weimar'); // no dates at all
      await until(() => /Weimar|فايمار/.test(text($(el, '#detail-title'))));
      expect($(el, '.age-notice'), 'no notice without dates').to.equal(null);
    });

    it('says when it was checked in plain words and when it was changed as a date', async () => {
      const el = await offerDetail(await catalogue((c) => (offerOf(c, 'beratung-schwerin').checked = daysAgo(21))), lang);
      const times = $$(el, '.facts time');
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([daysAgo(21), '2024-03-12']);
      expect(text(times[0])).to.equal(new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-3, 'week'));
      expect(text(times[1])).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }).format(Date.UTC(2024, 2, 12, 12)));
      const terms = $$(el, '.facts dt').map(text);
      expect(terms.slice(-2).every((t) => t.length > 0 && (lang === 'de' || !LATIN.test(t))), terms.join(' | ')).to.equal(true);
      expect(terms.at(-2)).not.to.equal(terms.at(-1));
    });
  });

  describe(`report a mistake (${lang})`, () => {
    it('opens the publisher’s form with the id, the title shown and the shared link, URL-encoded', async () => {
      const el = await offerDetail(await catalogue(), lang);
      const form = formLink(el);
      expect(form.target).to.equal('_blank');
      expect(form.rel).to.include('noopener');
      const url = new URL(form.href);
      expect(url.origin + url.pathname).to.equal('https://example.org/fehler-melden');
      const title = text($(el, '#detail-title'));
      expect(title).to.equal(lang === 'de' ? 'Migrationsberatung Schwerin' : 'استشارة الهجرة في شفيرين');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ eintrag: 'beratung-schwerin', titel: title, seite: el.offerLink('beratung-schwerin') });
      expect(form.href).not.to.match(/\s/);
      if (lang === 'ar') expect(text(form)).not.to.match(LATIN);
    });

    it('or opens a mail with the id, title and page in subject and body', async () => {
      const el = await offerDetail(await catalogue(), lang);
      const mail = mailLink(el);
      expect(mail.href.startsWith('mailto:korrekturen@example.org?')).to.equal(true);
      expect(mail.target).to.equal('');
      const params = mailParams(mail);
      const title = text($(el, '#detail-title'));
      expect(params.get('subject')).to.include(title);
      const body = params.get('body') as string;
      expect(body).to.include('beratung-schwerin');
      expect(body).to.include(title);
      expect(body).to.include(el.offerLink('beratung-schwerin'));
      expect(body.split('\r\n').length).to.be.greaterThan(3);
      if (lang === 'ar') expect(params.get('subject')?.replace(title, '')).not.to.match(LATIN);
    });

    it('is not there without corrections; with an address alone, one link opens the mail', async () => {
      let el = await offerDetail(await catalogue((c) => delete c.corrections), lang);
      expect(reportLinks(el)).to.have.length(0);
      expect($(el, '.report')).to.equal(null);
      el.remove();
      clearCatalogueCache();
      el = await offerDetail(await catalogue((c) => (c.corrections = { email: 'korrekturen@example.org' })), lang);
      expect(reportLinks(el).map((a) => a.protocol)).to.deep.equal(['mailto:']);
    });
  });

  describe(`next steps (${lang})`, () => {
    it('shows notice, booking, what to bring, who it is for, costs and wheelchair access in that order', async () => {
      const c = JSON.parse(await readFixture('help-catalogue.json')) as Json;
      const offer = offerOf(c, 'beratung-schwerin');
      const el = await offerDetail(await catalogue(), lang);
      const inLang = (map: Json) => map[lang] as string;
      const find = (needle: string) => $$(el, '.detail *').filter((e) => e.children.length === 0 || e.localName === 'dd').find((e) => text(e).includes(needle)) as HTMLElement;
      const notice = find(inLang(offer.notice.text));
      const booking = $(el, '.next-steps .booking a') as HTMLAnchorElement;
      const parts = [notice, booking, find(inLang(offer.bring)), find(inLang(offer.audience)), find(inLang(offer.costNote)), $(el, '.next-steps .wheelchair')];
      parts.forEach((part, i) => expect(part, `part ${i}`).to.exist);
      for (let i = 1; i < parts.length; i++) {
        expect(parts[i - 1].compareDocumentPosition(parts[i]) & Node.DOCUMENT_POSITION_FOLLOWING, `part ${i - 1} before part ${i}`).to.be.greaterThan(0);
      }
      // The notice comes before the offer's summary; booking opens the booking page.
      expect(notice.compareDocumentPosition($(el, '.lead')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(booking.href).to.equal('https://example.org/termine/beratung-schwerin');
      expect(booking.target).to.equal('_blank');
      // Costs in words with the cost; the facts below do not repeat the cost.
      const cost = find(inLang(offer.costNote)).closest('dd') as HTMLElement;
      expect(text(cost).length).to.be.greaterThan(inLang(offer.costNote).length + 3);
      expect($$(el, '.facts dd').some((dd) => text(dd) === text(cost).replace(inLang(offer.costNote), '').trim())).to.equal(false);
      // Wheelchair access in words, with the symbol beside them (hidden from screen readers: the words say it).
      const wheelchair = $(el, '.next-steps .wheelchair');
      expect(wheelchair.dataset.access).to.equal('partly');
      expect(wheelchair.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
      expect(text(wheelchair).length).to.be.greaterThan(3);
      if (lang === 'ar') for (const e of [booking, wheelchair, ...$$(el, '.next-steps dt'), $(el, '.next-steps h3')]) expect(text(e)).not.to.match(LATIN);
      await expect(el).to.be.accessible();
    });

    it('reads the next steps aloud too, each text in its language, after the labels the details show', async () => {
      const c = JSON.parse(await readFixture('help-catalogue.json')) as Json;
      const offer = offerOf(c, 'beratung-schwerin');
      const { speech, restore } = installSpeech([lang === 'de' ? 'de-DE' : 'ar-SA']);
      try {
        const el = await offerDetail(await catalogue(), lang);
        await until(() => $(el, '.detail .read-aloud'));
        ($(el, '.detail .read-aloud') as HTMLElement).click();
        await until(() => speech.spoken.length > 0);
        // (The voice reads consecutive parts in one language as one utterance.)
        const said = speech.spoken.map((u) => u.text).join(' ');
        const labels = $$(el, '.next-steps dt').map(text);
        const steps = [labels[0], offer.bring[lang], labels[1], offer.audience[lang], labels[2], offer.costNote[lang], text($(el, '.next-steps .wheelchair'))];
        let from = 0;
        for (const step of steps) {
          const at = said.indexOf(step, from);
          expect(at, `“${step}” read, after what comes before it`).to.be.greaterThan(-1);
          from = at + step.length;
        }
        expect(speech.spoken.every((u) => u.lang === lang), 'every part in the language it is written in').to.equal(true);
      } finally {
        restore();
      }
    });

    it('hides a notice after its "until", and shows "temporarily closed" in the same place', async () => {
      const el = await offerDetail(await catalogue(), lang, 'sprachcafe-rostock');
      const box = $(el, '.next-notice');
      expect(box, 'closed').to.exist;
      expect(text(box)).not.to.include(lang === 'de' ? 'Im Dezember' : 'ديسمبر');
      expect(box.querySelector('.notice-text')).to.equal(null);
    });

    it('cards show a notice that holds and a wheelchair mark', async () => {
      const el = await place<OfferSearch>('offer-search', await catalogue(), lang);
      const card = (id: string) => $(el, `a[data-offer="${id}"]`).closest('.card') as HTMLElement;
      expect(text(card('beratung-schwerin').querySelector('.card-notice'))).to.equal(lang === 'de' ? 'Wegen Umzug geschlossen bis 12. Januar.' : 'مغلق بسبب الانتقال حتى ١٢ يناير.');
      expect(card('sprachcafe-rostock').querySelector('.card-notice'), 'notice past its until').to.equal(null);
      expect(card('sprachcafe-rostock').querySelector<HTMLElement>('.wheelchair')?.dataset.access).to.equal('yes');
      expect(card('beratung-schwerin').querySelector<HTMLElement>('.wheelchair')?.dataset.access).to.equal('partly');
      expect(card('werkstatt-jena').querySelector('.wheelchair'), 'no mark for "no"').to.equal(null);
      expect(text(card('sprachcafe-rostock').querySelector('.wheelchair'))).not.to.equal(text(card('beratung-schwerin').querySelector('.wheelchair')));
    });
  });

  describe(`wheelchair filter (${lang})`, () => {
    it('keeps the offers reachable in a wheelchair, fully or partly, and reports it', async () => {
      const el = await place<OfferSearch>('offer-search', await catalogue(), lang, 'url-state');
      const box = $<HTMLInputElement>(el, 'input[name="wheelchair"]');
      expect(box, 'filter').to.exist;
      expect(text(box.closest('label'))).not.to.equal('');
      const changes: WkFilterChangeEvent[] = [];
      el.addEventListener('wk-filter-change', (e) => changes.push(e as WkFilterChangeEvent));
      box.click();
      await until(() => $$(el, '.cards .card').length === 2);
      expect($$(el, '.cards a[data-offer]').map((a) => a.dataset.offer)).to.deep.equal(['beratung-schwerin', 'sprachcafe-rostock']);
      expect(text($(el, '#count'))).to.equal(el.localized(() => el.countText(2)));
      await until(() => changes.length > 0);
      expect(changes.at(-1)?.detail).to.deep.include({ cause: 'visitor', count: 2 });
      expect(changes.at(-1)?.detail.filters.wheelchair).to.equal(true);
      expect(new URL(location.href).searchParams.get('wk-wheelchair')).to.equal('1');
      expect(text($(el, 'details.filter-panel > summary'))).to.include(new Intl.NumberFormat(lang).format(1));
    });

    it('starts from the page URL with url-state, and can be hidden', async () => {
      history.replaceState(null, '', `${location.pathname}?wk-wheelchair=1`);
      const el = await place<OfferSearch>('offer-search', await catalogue(), lang, 'url-state');
      await until(() => $$(el, '.cards .card').length === 2);
      expect($<HTMLInputElement>(el, 'input[name="wheelchair"]').checked).to.equal(true);
      history.replaceState(null, '', location.pathname);
      clearCatalogueCache();
      const hidden = await place<OfferSearch>('offer-search', await catalogue(), lang, 'hide-filters="wheelchair"');
      expect($(hidden, 'input[name="wheelchair"]')).to.equal(null);
      expect($$(hidden, '.cards .card')).to.have.length(4);
    });

    it('is not offered when no offer says anything of wheelchair access', async () => {
      const el = await place<OfferSearch>('offer-search', await catalogue((c) => (c.offers as Json[]).forEach((o) => delete o.wheelchair)), lang);
      expect($(el, 'input[name="wheelchair"]')).to.equal(null);
      expect($(el, '.cards .wheelchair')).to.equal(null);
    });
  });

  describe(`events and jobs (${lang})`, () => {
    it('an event shows its notice and next steps, when it was checked, and "report a mistake"', async () => {
      const tomorrow = addDays(dayKey(new Date(), 'Europe/Berlin'), 1);
      const src = await catalogue((c) => {
        c.events[0].start = `${tomorrow}T18:00:00+01:00`;
        c.events[0].checked = monthsAgo(13);
      });
      const el = await place<EventList>('event-list', src, lang);
      await until(() => $(el, '.event'));
      const event = $(el, '.event');
      expect(text(event.querySelector('.next-notice'))).to.equal(lang === 'de' ? 'Neuer Raum: Saal 2.' : 'قاعة جديدة: القاعة ٢.');
      expect(event.querySelector('.age-notice')).to.exist;
      const booking = event.querySelector<HTMLAnchorElement>('.booking a') as HTMLAnchorElement;
      expect(booking.href).to.equal('https://example.org/anmeldung/infoabend');
      const describedBy = booking.getAttribute('aria-describedby') as string;
      expect(describedBy).to.include(event.querySelector('h4')?.id as string);
      expect([...event.querySelectorAll('.steps dt')].length).to.equal(4); // bring, audience, wheelchair, last checked
      expect(event.querySelector<HTMLElement>('.steps .wheelchair')?.dataset.access).to.equal('yes');
      const form = [...event.querySelectorAll<HTMLAnchorElement>('a.report-link')].find((a) => a.protocol === 'https:') as HTMLAnchorElement;
      expect(form.getAttribute('aria-describedby')).to.equal(describedBy);
      const params = new URL(form.href).searchParams;
      expect(params.get('eintrag')).to.equal('infoabend-schwerin');
      expect(params.get('titel')).to.equal(text(event.querySelector('h4')));
      expect(params.get('seite')).to.equal(location.href);
      await expect(el).to.be.accessible();
    });

    it('a job shows when it was checked, its age notice and "report a mistake" with its shared link', async () => {
      const el = await place<JobBoard>('job-board', await catalogue((c) => (c.jobs[0].checked = monthsAgo(14))), lang);
      el.open('pflege-erfurt');
      await until(() => $(el, '.detail'));
      await el.updateComplete;
      expect($(el, '.age-notice')).to.exist;
      expect($(el, '.detail .steps time')?.getAttribute('datetime')).to.equal(monthsAgo(14));
      const params = new URL(formLink(el).href).searchParams;
      expect(Object.fromEntries(params)).to.deep.equal({ eintrag: 'pflege-erfurt', titel: text($(el, '#job-title')), seite: el.jobLink('pflege-erfurt') });
      expect(mailParams(mailLink(el)).get('body')).to.include(el.jobLink('pflege-erfurt'));
      await expect(el).to.be.accessible();
    });
  });
}
