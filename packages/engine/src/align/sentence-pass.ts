/**
 * Sentence-level pass: aligns the sentences that exact runs left uncovered, for translated and
 * heavily edited copies.
 *
 * Computes, for each sentence of a and of b that passages cover less than maxSentenceCovered
 * of, its longest uncovered stretch; scores every pair of such stretches that share a content
 * stem (found through b's stem table, so pairs sharing nothing cost nothing) by the weighted
 * Dice coefficient of their distinct stems, each stem weighted by its inverse sentence frequency
 * within its article; keeps pairs that share at least minSentenceShared stems, of which
 * minSentenceCommon are ordinary words (not names or numbers), with Dice ≥ minSentenceDice; and
 * chooses among them the order-preserving set of greatest total score (a longest-increasing-
 * chain dynamic programme); and keeps a chosen pair below strongSentenceDice only when another
 * chosen pair or a seed passage lies within supportSentences sentences on both sides (copies
 * follow each other sentence after sentence; independent reports match a stray sentence).
 * Pairs whose word-trigram Dice is high are 'edited', others 'translated'.
 * Reference: sentence alignment of parallel and comparable text by lexical overlap and
 * monotone dynamic programming (Gale & Church 1993 for the monotone DP; Barzilay & Elhadad 2003
 * for scoring comparable sentences by weighted word overlap).
 * Invariants: returned passages lie in uncovered words, are disjoint and increasing on both
 * sides; the scores are symmetric in a and b.
 * Cost: O(words + shared stem occurrences + c²) for c candidate pairs (a few per sentence).
 */
import type { AlignText } from './align-text.js';
import type { AlignOptions } from './defaults.js';
import { findSlot } from './hash-table.js';
import type { Scratch } from './scratch.js';

export interface SentencePassage {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  kind: 'edited' | 'translated';
  similarity: number;
}

interface Candidate {
  sa: number;
  sb: number;
  dice: number;
  similarity: number;
}

/** Longest stretch of words that trigram Dice is computed on (longer stretches are rare run-ons). */
const MAX_TRIGRAM_WORDS = 200;

export function sentencePass(
  a: AlignText,
  b: AlignText,
  covered: readonly { a0: number; a1: number; b0: number; b1: number }[],
  options: AlignOptions,
  scratch: Scratch,
): SentencePassage[] {
  const sentencesA = a.sentenceStarts.length - 1;
  const sentencesB = b.sentenceStarts.length - 1;
  if (sentencesA === 0 || sentencesB === 0) return [];
  scratch.coverage(a.count, b.count);
  for (const passage of covered) {
    scratch.coveredA.fill(1, passage.a0, passage.a1);
    scratch.coveredB.fill(1, passage.b0, passage.b1);
  }
  scratch.sentences(sentencesA, sentencesB);
  const stretchA = scratch.stretchA;
  const stretchB = scratch.stretchB;
  if (openStretches(a, scratch.coveredA, stretchA, options.maxSentenceCovered) === 0) return [];
  if (openStretches(b, scratch.coveredB, stretchB, options.maxSentenceCovered) === 0) return [];

  const weightB = scratch.weightB;
  const contentB = scratch.contentB;
  for (let s = 0; s < sentencesB; s++) {
    let weight = 0;
    let content = 0;
    if (stretchB[2 * s]! >= 0) {
      for (let k = stretchB[2 * s]!; k < stretchB[2 * s + 1]!; k++) {
        if (b.weights[k]! > 0) {
          weight += b.weights[k]!;
          content++;
        }
      }
    }
    weightB[s] = weight;
    contentB[s] = content;
  }

  const { sharedWeight, shared, sharedCommon, touched } = scratch;
  const table = b.stemTable;
  const candidates: Candidate[] = [];
  for (let sa = 0; sa < sentencesA; sa++) {
    const from = stretchA[2 * sa]!;
    if (from < 0) continue;
    const to = stretchA[2 * sa + 1]!;
    let weightA = 0;
    let contentA = 0;
    let touchedCount = 0;
    for (let k = from; k < to; k++) {
      const weight = a.weights[k]!;
      if (weight === 0) continue;
      weightA += weight;
      contentA++;
      const slot = findSlot(table, a.stems[k]!);
      if (slot < 0) continue;
      const common = a.proper[k] === 0;
      for (let p = table.heads[slot]!; p >= 0; p = table.next[p]!) {
        const sb = b.sentenceOf[p]!;
        const start = stretchB[2 * sb]!;
        if (start < 0 || p < start || p >= stretchB[2 * sb + 1]!) continue;
        if (shared[sb] === 0) touched[touchedCount++] = sb;
        shared[sb]!++;
        sharedWeight[sb]! += (weight + b.weights[p]!) / 2;
        if (common && b.proper[p] === 0) sharedCommon[sb]!++;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const sb = touched[t]!;
      const dice = (2 * sharedWeight[sb]!) / (weightA + weightB[sb]!);
      if (
        shared[sb]! >= options.minSentenceShared &&
        sharedCommon[sb]! >= options.minSentenceCommon &&
        dice >= options.minSentenceDice
      ) {
        candidates.push({ sa, sb, dice, similarity: (2 * shared[sb]!) / (contentA + contentB[sb]!) });
      }
      shared[sb] = 0;
      sharedWeight[sb] = 0;
      sharedCommon[sb] = 0;
    }
  }
  if (candidates.length === 0) return [];

  // Order-preserving choice of greatest total Dice: candidates are in increasing sa.
  const total = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  let bestEnd = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    total[i] = c.dice;
    for (let j = 0; j < i; j++) {
      const d = candidates[j]!;
      if (d.sa < c.sa && d.sb < c.sb && total[j]! + c.dice > total[i]!) {
        total[i] = total[j]! + c.dice;
        previous[i] = j;
      }
    }
    if (total[i]! > total[bestEnd]!) bestEnd = i;
  }
  const chosen: Candidate[] = [];
  for (let i = bestEnd; i >= 0; i = previous[i]!) chosen.push(candidates[i]!);
  chosen.reverse();
  // Anchors: the chosen pairs and the sentences where seed passages start and end.
  const anchors: number[] = [];
  for (const c of chosen) anchors.push(c.sa, c.sb);
  for (const passage of covered) {
    anchors.push(a.sentenceOf[passage.a0]!, b.sentenceOf[passage.b0]!);
    anchors.push(a.sentenceOf[passage.a1 - 1]!, b.sentenceOf[passage.b1 - 1]!);
  }
  const near = options.supportSentences;
  const supported = (c: Candidate): boolean => {
    for (let i = 0; i < anchors.length; i += 2) {
      const da = Math.abs(anchors[i]! - c.sa);
      const db = Math.abs(anchors[i + 1]! - c.sb);
      if ((da !== 0 || db !== 0) && da <= near && db <= near) return true;
    }
    return false;
  };
  const passages: SentencePassage[] = [];
  for (const c of chosen) {
    if (c.dice < options.strongSentenceDice && !supported(c)) continue;
    const a0 = stretchA[2 * c.sa]!;
    const a1 = stretchA[2 * c.sa + 1]!;
    const b0 = stretchB[2 * c.sb]!;
    const b1 = stretchB[2 * c.sb + 1]!;
    const trigrams = trigramDice(a.hashes, a0, a1, b.hashes, b0, b1);
    passages.push({
      a0,
      a1,
      b0,
      b1,
      kind: trigrams >= options.editedTrigramDice ? 'edited' : 'translated',
      similarity: c.similarity,
    });
  }
  return passages;
}

