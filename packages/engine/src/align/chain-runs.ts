/**
 * Chaining: from exact runs to passages, with gap filling.
 *
 * Computes a set of runs that do not overlap on either side — greedily, longest first, a run
 * that overlaps accepted ones being trimmed to its longest free stretch — and then merges runs
 * that follow each other in both texts (consecutive in a's order and in b's order) across gaps
 * of at most maxGapWords unmatched words on each side. A chain of one run is 'verbatim'
 * (its normalised words are identical); a longer chain is 'edited'.
 * Reference: passim's greedy alignment of seed matches and gap-filling merge (Smith, Cordell &
 * Mullen 2015, §3); chaining only consecutive runs keeps each passage monotone in both texts.
 * Invariants: passages are disjoint on each side; each holds ≥ minPassageWords matched words;
 * the result does not depend on which text is a (up to ties between equally long runs).
 * Cost: O(r log r + matched words) for r runs (a few dozen runs are sorted by insertion); the
 * masks, sort keys and run lists are scratch buffers, so only the passages are allocated.
 */
import type { Scratch } from './scratch.js';

/** A passage in word indices: [a0, a1) in a, [b0, b1) in b. */
export interface WordPassage {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  /** Words in exact runs (equal on both sides). */
  matched: number;
  /** Exact runs chained into the passage (1 for a verbatim passage). */
  runs: number;
}

export interface ChainOptions {
  seedWords: number;
  maxGapWords: number;
  minPassageWords: number;
}

export function chainRuns(scratch: Scratch, na: number, nb: number, options: ChainOptions): WordPassage[] {
  const { runs, runCount } = scratch;
  if (runCount === 0) return [];
  scratch.coverage(na, nb);
  const coveredA = scratch.coveredA;
  const coveredB = scratch.coveredB;

  scratch.chainBuffers(runCount);
  const { accepted, acceptedByA, rankB, sortKeys: keys } = scratch;
  const order = runOrder(runs, runCount, scratch.order, keys);
  let count = 0;
  for (let r = 0; r < runCount; r++) {
    const at = order[r]!;
    const a0 = runs[at]!;
    const b0 = runs[at + 1]!;
    const length = runs[at + 2]!;
    let best = 0;
    let bestStart = 0;
    let start = -1;
    for (let k = 0; k <= length; k++) {
      const free = k < length && coveredA[a0 + k] === 0 && coveredB[b0 + k] === 0;
      if (free) {
        if (start < 0) start = k;
      } else if (start >= 0) {
        if (k - start > best) {
          best = k - start;
          bestStart = start;
        }
        start = -1;
      }
    }
    if (best < options.seedWords) continue;
    for (let k = bestStart; k < bestStart + best; k++) {
      coveredA[a0 + k] = 1;
      coveredB[b0 + k] = 1;
    }
    accepted[3 * count] = a0 + bestStart;
    accepted[3 * count + 1] = b0 + bestStart;
    accepted[3 * count + 2] = best;
    count++;
  }

  // In a's order: runs are disjoint in a, so starts are distinct and the order is unique.
  for (let i = 0; i < count; i++) keys[i] = accepted[3 * i]! * PACK + i;
  sortNumbers(keys, count);
  for (let i = 0; i < count; i++) {
    const from = 3 * lowPart(keys[i]!, PACK);
    acceptedByA[3 * i] = accepted[from]!;
    acceptedByA[3 * i + 1] = accepted[from + 1]!;
    acceptedByA[3 * i + 2] = accepted[from + 2]!;
  }
  // Rank of each accepted run in b's order (runs are disjoint in b, so starts are distinct).
  for (let i = 0; i < count; i++) keys[i] = acceptedByA[3 * i + 1]! * PACK + i;
  sortNumbers(keys, count);
  for (let rank = 0; rank < count; rank++) rankB[lowPart(keys[rank]!, PACK)] = rank;

  const passages: WordPassage[] = [];
  let current: WordPassage | undefined;
  for (let i = 0; i < count; i++) {
    const a0 = acceptedByA[3 * i]!;
    const b0 = acceptedByA[3 * i + 1]!;
    const length = acceptedByA[3 * i + 2]!;
    if (
      current !== undefined &&
      rankB[i] === rankB[i - 1]! + 1 &&
      a0 - current.a1 <= options.maxGapWords &&
      b0 >= current.b1 &&
      b0 - current.b1 <= options.maxGapWords
    ) {
      current.a1 = a0 + length;
      current.b1 = b0 + length;
      current.matched += length;
      current.runs++;
      continue;
    }
    current = { a0, a1: a0 + length, b0, b1: b0 + length, matched: length, runs: 1 };
    passages.push(current);
  }
  return passages.filter((passage) => passage.matched >= options.minPassageWords);
}

/** Packing base: word indices and run numbers stay below 2^21 (see align-text.ts). */
const PACK = 2 ** 21;
/** Run lengths are compared up to this (longer runs tie), so that a sort key fits in 53 bits. */
const MAX_KEY_LENGTH = 2 ** 15 - 1;

/**
 * Offsets (3 · run) of the runs, longest first, then by a.start + b.start, then as found: the
 * keys are packed into float64s and sorted numerically (much faster than a comparator).
 */
function runOrder(runs: Int32Array, runCount: number, order: Int32Array, keys: Float64Array): Int32Array {
  if (runCount >= 2 ** 16) {
    const list = Array.from({ length: runCount }, (_, r) => r * 3);
    list.sort(
      (x, y) => runs[y + 2]! - runs[x + 2]! || runs[x]! + runs[x + 1]! - (runs[y]! + runs[y + 1]!) || x - y,
    );
    order.set(list);
    return order;
  }
  for (let r = 0; r < runCount; r++) {
    const at = r * 3;
    const length = Math.min(runs[at + 2]!, MAX_KEY_LENGTH);
    keys[r] = ((MAX_KEY_LENGTH - length) * 2 ** 22 + runs[at]! + runs[at + 1]!) * 2 ** 16 + r;
  }
  sortNumbers(keys, runCount);
  for (let k = 0; k < runCount; k++) order[k] = lowPart(keys[k]!, 2 ** 16) * 3;
  return order;
}

/** Up to this many keys are sorted by insertion, which beats the native sort on the ~100 runs of an edited copy. */
const INSERTION_SORT_KEYS = 128;

/** Sorts keys[0..n) (distinct numbers) in increasing order (any correct sort gives the same result). */
function sortNumbers(keys: Float64Array, n: number): void {
  if (n > INSERTION_SORT_KEYS) {
    keys.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
}

/**
 * value mod base for a non-negative integer value below 2^53 and a power-of-two base, exactly
 * (division by a power of two only shifts the exponent), without the slow floating-point `%`.
 */
function lowPart(value: number, base: number): number {
  return value - Math.floor(value / base) * base;
}
