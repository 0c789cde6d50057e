import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { recordLiveRegion } from '../../../tests/helpers/live-region.js';
import { until } from '../../../tests/helpers/until.js';
import { addDays, dayKey, instantOf, wallTime } from '../../calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../../catalogue/load.js';
import { memoryCopies } from '../../catalogue/saved-copies.js';
import '../../define.js';
import type { OfferSearch } from '../offer-search/offer-search.js';
import type { EventList } from './event-list.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const ZONE = 'Europe/Berlin';
const today = dayKey(new Date(), ZONE);
const nowHour = wallTime(new Date(), ZONE).hour;
const at = (day: string, hour: number, minute = 0) => {
  const [year, month, d] = day.split('-').map(Number);
  return instantOf({ year, month, day: d, hour, minute, second: 0 }, ZONE).toISOString();
};

/** A catalogue whose events lie around the moment the test runs. */
function catalogue() {
  const events = [
    { id: 'past', title: { de: 'Vorbei', en: 'Over' }, start: at(addDays(today, -1), 10), end: at(addDays(today, -1), 11) },
    { id: 'tomorrow', title: { de: 'Infoabend Ausbildung', en: 'Apprenticeship evening', ar: 'أمسية معلومات عن التدريب المهني' }, start: at(addDays(today, 1), 10), end: at(addDays(today, 1), 12), languages: ['de', 'ar'], url: 'https://verein.example.org/infoabend', offer: 'o-1', cost: 'free', location: { street: 'Lange Straße 12', postalCode: '18055', locality: 'Rostock' } },
    // Weekly from six days ago: its next date is tomorrow at any time of day the test runs.
    { id: 'weekly', title: { de: 'Sprachcafé', en: 'Language café' }, start: at(addDays(today, -6), 18), end: at(addDays(today, -6), 20), recurrence: 'FREQ=WEEKLY', languages: ['de', 'uk'], categories: ['language'] },
    { id: 'two-days', title: { de: 'Kulturfest', en: 'Culture festival' }, start: at(addDays(today, 3), 10), end: at(addDays(today, 4), 16) },
    { id: 'far', title: { de: 'Jobmesse', en: 'Job fair' }, start: at(addDays(today, 20), 9), end: at(addDays(today, 20), 15) },
    { id: 'online', title: { de: 'Online-Beratung', en: 'Online counselling', ar: 'استشارة عبر الإنترنت' }, start: at(addDays(today, 2), 17), end: at(addDays(today, 2), 18), online: true, languages: ['ar'] },
    ...(nowHour < 22 ? [{ id: 'today', title: { de: 'Heute Abend', en: 'Tonight' }, start: at(today, 23), end: at(today, 23, 30) }] : []),
  ];
  return {
    format: 'willkommen-catalogue',
    version: 1,
    timeZone: ZONE,
    offers: [{ id: 'o-1', title: { de: 'Ausbildungsberatung', en: 'Apprenticeship advice' }, location: { locality: 'Rostock' } }],
    events,
  };
}

