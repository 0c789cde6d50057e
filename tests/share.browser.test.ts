// Sharing an offer's and a job's details: the device's share sheet where the browser has one (a stub
// here), and the panel with "Copy link", WhatsApp, Telegram and e-mail, whose links carry the title
// and the entry's link on this page; in German and in Arabic, with the keyboard and axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from './helpers/until.js';
import { addDays, dayKey } from '../src/calendar/zone.js';
import { clearCatalogueCache, configureLoader } from '../src/catalogue/load.js';
import { memoryCopies } from '../src/catalogue/saved-copies.js';
import '../src/define.js';
import type { OfferSearch } from '../src/elements/offer-search/offer-search.js';
import type { JobBoard } from '../src/elements/job-board/job-board.js';

configureLoader({ savedCopies: memoryCopies(), retries: 0 });

const today = dayKey(new Date(), 'Europe/Berlin');
const jobs = {
  format: 'willkommen-catalogue',
  version: 1,
  jobs: [
    {
      id: 'j-share',
      title: { de: 'Pflegehelferin / Pflegehelfer & Betreuung (m/w/d)', en: 'Care assistant & support (m/f/d)', ar: 'مساعد أو مساعدة في الرعاية' },
      employer: { name: 'Pflegedienst Sonnenhof (Beispiel)' },
      datePosted: addDays(today, -3),
      validThrough: addDays(today, 30),
      germanLevel: 'B1',
      employmentType: ['PART_TIME'],
      location: { postalCode: '18055', locality: 'Rostock' },
      apply: { email: 'jobs@pflege.example.org', phone: '+49 381 0000 5678' },
    },
  ],
};

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const active = (el: Element) => root(el).activeElement as HTMLElement | null;

/** Replaces a property of `navigator` (share, clipboard) for one test. */
const stubs: (() => void)[] = [];
function stub(name: 'share' | 'clipboard', value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  stubs.push(() => (own ? Object.defineProperty(navigator, name, own) : delete (navigator as unknown as Record<string, unknown>)[name]));
}

let jobSrc = '';
beforeEach(() => {
  jobSrc = URL.createObjectURL(new Blob([JSON.stringify(jobs)], { type: 'application/json' }));
  // The browser's own share sheet is not there unless a test puts one there.
  stub('share', undefined);
});
afterEach(() => {
  while (stubs.length) stubs.pop()?.();
  clearCatalogueCache();
  URL.revokeObjectURL(jobSrc);
  history.replaceState(null, '', location.pathname);
});

interface Opened {
  el: OfferSearch | JobBoard;
  title: string;
  link: string;
}

/** An offer's details in `lang`: the element, the offer's title as shown and its link on this page. */
async function offerDetails(lang: string): Promise<Opened> {
  const wrapper = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}></div>`);
  wrapper.innerHTML = '<offer-search src="/demo/catalogue.json"></offer-search>';
  const el = wrapper.querySelector('offer-search') as OfferSearch;
  await until(() => $(el, '.cards a') && $(el, '[part="base"]')?.getAttribute('lang') === lang, 8000);
  el.open('o-0001');
  await until(() => $(el, '#detail-title') && active(el)?.id === 'detail-title', 8000);
  return { el, title: $(el, '#detail-title').textContent?.trim() ?? '', link: el.offerLink('o-0001') };
}

/** A job's details in `lang`. */
async function jobDetails(lang: string): Promise<Opened> {
  const wrapper = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}></div>`);
  wrapper.innerHTML = `<job-board src="${jobSrc}"></job-board>`;
  const el = wrapper.querySelector('job-board') as JobBoard;
  await until(() => $(el, '.card a') && $(el, '[part="base"]')?.getAttribute('lang') === lang, 8000);
  $(el, '.card a').click();
  await until(() => $(el, '#job-title') && active(el)?.id === 'job-title', 8000);
  return { el, title: $(el, '#job-title').textContent?.trim() ?? '', link: el.jobLink('j-share') };
}

const WORDS = {
  de: { share: 'Teilen', other: 'Weitere Wege zum Teilen', copy: 'Link kopieren', email: 'E-Mail', copied: 'Link kopiert.', failed: 'Der Link konnte nicht kopiert werden.' },
  ar: { share: 'مشاركة', other: 'طرق أخرى للمشاركة', copy: 'نسخ الرابط', email: 'البريد الإلكتروني', copied: 'تم نسخ الرابط.', failed: 'تعذّر نسخ الرابط.' },
};

const button = (el: Element, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === name);

