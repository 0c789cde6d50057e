import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { withPosition } from '../../../tests/helpers/geolocation.js';
import { recordLiveRegion } from '../../../tests/helpers/live-region.js';
import { until } from '../../../tests/helpers/until.js';
import { addDays, dayKey } from '../../calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../../catalogue/load.js';
import { memoryCopies } from '../../catalogue/saved-copies.js';
import '../../define.js';
import type { JobBoard } from './job-board.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });
const today = dayKey(new Date(), 'Europe/Berlin');
const job = (id: string, extra: Record<string, unknown>) => ({
  id,
  title: { de: `Stelle ${id}`, en: `Job ${id}`, ar: `وظيفة ${id}` },
  employer: { name: 'Pflegedienst Sonnenhof (Beispiel)' },
  datePosted: addDays(today, -10),
  ...extra,
});
const catalogue = {
  format: 'willkommen-catalogue',
  version: 1,
  jobs: [
    job('a1', { germanLevel: 'A1', employmentType: ['MINI_JOB'], field: 'cleaning', datePosted: addDays(today, -2), location: { locality: 'Erfurt', lat: 50.98, lon: 11.03 } }),
    job('b1', { germanLevel: 'B1', employmentType: ['APPRENTICESHIP'], field: 'care', location: { locality: 'Rostock', lat: 54.09, lon: 12.14 }, apply: { url: 'https://pflege.example.org/jobs/b1', email: 'jobs@pflege.example.org', phone: '+49 381 0000 5678' }, requirements: { en: 'Driving licence B' }, validThrough: addDays(today, 60) }),
    job('c1', { germanLevel: 'C1', employmentType: ['FULL_TIME'], field: 'office', employer: { name: 'Stadtwerke Beispielstadt' }, datePosted: addDays(today, -40), location: { locality: 'Jena', lat: 50.93, lon: 11.59 } }),
    job('b2', { germanLevel: 'B2', employmentType: ['PART_TIME'], field: 'care', datePosted: addDays(today, -1), location: { locality: 'Weimar', lat: 50.98, lon: 11.32 } }),
    job('expired', { germanLevel: 'A2', validThrough: addDays(today, -1) }),
    job('nolevel', { employmentType: ['TEMPORARY'], field: 'agriculture', datePosted: addDays(today, -5) }),
  ],
};

