/**
 * Exact runs: the maximal stretches of identical words that two texts share, found from seeds.
 *
 * Computes every maximal run of equal word hashes (a[i + k] = b[j + k] for k < length, not
 * extendable either way) that contains at least one seed — a word n-gram occurring at most
 * maxSeedFrequency times in each text. Shared seeds are found by merging the two texts' sorted
 * n-gram lists (one sequential pass over each); each hit is extended backwards and forwards
 * (the "extend" of BLAST's seed-and-extend, exact here because both texts are normalised words).
 * Reference: seed-and-extend (Altschul et al. 1990, BLAST) as used for text reuse by passim
 * (Smith, Cordell & Mullen 2015), which also drops seeds too frequent to be informative.
 * Invariants: every maximal run containing a seed is reported; hits inside a run already found
 * are skipped (each word of a remembers the diagonal of the last run through it, since seeds
 * arrive in hash order, not text order); a run is reported twice only when runs on several
 * diagonals cross the same words (repeated text), and chaining ignores the repeat;
 * the runs do not depend on which text is a and which is b; length ≥ seedWords.
 * Cost: O(n-grams of both texts + hits + run lengths), sequential in memory; no allocation.
 */
import type { AlignText } from './align-text.js';
import type { Scratch } from './scratch.js';
import { nextSharedKey } from './sorted-index.js';

/** Writes the runs of a and b into scratch.runs as (start in a, start in b, length) triples. */
export function exactRuns(a: AlignText, b: AlignText, maxSeedFrequency: number, scratch: Scratch): void {
  const na = a.count;
  const nb = b.count;
  scratch.diagonals(na + nb + 1);
  const n = a.seedWords;
  if (na < n || nb < n) return;
  const ha = a.hashes;
  const hb = b.hashes;
  const keysA = a.gramKeys;
  const keysB = b.gramKeys;
  const positionsA = a.gramPositions;
  const positionsB = b.gramPositions;
  const stamp = scratch.diagonalStamp;
  const diagonalStart = scratch.diagonalStart;
  const diagonalEnd = scratch.diagonalEnd;
  const generation = scratch.generation;
  scratch.runCover(na);
  const coverStamp = scratch.coverStamp;
  const coverDiagonal = scratch.coverDiagonal;
  const sizeA = keysA.length;
  const sizeB = keysB.length;
  const at = scratch.sharedKey.fill(0);
  while (nextSharedKey(keysA, sizeA, keysB, sizeB, at)) {
    const x = at[0]!;
    const y = at[1]!;
    const xEnd = at[2]!;
    const yEnd = at[3]!;
    if (xEnd - x <= maxSeedFrequency && yEnd - y <= maxSeedFrequency) {
      for (let s = x; s < xEnd; s++) {
        const i = positionsA[s]!;
        for (let t = y; t < yEnd; t++) {
          const j = positionsB[t]!;
          const d = j - i + na;
          // Inside a run already found on this diagonal (through word i, or the diagonal's last).
          if (coverStamp[i] === generation && coverDiagonal[i] === d) continue;
          if (stamp[d] === generation && i >= diagonalStart[d]! && i < diagonalEnd[d]!) continue;
          // Extends forwards and backwards (one bound per loop instead of two).
          const forward = Math.min(na - i, nb - j);
          let length = 0;
          while (length < forward && ha[i + length] === hb[j + length]) length++;
          if (length < n) continue; // the seeds' hashes collided but their words differ
          const end = i + length;
          const backward = Math.min(i, j);
          let back = 0;
          while (back < backward && ha[i - 1 - back] === hb[j - 1 - back]) back++;
          const start = i - back;
          const startB = j - back;
          stamp[d] = generation;
          diagonalStart[d] = start;
          diagonalEnd[d] = end;
          // A loop, not fill(): runs are a few words long and fill()'s call costs more than it saves.
          for (let k = start; k < end; k++) {
            coverStamp[k] = generation;
            coverDiagonal[k] = d;
          }
          scratch.pushRun(start, startB, end - start);
        }
      }
    }
  }
}
