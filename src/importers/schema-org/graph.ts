/**
 * JSON-LD read as plain JSON, the way schema.org publishers write it: `@graph`, arrays, nested
 * objects, `@id` references within the input, prefixed types and property names
 * ("schema:Event", "http://schema.org/name"), value objects and language-tagged values. No remote
 * context is fetched. Every walk is iterative or depth-limited, so nesting cannot overflow the stack.
 */
import { LANGUAGE_TAG } from '../../catalogue/limits.js';
import { languageCode } from '../../catalogue/languages.js';
import typeTable from './data/types.json';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SCHEMA_IRI = /^https?:\/\/schema\.org\/?$/i;
const SCHEMA_PREFIX = /^https?:\/\/schema\.org\//i;
/** How deep the index looks for nodes with an `@id`; deeper ones cannot be referenced. */
const INDEX_DEPTH = 40;
/** How deep lists and pages are followed to find the records. */
const ROOT_DEPTH = 6;

export type Kind = 'event' | 'job' | 'service' | 'offer' | 'course' | 'list' | 'container';

const KIND_OF = new Map<string, Kind>();
for (const kind of ['container', 'list', 'course', 'offer', 'service', 'job', 'event'] as const) {
  for (const type of typeTable[kind]) KIND_OF.set(type, kind);
}
const ROLE_PROPERTIES = new Set<string>(typeTable.roleProperties);
const KIND_ORDER: Kind[] = ['event', 'job', 'service', 'offer', 'course', 'list', 'container'];

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A code that is really a language tag (the name tables are plain objects; never trust a hit blindly). */
export function safeLanguageCode(value: string): string | undefined {
  if (value.length > 100) return undefined;
  const code = languageCode(value);
  return typeof code === 'string' && code.length <= 35 && LANGUAGE_TAG.test(code) ? code : undefined;
}

/** One JSON-LD document: a JSON file, or one block of a page. */
export interface Doc {
  /** For messages: "veranstaltungen.html block 2". */
  label: string;
  /** The file or address the document came from; relative `@id`s are local to it. */
  file: string;
  /** Absolute address of the page, for relative links and ids. */
  base?: string;
  /** The `@language` of the document's context, if any. */
  language?: string;
  /** Prefixes that stand for schema.org ("schema", "sdo", and any the context declares). */
  prefixes: Set<string>;
}

/** A value together with the document it was written in (keys and languages depend on it). */
export interface Val {
  v: unknown;
  doc: Doc;
}

/** A record-like object of the input, merged over every definition with the same `@id`. */
export class Node {
  readonly props = new Map<string, Val>();
  readonly types: string[] = [];
  constructor(
    readonly doc: Doc,
    /** The `@id` as a key unique across the input ("https://…", or "file|#local"). */
    readonly key: string | undefined,
    /** The `@id` as written. */
    readonly id: string | undefined,
  ) {}

  add(raw: Record<string, unknown>, doc: Doc): void {
    for (const key of Object.keys(raw)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const name = propertyName(key, doc);
      if (name === '@type') {
        for (const t of flat(raw[key])) {
          if (typeof t === 'string') {
            const type = typeName(t, doc);
            if (type && !this.types.includes(type) && this.types.length < 20) this.types.push(type);
          }
        }
        continue;
      }
      if (!this.props.has(name) && raw[key] !== null && raw[key] !== undefined) this.props.set(name, { v: raw[key], doc });
    }
  }

  has(name: string): boolean {
    return this.props.has(name);
  }

  get kind(): Kind | undefined {
    let best: Kind | undefined;
    for (const t of this.types) {
      const k = KIND_OF.get(t);
      if (k && (best === undefined || KIND_ORDER.indexOf(k) < KIND_ORDER.indexOf(best))) best = k;
    }
    return best;
  }
}

