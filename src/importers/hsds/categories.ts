/**
 * Taxonomy terms → catalogue categories, through the mapping in category-map.json and the
 * caller's own map (ImportOptions.categoryMap). A term no category fits becomes a category of its
 * own, named after the term (or the top of its branch), so no offer loses its topic.
 */
import { DEFAULT_CATEGORIES } from '../../catalogue/categories.js';
import type { Category } from '../../catalogue/schema.js';
import { ID, LIMITS } from '../../catalogue/limits.js';
import type { SafeLog } from '../log.js';
import { hash, plainLine, shorten, slug } from '../text.js';
import table from './category-map.json';
import { HSDS_CATEGORY_TAXONOMY } from './export.js';

/** A taxonomy term as HSDS gives it (any version). */
export interface Term {
  id?: string;
  code?: string;
  name?: string;
  /** The taxonomy's name as the data gives it ("AIRS", "Open Eligibility", …). */
  taxonomy?: string;
  parentId?: string;
}

export type TermLookup = (id: string) => Term | undefined;

interface Taxonomy {
  key: string;
  aliases: string[];
  pattern: RegExp;
  codes: Readonly<Record<string, string | null>>;
  labels: Readonly<Record<string, string>>;
  names: Readonly<Record<string, string | null>>;
}

const TAXONOMIES: Taxonomy[] = table.taxonomies.map((t) => ({
  key: t.key,
  aliases: t.aliases,
  pattern: new RegExp(t.codePattern),
  codes: t.codes as unknown as Record<string, string | null>,
  labels: t.labels as unknown as Record<string, string>,
  names: t.names as unknown as Record<string, string | null>,
}));
const GENERAL: Readonly<Record<string, string | null>> = table.general;
// The names of the mapping file's labels are English (the official AIRS and Open Eligibility
// names): a category named from one is English, whatever the language of the data.
const ENGLISH_LABELS = new Set(TAXONOMIES.flatMap((t) => Object.values(t.labels)));
const DEFAULT_IDS = new Set(DEFAULT_CATEGORIES.map((c) => c.id));
const MAX_OWN = LIMITS.categories - DEFAULT_CATEGORIES.length;
const MAX_DEPTH = 12;

type Found = { category: string } | { own: { name: string } };

function has<T>(map: Readonly<Record<string, T>>, key: string | undefined): key is string {
  return key !== undefined && key !== '' && Object.hasOwn(map, key);
}

/** The code and the codes above it: "BD-1800.2000" → BD-1800.2000, BD-1800, BD, B; "101-02-01" → …, 101. */
function prefixes(code: string): string[] {
  const out = [code];
  let c = code;
  for (;;) {
    const k = Math.max(c.lastIndexOf('.'), c.lastIndexOf('-'));
    if (k <= 0) break;
    c = c.slice(0, k);
    out.push(c);
  }
  if (/^[A-Z]{2}$/.test(c)) out.push(c[0]);
  return out;
}

