/**
 * Coverage: how much of one side's body a list of passages covers.
 *
 * Computes the number of characters in the union of the passages' spans on one side (spans may
 * come from several alignments and overlap), and that number as a share of the body.
 * Invariants: 0 ≤ coverage ≤ body length when spans lie within the body.
 * Cost: O(p log p) for p passages.
 */
import type { Passage } from '../analysis.js';

/** Characters of side `side` covered by the union of the passages' spans. */
export function coverage(passages: readonly Passage[], side: 'a' | 'b'): number {
  const spans = passages.map((passage) => passage[side]).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -1;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total;
}

/** The share (0..1) of a body of `length` characters that the passages cover on side `side`. */
export function coveredFraction(passages: readonly Passage[], side: 'a' | 'b', length: number): number {
  return length === 0 ? 0 : coverage(passages, side) / length;
}
