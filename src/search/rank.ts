/**
 * Ordering of result lists in linear time. A keystroke over 100,000 offers may match most of them:
 * a comparison sort of that many takes longer than a frame, a radix sort of small integer keys a
 * millisecond. Both sorts here are stable, so equal keys keep the order the items came in (catalogue
 * order, or the order of an earlier sort).
 */

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const SMALL = 48;

// Buffers reused between sorts: a keystroke allocates nothing here once they are large enough.
let spareItems = new Int32Array(1024);
let spareKeys = new Uint32Array(1024);
const counts = new Int32Array(BUCKETS);

function insertionSort(items: Int32Array, keys: Uint32Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const item = items[i];
    const key = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      items[j + 1] = items[j];
      keys[j + 1] = keys[j];
      j--;
    }
    items[j + 1] = item;
    keys[j + 1] = key;
  }
}

/**
 * Sorts `items[0, n)` by `keys[0, n)` (parallel to the items), smallest key first, stably. Both
 * arrays are reordered in place.
 */
export function sortByKeys(items: Int32Array, keys: Uint32Array, n: number): void {
  if (n < SMALL) {
    insertionSort(items, keys, n);
    return;
  }
  let max = 0;
  for (let k = 0; k < n; k++) if (keys[k] > max) max = keys[k];
  if (spareItems.length < n) {
    spareItems = new Int32Array(Math.max(n, spareItems.length * 2));
    spareKeys = new Uint32Array(spareItems.length);
  }
  let fromItems: Int32Array = items;
  let fromKeys: Uint32Array = keys;
  let toItems: Int32Array = spareItems;
  let toKeys: Uint32Array = spareKeys;
  // Scores and most distances need one pass (keys below 65,536), others two.
  for (let shift = 0; shift < 32 && max >>> shift > 0; shift += DIGIT_BITS) {
    const used = Math.min(BUCKETS, (max >>> shift) + 1);
    counts.fill(0, 0, used);
    for (let k = 0; k < n; k++) counts[(fromKeys[k] >>> shift) & (BUCKETS - 1)]++;
    let sum = 0;
    for (let b = 0; b < used; b++) {
      const c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const to = counts[(fromKeys[k] >>> shift) & (BUCKETS - 1)]++;
      toItems[to] = fromItems[k];
      toKeys[to] = fromKeys[k];
    }
    [fromItems, toItems] = [toItems, fromItems];
    [fromKeys, toKeys] = [toKeys, fromKeys];
  }
  if (fromItems !== items) {
    items.set(fromItems.subarray(0, n));
    keys.set(fromKeys.subarray(0, n));
  }
}

/** The integer a score is ranked by: scores equal to three decimals tie (and keep catalogue order). */
export function scoreKey(score: number): number {
  return Math.round(score * 1000);
}

let rankKeys = new Uint32Array(1024);

/** Sorts `docs[0, n)` by their score, best first; equal scores keep the order of `docs`. */
export function rankByScore(docs: Int32Array, n: number, scores: Float64Array): void {
  if (rankKeys.length < n) rankKeys = new Uint32Array(Math.max(n, rankKeys.length * 2));
  let best = 0;
  for (let k = 0; k < n; k++) {
    const key = scoreKey(scores[docs[k]]);
    rankKeys[k] = key;
    if (key > best) best = key;
  }
  // Highest first: sort by the distance from the best score.
  for (let k = 0; k < n; k++) rankKeys[k] = best - rankKeys[k];
  sortByKeys(docs, rankKeys, n);
}

/**
 * Writes `items[0, n)` to `out` from `offset` on, highest key first; equal keys keep their order.
 * One counting pass when the keys are below 65,536 (scores to three decimals are).
 */
export function writeByKeyDescending(items: Int32Array, keys: Uint32Array, n: number, out: Int32Array, offset: number): void {
  let max = 0;
  for (let k = 0; k < n; k++) if (keys[k] > max) max = keys[k];
  if (n < SMALL || max >= BUCKETS) {
    for (let k = 0; k < n; k++) keys[k] = max - keys[k];
    sortByKeys(items, keys, n);
    out.set(items.subarray(0, n), offset);
    return;
  }
  counts.fill(0, 0, max + 1);
  for (let k = 0; k < n; k++) counts[keys[k]]++;
  let sum = offset;
  for (let b = max; b >= 0; b--) {
    const c = counts[b];
    counts[b] = sum;
    sum += c;
  }
  for (let k = 0; k < n; k++) out[counts[keys[k]]++] = items[k];
}
