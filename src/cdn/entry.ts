/**
 * A script-tag file of the kit (dist/cdn/<name>.js), built once per file with its tags and modules
 * filled in. It imports nothing up front, so it runs as soon as it arrives: the catalogues of the
 * elements in the page start downloading, every module of the elements' code is asked for at once
 * (rather than one level after the other), and the code is imported. Files used together on one
 * page share those modules, so the page gets one copy of the code and one download per catalogue.
 *
 * The all-in-one file brings the code of the elements that are in the page first; the other
 * elements and the package's API (its exports) follow when the browser is idle, so a page with
 * one element does not wait for the code of four.
 */
import { prefetchCatalogues } from './prefetch.js';

declare const __WK_TAGS__: readonly string[];
/** Per element: the module that registers it, then every module it imports, relative to this file. */
declare const __WK_ELEMENT_MODULES__: Readonly<Record<string, readonly string[]>>;
/**
 * The all-in-one file only: the module that registers every element and exports the API, then the
 * modules it imports that the elements' own do not. Empty for a single-element file.
 */
declare const __WK_REST_MODULES__: readonly string[];
/** The validator's worker script, relative to this file. */
declare const __WK_WORKER__: string;

/** The translations' modules by language, relative to this file. */
declare const __WK_LOCALES__: Readonly<Record<string, string>>;

prefetchCatalogues(__WK_TAGS__, new URL(__WK_WORKER__, import.meta.url).href);

const href = (path: string) => new URL(path, import.meta.url).href;

function preload(paths: readonly string[]): void {
  for (const url of paths.map(href)) {
    if (document.querySelector(`link[rel="modulepreload"][href="${CSS.escape(url)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    document.head.append(link);
  }
}

function load(paths: readonly string[]): Promise<Record<string, unknown>> {
  const [entry, ...imported] = paths;
  preload(imported);
  return import(/* @vite-ignore */ href(entry)).catch((error: unknown) => {
    console.error(`willkommen-widgets: the elements' code could not be loaded from ${href(entry)}.`, error);
    return {};
  });
}

// The page's language comes with the code, so the elements do not speak English first.
const language = (document.documentElement.lang || navigator.language || '').toLowerCase().split('-')[0];
const translation = __WK_LOCALES__[language === 'prs' ? 'fa' : language];
if (translation) preload([translation]);

// (Each build constant is read once: the build writes its value where it is named.)
const elementModules = __WK_ELEMENT_MODULES__;
const restModules = __WK_REST_MODULES__;
const tags = Object.keys(elementModules);
/** The elements whose code comes first: all of a single-element file's, the page's for the all-in-one. */
const first = restModules.length ? tags.filter((tag) => document.querySelector(tag)) : tags;
const elements = Promise.all(first.map((tag) => load(elementModules[tag])));

/**
 * When the rest of the all-in-one file's code may come: after the page's elements have shown their
 * catalogue (or said why not), or 10 s at the latest, when the browser is idle, so it never competes
 * with the first cards for a slow connection.
 */
function afterFirstCards(): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 200);
    };
    for (const type of ['wk-load', 'wk-error']) document.addEventListener(type, start, { once: true });
    setTimeout(start, 10_000);
  });
}

/** The elements' code; the all-in-one file also gives its exports (`configureLoader`, …) on from it. */
export const loading: Promise<Record<string, unknown>> = !restModules.length
  ? elements.then(() => ({}))
  : first.length
    ? elements.then(afterFirstCards).then(() => load(restModules))
    : load(restModules);