let src = '';
beforeEach(() => (src = URL.createObjectURL(new Blob([JSON.stringify(catalogue)], { type: 'application/json' }))));
afterEach(() => {
  clearCatalogueCache();
  URL.revokeObjectURL(src);
  history.replaceState(null, '', location.pathname);
});

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot?.querySelector<T>(s) as T;
const $$ = (el: Element, s: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(s) ?? [])];
const ids = (el: Element) => $$(el, '.card a').map((a) => a.dataset.job);
const live = (el: Element) => $(el, '[role="status"][aria-live="polite"]');
const active = (el: Element) => el.shadowRoot?.activeElement as HTMLElement | null;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function tabUntil(el: Element, found: (a: HTMLElement | null) => boolean, max = 30): Promise<number> {
  let presses = 0;
  do {
    await sendKeys({ press: 'Tab' });
    presses++;
  } while (!found(active(el)) && presses < max);
  return presses;
}
const choose = async (el: JobBoard, label: RegExp, value: string) => {
  const select = $$(el, 'label.field').find((l) => label.test(l.textContent ?? ''))?.querySelector('select') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

async function board(attributes = '', lang = 'en'): Promise<JobBoard> {
  const wrapper = await fixture(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<job-board src="${src}" ${attributes}></job-board>`;
  const el = wrapper.querySelector('job-board') as JobBoard;
  await until(() => ($(el, '.jobs') || $(el, '.empty') || $(el, '.detail')) && $(el, '[part="base"]')?.lang === lang, 8000);
  return el;
}

describe('<job-board>', () => {
  it('shows a job whose employer is not named, without an empty employer line', async () => {
    src = URL.createObjectURL(new Blob([JSON.stringify({ ...catalogue, jobs: [job('noemployer', { employer: undefined })] })], { type: 'application/json' }));
    const el = await board();
    const card = $$(el, '.card')[0];
    expect(card.querySelector('.employer')).to.equal(null);
    card.querySelector('a')?.click();
    await until(() => $(el, '.detail'));
    expect($(el, '.detail .employer')).to.equal(null);
    expect($(el, '#job-title').textContent).to.contain('Job noemployer');
  });

  it('lists current jobs newest first and hides expired ones', async () => {
    const el = await board();
    expect(ids(el)).to.deep.equal(['b2', 'a1', 'nolevel', 'b1', 'c1']);
    expect($(el, '.count').textContent).to.contain('5 jobs');
  });

  it('shows a visitor at B1 the jobs that need B1 or less, explained in plain words', async () => {
    const el = await board();
    await choose(el, /My German level/, 'B1');
    expect(ids(el)).to.deep.equal(['a1', 'nolevel', 'b1']);
    const levels = $$(el, '.card .level').map((p) => p.textContent?.trim());
    expect(levels).to.deep.equal(['German needed: A1 – first words and phrases', 'No German level given', 'German needed: B1 – everyday life and simple work instructions']);
    await choose(el, /My German level/, 'A1');
    expect(ids(el)).to.deep.equal(['a1', 'nolevel']);
  });

  it('filters by field, type, place and posting date', async () => {
    const el = await board();
    await choose(el, /Field/, 'care');
    expect(ids(el)).to.deep.equal(['b2', 'b1']);
    const apprenticeship = $$(el, 'fieldset label').find((l) => /Apprenticeship/.test(l.textContent ?? ''))?.querySelector('input') as HTMLInputElement;
    apprenticeship.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['b1']);
    apprenticeship.click();
    await choose(el, /Field/, '');
    await choose(el, /Place/, 'town:Jena');
    expect(ids(el)).to.deep.equal(['c1']);
    await choose(el, /Place/, '');
    await choose(el, /Posted/, '7');
    expect(ids(el)).to.deep.equal(['b2', 'a1', 'nolevel']);
  });

  it('treats a page size that is not a positive number as the default', async () => {
    const el = await board('page-size="0"');
    expect(ids(el)).to.have.length(5);
  });

  it('shows only one company’s jobs in company mode', async () => {
    const el = await board('employer="Stadtwerke Beispielstadt" hide-filters="field"');
    expect(ids(el)).to.deep.equal(['c1']);
  });

  it('sorts by distance only after the visitor asks', async () => {
    await withPosition(50.98, 11.32, async () => {
      const el = await board();
      ($$(el, '.filters button').find((b) => /distance/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      await until(() => ids(el)[0] === 'b2');
      expect(ids(el).slice(0, 4)).to.deep.equal(['b2', 'c1', 'a1', 'b1']);
    });
  });

  it('opens a job with how to apply, and goes back to the same card', async () => {
    const el = await board();
    const link = $$(el, '.card a').find((a) => a.dataset.job === 'b1') as HTMLElement;
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'wk-select')) as CustomEvent & { detail: { id: string; job: { id: string } } };
    expect(event.detail.id).to.equal('b1');
    expect(event.detail.job.id).to.equal('b1');
    await until(() => el.shadowRoot?.activeElement?.id === 'job-title');
    const hrefs = $$(el, '.apply a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://pflege.example.org/jobs/b1', 'mailto:jobs@pflege.example.org', 'tel:+4938100005678']);
    expect($(el, '.detail').textContent).to.contain('Driving licence B');
    expect($(el, '.detail').textContent).to.match(/Apply by/);
    await expect(el).to.be.accessible();
    ($$(el, '.detail .actions button')[0] as HTMLButtonElement).click();
    await until(() => el.shadowRoot?.activeElement?.getAttribute('data-job') === 'b1');
  });

  it('opens the job named in a shared link (open-linked)', async () => {
    history.replaceState(null, '', `${location.pathname}?wk-job=c1`);
    const el = await board('open-linked');
    await until(() => $(el, '.detail'));
    expect($(el, '#job-title').textContent).to.contain('Job c1');
    expect(el.jobLink('b1')).to.contain('wk-job=b1');
  });

  it('has no axe violations in English and in Arabic (right to left)', async () => {
    const en = await board();
    await expect(en).to.be.accessible();
    const ar = await board('', 'ar');
    expect($(ar, '[part="base"]').dir).to.equal('rtl');
    await expect(ar).to.be.accessible();
  });

  for (const lang of ['de', 'ar']) {
    it(`works by keyboard in ${lang}: level (one count spoken) → job → title with a focus ring → apply`, async () => {
      const el = await board('', lang);
      const record = recordLiveRegion(live(el));
      const level = $$(el, 'label.field select')[0] as HTMLSelectElement;
      level.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' }); // A1, A2, B1 in quick succession
      expect(level.value).to.equal('B1');
      expect(active(el)).to.equal(level);
      await until(() => record.spoken().length > 0, 3000);
      await wait(900);
      const b1 = $(el, 'h2.count').textContent?.trim() ?? '';
      expect(ids(el)).to.deep.equal(['a1', 'nolevel', 'b1']);
      expect(record.spoken()).to.deep.equal([b1]); // one announcement, for the level the visitor stayed on
      expect(live(el).closest('[lang]')?.getAttribute('lang')).to.equal(lang);

      // C2 keeps all five jobs, as "all levels" did: the unchanged count is still spoken.
      level.value = '';
      level.dispatchEvent(new Event('change'));
      await until(() => record.spoken().length === 2, 3000);
      const all = record.spoken()[1];
      await sendKeys({ press: 'End' });
      expect(level.value).to.equal('C2');
      await until(() => record.spoken().length === 3, 3000);
      expect(record.spoken()[2]).to.equal(all);
      expect(record.texts.slice(-2)).to.deep.equal(['', all]);

      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const presses = await tabUntil(el, (a) => a?.dataset.job === 'b1');
      expect(active(el)?.dataset.job).to.equal('b1');
      expect(presses).to.be.lessThan(20);
      await sendKeys({ press: 'Enter' });
      await until(() => active(el)?.id === 'job-title');
      const heading = active(el) as HTMLElement;
      const ring = getComputedStyle(heading);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(1);
      expect(ring.outlineColor).to.equal('rgb(194, 65, 12)'); // --wk-focus
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.getAttribute('href')).to.equal('https://pflege.example.org/jobs/b1');
      await wait(900);
      expect(live(el).textContent?.trim()).to.equal(b1); // the live region stays, with the last count
      await expect(el).to.be.accessible();
      record.stop();
    });
  }

  it('says the count in the new language after the page switches language', async () => {
    const el = await board('', 'de');
    await choose(el, /Deutschniveau/, 'B1');
    await until(() => /3 Stellen/.test(live(el).textContent ?? ''), 3000);
    (el.parentElement as HTMLElement).lang = 'ar';
    await until(() => $(el, '[part="base"]').lang === 'ar');
    await until(() => live(el).textContent?.trim() === $(el, 'h2.count').textContent?.trim(), 3000);
    expect(live(el).textContent).not.to.contain('Stellen');
    expect(live(el).lang).to.equal('ar');
    expect(live(el).dir).to.equal('rtl');
  });

  it('has no axe violations in German', async () => {
    const de = await board('level="B1"', 'de');
    await expect(de).to.be.accessible();
  });

  it('offers "Print this list" and the page’s QR code above the jobs, as the offer search does', async () => {
    for (const lang of ['de', 'ar']) {
      const el = await board('url-state level="B1"', lang);
      const count = $(el, 'h2.count');
      const tools = $(el, '.list-actions');
      expect(tools, lang).to.exist;
      // Right after the count, before the first job.
      expect(count.nextElementSibling).to.equal(tools);
      expect(tools.compareDocumentPosition($(el, '.jobs')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      const [print, qr] = [...tools.querySelectorAll('button')];
      expect(print.textContent?.trim()).to.equal(lang === 'de' ? 'Diese Liste drucken' : 'طباعة هذه القائمة');
      expect(qr.getAttribute('aria-expanded')).to.equal('false');
      qr.click();
      await until(() => $(el, '#poster-panel svg.qr-preview'), 5000);
      expect(qr.getAttribute('aria-expanded')).to.equal('true');
      // The page's link with the filters (url-state), and no job open in it.
      const link = $(el, '.poster-link').textContent?.trim() ?? '';
      expect(link).to.contain('wk-jlevel=B1');
      expect(link).not.to.contain('wk-job=');
      await expect(el).to.be.accessible();
      history.replaceState(null, '', location.pathname);
    }
  });

  it('has no print tools when no job is listed', async () => {
    const el = await board('level="A1" fields="it"');
    expect($(el, '[part="empty"]')).to.exist;
    expect($(el, '.list-actions')).to.equal(null);
  });
});