function normal(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function taxonomyNamed(name: string | undefined): Taxonomy | null | undefined {
  if (!name) return undefined;
  const n = normal(name);
  if (!n) return undefined;
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  return TAXONOMIES.find((t) => t.aliases.some((a) => words.includes(a) || (a.length > 4 && n.includes(a)))) ?? null;
}

export class CategoryMapper {
  private readonly user = new Map<string, string>();
  /** The importer's own categories: id → name. */
  private readonly own = new Map<string, string>();
  private readonly ownByName = new Map<string, string>();
  private readonly cache = new Map<string, { category?: string; own?: string; label: string }>();

  constructor(
    userMap: Readonly<Record<string, string>> | undefined,
    private readonly log: SafeLog,
  ) {
    for (const [key, value] of Object.entries(userMap ?? {})) {
      if (typeof value !== 'string') continue;
      const v = value.trim();
      if (v !== '' && (!ID.test(v) || v.length > LIMITS.id)) {
        log.unmapped('category map', `${key} → ${v}`, 'not a category id (letters, digits and . _ : - only); this entry is not used');
        continue;
      }
      this.user.set(key, v);
      if (!this.user.has(key.toLowerCase())) this.user.set(key.toLowerCase(), v);
    }
  }

  private fromUser(node: Term): Found | undefined {
    for (const key of [node.id, node.code, node.name, node.name?.toLowerCase()]) {
      if (!key || !this.user.has(key)) continue;
      const value = this.user.get(key) as string;
      return value === '' ? { own: { name: node.name ?? key } } : { category: value };
    }
    return undefined;
  }

  private fromTables(node: Term, tables: Taxonomy[], ownBranch: { name?: string }): Found | undefined {
    for (const t of tables) {
      for (const raw of [node.code, node.id]) {
        const code = raw?.trim();
        if (!code || !t.pattern.test(code.toUpperCase())) continue;
        for (const p of prefixes(code.toUpperCase())) {
          if (has(t.labels, p)) ownBranch.name = t.labels[p];
          if (has(t.codes, p)) {
            const value = t.codes[p];
            return value ? { category: value } : { own: { name: t.labels[p] ?? (p === code.toUpperCase() ? node.name : undefined) ?? node.name ?? p } };
          }
        }
      }
    }
    const name = node.name?.trim().toLowerCase();
    for (const names of [...tables.map((t) => t.names), GENERAL]) {
      if (has(names, name)) {
        const value = names[name];
        return value ? { category: value } : { own: { name: node.name as string } };
      }
    }
    return undefined;
  }

  private resolve(term: Term, lookup: TermLookup): Found {
    const seen = new Set<string>();
    let node: Term | undefined = term;
    let top: Term = term;
    const branch: { name?: string } = {};
    for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
      const user = this.fromUser(node);
      if (user) return user;
      // A term of the kit's own export: its code is the category id.
      const code = node.code?.trim();
      if (node.taxonomy === HSDS_CATEGORY_TAXONOMY && code && ID.test(code) && code.length <= LIMITS.id) return { category: code };
      const named = taxonomyNamed(node.taxonomy ?? term.taxonomy);
      const tables = named ? [named] : named === null ? [] : TAXONOMIES;
      // A taxonomy the mapping does not know: its codes mean nothing here, but names still do.
      const found = this.fromTables(node, tables, depth === 0 ? branch : {});
      if (found) return found;
      if (named === null) {
        const name = node.name?.trim().toLowerCase();
        for (const names of TAXONOMIES.map((t) => t.names)) {
          if (has(names, name)) {
            const value = names[name];
            return value ? { category: value } : { own: { name: node.name as string } };
          }
        }
      }
      top = node;
      if (node.id) seen.add(node.id);
      const parent: string | undefined = node.parentId;
      node = parent && !seen.has(parent) ? lookup(parent) : undefined;
    }
    return { own: { name: (top === term ? branch.name : undefined) ?? top.name ?? term.name ?? term.code ?? term.id ?? 'Other' } };
  }

  private ownCategory(name: string): string | undefined {
    const clean = shorten(plainLine(name), LIMITS.name) || 'Other';
    const known = this.ownByName.get(clean.toLowerCase());
    if (known) return known;
    if (this.own.size >= MAX_OWN) return undefined;
    let id = slug(clean) || `topic-${hash(clean, 36)}`;
    if (DEFAULT_IDS.has(id)) id = `${id}-topic`;
    while (this.own.has(id)) id = `${id.slice(0, 90)}-${hash(clean + id, 36)}`;
    this.own.set(id, clean);
    this.ownByName.set(clean.toLowerCase(), id);
    return id;
  }

  /** Makes sure a category the user map names exists. */
  private category(id: string, name: string | undefined): string | undefined {
    if (DEFAULT_IDS.has(id) || this.own.has(id)) return id;
    if (this.own.size >= MAX_OWN) return undefined;
    const clean = shorten(plainLine(name ?? id), LIMITS.name) || id;
    this.own.set(id, clean);
    if (!this.ownByName.has(clean.toLowerCase())) this.ownByName.set(clean.toLowerCase(), id);
    return id;
  }

  /** The category of one term (undefined when the catalogue has no room for another category); logs terms that no category fits. */
  categoryOf(term: Term, lookup: TermLookup, at: string): string | undefined {
    const key = `${term.taxonomy ?? ''}\u0000${term.id ?? ''}\u0000${term.code ?? ''}\u0000${term.name ?? ''}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const found = this.resolve(term, lookup);
      const label = plainLine([term.name, term.code && term.code !== term.name ? `(${term.code})` : ''].filter(Boolean).join(' ')) || term.id || '?';
      hit = 'category' in found
        ? { category: this.category(found.category, term.name), label }
        : { own: this.ownCategory(found.own.name), label };
      this.cache.set(key, hit);
    }
    if (hit.category) return hit.category;
    if (hit.own) {
      this.log.unmapped('taxonomy term', hit.label, `no catalogue category fits; it is in the category "${this.own.get(hit.own)}"`, at);
      return hit.own;
    }
    this.log.unmapped('taxonomy term', hit.label, `no catalogue category fits, and the catalogue already has ${LIMITS.categories} categories; left out`, at);
    return undefined;
  }

  /** The categories for the document: undefined when the importer made none (the defaults apply). */
  documentCategories(): Category[] | undefined {
    if (this.own.size === 0) return undefined;
    return [
      ...DEFAULT_CATEGORIES.map((c) => ({ ...c })),
      ...[...this.own].map(([id, name]) => ({ id, name: ENGLISH_LABELS.has(name) ? { en: name } : name })),
    ];
  }
}
