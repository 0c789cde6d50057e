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
import { foldGermanDigraphs, foldWord, forEachWord, stripArabicPrefix, tokens } from './normalize.js';

/** One searchable text of a record. `lang` is undefined for language-neutral text (names, places). */
export interface SearchField {
  text: string;
  weight: number;
  lang?: string;
}

const EXACT = 1;
const PREFIX = 0.85;
const INFIX = 0.6;
const FUZZY = 0.5;
const VISITOR_LANGUAGE_BOOST = 1.6;
const MAX_TERM_MATCHES = 4_000;

interface Postings {
  // parallel lists: record, field weight, language id (0: language-neutral)
  docs: number[];
  weights: number[];
  langs: number[];
}

// Rows of the edit-distance table, reused between calls (words are short).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Bounded Damerau–Levenshtein distance; returns max + 1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let current = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, prevPrev[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = current;
    current = spare;
  }
  return prev[n];
}

export class SearchIndex {
  readonly size: number;
  private readonly byTerm = new Map<string, Postings>();
  private terms: string[] = [];
  private postings: Postings[] = [];
  private readonly written = new Map<string, Postings[]>();
  private readonly languageIds = new Map<string, number>();
  private doc = 0;
  private weight = 0;
  private lang = 0;
  /** Scores of the last words searched: typing "deutschkurs ros…" reuses those of "deutschkurs". */
  private readonly recent = new Map<string, Float64Array>();

  /** An index over `size` records; `fields(i)`, when given, is added for every record and committed. */
  constructor(size: number, fields?: (index: number) => SearchField[]) {
    this.size = size;
    if (fields) {
      for (let doc = 0; doc < size; doc++) this.add(doc, fields(doc));
      this.commit();
    }
  }

  /** Number of distinct terms (for the bench). */
  get vocabulary(): number {
    return this.byTerm.size;
  }

  private postingsOf(term: string): Postings {
    let p = this.byTerm.get(term);
    if (!p) {
      p = { docs: [], weights: [], langs: [] };
      this.byTerm.set(term, p);
    }
    return p;
  }

  /** Words repeat across a catalogue: each written form is folded (and stripped) once. */
  private postingsOfWord(word: string): Postings[] {
    let list = this.written.get(word);
    if (!list) {
      list = [];
      for (const folded of foldWord(word)) {
        list.push(this.postingsOf(folded));
        const stripped = stripArabicPrefix(folded);
        if (stripped) list.push(this.postingsOf(stripped));
      }
      this.written.set(word, list);
    }
    return list;
  }

  private addWord = (word: string): void => {
    const { doc, weight, lang } = this;
    for (const p of this.postingsOfWord(word)) {
      const last = p.docs.length - 1;
      if (last >= 0 && p.docs[last] === doc && p.langs[last] === lang) {
        if (weight > p.weights[last]) p.weights[last] = weight;
        continue;
      }
      p.docs.push(doc);
      p.weights.push(weight);
      p.langs.push(lang);
    }
  };

  /** Adds texts of record `doc`. They are found by `search` after the next `commit()`. */
  add(doc: number, fields: SearchField[]): void {
    this.doc = doc;
    for (const field of fields) {
      this.weight = field.weight;
      this.lang = field.lang ? this.languageId(field.lang) : 0;
      forEachWord(field.text, this.addWord);
    }
  }

  /** Makes everything added so far searchable. */
  commit(): void {
    this.recent.clear();
    this.terms = [...this.byTerm.keys()].sort();
    this.postings = this.terms.map((t) => this.byTerm.get(t) as Postings);
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
   * The query's distinct folded words. A single letter is not a search yet (it would match
   * almost everything); a single digit is (postal codes).
   */
  static words(query: string): string[] {
    return [...new Set(tokens(query))].filter((w) => w.length > 1 || /\d/.test(w));
  }

  /** For one query word, the best score of each record (0: no match). */
  wordScores(word: string, language: string): Float64Array {
    const key = `${language}\u0000${word}`;
    const known = this.recent.get(key);
    if (known) return known.slice();
    const scores = this.computeWordScores(word, language);
    if (this.recent.size >= 8) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(key, scores.slice());
    return scores;
  }

  private computeWordScores(word: string, language: string): Float64Array {
    const visitor = this.languageIds.get(language.toLowerCase().split('-')[0]) ?? -1;
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
    return scores;
  }

  /**
   * Indices of the records that match every word of the query, best first. Returns undefined for an empty query
   * (no text filter). `language` is the visitor's language: its matches rank higher. `extend` may
   * raise the scores of a word (matches found elsewhere, such as category names).
   */
  search(query: string, language: string, extend?: (word: string, scores: Float64Array) => void): Int32Array | undefined {
    const words = SearchIndex.words(query);
    if (words.length === 0) return undefined;
    let total: Float64Array | undefined;
    for (const word of words) {
      const scores = this.wordScores(word, language);
      extend?.(word, scores);
      if (!total) total = scores;
      else for (let d = 0; d < this.size; d++) total[d] = scores[d] > 0 && total[d] > 0 ? total[d] + scores[d] : 0;
    }
    // Best first, ties in catalogue order: one numeric key per hit, sorted natively.
    let n = 0;
    if (total) for (let d = 0; d < this.size; d++) if (total[d] > 0) n++;
    const keys = new Float64Array(n);
    const SLOT = 2 ** 20;
    n = 0;
    if (total) for (let d = 0; d < this.size; d++) if (total[d] > 0) keys[n++] = Math.round(total[d] * 1000) * SLOT + (SLOT - 1 - d);
    keys.sort();
    const hits = new Int32Array(n);
    for (let k = 0; k < n; k++) hits[k] = SLOT - 1 - (keys[n - 1 - k] % SLOT);
    return hits;
  }
}
