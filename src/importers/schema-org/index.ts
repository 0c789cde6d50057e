/**
 * schema.org JSON-LD → catalogue: Event (with eventSchedule), JobPosting, and Organization,
 * LocalBusiness, GovernmentOffice, NGO, Service… from JSON-LD files or the
 * `<script type="application/ld+json">` blocks of web pages (a file, a folder, a zip or an address).
 * Read as plain JSON: no remote context is fetched, nothing is executed.
 */
import { isTimeZone } from '../../catalogue/local-time.js';
import { FORMAT, FORMAT_VERSION, LIMITS } from '../../catalogue/schema.js';
import { ImportLog } from '../log.js';
import { hash, idPart, plainText, shorten } from '../text.js';
import type { ImportOptions, ImportResult, ImportSource, Importer } from '../types.js';
import { mapEvent, type MapResult, type Mapped } from './event.js';
import { Ctx } from './fields.js';
import { Graph, safeLanguageCode, type Kind, type Node } from './graph.js';
import { scanPage } from './html.js';
import { mapJob } from './job.js';
import { parseJsonLenient } from './json.js';
import { mapOffer } from './offer.js';

const DEFAULT_ZONE = 'Europe/Berlin';
const READABLE = /\.(?:json|jsonld|json-ld|html?|xhtml)$/i;
const HTML_NAME = /\.(?:html?|xhtml)$/i;
/** Types so general that an organisation named only as publisher or author is the site's owner, not an offer. */
const GENERIC_ORGANIZATIONS = new Set(['Organization', 'Corporation', 'GovernmentOrganization', 'Consortium']);
const EXPAND_DEPTH = 6;


/** Unique record ids made from source ids, links or names. */
class Ids {
  private readonly used = new Map<string, string>();

