import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedCatalogue } from '../catalogue/load.js';
import { catalogueLanguages, contentLanguage, interfaceLocale, textLanguages, visitorLanguages } from '../i18n/choose.js';
import { dateLocale, isRtl, SOURCE_LOCALE, type Locale } from '../i18n/locales.js';
import { isLocaleLoaded, loadLocale } from '../i18n/runtime.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const resolveAll = () => hosts.forEach((c) => c.resolve());

/**
 * One observer for the whole page: any `lang` change re-resolves every element's locale, and so
 * does a change of the browser's languages.
 */
function watchLang(controller: LocaleController): void {
  hosts.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(resolveAll);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    globalThis.addEventListener?.('languagechange', resolveAll);
  }
}

function unwatchLang(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    globalThis.removeEventListener?.('languagechange', resolveAll);
  }
}

/** The nearest `lang` of the element or its ancestors, across shadow roots. */
function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return undefined;
}

/**
 * The language an element speaks (see ../i18n/choose.ts): the visitor's languages are its own
 * `lang`, else the page's, then the browser's. `ui` is the interface locale and `dir` follows it;
 * `content` is the language of catalogue text, chosen among the catalogue's languages (it may be
 * one the interface lacks, such as Polish). Both change together, once the interface's
 * translations have loaded.
 */
export class LocaleController implements ReactiveController {
  ui: Locale = SOURCE_LOCALE;
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The locale of dates: `ui`, or its regional form the visitor writes dates in (fa-AF, Afghan month names, for a Dari reader). */
  dates: string = SOURCE_LOCALE;
  /** The visitor's languages in order, as the element shows them now. */
  languages: readonly string[] = [];
  /** The visitor's languages as asked for, known at once (`languages` follows when `ui` has loaded). */
  private requested: readonly string[] = [];
  private wanted = '';
  /** The last content language chosen, for the languages shown and for those asked for (asked on every text). */
  private readonly chosen: ({ languages: readonly string[]; available?: ReadonlySet<string>; fallback: string; value: string } | undefined)[] = [];
  /** The last languages chosen to pick texts in, kept while the content language and the visitor's languages stay. */
  private textChoice?: { content: string; languages: readonly string[]; value: readonly string[] };

  /** `catalogue` gives the catalogue the element shows, when there is one: content is chosen among its languages. */
  constructor(
    private readonly host: Host,
    private readonly catalogue: () => LoadedCatalogue | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The language of catalogue text. */
  get content(): string {
    return this.contentIn(this.catalogue());
  }

  /**
   * The languages to pick each catalogue text in (for `localText` and the record texts): the
   * content language, then the visitor's other languages, before the catalogue's default language.
   */
  get textLanguages(): readonly string[] {
    const content = this.content;
    const last = this.textChoice;
    if (last && last.content === content && last.languages === this.languages) return last.value;
    const value = textLanguages(content, this.languages);
    this.textChoice = { content, languages: this.languages, value };
    return value;
  }

  /** The language of catalogue text as asked for, known at once: what to download a pack's offers in. */
  get requestedContent(): string {
    return this.contentIn(this.catalogue(), true);
  }

  /** The language of catalogue text in `loaded` (without one: the visitor's first language). */
  contentIn(loaded: LoadedCatalogue | undefined, requested = false): string {
    const languages = requested ? this.requested : this.languages;
    const available = loaded && catalogueLanguages(loaded);
    const fallback = loaded?.catalogue.defaultLanguage ?? this.ui;
    const last = this.chosen[+requested];
    if (last && last.languages === languages && last.available === available && last.fallback === fallback) return last.value;
    const value = contentLanguage(languages, available, fallback);
    this.chosen[+requested] = { languages, available, fallback, value };
    return value;
  }

  hostConnected(): void {
    watchLang(this);
    this.resolve();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  resolve(): void {
    const languages = visitorLanguages(nearestLang(this.host), typeof navigator === 'undefined' ? [] : navigator.languages);
    const ui = interfaceLocale(languages);
    const wanted = `${ui}/${languages.join(',')}`;
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    this.requested = languages;
    const apply = () => {
      if (this.wanted !== wanted) return; // a later change won while this locale was loading
      this.ui = ui;
      this.dates = dateLocale(ui, languages);
      this.languages = languages;
      this.dir = isRtl(ui) ? 'rtl' : 'ltr';
      this.host.requestUpdate();
    };
    if (isLocaleLoaded(ui)) apply();
    else
      loadLocale(ui).then(apply, () => {
        if (this.wanted === wanted) this.wanted = ''; // the next change of language tries again
        console.error(`willkommen-widgets: could not load the "${ui}" translations.`);
      });
  }
}