/**
 * Writes each sentence's longest uncovered stretch [start, end) into `stretches` (start −1 when
 * the sentence is covered too much); returns the number of open sentences.
 */
function openStretches(
  text: AlignText,
  covered: Uint8Array,
  stretches: Int32Array,
  maxCovered: number,
): number {
  let open = 0;
  const sentences = text.sentenceStarts.length - 1;
  for (let s = 0; s < sentences; s++) {
    const from = text.sentenceStarts[s]!;
    const to = text.sentenceStarts[s + 1]!;
    let coveredWords = 0;
    let best = 0;
    let bestStart = -1;
    let start = -1;
    for (let k = from; k <= to; k++) {
      if (k < to && covered[k] === 0) {
        if (start < 0) start = k;
        continue;
      }
      if (k < to) coveredWords++;
      if (start >= 0 && k - start > best) {
        best = k - start;
        bestStart = start;
      }
      start = -1;
    }
    if (best === 0 || coveredWords >= maxCovered * (to - from)) {
      stretches[2 * s] = -1;
      continue;
    }
    stretches[2 * s] = bestStart;
    stretches[2 * s + 1] = bestStart + best;
    open++;
  }
  return open;
}

/** Dice coefficient of the word-trigram multisets of two stretches (0 when either is shorter than 3 words). */
function trigramDice(
  ha: Uint32Array,
  a0: number,
  a1: number,
  hb: Uint32Array,
  b0: number,
  b1: number,
): number {
  const ta = Math.min(a1 - a0, MAX_TRIGRAM_WORDS) - 2;
  const tb = Math.min(b1 - b0, MAX_TRIGRAM_WORDS) - 2;
  if (ta <= 0 || tb <= 0) return 0;
  let hits = 0;
  for (let i = a0; i < a0 + ta; i++) {
    for (let j = b0; j < b0 + tb; j++) {
      if (ha[i] === hb[j] && ha[i + 1] === hb[j + 1] && ha[i + 2] === hb[j + 2]) {
        hits++;
        break;
      }
    }
  }
  return (2 * hits) / (ta + tb);
}