function flat(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** A property name without a schema.org prefix. */
export function propertyName(key: string, doc: Doc): string {
  if (key.startsWith('@')) return key;
  if (SCHEMA_PREFIX.test(key)) return key.replace(SCHEMA_PREFIX, '');
  const colon = key.indexOf(':');
  if (colon > 0 && doc.prefixes.has(key.slice(0, colon).toLowerCase())) return key.slice(colon + 1);
  return key;
}

/** A type name without a schema.org prefix ("schema:Event", "https://schema.org/Event" → "Event"). */
export function typeName(value: string, doc: Doc): string | undefined {
  const s = value.trim();
  if (!s || s.length > 200) return undefined;
  return propertyName(s, doc);
}

/** Reads `@context` for schema.org prefixes and a default language. */
function readContext(context: unknown, doc: Doc): void {
  for (const item of flat(context).slice(0, 20)) {
    if (!isObject(item)) continue;
    for (const key of Object.keys(item)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const value = item[key];
      if (key === '@language' && typeof value === 'string') {
        const code = safeLanguageCode(value);
        if (code) doc.language = code;
      } else if (!key.startsWith('@') && typeof value === 'string' && SCHEMA_IRI.test(value)) {
        doc.prefixes.add(key.toLowerCase());
      }
    }
  }
}

/** The first occurrence of a property on an object, with the schema.org prefix or without. */
function rawProperty(raw: Record<string, unknown>, name: string, doc: Doc): unknown {
  if (Object.hasOwn(raw, name)) return raw[name];
  for (const key of Object.keys(raw)) if (!FORBIDDEN_KEYS.has(key) && propertyName(key, doc) === name) return raw[key];
  return undefined;
}

/** A root of the input: an object that may be a record. */
export interface Root {
  raw: Record<string, unknown>;
  doc: Doc;
  at: string;
}

/** Every JSON-LD document of an import, with an index of the nodes by `@id`. */
export class Graph {
  private readonly definitions = new Map<string, { raw: Record<string, unknown>; doc: Doc }[]>();
  private readonly merged = new Map<string, Node>();
  private readonly anonymous = new WeakMap<object, Node>();
  /** Ids referenced from another node, and those referenced as publisher, employer, author… */
  readonly referenced = new Set<string>();
  readonly roleReferenced = new Set<string>();
  readonly employerReferenced = new Set<string>();
  readonly roots: Root[] = [];
  /** Objects deeper than the index looks. */
  tooDeep = 0;

  /** Makes a document from a parsed JSON value and indexes it. */
  addDocument(value: unknown, info: { label: string; file: string; base?: string }): void {
    const doc: Doc = { ...info, prefixes: new Set(['schema', 'sdo']) };
    if (isObject(value)) readContext(value['@context'], doc);
    else if (Array.isArray(value)) {
      for (const item of value.slice(0, 1000)) if (isObject(item) && item['@context'] !== undefined) readContext(item['@context'], doc);
    }
    this.index(value, doc);
    this.collectRoots(value, doc);
  }

  /** The key of an `@id` across the input: absolute ids as written, others local to their file. */
  idKey(id: string, doc: Doc): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(id) && !id.startsWith('_:')) return id;
    if (doc.base && !id.startsWith('_:')) {
      try {
        return new URL(id, doc.base).href;
      } catch {
        // fall through: local to the file
      }
    }
    return `${doc.file}|${id}`;
  }

  private index(value: unknown, doc: Doc): void {
    const stack: [unknown, number, string | undefined][] = [[value, 0, undefined]];
    while (stack.length) {
      const [item, depth, via] = stack.pop()!;
      if (typeof item !== 'object' || item === null) continue;
      if (depth > INDEX_DEPTH) {
        this.tooDeep++;
        continue;
      }
      if (Array.isArray(item)) {
        for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], depth + 1, via]);
        continue;
      }
      const raw = item as Record<string, unknown>;
      if (raw['@value'] !== undefined) continue;
      const id = raw['@id'];
      if (typeof id === 'string' && id.length <= 2000) {
        const key = this.idKey(id, doc);
        const keys = Object.keys(raw).filter((k) => k !== '@id' && k !== '@context');
        if (keys.length > 0 && !(keys.length === 1 && propertyName(keys[0], doc) === '@type' && depth > 0 && via !== undefined)) {
          let list = this.definitions.get(key);
          if (!list) this.definitions.set(key, (list = []));
          if (list.length < 50) list.push({ raw, doc });
        }
        if (via !== undefined) {
          this.referenced.add(key);
          if (ROLE_PROPERTIES.has(via)) this.roleReferenced.add(key);
          if (via === 'hiringOrganization') this.employerReferenced.add(key);
        }
      }
      const keys = Object.keys(raw);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        if (FORBIDDEN_KEYS.has(key) || key === '@context') continue;
        const name = propertyName(key, doc);
        stack.push([raw[key], depth + 1, name === '@graph' ? undefined : name.startsWith('@') ? via : name]);
      }
    }
  }

  private collectRoots(value: unknown, doc: Doc): void {
    const stack: [unknown, string, number][] = [[value, '$', 0]];
    const found: Root[] = [];
    while (stack.length) {
      const [item, at, depth] = stack.pop()!;
      if (depth > ROOT_DEPTH) continue;
      if (Array.isArray(item)) {
        for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], `${at}[${i}]`, depth + 1]);
        continue;
      }
      if (!isObject(item)) continue;
      const graph = rawProperty(item, '@graph', doc);
      if (graph !== undefined) {
        stack.push([graph, `${at}["@graph"]`, depth + 1]);
        const other = Object.keys(item).some((k) => !['@context', '@graph', '@id'].includes(k));
        if (!other) continue;
      }
      found.push({ raw: item, doc, at });
    }
    for (const root of found) this.roots.push(root);
  }

  /** The node for an object of the input (merged with every other definition of its `@id`). */
  node(raw: Record<string, unknown>, doc: Doc): Node {
    const id = raw['@id'];
    if (typeof id === 'string' && id.length <= 2000) {
      const key = this.idKey(id, doc);
      let node = this.merged.get(key);
      if (!node) {
        node = new Node(doc, key, id);
        node.add(raw, doc);
        for (const def of this.definitions.get(key) ?? []) if (def.raw !== raw) node.add(def.raw, def.doc);
        this.merged.set(key, node);
      }
      return node;
    }
    let node = this.anonymous.get(raw);
    if (!node) {
      node = new Node(doc, undefined, undefined);
      node.add(raw, doc);
      this.anonymous.set(raw, node);
    }
    return node;
  }

  /** Values of a property: arrays, `@list` and `@set` flattened; nulls left out. */
  values(node: Node | undefined, name: string, max = 1000): Val[] {
    const prop = node?.props.get(name);
    if (!prop) return [];
    const out: Val[] = [];
    for (const item of flat(prop.v)) {
      if (out.length >= max) break;
      if (item === null || item === undefined) continue;
      if (isObject(item) && (item['@list'] !== undefined || item['@set'] !== undefined)) {
        for (const inner of flat(item['@list'] ?? item['@set'])) {
          if (inner !== null && inner !== undefined && out.length < max) out.push({ v: inner, doc: prop.doc });
        }
      } else out.push({ v: item, doc: prop.doc });
    }
    return out;
  }

  /** The node a value stands for: an object, or a reference `{ "@id": … }` resolved. */
  asNode(val: Val): Node | undefined {
    if (!isObject(val.v) || val.v['@value'] !== undefined) return undefined;
    return this.node(val.v, val.doc);
  }

  nodes(node: Node | undefined, name: string, max = 1000): Node[] {
    const out: Node[] = [];
    for (const val of this.values(node, name, max)) {
      const n = this.asNode(val);
      if (n) out.push(n);
    }
    return out;
  }

  firstNode(node: Node | undefined, name: string): Node | undefined {
    return this.nodes(node, name, 20)[0];
  }

  /** A scalar value (string, number, boolean), from a value object too. */
  scalar(val: Val): string | number | boolean | undefined {
    let v = val.v;
    if (isObject(v)) v = v['@value'];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
  }

  /** Texts of a property with their language (`@language`, else the document's). */
  texts(node: Node | undefined, name: string, max = 40): { text: string; lang?: string }[] {
    const out: { text: string; lang?: string }[] = [];
    for (const val of this.values(node, name, max)) {
      const s = this.scalar(val);
      if (typeof s !== 'string' && typeof s !== 'number') continue;
      const tag = isObject(val.v) && typeof val.v['@language'] === 'string' ? val.v['@language'] : undefined;
      out.push({ text: String(s), lang: tag ?? val.doc.language });
    }
    // A language map written as an object ("name": { "de": "…", "en": "…" }) as some tools do.
    for (const val of this.values(node, name, 5)) {
      if (!isObject(val.v) || val.v['@value'] !== undefined || val.v['@id'] !== undefined || val.v['@type'] !== undefined) continue;
      for (const key of Object.keys(val.v).slice(0, 40)) {
        const s = val.v[key];
        if (!FORBIDDEN_KEYS.has(key) && typeof s === 'string' && LANGUAGE_TAG.test(key.replace(/_/g, '-'))) out.push({ text: s, lang: key });
      }
    }
    return out;
  }

  /** The first text of a property (without regard to language). */
  text(node: Node | undefined, name: string): string | undefined {
    for (const val of this.values(node, name, 40)) {
      const s = this.scalar(val);
      if (typeof s === 'string' && s.trim()) return s;
      if (typeof s === 'number' && Number.isFinite(s)) return String(s);
    }
    return undefined;
  }

  /** Link-like values: strings, or objects with an `@id` or a `url`. */
  links(node: Node | undefined, name: string, max = 20): string[] {
    const out: string[] = [];
    for (const val of this.values(node, name, max)) {
      const s = this.scalar(val);
      if (typeof s === 'string') out.push(s);
      else if (isObject(val.v)) {
        if (typeof val.v['@id'] === 'string' && Object.keys(val.v).length === 1) out.push(val.v['@id']);
        else {
          const n = this.asNode(val);
          const url = n && this.text(n, 'url');
          if (url) out.push(url);
        }
      }
    }
    return out;
  }

  /** The type names a value has when written as a string or a reference (enumerations: "https://schema.org/EventCancelled"). */
  enumeration(val: Val): string | undefined {
    const s = this.scalar(val) ?? (isObject(val.v) && typeof val.v['@id'] === 'string' ? val.v['@id'] : undefined);
    if (typeof s !== 'string') return undefined;
    const name = typeName(s, val.doc);
    return name?.replace(/^.*[/#]/, '');
  }
}
