import { describe, expect, it } from 'vitest';
import { rankByScore, scoreKey, sortByKeys, writeByKeyDescending } from './rank.js';

/** A small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The order a stable comparison sort gives: by key, equal keys in their first order. */
function reference(items: number[], keys: number[], descending = false): number[] {
  return items
    .map((item, k) => ({ item, key: keys[k], k }))
    .sort((a, b) => (descending ? b.key - a.key : a.key - b.key) || a.k - b.k)
    .map((e) => e.item);
}

describe('sortByKeys', () => {
  it('sorts stably, for few and many items and for small and large keys', () => {
    const next = random(7);
    for (const n of [0, 1, 5, 47, 48, 1_000, 70_000]) {
      for (const range of [3, 60_000, 70_000, 2 ** 32 - 1]) {
        const items = Array.from({ length: n }, (_, k) => k);
        const keys = Array.from({ length: n }, () => Math.floor(next() * range));
        const sorted = Int32Array.from(items);
        const sortedKeys = Uint32Array.from(keys);
        sortByKeys(sorted, sortedKeys, n);
        expect(Array.from(sorted)).toEqual(reference(items, keys));
        expect(Array.from(sortedKeys)).toEqual([...keys].sort((a, b) => a - b));
      }
    }
  });

  it('sorts only the first n items', () => {
    const items = Int32Array.from([3, 2, 1, 9]);
    sortByKeys(items, Uint32Array.from([3, 2, 1, 0]), 3);
    expect(Array.from(items)).toEqual([1, 2, 3, 9]);
  });
});

describe('writeByKeyDescending', () => {
  it('writes the highest keys first, equal keys in their order, from the offset on', () => {
    const next = random(11);
    for (const n of [0, 3, 100, 5_000]) {
      for (const range of [10, 65_535, 1_000_000]) {
        const items = Array.from({ length: n }, (_, k) => 1000 + k);
        const keys = Array.from({ length: n }, () => Math.floor(next() * range));
        const out = new Int32Array(n + 2).fill(-1);
        writeByKeyDescending(Int32Array.from(items), Uint32Array.from(keys), n, out, 2);
        expect(Array.from(out.subarray(2))).toEqual(reference(items, keys, true));
        expect(out[0]).toBe(-1);
      }
    }
  });
});

describe('rankByScore', () => {
  it('orders by score to three decimals, best first, ties in the given order', () => {
    const scores = Float64Array.from([1.2, 8, 1.2004, 0.5, 8]);
    const docs = Int32Array.from([0, 1, 2, 3, 4]);
    rankByScore(docs, 5, scores);
    expect(Array.from(docs)).toEqual([1, 4, 0, 2, 3]);
    expect(scoreKey(1.2004)).toBe(scoreKey(1.2));
  });
});
