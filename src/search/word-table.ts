/**
 * A hash table of words as written, looked up by their place in a text: indexing 100,000 offers
 * meets some 30 million words, and cutting each out of its text to look it up in a Map made as many
 * short-lived strings. Here a word is hashed while the text is scanned and compared in place; only
 * a word met for the first time is cut out.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16_777_619;

/** Start value of a word's hash. */
export const HASH_START = FNV_OFFSET | 0;

/** The hash so far with one more character code. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export class WordTable<T> {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly hashes: number[] = [];
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The value of the word `text[start, end)` with hash `hash`, or undefined. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id < 0) return undefined;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id];
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return this.values[id];
    }
  }

  /** Adds a word that is not in the table yet. */
  add(word: string, hash: number, value: T): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.values.push(value);
    this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[id] & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}
