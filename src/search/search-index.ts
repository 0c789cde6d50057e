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
 *
 * Sized for a whole country (100,000 offers, some 15 million postings with every language): each
 * posting is one 32-bit number (record and the weight and language of its field) in a typed array
 * per term, so a two-letter prefix that matches half a million postings is scored in a millisecond
 * or two. Records can be added a slice at a time and what was committed so far is searchable.
 */
import { foldGermanDigraphs, foldWord, isWordChar, stripArabicPrefix, tokens } from './normalize.js';
import { rankByScore } from './rank.js';
import { HASH_START, hashStep, WordTable } from './word-table.js';

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
/** Texts up to this length are remembered with their terms: names, places and titles repeat. */
const CACHED_TEXT_LENGTH = 160;
const TEXT_CACHE_SIZE = 50_000;
/** Room for their term ids (start × 256 stays a small integer). */
const TEXT_POOL_SIZE = 1 << 20;
/** Query words whose scores are kept (twice: cheap and costly ones). */
const RECENT_WORDS = 8;

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
  /** A posting is `(record << pairBits) | pair`, a pair being the weight and language of a field. */
  private readonly pairBits: number;
  private readonly pairMask: number;
  private readonly pairWeights: number[] = [];
  /** Language id of each pair (0: language-neutral). */
  private readonly pairLanguages: number[] = [];
  private readonly pairsByWeight = new Map<number, number[]>();
  private readonly languageIds = new Map<string, number>();
  private readonly tagIds = new Map<string, number>();

  private readonly termIds = new Map<string, number>();
  private readonly termTexts: string[] = [];
  /** Postings of each term (by term id), in the order added; `lengths` says how many are used. */
  private readonly lists: Int32Array[] = [];
  private lengths = new Int32Array(256);
  /** Stamps of the terms already met in the text being split (to add each term once per text). */
  private seen = new Int32Array(256);
  private stamp = 0;
  /** Words as written → their term ids (folded forms and Arabic words without their prefix). */
  private readonly written = new WordTable<Int32Array>();
  /** Term ids of the text being split. */
  private scratch = new Int32Array(256);
  /**
   * Short texts → where their term ids are in `textPool` (start × 256 + count). Kept as numbers in
   * one array, not an array per text: the collector then has nothing to copy or trace.
   */
  private readonly textTerms = new Map<string, number>();
  private textPool = new Int32Array(1 << 14);
  private textPoolUsed = 0;

  // What `commit()` made searchable: the terms in sorted order and how many postings each had.
  private sortedTerms: string[] = [];
  private sortedIds = new Int32Array(0);
  private visible = new Int32Array(0);
  private changed = false;

  /** Scores of the last words searched: typing "deutschkurs ros…" reuses those of "deutschkurs". */
  private readonly recent = new Map<string, Float64Array>();
  /** The same for words that read many postings. */
  private readonly costly = new Map<string, Float64Array>();
  /** Score arrays of `recent` and `costly` emptied by a commit, for reuse. */
  private readonly spare: Float64Array[] = [];
  private totalBuffer?: Float64Array;
  private wordBuffer?: Float64Array;

  /** An index over `size` records; `fields(i)`, when given, is added for every record and committed. */
  constructor(size: number, fields?: (index: number) => SearchField[]) {
    this.size = size;
    const recordBits = Math.max(1, Math.ceil(Math.log2(Math.max(2, size))));
    if (recordBits > 24) throw new RangeError(`SearchIndex: at most ${2 ** 24} records`);
    this.pairBits = 32 - recordBits;
    this.pairMask = 2 ** this.pairBits - 1;
    if (fields) {
      for (let doc = 0; doc < size; doc++) this.add(doc, fields(doc));
      this.commit();
    }
  }

  /** Number of distinct terms (for the bench). */
  get vocabulary(): number {
    return this.termTexts.length;
  }

  /** Number of postings (for the bench). */
  get postings(): number {
    let total = 0;
    for (let t = 0; t < this.termTexts.length; t++) total += this.lengths[t];
    return total;
  }

  private languageId(tag: string): number {
    let id = this.tagIds.get(tag);
    if (id === undefined) {
      const base = tag.toLowerCase().split('-')[0];
      id = this.languageIds.get(base);
      if (id === undefined) {
        id = this.languageIds.size + 1;
        this.languageIds.set(base, id);
      }
      this.tagIds.set(tag, id);
    }
    return id;
  }

  /** The pair of a field's weight and language. */
  private pairOf(weight: number, language: number): number {
    let byLanguage = this.pairsByWeight.get(weight);
    if (!byLanguage) {
      byLanguage = [];
      this.pairsByWeight.set(weight, byLanguage);
    }
    let pair = byLanguage[language];
    if (pair === undefined) {
      pair = this.pairWeights.length;
      // More pairs than a posting has room for (thousands of languages): the language is dropped,
      // which only loses the visitor-language boost for it.
      if (pair > this.pairMask) return language === -1 ? 0 : this.pairOf(weight, -1);
      this.pairWeights.push(weight);
      this.pairLanguages.push(language);
      byLanguage[language] = pair;
    }
    return pair;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termTexts.length;
      this.termIds.set(term, id);
      this.termTexts.push(term);
      this.lists.push(new Int32Array(4));
      if (id >= this.lengths.length) {
        const lengths = new Int32Array(this.lengths.length * 2);
        lengths.set(this.lengths);
        this.lengths = lengths;
        const seen = new Int32Array(lengths.length);
        seen.set(this.seen);
        this.seen = seen;
      }
    }
    return id;
  }

  /** The terms of the word `text[start, end)`: each written form is folded (and stripped) once. */
  private termsOfWord(text: string, start: number, end: number, hash: number): Int32Array {
    let ids = this.written.get(text, start, end, hash);
    if (!ids) {
      const word = text.slice(start, end);
      const list: number[] = [];
      for (const folded of foldWord(word)) {
        list.push(this.termId(folded));
        const stripped = stripArabicPrefix(folded);
        if (stripped) list.push(this.termId(stripped));
      }
      ids = Int32Array.from(list);
      this.written.add(word, hash, ids);
    }
    return ids;
  }

  /** The distinct terms of a text. */
  private termsOfText(text: string): Int32Array {
    const cache = text.length <= CACHED_TEXT_LENGTH;
    if (cache) {
      const known = this.textTerms.get(text);
      if (known !== undefined) return this.textPool.subarray(known >>> 8, (known >>> 8) + (known & 255));
    }
    const stamp = ++this.stamp;
    let count = 0;
    let start = -1;
    let hash = HASH_START;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : 32;
      if (i < length && isWordChar(code)) {
        if (start < 0) {
          start = i;
          hash = HASH_START;
        }
        hash = hashStep(hash, code);
        continue;
      }
      if (start < 0) continue;
      const ids = this.termsOfWord(text, start, i, hash);
      start = -1;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        if (count === this.scratch.length) {
          const grown = new Int32Array(count * 2);
          grown.set(this.scratch);
          this.scratch = grown;
        }
        this.scratch[count++] = id;
      }
    }
    const ids = this.scratch.subarray(0, count);
    if (cache && count < 256) this.remember(text, ids);
    return ids;
  }

  private remember(text: string, ids: Int32Array): void {
    let start = this.textPoolUsed;
    if (start + ids.length > this.textPool.length) {
      if (this.textPool.length < TEXT_POOL_SIZE) {
        const grown = new Int32Array(this.textPool.length * 2);
        grown.set(this.textPool.subarray(0, start));
        this.textPool = grown;
      } else start = 0;
    }
    if (start === 0 || this.textTerms.size >= TEXT_CACHE_SIZE) {
      this.textTerms.clear();
      start = 0;
    }
    this.textPool.set(ids, start);
    this.textTerms.set(text, start * 256 + ids.length);
    this.textPoolUsed = start + ids.length;
  }

  /** Adds texts of record `doc`. They are found by `search` after the next `commit()`. */
  add(doc: number, fields: SearchField[]): void {
    if (!(doc >= 0 && doc < this.size)) throw new RangeError(`SearchIndex: record ${doc} of ${this.size}`);
    const { pairBits, pairMask, pairWeights, pairLanguages, lists } = this;
    for (const field of fields) {
      const pair = this.pairOf(field.weight, field.lang ? this.languageId(field.lang) : 0);
      // A 32-bit integer (negative for high record numbers: read back with >>>).
      const entry = (doc << pairBits) | pair;
      const terms = this.termsOfText(field.text);
      const weight = pairWeights[pair];
      const language = pairLanguages[pair];
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k];
        const length = this.lengths[term];
        let list = lists[term];
        if (length > 0) {
          // The same record and language again (another field): keep the higher weight.
          const last = list[length - 1];
          if (last >>> pairBits === doc && pairLanguages[last & pairMask] === language) {
            if (weight > pairWeights[last & pairMask]) list[length - 1] = entry;
            continue;
          }
        }
        if (length === list.length) {
          const grown = new Int32Array(length * 2);
          grown.set(list);
          lists[term] = list = grown;
        }
        list[length] = entry;
        this.lengths[term] = length + 1;
      }
    }
    this.changed = true;
  }

  /** Makes everything added so far searchable. Cheap when little was added since the last time. */
  commit(): void {
    for (const cache of [this.recent, this.costly]) {
      this.spare.push(...cache.values());
      cache.clear();
    }
    if (!this.changed && this.visible.length === this.termTexts.length) return;
    this.changed = false;
    const count = this.termTexts.length;
    const known = this.sortedIds.length;
    if (count > known) {
      // New terms are sorted on their own and merged into the sorted terms.
      const texts = this.termTexts;
      const fresh: number[] = [];
      for (let id = known; id < count; id++) fresh.push(id);
      fresh.sort((a, b) => (texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
      const ids = new Int32Array(count);
      const terms: string[] = new Array(count);
      let i = 0;
      let j = 0;
      for (let k = 0; k < count; k++) {
        const id = j >= fresh.length || (i < known && this.sortedTerms[i] < texts[fresh[j]]) ? this.sortedIds[i++] : fresh[j++];
        ids[k] = id;
        terms[k] = texts[id];
      }
      this.sortedIds = ids;
      this.sortedTerms = terms;
    }
    this.visible = this.lengths.slice(0, count);
  }

  /** First index in the sorted terms that is >= key. */
  private lowerBound(key: string): number {
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The terms a query word matches (by position in the sorted terms), with the quality of each match. */
  private match(word: string): Map<number, number> {
    const terms = this.sortedTerms;
    const found = new Map<number, number>();
    const note = (term: number, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    // Exact and prefix: one range of the sorted terms.
    for (let i = this.lowerBound(word); i < terms.length && found.size < MAX_TERM_MATCHES; i++) {
      const term = terms[i];
      if (!term.startsWith(word)) break;
      note(i, term.length === word.length ? EXACT : PREFIX - Math.min(0.25, (term.length - word.length) * 0.01));
    }
    if (word.length < 4) return found;
    // Parts of compound words ("kurs" in "deutschkurs").
    for (let i = 0; i < terms.length; i++) {
      if (terms[i].length > word.length && terms[i].indexOf(word, 1) > 0) note(i, INFIX);
    }
    // Typos: terms with the same first letter within the allowed distance, as a whole word or as
    // the beginning of a longer one (the visitor may still be typing).
    const max = word.length >= 8 ? 2 : 1;
    const first = word[0];
    const end = this.lowerBound(String.fromCharCode(first.charCodeAt(0) + 1));
    for (let i = this.lowerBound(first); i < end; i++) {
      const term = terms[i];
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
    const scores = new Float64Array(this.size);
    this.wordScoresInto(word, language, scores);
    return scores;
  }

  /** `wordScores` written into `out`; buffers are reused, so a keystroke allocates little. */
  private wordScoresInto(word: string, language: string, out: Float64Array): void {
    const key = `${language}\u0000${word}`;
    for (const cache of [this.recent, this.costly]) {
      const known = cache.get(key);
      if (known) {
        cache.delete(key);
        cache.set(key, known);
        out.set(known);
        return;
      }
    }
    out.fill(0);
    const postings = this.computeWordScores(word, language, out);
    // Two-letter words that start most queries ("de", "sp", "ال") read hundreds of thousands of
    // postings: they are kept apart, so typing other words does not push them out.
    const cache = postings >= this.size ? this.costly : this.recent;
    let slot: Float64Array | undefined;
    if (cache.size >= RECENT_WORDS) {
      const oldest = cache.keys().next().value as string;
      slot = cache.get(oldest);
      cache.delete(oldest);
    }
    slot ??= this.spare.pop() ?? new Float64Array(this.size);
    slot.set(out);
    cache.set(key, slot);
  }

  /** Fills in the scores of one word; returns the number of postings read. */
  private computeWordScores(word: string, language: string, scores: Float64Array): number {
    const visitor = this.languageIds.get(language.toLowerCase().split('-')[0]) ?? -1;
    const variants = new Map<number, number>(this.match(word));
    for (const alternative of [foldGermanDigraphs(word), stripArabicPrefix(word)]) {
      if (!alternative || alternative === word) continue;
      for (const [term, quality] of this.match(alternative)) {
        if ((variants.get(term) ?? 0) < quality * 0.95) variants.set(term, quality * 0.95);
      }
    }
    const { pairBits, pairMask, sortedIds, lists, visible } = this;
    const weights = this.pairWeights;
    const boosts = this.pairLanguages.map((lang) => (lang === 0 || lang === visitor ? VISITOR_LANGUAGE_BOOST : 1));
    // The score of a posting depends only on its pair: a table per term keeps the loop to two reads.
    const pairScores = new Float64Array(weights.length);
    let read = 0;
    for (const [position, quality] of variants) {
      for (let p = 0; p < pairScores.length; p++) pairScores[p] = weights[p] * quality * boosts[p];
      const term = sortedIds[position];
      const list = lists[term];
      const length = visible[term];
      read += length;
      for (let k = 0; k < length; k++) {
        const entry = list[k];
        const score = pairScores[entry & pairMask];
        const doc = entry >>> pairBits;
        if (score > scores[doc]) scores[doc] = score;
      }
    }
    return read;
  }

  /**
   * The score of every record for the query: the sum of its words' scores when every word matches,
   * else 0. Undefined for an empty query (no text filter). `language` is the visitor's language:
   * its matches rank higher. `extend` may raise the scores of a word (matches found elsewhere, such
   * as category names). The array is reused by the next call of `scores` or `search`.
   */
  scores(query: string, language: string, extend?: (word: string, scores: Float64Array) => void): Float64Array | undefined {
    const words = SearchIndex.words(query);
    if (words.length === 0) return undefined;
    const total = (this.totalBuffer ??= new Float64Array(this.size));
    words.forEach((word, w) => {
      if (w === 0) {
        this.wordScoresInto(word, language, total);
        extend?.(word, total);
        return;
      }
      const scores = (this.wordBuffer ??= new Float64Array(this.size));
      this.wordScoresInto(word, language, scores);
      extend?.(word, scores);
      for (let d = 0; d < this.size; d++) total[d] = scores[d] > 0 && total[d] > 0 ? total[d] + scores[d] : 0;
    });
    return total;
  }

  /**
   * Indices of the records that match every word of the query, best first (ties in catalogue
   * order). Returns undefined for an empty query (no text filter). `language` and `extend`: as for
   * `scores`.
   */
  search(query: string, language: string, extend?: (word: string, scores: Float64Array) => void): Int32Array | undefined {
    const total = this.scores(query, language, extend);
    if (!total) return undefined;
    let n = 0;
    for (let d = 0; d < this.size; d++) if (total[d] > 0) n++;
    const hits = new Int32Array(n);
    n = 0;
    for (let d = 0; d < this.size; d++) if (total[d] > 0) hits[n++] = d;
    rankByScore(hits, n, total);
    return hits;
  }
}
