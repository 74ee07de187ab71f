/**
 * Word shingles of a text, for the naive baseline and for finding text the ECB+ articles already
 * share: the set of hashes of every k consecutive words (words as the engine's tokenizer folds them).
 * Reference: Broder, "On the resemblance and containment of documents" (1997).
 * Invariants: sorted, distinct; deterministic. Cost: O(words).
 */
import { fmix32, tokenize } from '@storyfold/engine';

export function shingles(text: string, k: number): Uint32Array {
  const { count, hashes } = tokenize(text);
  if (count < k) return new Uint32Array(0);
  const out = new Uint32Array(count - k + 1);
  for (let i = 0; i + k <= count; i++) {
    let h = 0;
    for (let j = 0; j < k; j++) h = fmix32(Math.imul(h ^ hashes[i + j]!, 0x9e3779b1) + j);
    out[i] = h >>> 0;
  }
  return unique(out.sort());
}

function unique(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/**
 * For every pair of sets sharing at least `minShared` shingles: the pair and the count, found with
 * an inverted index (cost: the sum over shingles of their posting list length squared, small for
 * news text; postings longer than `maxPosting` are common phrases and skipped).
 */
export function sharedShingles(
  sets: readonly Uint32Array[],
  minShared: number,
  maxPosting = 50,
): { a: number; b: number; shared: number }[] {
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const counts = new Map<number, number>();
  const n = sets.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const out: { a: number; b: number; shared: number }[] = [];
  for (const [key, shared] of counts) {
    if (shared >= minShared) out.push({ a: Math.floor(key / n), b: key % n, shared });
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}
