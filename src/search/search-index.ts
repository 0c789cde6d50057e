/**
 * The full-text index of the offers: every language of title, summary, description, organisation,
 * place and category names. Forgives typos (edit distance 1, 2 from eight letters), finds
 * prefixes ("deutschk") and parts of compound words ("kurs" in "Sprachkurs"), and ranks matches in
 * the visitor's language first.
 *
 * Written for this kit rather than taken from a library: with the catalogue's many languages per
 * offer, MiniSearch and FlexSearch need 1.8–2 s to index 10,000 offers, over this kit's 300 ms
 * budget, and neither handles Arabic words that carry an article or preposition. `npm run bench`
 * measures build and query times.
 */
import { foldGermanDigraphs, stripArabicPrefix, tokens } from './normalize.js';

/** One searchable text of a record. `lang` is undefined for language-neutral text (names, places). */
export interface SearchField {
  text: string;
  weight: number;
  lang?: string;
}

export interface SearchHit {
  index: number;
  score: number;
}

const EXACT = 1;
const PREFIX = 0.85;
const INFIX = 0.6;
const FUZZY = 0.5;
const VISITOR_LANGUAGE_BOOST = 1.6;
const MAX_TERM_MATCHES = 4_000;

interface Postings {
  docs: number[];
  weights: number[];
  langs: number[];
}

/** Bounded Damerau–Levenshtein distance; returns max + 1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[n];
}

export class SearchIndex {
  readonly size: number;
  private readonly terms: string[];
  private readonly postings: Postings[];
  private readonly languageIds = new Map<string, number>();

  /** Builds the index; `fields(i)` gives the texts of record i. */
  constructor(size: number, fields: (index: number) => SearchField[]) {
    this.size = size;
    const byTerm = new Map<string, Postings>();
    const add = (term: string, doc: number, weight: number, lang: number) => {
      let p = byTerm.get(term);
      if (!p) {
        p = { docs: [], weights: [], langs: [] };
        byTerm.set(term, p);
      }
      const last = p.docs.length - 1;
      if (last >= 0 && p.docs[last] === doc && p.langs[last] === lang) {
        if (weight > p.weights[last]) p.weights[last] = weight;
        return;
      }
      p.docs.push(doc);
      p.weights.push(weight);
      p.langs.push(lang);
    };
    for (let doc = 0; doc < size; doc++) {
      for (const field of fields(doc)) {
        const lang = field.lang ? this.languageId(field.lang) : 0;
        for (const token of tokens(field.text)) {
          add(token, doc, field.weight, lang);
          const stripped = stripArabicPrefix(token);
          if (stripped) add(stripped, doc, field.weight, lang);
        }
      }
    }
    this.terms = [...byTerm.keys()].sort();
    this.postings = this.terms.map((t) => byTerm.get(t) as Postings);
  }

  /** Number of distinct terms (for the bench). */
  get vocabulary(): number {
    return this.terms.length;
  }

  private languageId(tag: string): number {
    const base = tag.toLowerCase().split('-')[0];
    let id = this.languageIds.get(base);
    if (id === undefined) {
      id = this.languageIds.size + 1;
      this.languageIds.set(base, id);
    }
    return id;
  }

  /** First index in the sorted terms that is >= key. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The terms a query word matches, with the quality of each match. */
  private match(word: string): Map<number, number> {
    const found = new Map<number, number>();
    const note = (term: number, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    // Exact and prefix: one range of the sorted terms.
    for (let i = this.lowerBound(word); i < this.terms.length && found.size < MAX_TERM_MATCHES; i++) {
      const term = this.terms[i];
      if (!term.startsWith(word)) break;
      note(i, term.length === word.length ? EXACT : PREFIX - Math.min(0.25, (term.length - word.length) * 0.01));
    }
    if (word.length < 4) return found;
    // Parts of compound words ("kurs" in "deutschkurs").
    for (let i = 0; i < this.terms.length; i++) {
      if (this.terms[i].length > word.length && this.terms[i].indexOf(word, 1) > 0) note(i, INFIX);
    }
    // Typos: terms with the same first letter within the allowed distance, as a whole word or as
    // the beginning of a longer one (the visitor may still be typing).
    const max = word.length >= 8 ? 2 : 1;
    const first = word[0];
    const end = this.lowerBound(String.fromCharCode(first.charCodeAt(0) + 1));
    for (let i = this.lowerBound(first); i < end; i++) {
      const term = this.terms[i];
      if (found.has(i) || term.length < word.length - max) continue;
      const whole = editDistance(word, term, max);
      if (whole <= max) {
        note(i, FUZZY - whole * 0.05);
        continue;
      }
      if (term.length > word.length && editDistance(word, term.slice(0, word.length), max) <= max) note(i, FUZZY - 0.1);
    }
    return found;
  }

  /**
   * Records that match every word of the query, best first. Returns undefined for an empty query
   * (no text filter). `language` is the visitor's language: its matches rank higher.
   */
  search(query: string, language: string): SearchHit[] | undefined {
    const words = [...new Set(tokens(query))];
    if (words.length === 0) return undefined;
    const visitor = this.languageIds.get(language.toLowerCase().split('-')[0]) ?? -1;
    let total: Float64Array | undefined;
    for (const word of words) {
      const scores = new Float64Array(this.size);
      const variants = new Map<number, number>(this.match(word));
      for (const alternative of [foldGermanDigraphs(word), stripArabicPrefix(word)]) {
        if (!alternative || alternative === word) continue;
        for (const [term, quality] of this.match(alternative)) {
          if ((variants.get(term) ?? 0) < quality * 0.95) variants.set(term, quality * 0.95);
        }
      }
      for (const [term, quality] of variants) {
        const { docs, weights, langs } = this.postings[term];
        for (let k = 0; k < docs.length; k++) {
          const boost = langs[k] === 0 || langs[k] === visitor ? VISITOR_LANGUAGE_BOOST : 1;
          const score = weights[k] * quality * boost;
          if (score > scores[docs[k]]) scores[docs[k]] = score;
        }
      }
      if (!total) total = scores;
      else for (let d = 0; d < this.size; d++) total[d] = scores[d] > 0 && total[d] > 0 ? total[d] + scores[d] : 0;
    }
    const hits: SearchHit[] = [];
    if (total) for (let d = 0; d < this.size; d++) if (total[d] > 0) hits.push({ index: d, score: total[d] });
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return hits;
  }
}
