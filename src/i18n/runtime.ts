/**
 * Runtime localisation on top of @lit/localize.
 *
 * Strings are written with lit-localize's `msg()` and translated in XLIFF (`xliff/*.xlf`);
 * `lit-localize build` turns them into the modules in `generated/locales`. Unlike lit-localize's
 * page-global `configureLocalization`, each element here renders in its own locale: the element
 * base class makes that locale's templates active for the duration of its synchronous `render()`.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule, TemplateLike } from '@lit/localize';
import { SOURCE_LOCALE, type Locale } from './locales.js';

type Templates = LocaleModule['templates'];

let active: Templates | undefined;
let installed = false;
/** The number of a plural form that stands for exactly one number, while it is made (see `onlyNumber`). */
let onlyNumberNow: string | undefined;
const LETTER = /\p{L}/u;

/**
 * `template` without its number where the translation says the number in its word: in a plural
 * form that stands for exactly one number, a translation writes the number's placeholder against
 * the word, with no space ("{0}خدمتان", "{0}خدمة واحدة"), and the number is left out. Only the
 * number is, and only from a `str` template.
 */
function numberLeftOut(template: TemplateLike, id: string | undefined): TemplateLike {
  const number = onlyNumberNow;
  const localized = number === undefined || id === undefined ? undefined : active?.[id];
  if (!localized || typeof localized === 'string' || !('strTag' in localized) || typeof template === 'string' || !('strTag' in template)) return template;
  // The localized template's values are the indexes of the source values, in the translation's order.
  const against = new Set<unknown>();
  localized.values.forEach((index, i) => {
    if (LETTER.test(localized.strings[i].slice(-1)) || LETTER.test(localized.strings[i + 1].charAt(0))) against.add(index);
  });
  if (!against.size) return template;
  return { ...template, values: template.values.map((value, i) => (against.has(i) && value === number ? '' : value)) };
}

function install(): void {
  if (installed) return;
  installed = true;
  try {
    _installMsgImplementation((template, options) => runtimeMsg(active, numberLeftOut(template, options?.id), options) as never);
  } catch {
    // Another script on the page configured this copy of @lit/localize; its locale wins.
    console.warn(
      'willkommen-widgets: @lit/localize was already configured on this page, so the widgets follow its locale.',
    );
  }
}

// One literal import per locale: bundlers cannot follow a template-literal import.
const loaders: Record<Exclude<Locale, typeof SOURCE_LOCALE>, () => Promise<LocaleModule>> = {
  de: () => import('./generated/locales/de.js'),
  ar: () => import('./generated/locales/ar.js'),
  fa: () => import('./generated/locales/fa.js'),
  uk: () => import('./generated/locales/uk.js'),
  ru: () => import('./generated/locales/ru.js'),
  tr: () => import('./generated/locales/tr.js'),
  fr: () => import('./generated/locales/fr.js'),
  es: () => import('./generated/locales/es.js'),
};

const loaded = new Map<Locale, Templates | undefined>([[SOURCE_LOCALE, undefined]]);
const pending = new Map<Locale, Promise<void>>();

/** True when the locale's strings are ready for a synchronous render. */
export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Loads a locale's strings once per page. */
export function loadLocale(locale: Locale): Promise<void> {
  install();
  if (loaded.has(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale as keyof typeof loaders]().then(
      (module) => void loaded.set(locale, module.templates),
      (error: unknown) => {
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** Runs `render` with `locale`'s strings active (falls back to English until they are loaded). */
export function inLocale<T>(locale: Locale, render: () => T): T {
  install();
  const previous = active;
  active = loaded.get(locale);
  try {
    return render();
  } finally {
    active = previous;
  }
}

/**
 * Runs `make`, the plural form of `number` (as written in it) that stands for exactly that number:
 * where its translation says the number in its word, the number is left out (see `numberLeftOut`).
 */
export function onlyNumber<T>(number: string, make: () => T): T {
  const previous = onlyNumberNow;
  onlyNumberNow = number;
  try {
    return make();
  } finally {
    onlyNumberNow = previous;
  }
}
