/**
 * Sorted index: hash keys in increasing order, each with the position it came from.
 *
 * Computes, from n (key, position) pairs given in increasing position, the pairs sorted by key
 * and, among equal keys, by position. The keys are hashes (uniform over 32 bits), so a stable
 * counting sort on their top log2(n) bits leaves about one key per bucket, and an insertion
 * sort finishes each bucket; if the keys are far from uniform (many distinct keys sharing top
 * bits), the insertion sort gives up after a few moves per key and a comparison sort of the
 * pairs packed into float64s (key · 2^21 + position) finishes instead.
 * Reference: bucket sort of uniformly distributed keys (Cormen et al., Introduction to
 * Algorithms, §8.4), with insertion sort inside buckets.
 * Invariants: sortedIndex() returns new arrays owned by the caller; sortIndexInto() writes
 * into the caller's arrays (prepareAlignment's own buffer, the sentence pass's scratch);
 * positions must be below 2^21.
 * Cost: O(n) expected time for hash keys, O(n log n) in the worst case; the bucket counts are a
 * scratch buffer reused across calls. Two sorted indexes are intersected by nextSharedKey, one
 * sequential merge over each.
 */

/** Positions are packed with keys into float64s in the fallback sort: 2^32 · 2^21 < 2^53. */
export const MAX_INDEXED_POSITION = 1 << 21;

/** Moves per key the insertion sort may make before the fallback sort takes over. */
const MOVES_PER_KEY = 8;

let counts = new Int32Array(1024);

/**
 * The pairs (keys[i], positions[i]) for i < n sorted by key then position; positions must be
 * increasing in i.
 */
export function sortedIndex(
  keys: Uint32Array,
  positions: Int32Array | Uint32Array,
  n: number,
): [Uint32Array, Uint32Array] {
  const sortedKeys = new Uint32Array(n);
  const sortedPositions = new Uint32Array(n);
  sortIndexInto(keys, positions, n, sortedKeys, sortedPositions);
  return [sortedKeys, sortedPositions];
}

/** sortedIndex() written into the first n entries of sortedKeys and sortedPositions. */
export function sortIndexInto(
  keys: Uint32Array,
  positions: Int32Array | Uint32Array,
  n: number,
  sortedKeys: Uint32Array,
  sortedPositions: Uint32Array,
): void {
  if (n === 0) return;
  const bits = Math.max(1, 32 - Math.clz32(n - 1));
  const buckets = 1 << bits;
  const shift = 32 - bits;
  if (counts.length < buckets) counts = new Int32Array(buckets);
  const next = counts;
  next.fill(0, 0, buckets);
  for (let i = 0; i < n; i++) next[keys[i]! >>> shift]!++;
  // Exclusive prefix sums, the running total in a local (no store-to-load chain through memory).
  let total = 0;
  for (let b = 0; b < buckets; b++) {
    const size = next[b]!;
    next[b] = total;
    total += size;
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const at = next[key >>> shift]!++;
    sortedKeys[at] = key;
    sortedPositions[at] = positions[i]!;
  }
  // Insertion sort: moves only keys that share their bucket with a larger key before them.
  let budget = MOVES_PER_KEY * n;
  for (let i = 1; i < n; i++) {
    const key = sortedKeys[i]!;
    if (sortedKeys[i - 1]! <= key) continue;
    const position = sortedPositions[i]!;
    let j = i - 1;
    while (j >= 0 && sortedKeys[j]! > key) {
      sortedKeys[j + 1] = sortedKeys[j]!;
      sortedPositions[j + 1] = sortedPositions[j]!;
      j--;
    }
    sortedKeys[j + 1] = key;
    sortedPositions[j + 1] = position;
    budget -= i - j;
    if (budget < 0) {
      packedSort(sortedKeys, sortedPositions, n);
      return;
    }
  }
}

/** Sorts (key, position) pairs as float64s key · 2^21 + position, numerically (no comparator). */
function packedSort(keys: Uint32Array, positions: Uint32Array, n: number): void {
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = keys[i]! * MAX_INDEXED_POSITION + positions[i]!;
  packed.sort();
  for (let i = 0; i < n; i++) {
    const value = packed[i]!;
    const key = Math.floor(value / MAX_INDEXED_POSITION);
    keys[i] = key;
    positions[i] = value - key * MAX_INDEXED_POSITION;
  }
}

/**
 * The next key two sorted key lists share: `at` holds [x, y, xEnd, yEnd]; from the ends of the
 * previous shared key (start from zeros), finds the next key both lists hold and writes where its
 * entries are, keysA[x, xEnd) and keysB[y, yEnd). False when no shared key is left.
 */
export function nextSharedKey(
  keysA: Uint32Array,
  sizeA: number,
  keysB: Uint32Array,
  sizeB: number,
  at: Int32Array,
): boolean {
  let x = at[2]!;
  let y = at[3]!;
  while (x < sizeA && y < sizeB) {
    const key = keysA[x]!;
    const other = keysB[y]!;
    if (key !== other) {
      // Branch-free step: which list advances is unpredictable, so avoid a mispredicted jump.
      const less = +(key < other);
      x += less;
      y += 1 - less;
      continue;
    }
    let xEnd = x + 1;
    while (xEnd < sizeA && keysA[xEnd] === key) xEnd++;
    let yEnd = y + 1;
    while (yEnd < sizeB && keysB[yEnd] === key) yEnd++;
    at[0] = x;
    at[1] = y;
    at[2] = xEnd;
    at[3] = yEnd;
    return true;
  }
  return false;
}
