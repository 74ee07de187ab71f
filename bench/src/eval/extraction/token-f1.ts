/**
 * Token precision, recall and F1 of an extracted body against an expected body.
 *
 * Reference: the bag-of-words overlap used by content-extraction benchmarks (CleanEval, the
 * "article-extraction-benchmark" of Scrapinghub): both texts become multisets of tokens, the
 * overlap is the sum over tokens of min(count in extracted, count in expected).
 * Tokens: the text lower-cased (Unicode), split on every character that is not a letter, a
 * combining mark or a digit; empty pieces dropped. Punctuation and layout never count.
 * Invariants: all three values are in [0, 1]; two empty texts score 1 (nothing to find, nothing
 * extra); one empty side scores 0. Cost: O(characters) time, O(distinct tokens) memory.
 */

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

const SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;

/** The text's tokens with their counts. */
export function tokenBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().split(SEPARATOR)) {
    if (token.length === 0) continue;
    bag.set(token, (bag.get(token) ?? 0) + 1);
  }
  return bag;
}

function size(bag: Map<string, number>): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

/** Token precision/recall/F1 of `extracted` against `expected`. */
export function tokenScore(extracted: string, expected: string): TokenScore {
  const got = tokenBag(extracted);
  const want = tokenBag(expected);
  const gotSize = size(got);
  const wantSize = size(want);
  if (gotSize === 0 && wantSize === 0) return { precision: 1, recall: 1, f1: 1 };
  if (gotSize === 0 || wantSize === 0) return { precision: 0, recall: 0, f1: 0 };
  let overlap = 0;
  for (const [token, count] of got) overlap += Math.min(count, want.get(token) ?? 0);
  const precision = overlap / gotSize;
  const recall = overlap / wantSize;
  const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
