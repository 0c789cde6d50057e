// What the stories share: one render for every element, driven by the custom elements manifest
// (each attribute and CSS custom property in Controls sets the element's own), and the loader set up
// so that every state a visitor can meet is shown without a network: a catalogue that never
// answers, a saved copy from an earlier visit, a pack whose later parts are still on their way.
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { clearCatalogueCache, configureLoader, memoryCopies, parseCatalogue } from '../src/index.js';
import { packCatalogue } from '../src/pack/index.js';
import { declarationOf } from '../.storybook/manifest-docs.js';
import '../src/define.js';

export const CATALOGUE = 'demo/catalogue.json';
/** A host that receives requests and never answers them. */
export const NEVER = 'https://never-answers.example.org/';
/** Where the stories' own packs are served from (by `storyFetch`, never the network). */
const PACKS = 'https://packs.example.org/';

type Args = Record<string, unknown>;

/** Sets exactly the attributes given on the element it is bound to, and removes those it set before. */
class AttributesDirective extends Directive {
  private set = new Set<string>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }
  render(_attributes: Record<string, string | null>) {
    return nothing;
  }
  override update(part: ElementPart, [attributes]: [Record<string, string | null>]) {
    const element = part.element;
    for (const name of this.set) if (attributes[name] == null) element.removeAttribute(name);
    this.set = new Set();
    for (const [name, value] of Object.entries(attributes)) {
      if (value == null) continue;
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      this.set.add(name);
    }
    return noChange;
  }
}
const attributes = directive(AttributesDirective);

/**
 * The element's attributes from the story's args: each attribute of the manifest by its name
 * (`hide-filters`), `lang` only where a story is about one language, and the CSS custom properties
 * (`--wk-accent`) as its inline style. An arg left empty sets nothing, so the element shows its
 * default (and follows the page's language).
 */
export function attributesOf(tag: string, args: Args): Record<string, string | null> {
  const declaration = declarationOf(tag);
  if (!declaration) throw new Error(`${tag} is not in custom-elements.json`);
  const result: Record<string, string | null> = {};
  for (const attribute of declaration.attributes ?? []) {
    const value = args[attribute.name];
    if (attribute.type?.text === 'boolean') result[attribute.name] = value ? '' : null;
    else result[attribute.name] = value === undefined || value === null || value === '' ? null : String(value);
  }
  if (args.lang) result.lang = String(args.lang);
  const style = (declaration.cssProperties ?? [])
    .filter((p) => args[p.name] !== undefined && args[p.name] !== '')
    .map((p) => `${p.name}: ${String(args[p.name])}`)
    .join('; ');
  result.style = style || null;
  return result;
}

/** One element with the story's args (the stories' default render). */
export function element(tag: string, args: Args) {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} ${attributes(attributesOf(tag, args))}></${name}>`;
}

/** The render of a meta whose `component` is the element's tag. */
export const render = (args: Args, context: { component?: unknown }) => element(String(context.component), args);

// ——— the loader ———

/** Copies of catalogues "saved on an earlier visit", in memory (not in the browser's Cache API). */
export const copies = memoryCopies();
/** Files the stories serve themselves, by URL; `null` for a request that is never answered. */
const served = new Map<string, string | null>();

function storyFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = input instanceof Request ? input.url : String(input);
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  const body = served.get(url);
  if (url.startsWith(NEVER) || body === null) {
    return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
  }
  if (body !== undefined) return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  return fetch(input, init);
}
configureLoader({ savedCopies: copies, fetch: storyFetch });

/** The loader's own defaults for what the stories below change. */
const LOADER_DEFAULTS = { slowAfter: 4_000, timeout: 10_000, deadline: 30_000 };
const DAY = 24 * 60 * 60 * 1000;
/** A time some days ago, on the full hour (a saved copy's date). */
const daysAgo = (days: number) => new Date(Math.floor((Date.now() - days * DAY) / 3_600_000) * 3_600_000).toISOString();
const absolute = (src: string) => new URL(src, document.baseURI).href;
const catalogueText = async () => (await fetch(CATALOGUE)).text();

/**
 * Before each story: nothing kept from the story shown before (one download per URL and page is
 * the loader's rule, so a story would otherwise start from the state the last one left). Not on a
 * docs page, where the stories are shown together and share their downloads.
 */
export const fresh = ({ viewMode }: { viewMode: string }) => {
  if (viewMode === 'story') clearCatalogueCache();
};

/** A download that never ends: the loader waits as long as it takes (no timeout turns it into an error). */
export const waitForever = () => {
  // The longest time a timer can wait (about 24 days).
  configureLoader({ timeout: 2 ** 31 - 1, deadline: 2 ** 31 - 1 });
  return () => configureLoader({ timeout: LOADER_DEFAULTS.timeout, deadline: LOADER_DEFAULTS.deadline });
};

/** The same, and the element says the connection is slow after half a second instead of four. */
export const slowConnection = () => {
  const restore = waitForever();
  configureLoader({ slowAfter: 500 });
  return () => {
    restore();
    configureLoader({ slowAfter: LOADER_DEFAULTS.slowAfter });
  };
};

/** A copy of the sample catalogue saved three days ago for `src` (which is gone or never answers). */
export const savedCopyFor = (src: string) => async () => {
  const restore = src.startsWith(NEVER) ? waitForever() : undefined;
  copies.entries.set(absolute(src), { text: await catalogueText(), savedAt: daysAgo(3) });
  return restore;
};

/**
 * The sample catalogue as a pack in parts of 100 offers, of which only the first arrives: the
 * element shows the first 100 and says that the rest is still loading. The pack's index is at
 * `packIndex(name)`.
 */
export const packStillLoading = (name: string) => async () => {
  const restore = waitForever();
  const base = `${PACKS}${name}/`;
  for (const url of [...copies.entries.keys()]) if (url.startsWith(base)) copies.entries.delete(url);
  const pack = await packCatalogue(parseCatalogue(await catalogueText()).catalogue, { listSize: 100, detailsSize: 25 });
  for (const file of pack.files) served.set(`${base}${file.name}`, /^offers-(?!full-)[a-z]+-(?!0\.)\d+\./.test(file.name) ? null : file.text);
  return restore;
};
export const packIndex = (name: string) => `${PACKS}${name}/index.json`;

// ——— a story about one language ———

/** The language a story is about: the element's own `lang`, and the toolbar shows it. */
export const inLanguage = (lang: string, args: Args = {}) => ({ args: { ...args, lang }, globals: { locale: lang } });