for (const [kind, open] of [
  ['offer', offerDetails],
  ['job', jobDetails],
] as const) {
  for (const lang of ['de', 'ar'] as const) {
    describe(`sharing a${kind === 'offer' ? 'n offer' : ' job'} (${lang})`, () => {
      const words = WORDS[lang];

      it('opens the panel without a share sheet: copy, WhatsApp, Telegram and e-mail with the title and the link', async () => {
        const { el, title, link } = await open(lang);
        expect(title.length).to.be.greaterThan(3);
        if (lang === 'ar') expect(title).to.match(/[\u0600-\u06ff]/);
        const toggle = button(el, words.share) as HTMLButtonElement;
        expect(toggle, 'Share').to.exist;
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect(button(el, words.other), 'no second button without a share sheet').to.equal(undefined);
        toggle.click();
        await until(() => $(el, '.share-panel'));
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        const panel = $(el, `#${toggle.getAttribute('aria-controls')}`);
        expect(panel, 'the panel the button controls').to.exist;
        expect(panel.getAttribute('aria-labelledby')).to.equal(toggle.id);

        const links = [...panel.querySelectorAll('a')];
        const hrefs = links.map((a) => a.getAttribute('href') ?? '');
        const enc = encodeURIComponent;
        expect(hrefs).to.deep.equal([
          `https://wa.me/?text=${enc(`${title}\n${link}`)}`,
          `https://t.me/share/url?url=${enc(link)}&text=${enc(title)}`,
          `mailto:?subject=${enc(title)}&body=${enc(link)}`,
        ]);
        // Only https: and mailto:; the messengers open in a new tab, without the page as opener or referrer.
        for (const a of links) {
          const href = a.getAttribute('href') ?? '';
          expect(href).to.match(/^(https:\/\/(wa\.me|t\.me)\/|mailto:\?)/);
          expect(href).not.to.match(/[\s<>"]/);
          if (href.startsWith('https:')) {
            expect(a.target).to.equal('_blank');
            expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
          }
        }
        // The title and the link come back whole from each link.
        const wa = new URL(hrefs[0]).searchParams.get('text');
        expect(wa).to.equal(`${title}\n${link}`);
        const tg = new URL(hrefs[1]).searchParams;
        expect([tg.get('url'), tg.get('text')]).to.deep.equal([link, title]);
        expect(decodeURIComponent(hrefs[2].split('subject=')[1].split('&')[0])).to.equal(title);
        expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['WhatsApp', 'Telegram', words.email]);
        // Nothing loaded from those services: no images, no frames, no scripts in the panel.
        expect(panel.querySelectorAll('img, iframe, script, link')).to.have.length(0);
        expect(panel.querySelector('.share-link')?.textContent?.trim()).to.equal(link);
        await expect(el).to.be.accessible();
      });

      it('says whether the link was copied', async () => {
        let copied = '';
        let refuse = false;
        stub('clipboard', { writeText: async (text: string) => (refuse ? Promise.reject(new Error('denied')) : void (copied = text)) });
        const { el, link } = await open(lang);
        button(el, words.share)?.click();
        await until(() => $(el, '.share-panel'));
        const status = $(el, '.share-panel [role="status"]');
        expect(status.textContent?.trim()).to.equal('');
        button(el, words.copy)?.click();
        await until(() => status.textContent?.trim());
        expect(copied).to.equal(link);
        expect(status.textContent?.trim()).to.equal(words.copied);
        refuse = true;
        button(el, words.copy)?.click();
        await until(() => status.textContent?.trim() && status.textContent?.trim() !== words.copied);
        if (words.failed) expect(status.textContent?.trim()).to.equal(words.failed);
        await expect(el).to.be.accessible();
      });

      it('Escape closes the panel and returns focus to its button; the next Escape leaves the details', async () => {
        const { el } = await open(lang);
        const toggle = button(el, words.share) as HTMLButtonElement;
        toggle.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => $(el, '.share-panel'));
        // Tab reaches the panel's controls.
        let presses = 0;
        while (active(el)?.textContent?.trim() !== words.copy && presses++ < 6) await sendKeys({ press: 'Tab' });
        expect(active(el)?.textContent?.trim()).to.equal(words.copy);
        await sendKeys({ press: 'Escape' });
        await until(() => !$(el, '.share-panel'));
        await until(() => active(el) === toggle);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, '[part="detail"]'), 'the details stay open').to.exist;
        await sendKeys({ press: 'Escape' });
        await until(() => !$(el, '[part="detail"]'));
      });

      it('uses the device’s share sheet where there is one, with the panel as a second choice', async () => {
        const calls: ShareData[] = [];
        let answer: 'ok' | 'cancel' | 'refuse' = 'ok';
        stub('share', async (data: ShareData) => {
          calls.push(data);
          if (answer === 'cancel') throw new DOMException('closed', 'AbortError');
          if (answer === 'refuse') throw new DOMException('not allowed', 'NotAllowedError');
        });
        const { el, title, link } = await open(lang);
        const share = button(el, words.share) as HTMLButtonElement;
        const other = button(el, words.other) as HTMLButtonElement;
        expect(share.hasAttribute('aria-expanded'), 'Share opens the sheet, not a panel').to.equal(false);
        expect(other.getAttribute('aria-expanded')).to.equal('false');
        share.click();
        await until(() => calls.length === 1);
        expect(calls[0]).to.deep.equal({ title, text: title, url: link });
        await el.updateComplete;
        expect($(el, '.share-panel'), 'no panel after sharing').to.equal(null);
        // Closing the sheet opens nothing; a sheet that refuses leaves the panel instead.
        answer = 'cancel';
        share.click();
        await until(() => calls.length === 2);
        await new Promise((r) => setTimeout(r, 50));
        expect($(el, '.share-panel')).to.equal(null);
        answer = 'refuse';
        share.click();
        await until(() => $(el, '.share-panel'));
        expect(other.getAttribute('aria-expanded')).to.equal('true');
        other.click();
        await until(() => !$(el, '.share-panel'));
        other.click();
        await until(() => $(el, '.share-panel'));
        await expect(el).to.be.accessible();
      });
    });
  }
}
