/**
 * A script-tag file of the kit (dist/cdn/<name>.js), built once per file with its tags and modules
 * filled in. It imports nothing up front, so it runs as soon as it arrives: the catalogues of the
 * elements in the page start downloading, every module of the elements' code is asked for at once
 * (rather than one level after the other), and the code is imported. Files used together on one
 * page share those modules, so the page gets one copy of the code and one download per catalogue.
 */
import { prefetchCatalogues } from './prefetch.js';

declare const __WK_TAGS__: readonly string[];
/** The elements' entry module first, then every module it imports, relative to this file. */
declare const __WK_MODULES__: readonly string[];
/** The validator's worker script, relative to this file. */
declare const __WK_WORKER__: string;

/** The translations' modules by language, relative to this file. */
declare const __WK_LOCALES__: Readonly<Record<string, string>>;

prefetchCatalogues(__WK_TAGS__, new URL(__WK_WORKER__, import.meta.url).href);
// The page's language comes with the code, so the elements do not speak English first.
const language = (document.documentElement.lang || navigator.language || '').toLowerCase().split('-')[0];
const translation = __WK_LOCALES__[language === 'prs' ? 'fa' : language];
const [entry, ...imported] = [...__WK_MODULES__, ...(translation ? [translation] : [])].map((path) => new URL(path, import.meta.url).href);
for (const href of imported) {
  if (document.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) continue;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}
/** The elements' code; the all-in-one file also gives its exports (`configureLoader`, …) on from it. */
export const loading: Promise<Record<string, unknown>> = import(/* @vite-ignore */ entry).catch((error: unknown) => {
  console.error(`willkommen-widgets: the elements' code could not be loaded from ${entry}.`, error);
  return {};
});