  /** The id for a record, or `undefined` when the very same record was made before. */
  make(basis: string, record: Record<string, unknown>): string | undefined {
    const clean = idPart(basis.replace(/^https?:\/\//i, '').replace(/\|/g, '-'));
    let id = `schema-${clean || hash(basis)}`;
    if (id.length > LIMITS.id) id = `${id.slice(0, LIMITS.id - 9).replace(/[^A-Za-z0-9]+$/, '')}-${hash(basis)}`;
    const signature = JSON.stringify(record);
    const first = this.used.get(id);
    if (first === undefined) {
      this.used.set(id, signature);
      return id;
    }
    if (first === signature) return undefined;
    for (let n = 2; ; n++) {
      const suffix = `-${n}`;
      const candidate = `${id.slice(0, LIMITS.id - suffix.length)}${suffix}`;
      const known = this.used.get(candidate);
      if (known === signature) return undefined;
      if (known === undefined) {
        this.used.set(candidate, signature);
        return candidate;
      }
    }
  }
}

interface Work {
  node: Node;
  kind: 'event' | 'job' | 'offer' | 'service';
  at: string;
  course?: Node;
}

/** Reads every document of the source into the graph. */
async function readSource(source: ImportSource, graph: Graph, log: ImportLog, ctxLog: (field: string, value: string, reason: string, at?: string) => void, options: ImportOptions): Promise<void> {
  const readText = (text: string, name: string, base: string | undefined, html: boolean) => {
    if (html) {
      const page = scanPage(text);
      if (page.microdata) ctxLog('page', 'microdata or RDFa', 'only JSON-LD blocks are read', name);
      if (page.blocks.length === 0) {
        log.skip(name, 'the page has no JSON-LD block (<script type="application/ld+json">)');
        return;
      }
      for (const block of page.blocks) {
        const label = `${name} block ${block.index} (line ${block.line})`;
        if (!block.text.trim()) {
          log.skip(label, 'the JSON-LD block is empty');
          continue;
        }
        const parsed = parseJsonLenient(block.text);
        if (!parsed.ok) {
          log.skip(label, `the JSON-LD block is not valid JSON (${parsed.error}); it is skipped`);
          continue;
        }
        if (parsed.repaired) ctxLog('JSON', 'repaired block', `${parsed.repaired} repaired`, label);
        graph.addDocument(parsed.value, { label: `${name} block ${block.index}`, file: name, base });
      }
      return;
    }
    const parsed = parseJsonLenient(text);
    if (!parsed.ok) {
      log.skip(name, `not valid JSON (${parsed.error}); the file is skipped`);
      return;
    }
    if (parsed.repaired) ctxLog('JSON', 'repaired file', `${parsed.repaired} repaired`, name);
    graph.addDocument(parsed.value, { label: name, file: name, base });
  };

  if (source.kind === 'url') {
    const fetched = await source.fetch(source.label);
    if (fetched.status >= 400) throw new Error(`the server answered ${fetched.status}`);
    const isJson = /json/i.test(fetched.contentType);
    const html = /html/i.test(fetched.contentType) || (!isJson && /^\s*</.test(fetched.text));
    if (!html && !isJson && !/^\s*[[{]/.test(fetched.text)) {
      throw new Error(`the address returned neither a web page nor JSON (${fetched.contentType || 'no content type'})`);
    }
    const base = /^https?:\/\//i.test(fetched.url) ? fetched.url : source.label;
    options.onProgress?.(`read ${base}`);
    readText(fetched.text, base, base, html);
    return;
  }

  const names = source.kind === 'file' ? [...source.files] : [...source.files].sort((a, b) => a.localeCompare(b));
  for (const name of names) {
    if (source.kind !== 'file' && !READABLE.test(name)) {
      const ext = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0].toLowerCase() ?? '(no extension)';
      ctxLog('file', ext, 'not JSON-LD or HTML; not read', name);
      continue;
    }
    const text = await source.text(name);
    if (text === undefined) {
      log.skip(name, 'the file cannot be read');
      continue;
    }
    options.onProgress?.(`read ${name}`);
    const html = source.kind === 'file' ? /^\s*</.test(text) : HTML_NAME.test(name) || /^\s*</.test(text);
    readText(text, name, undefined, html);
  }
}

export const importSchemaOrg: Importer = async (source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> => {
  const log = new ImportLog();
  const graph = new Graph();
  let zone = DEFAULT_ZONE;
  const early: [string, string, string, string?][] = [];
  if (options.timeZone !== undefined) {
    if (options.timeZone.length <= 64 && isTimeZone(options.timeZone)) zone = options.timeZone;
    else early.push(['time zone', options.timeZone.slice(0, 64), `not an IANA time zone; ${DEFAULT_ZONE} is used`]);
  }
  const defaultLanguage = (options.defaultLanguage && safeLanguageCode(options.defaultLanguage)) || 'de';
  const categoryMap = options.categoryMap
    ? new Map(Object.keys(options.categoryMap).filter((k) => Object.hasOwn(options.categoryMap!, k)).map((k) => [k.trim().toLowerCase(), String(options.categoryMap![k]).trim()]))
    : undefined;
  const ctx = new Ctx(graph, log, { zone, defaultLanguage, categoryMap });
  for (const [field, value, reason, at] of early) ctx.unmapped(field, value, reason, at);

  await readSource(source, graph, log, (field, value, reason, at) => ctx.unmapped(field, value, reason, at), options);
  if (graph.tooDeep > 0) ctx.unmapped('JSON', 'objects nested too deep', `${graph.tooDeep} objects deeper than 40 levels are not read`);

  // Find the records: roots, the items of lists, the main entities of pages, the instances of courses.
  let read = 0;
  const work: Work[] = [];
  const seen = new Set<string>();
  const seenObjects = new WeakSet<object>();
  const expand = (node: Node, at: string, depth: number) => {
    if (node.key) {
      if (seen.has(node.key)) return;
      seen.add(node.key);
    } else {
      if (seenObjects.has(node)) return;
      seenObjects.add(node);
    }
    const kind: Kind | undefined = node.kind;
    if (kind === 'list' || kind === 'container') {
      if (depth >= EXPAND_DEPTH) return;
      if (kind === 'container') ctx.unmapped('type', node.types[0], 'a page, not a record; only its main entity is read', at);
      const items = kind === 'list' ? graph.nodes(node, 'itemListElement', 200_000) : graph.nodes(node, 'mainEntity', 100);
      items.forEach((item, i) => {
        const inner = item.types.includes('ListItem') ? (graph.firstNode(item, 'item') ?? item) : item;
        expand(inner, `${at}.${kind === 'list' ? 'itemListElement' : 'mainEntity'}[${i}]`, depth + 1);
      });
      return;
    }
    if (node.types.length === 0) {
      if (!node.key || !graph.referenced.has(node.key)) ctx.unmapped('type', '(no @type)', 'an object without @type is not read', at);
      return;
    }
    read++;
    if (kind === 'course') {
      const instances = graph.nodes(node, 'hasCourseInstance', 200);
      if (instances.length === 0) {
        ctx.unmapped('type', 'Course', 'a course without dates (hasCourseInstance) has no place in the catalogue', at);
        return;
      }
      ctx.reportProperties(node, 'Course', at);
      instances.forEach((instance, i) => work.push({ node: instance, kind: 'event', at: `${at}.hasCourseInstance[${i}]`, course: node }));
      return;
    }
    if (kind === undefined) {
      if (node.key && graph.referenced.has(node.key)) return; // used by another record (a place, a person…)
      const type = node.types[0];
      ctx.unmapped('type', /^[A-Za-z][\w:./#-]{0,80}$/.test(type) ? type : '(unusual type name)', 'no place in the catalogue (events, jobs and organisations are read)', at);
      return;
    }
    // Named in a list or as a page's main entity, an organisation is listed on purpose.
    if (kind === 'offer' && node.key && depth === 0) {
      const generic = node.types.every((t) => GENERIC_ORGANIZATIONS.has(t));
      const servesVisitors = ['openingHoursSpecification', 'openingHours', 'knowsLanguage', 'availableLanguage'].some((p) => node.has(p));
      if ((graph.roleReferenced.has(node.key) && generic) || (graph.employerReferenced.has(node.key) && !servesVisitors)) {
        ctx.unmapped('type', node.types[0], 'named as the employer, publisher or author of other records; not listed as an offer', at);
        return;
      }
    }
    work.push({ node, kind, at });
  };
  for (const root of graph.roots) {
    try {
      expand(graph.node(root.raw, root.doc), `${root.doc.label} ${root.at}`, 0);
    } catch (error) {
      log.skip(`${root.doc.label} ${root.at}`, `could not be read (${(error as Error).message})`);
    }
  }

  // Offers first, so that events can name the offer that hosts them.
  const offers: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const jobs: Record<string, unknown>[] = [];
  const offerIds = new Map<string, string>();
  const ids = { offer: new Ids(), event: new Ids(), job: new Ids() };
  const order = { offer: 0, service: 0, event: 1, job: 2 } as const;
  work.sort((a, b) => order[a.kind] - order[b.kind]);
  for (const item of work) {
    const { node, at } = item;
    const list = item.kind === 'event' ? events : item.kind === 'job' ? jobs : offers;
    const noun = item.kind === 'event' ? 'event' : item.kind === 'job' ? 'job' : 'offer';
    const max = item.kind === 'event' ? LIMITS.events : item.kind === 'job' ? LIMITS.jobs : LIMITS.offers;
    if (list.length >= max) {
      log.skip(at, `the catalogue holds at most ${max.toLocaleString('en')} ${noun}s; this one is left out`);
      continue;
    }
    let result: MapResult;
    try {
      if (item.kind === 'event') result = mapEvent(ctx, node, at, offerIds, item.course);
      else if (item.kind === 'job') result = mapJob(ctx, node, at);
      else result = mapOffer(ctx, node, at, item.kind === 'service');
    } catch (error) {
      log.skip(at, `could not be read (${(error as Error).message})`);
      continue;
    }
    if (!result.ok) {
      log.skip(at, `${noun} left out: ${result.reason}`);
      continue;
    }
    ctx.reportProperties(node, item.kind === 'event' ? 'Event' : item.kind === 'job' ? 'JobPosting' : item.kind === 'service' ? 'Service' : 'Organization', at);
    for (const { record, idBasis } of result.records as Mapped[]) {
      if (list.length >= max) {
        log.skip(at, `the catalogue holds at most ${max.toLocaleString('en')} ${noun}s; this one is left out`);
        break;
      }
      const id = ids[noun].make(idBasis, record);
      if (id === undefined) {
        ctx.unmapped('duplicate', noun, 'the same record appears more than once; it is kept once', at);
        continue;
      }
      list.push({ id, ...record });
      if (noun === 'offer' && node.key && !offerIds.has(node.key)) offerIds.set(node.key, id);
    }
  }
  if (ctx.linksRemoved > 0) options.onProgress?.(`${ctx.linksRemoved} unsafe or unreadable links removed`);

  const document: Record<string, unknown> = { format: FORMAT, version: FORMAT_VERSION };
  const title = options.title ? plainText(options.title, { readLimit: 2_000 }) : '';
  if (title) document.title = shorten(title, LIMITS.title);
  if (options.publisher) {
    const name = shorten(plainText(options.publisher.name ?? '', { readLimit: 2_000 }), LIMITS.name);
    const url = options.publisher.url ? ctx.webUrl(options.publisher.url, undefined, 'publisher') : undefined;
    if (name) document.publisher = url ? { name, url } : { name };
  }
  document.defaultLanguage = defaultLanguage;
  document.timeZone = zone;
  document.offers = offers;
  document.events = events;
  document.jobs = jobs;
  return { document, read, unmapped: log.unmappedList(), skipped: log.skipped };
};