let src = '';
beforeEach(() => {
  src = URL.createObjectURL(new Blob([JSON.stringify(catalogue())], { type: 'application/json' }));
});
afterEach(() => {
  clearCatalogueCache();
  URL.revokeObjectURL(src);
});

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot?.querySelector<T>(s) as T;
const $$ = (el: Element, s: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(s) ?? [])];
const headings = (el: Element) => $$(el, '.day h3').map((h) => h.textContent?.trim());
const titles = (el: Element) => $$(el, '.event h4').map((h) => h.textContent?.trim());
const live = (el: Element) => $(el, '[role="status"][aria-live="polite"]');
const active = (el: Element) => el.shadowRoot?.activeElement as HTMLElement | null;
const calendarButtons = (el: Element) => $$(el, '.event button').filter((b) => b.getAttribute('aria-describedby') && !b.textContent?.includes(':') && !b.classList.contains('share-toggle'));
/** What a screen reader reads for a control: its text, then the texts of its aria-describedby ids. */
const description = (el: Element, control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => el.shadowRoot?.getElementById(id)?.textContent?.trim() ?? `#${id} missing`).join(' · ');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventList(attributes = '', lang = 'de'): Promise<EventList> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<event-list src="${src}" ${attributes}></event-list>`;
  const el = wrapper.querySelector('event-list') as EventList;
  await until(() => ($$(el, '.day').length > 0 || $(el, '.empty')) && $(el, '[part="base"]')?.lang === lang, 8000);
  return el;
}


/** The texts of the files the element offers for download (.ics), until `restore()`. */
function captureDownloads(): { files: string[]; restore: () => void } {
  const files: string[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    (blob as Blob).text().then((t) => files.push(t));
    return original.call(URL, blob);
  };
  return { files, restore: () => (URL.createObjectURL = original) };
}
describe('<event-list>', () => {
  it('groups the coming week by day under Heute, Morgen and weekday headings, without past events', async () => {
    const el = await eventList();
    const h = headings(el);
    if (nowHour < 22) expect(h[0]).to.equal('Heute');
    expect(h).to.include('Morgen');
    expect(titles(el)).not.to.include('Vorbei');
    expect(titles(el)).not.to.include('Jobmesse');
    expect(titles(el).filter((t) => t === 'Sprachcafé')).to.have.length(1);
    expect(titles(el).filter((t) => t === 'Kulturfest')).to.have.length(2);
    const weekday = new Intl.DateTimeFormat('de', { weekday: 'long', timeZone: ZONE }).format(new Date(at(addDays(today, 3), 12)));
    expect(h.some((x) => x?.startsWith(weekday))).to.equal(true);
  });

  it('shows time, place, languages, cost and the event’s own link', async () => {
    const el = await eventList('', 'en');
    const item = $$(el, '.event').find((e) => /Apprenticeship evening/.test(e.textContent ?? '')) as HTMLElement;
    expect(item.querySelector('.time')?.textContent).to.match(/10:00\s*(AM)?\s*–\s*12:00/);
    expect(item.textContent).to.contain('Lange Straße 12, Rostock');
    expect(item.textContent).to.contain('Free of charge');
    expect([...item.querySelectorAll('.tag')].map((t) => t.textContent)).to.deep.equal(['Deutsch', 'العربية']);
    expect(item.querySelector('a')?.getAttribute('href')).to.equal('https://verein.example.org/infoabend');
  });

  it('widens to the next 30 days and filters by place and language', async () => {
    const el = await eventList('range="month"', 'en');
    expect(titles(el)).to.include('Job fair');
    const place = $$(el, 'select')[3] as unknown as HTMLSelectElement;
    place.value = 'town:Rostock';
    place.dispatchEvent(new Event('change'));
    await until(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Apprenticeship evening']);
    place.value = '';
    place.dispatchEvent(new Event('change'));
    const language = $$(el, 'select')[2] as unknown as HTMLSelectElement;
    language.value = 'ar';
    language.dispatchEvent(new Event('change'));
    await until(() => titles(el).every((t) => /Apprenticeship|Online/.test(t ?? '')));
    expect(titles(el)).to.have.length(2);
  });

  it('explains an empty period and offers to widen it', async () => {
    const el = await eventList('range="today" categories="health"', 'en');
    expect($(el, '.empty').textContent).to.contain('No events in this period.');
    await expect(el).to.be.accessible();
    ($(el, '.empty button') as HTMLButtonElement).click();
    await until(() => !$(el, '.empty') || /30/.test(($$(el, 'select')[0] as unknown as HTMLSelectElement).selectedOptions[0].textContent ?? ''));
  });

  it('exports one occurrence and the whole list as .ics that an iCalendar parser reads', async () => {
    const el = await eventList('', 'en');
    const { files, restore } = captureDownloads();
    try {
      const item = $$(el, '.event').find((e) => /Apprenticeship evening/.test(e.textContent ?? '')) as HTMLElement;
      ([...item.querySelectorAll('button')].find((b) => /Add to calendar/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      ($$(el, '.footer button').find((b) => /Add all/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      await until(() => files.length === 2);
    } finally {
      restore();
    }
    const one = new ICAL.Component(ICAL.parse(files[0])).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(one).to.have.length(1);
    expect(one[0].summary).to.equal('Apprenticeship evening');
    expect(one[0].startDate.toJSDate().toISOString()).to.equal(at(addDays(today, 1), 10));
    expect(one[0].location).to.equal('Lange Straße 12, 18055 Rostock');
    const all = new ICAL.Component(ICAL.parse(files[1])).getAllSubcomponents('vevent');
    // One VEVENT per occurrence: the two-day festival is listed under both of its days but exported once.
    expect(all.length).to.equal(titles(el).length - 1);
    expect(files[0]).to.contain('\r\n');
  });

  it('opens the hosting offer in an offer-search on the page', async () => {
    const wrapper = await fixture(html`<div lang="en"></div>`);
    wrapper.innerHTML = `<offer-search src="${src}"></offer-search><event-list src="${src}"></event-list>`;
    const search = wrapper.querySelector('offer-search') as OfferSearch;
    const el = wrapper.querySelector('event-list') as EventList;
    await until(() => $$(el, '.event').length > 0 && !!$(search, '.cards'), 8000);
    ($$(el, '.event button').find((b) => /Hosted by: Apprenticeship advice/.test(b.textContent ?? '')) as HTMLButtonElement).click();
    await until(() => search.selected === 'o-1');
  });

  it('has no axe violations in German and in Arabic (right to left)', async () => {
    const de = await eventList('', 'de');
    await expect(de).to.be.accessible();
    const ar = await eventList('', 'ar');
    expect($(ar, '[part="base"]').dir).to.equal('rtl');
    expect(headings(ar)).to.include('غدًا');
    await expect(ar).to.be.accessible();
  });

  it('puts each event’s heading before its time, and shows the time at the start of the line', async () => {
    for (const lang of ['de', 'ar']) {
      const el = await eventList('', lang);
      for (const item of $$(el, '.event')) {
        const heading = item.querySelector('h4') as HTMLElement;
        const time = item.querySelector('.time') as HTMLElement;
        expect(item.firstElementChild).to.equal(heading);
        expect(heading.compareDocumentPosition(time) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        const h = heading.getBoundingClientRect();
        const t = time.getBoundingClientRect();
        // Beside the heading at the start of the line (left in German, right in Arabic), or above it on a phone.
        if (t.bottom <= h.top + 1) continue;
        if (lang === 'ar') expect(t.left).to.be.greaterThan(h.right - 1);
        else expect(t.right).to.be.lessThan(h.left + 1);
      }
      // Moving by headings: every event heading is followed by its time before the next heading.
      const order = $$(el, 'h3, h4, .time').map((n) => n.localName === 'p' ? 'time' : n.localName);
      order.forEach((kind, i) => kind === 'h4' && expect(order[i + 1]).to.equal('time'));
    }
  });

  it('gives every "add to calendar" button its own description: the event, its time and its day', async () => {
    const el = await eventList('range="month"', 'de');
    const buttons = calendarButtons(el);
    expect(buttons.length).to.equal($$(el, '.event').length);
    const ids = $$(el, '[id]').map((n) => n.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const read = buttons.map((b) => `${b.textContent?.trim()} – ${description(el, b)}`);
    expect(new Set(read).size).to.equal(read.length);
    read.forEach((r) => expect(r).not.to.contain('missing'));
    const festival = read.filter((r) => r.includes('Kulturfest'));
    expect(festival).to.have.length(2); // one event on two days, told apart by the day
    const infoabend = buttons.find((b) => description(el, b).startsWith('Infoabend Ausbildung')) as HTMLElement;
    expect(description(el, infoabend)).to.match(/^Infoabend Ausbildung · 10:00\s*–\s*12:00( Uhr)? · Morgen$/);
    const link = $$(el, '.event a').find((a) => a.getAttribute('href') === 'https://verein.example.org/infoabend') as HTMLElement;
    expect(description(el, link)).to.equal(description(el, infoabend));
  });

  for (const lang of ['de', 'ar']) {
    it(`works by keyboard in ${lang}: period → count spoken once → event → add to calendar`, async () => {
      const el = await eventList('', lang);
      const region = live(el);
      expect(region.closest('[lang]')?.getAttribute('lang')).to.equal(lang);
      const record = recordLiveRegion(region);
      const when = $$(el, 'select')[0] as unknown as HTMLSelectElement;
      when.focus();
      await sendKeys({ press: 'ArrowDown' }); // next 30 days
      await sendKeys({ press: 'ArrowUp' }); // back to the next 7 days: the count is the same as before
      expect(when.value).to.equal('week');
      expect(active(el)).to.equal(when);
      await until(() => record.spoken().length === 1, 3000);
      await wait(900);
      const count = titles(el).length - 1; // the festival is listed on two days
      const expected = el.localized(() => (el as unknown as { countText(n: number): string }).countText(count));
      expect(record.spoken()).to.deep.equal([expected]);
      // The same choice again leaves the same count: the region is emptied first, so it is spoken again.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await until(() => record.spoken().length === 2, 3000);
      expect(record.texts).to.deep.equal([expected, '', expected]);
      let presses = 0;
      do {
        await sendKeys({ press: 'Tab' });
        presses++;
      } while (!calendarButtons(el).includes(active(el) as HTMLElement) && presses < 30);
      const button = active(el) as HTMLElement;
      expect(button).to.equal(calendarButtons(el)[0]);
      expect(description(el, button).startsWith($$(el, '.event h4')[0].textContent?.trim() ?? '-')).to.equal(true);
      const { files, restore } = captureDownloads();
      try {
        await sendKeys({ press: 'Enter' });
        await until(() => files.length === 1);
      } finally {
        restore();
      }
      expect(files[0]).to.contain('BEGIN:VEVENT');
      expect(active(el)).to.equal(button);
      expect(record.spoken()).to.deep.equal([expected, expected]); // nothing new said
      record.stop();
    });
  }

  it('says the count in the new language after the page switches language', async () => {
    const el = await eventList('', 'de');
    const when = $$(el, 'select')[0] as unknown as HTMLSelectElement;
    when.value = 'month';
    when.dispatchEvent(new Event('change'));
    await until(() => /Veranstaltung/.test(live(el).textContent ?? ''), 3000);
    (el.parentElement as HTMLElement).lang = 'ar';
    await until(() => $(el, '[part="base"]').lang === 'ar');
    await until(() => /فعالي/.test(live(el).textContent ?? ''), 3000);
    expect(live(el).lang).to.equal('ar');
    expect(live(el).dir).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
