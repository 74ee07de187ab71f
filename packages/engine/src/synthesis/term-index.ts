/**
 * Term index of a story's sentence units: every distinct content term gets a dense id, each
 * unit its terms' ids, and each term its postings (the units that hold it), all in flat typed
 * arrays, so that facts, additions and term weights walk postings and arrays instead of maps
 * keyed by term hashes.
 *
 * Computes, for units u₀…uₙ₋₁ (units.ts: terms distinct and sorted by hash): ids in order of
 * first appearance (unit order, then term order); `unitTerms[unitStart[u] + k]` is the id of
 * `units[u].terms[k]`; the postings of term t are `postings[postingStart[t] … postingStart[t+1])`,
 * unit indices ascending.
 * Reference: an inverted index in compressed sparse row form (Manning, Raghavan & Schütze,
 * Introduction to Information Retrieval, ch. 1–2), without compression.
 * Invariants: `units[u].index === u` (the story's full unit list); a unit appears once in a
 * term's postings; computed once per unit list (oncePer) and never changed after.
 * Cost: O(total terms) time and memory, one probe of an open-addressing table per term occurrence.
 */
import { oncePer } from './once-per.js';
import type { SentenceUnit } from './units.js';

export interface TermIndex {
  /** Number of distinct terms. */
  size: number;
  /** Dense id of a term hash, or -1 when no unit holds it. */
  idOf(term: number): number;
  /** Where each unit's term ids start in unitTerms (length units + 1). */
  unitStart: Int32Array;
  /** Term ids of every unit, parallel to each unit's terms. */
  unitTerms: Int32Array;
  /** Where each term's postings start in postings (length size + 1). */
  postingStart: Int32Array;
  /** Unit indices per term, ascending. */
  postings: Int32Array;
}

/** The term index of a story's units (computed once per unit list). */
export const termIndex: (units: readonly SentenceUnit[]) => TermIndex = oncePer(buildTermIndex);

function buildTermIndex(units: readonly SentenceUnit[]): TermIndex {
  const unitStart = new Int32Array(units.length + 1);
  for (let u = 0; u < units.length; u++) unitStart[u + 1] = unitStart[u]! + units[u]!.terms.length;
  const total = unitStart[units.length]!;
  const unitTerms = new Int32Array(total);
  // Open addressing over term hashes (non-negative 30-bit integers, units.ts), at most half full.
  let bits = 4;
  while (1 << bits < 2 * total) bits++;
  const mask = (1 << bits) - 1;
  const slotTerm = new Int32Array(1 << bits).fill(-1);
  const slotId = new Int32Array(1 << bits);
  const counts = new Int32Array(total + 1);
  let size = 0;
  const slotOf = (term: number): number => {
    let slot = Math.imul(term, 0x9e3779b1) >>> (32 - bits);
    while (slotTerm[slot] !== -1 && slotTerm[slot] !== term) slot = (slot + 1) & mask;
    return slot;
  };
  for (let u = 0; u < units.length; u++) {
    const terms = units[u]!.terms;
    const from = unitStart[u]!;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const slot = slotOf(term);
      let id: number;
      if (slotTerm[slot] === -1) {
        slotTerm[slot] = term;
        id = size++;
        slotId[slot] = id;
      } else id = slotId[slot]!;
      unitTerms[from + k] = id;
      counts[id]!++;
    }
  }
  const postingStart = new Int32Array(size + 1);
  for (let t = 0; t < size; t++) postingStart[t + 1] = postingStart[t]! + counts[t]!;
  const fill = postingStart.slice(0, size);
  const postings = new Int32Array(total);
  for (let u = 0; u < units.length; u++) {
    for (let p = unitStart[u]!; p < unitStart[u + 1]!; p++) postings[fill[unitTerms[p]!]!++] = u;
  }
  const idOf = (term: number): number => {
    const slot = slotOf(term);
    return slotTerm[slot] === -1 ? -1 : slotId[slot]!;
  };
  return { size, idOf, unitStart, unitTerms, postingStart, postings };
}
