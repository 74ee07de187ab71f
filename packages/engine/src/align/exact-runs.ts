/**
 * Exact runs: the maximal stretches of identical words that two texts share, found from seeds.
 *
 * Computes every maximal run of equal word hashes (a[i + k] = b[j + k] for k < length, not
 * extendable either way) that contains at least one seed — a word n-gram occurring at most
 * maxSeedFrequency times in each text. The shorter text's seeds are looked up in the longer
 * text's seed table; each hit is extended backwards and forwards (the "extend" of BLAST's
 * seed-and-extend, exact here because both texts are already normalised words).
 * Reference: seed-and-extend (Altschul et al. 1990, BLAST) as used for text reuse by passim
 * (Smith, Cordell & Mullen 2015), which also drops seeds too frequent to be informative.
 * Invariants: each run is reported once (a per-diagonal end marks hits inside a found run);
 * the set of runs does not depend on which text is a and which is b; length ≥ seedWords.
 * Cost: O(seeds of the shorter text + hits + run lengths); no allocation (scratch buffers).
 */
import type { AlignText } from './align-text.js';
import { findSlot } from './hash-table.js';
import type { Scratch } from './scratch.js';

/** Writes the runs of a and b into scratch.runs as (start in a, start in b, length) triples. */
export function exactRuns(a: AlignText, b: AlignText, maxSeedFrequency: number, scratch: Scratch): void {
  const swap = a.count > b.count;
  const x = swap ? b : a;
  const y = swap ? a : b;
  const nx = x.count;
  const ny = y.count;
  scratch.diagonals(nx + ny + 1);
  const n = x.seedWords;
  if (nx < n || ny < n) return;
  const xh = x.hashes;
  const yh = y.hashes;
  const grams = x.grams;
  const counts = x.gramCounts;
  const table = y.gramTable;
  const next = table.next;
  const stamp = scratch.diagonalStamp;
  const diagonalEnd = scratch.diagonalEnd;
  const generation = scratch.generation;
  const positions = grams.length;
  for (let i = 0; i < positions; i++) {
    if (counts[i]! > maxSeedFrequency) continue;
    const slot = findSlot(table, grams[i]!);
    if (slot < 0 || table.counts[slot]! > maxSeedFrequency) continue;
    for (let j = table.heads[slot]!; j >= 0; j = next[j]!) {
      const d = j - i + nx;
      if (stamp[d] === generation && i < diagonalEnd[d]!) continue;
      let end = i;
      let endY = j;
      while (end < nx && endY < ny && xh[end] === yh[endY]) {
        end++;
        endY++;
      }
      if (end - i < n) continue; // the seeds' hashes collided but their words differ
      let start = i;
      let startY = j;
      while (start > 0 && startY > 0 && xh[start - 1] === yh[startY - 1]) {
        start--;
        startY--;
      }
      stamp[d] = generation;
      diagonalEnd[d] = end;
      if (swap) scratch.pushRun(startY, start, end - start);
      else scratch.pushRun(start, startY, end - start);
    }
  }
}
