import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl, matchLocale, primaryLanguage, SOURCE_LOCALE, type Locale } from '../i18n/locales.js';
import { isLocaleLoaded, loadLocale } from '../i18n/runtime.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-resolves every element's locale. */
function watchLang(controller: LocaleController): void {
  hosts.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((c) => c.resolve()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
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
 * The language an element speaks: its own `lang`, else the page's, else the browser's.
 * `content` is the visitor's language for catalogue text (may be one the interface lacks, such as
 * Polish); `ui` is the interface locale; `dir` follows the interface.
 */
export class LocaleController implements ReactiveController {
  content = SOURCE_LOCALE as string;
  ui: Locale = SOURCE_LOCALE;
  dir: 'ltr' | 'rtl' = 'ltr';
  /**
   * The content language asked for, known at once (`content` follows when the interface's
   * translations have loaded): what to download catalogue text in.
   */
  requestedContent = SOURCE_LOCALE as string;
  private wanted = '';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this);
    this.resolve();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  resolve(): void {
    const requested = [nearestLang(this.host), ...(typeof navigator === 'undefined' ? [] : navigator.languages)].filter(
      (tag): tag is string => !!tag,
    );
    const ui = requested.map(matchLocale).find((l): l is Locale => !!l) ?? SOURCE_LOCALE;
    const content = requested.length ? primaryLanguage(requested[0]) : ui;
    this.requestedContent = content;
    this.wanted = `${ui}/${content}`;
    if (ui === this.ui && content === this.content && isLocaleLoaded(ui)) return;
    const wanted = this.wanted;
    const apply = () => {
      if (this.wanted !== wanted) return; // a later change won while this locale was loading
      this.ui = ui;
      this.content = content;
      this.dir = isRtl(ui) ? 'rtl' : 'ltr';
      this.host.requestUpdate();
    };
    if (isLocaleLoaded(ui)) apply();
    else loadLocale(ui).then(apply, () => console.error(`willkommen-widgets: could not load the "${ui}" translations.`));
  }
}
