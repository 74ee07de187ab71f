/**
 * Sentence-level pass: aligns the sentences that exact runs left uncovered, for translated and
 * heavily edited copies.
 *
 * Computes, for each sentence of a and of b that passages cover less than maxSentenceCovered
 * of, its longest uncovered stretch; scores every pair of such stretches that share a content
 * stem (found by merging the two texts' sorted stem lists, so pairs sharing nothing cost
 * nothing) by the weighted
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
 * Cost: O(words + shared stem occurrences + c²) for c candidate pairs (a few per sentence);
 * a side whose open stretches are small (an edited copy) merges only their stems, gathered and
 * bucket-sorted, instead of its whole stem list; sentences inside a passage are closed without
 * reading their words; the score matrix is a scratch buffer of which only touched cells are
 * read and reset.
 */
import type { AlignText } from './align-text.js';
import type { AlignOptions } from './defaults.js';
import type { Scratch } from './scratch.js';
import { MAX_INDEXED_POSITION, nextSharedKey, sortIndexInto } from './sorted-index.js';

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

/**
 * Largest sentences(a) × sentences(b) for which the sentence pass runs (its score matrix holds
 * one cell per pair, 10 bytes each): 4 M cells is two bodies of 2,000 sentences, far beyond news.
 */
const MAX_SENTENCE_CELLS = 1 << 22;

/**
 * A side's stem list is narrowed to its open stretches when these hold at most this share of its
 * words: edited copies leave a sentence or two open, and their hits are then found from a few
 * entries instead of the whole list. Does not change the result, only the cost.
 */
const FILTER_OPEN_SHARE = 0.25;

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
  if (sentencesA * sentencesB > MAX_SENTENCE_CELLS) return [];
  const spansA = covered.map((passage) => [passage.a0, passage.a1] as const);
  const spansB = covered.map((passage) => [passage.b0, passage.b1] as const);
  const limit = options.maxSentenceCovered;
  if (openStretches(a, scratch.coveredA, spansA, limit, stretchA, scratch.weightA, scratch.contentA) === 0)
    return [];
  if (openStretches(b, scratch.coveredB, spansB, limit, stretchB, scratch.weightB, scratch.contentB) === 0)
    return [];
  scratch.cells(sentencesA * sentencesB);
  const { cellWeight, cellShared, cellCommon } = scratch;
  let touched = 0;
  // Each side's stem list, or, when little of it is open, only its entries in open stretches
  // (the same entries in the same order as the hits the full list would keep).
  let keysA = a.stemKeys;
  let positionsA = a.stemPositions;
  let sizeA = keysA.length;
  let keysB = b.stemKeys;
  let positionsB = b.stemPositions;
  let sizeB = keysB.length;
  const openA = openStems(a, stretchA, 0, scratch);
  if (openA >= 0) {
    keysA = scratch.openKeys[0]!;
    positionsA = scratch.openPositions[0]!;
    sizeA = openA;
  }
  const openB = openStems(b, stretchB, 1, scratch);
  if (openB >= 0) {
    keysB = scratch.openKeys[1]!;
    positionsB = scratch.openPositions[1]!;
    sizeB = openB;
  }
  const at = scratch.sharedKey.fill(0);
  while (nextSharedKey(keysA, sizeA, keysB, sizeB, at)) {
    const xEnd = at[2]!;
    const yEnd = at[3]!;
    for (let s = at[0]!; s < xEnd; s++) {
      const pa = positionsA[s]!;
      const sa = a.sentenceOf[pa]!;
      const fromA = stretchA[2 * sa]!;
      if (fromA < 0 || pa < fromA || pa >= stretchA[2 * sa + 1]!) continue;
      const weight = a.weights[pa]!;
      const common = a.proper[pa] === 0;
      for (let t = at[1]!; t < yEnd; t++) {
        const pb = positionsB[t]!;
        const sb = b.sentenceOf[pb]!;
        const fromB = stretchB[2 * sb]!;
        if (fromB < 0 || pb < fromB || pb >= stretchB[2 * sb + 1]!) continue;
        const cell = sa * sentencesB + sb;
        if (cellShared[cell] === 0) touched = scratch.touch(touched, cell);
        cellShared[cell]!++;
        cellWeight[cell]! += (weight + b.weights[pb]!) / 2;
        if (common && b.proper[pb] === 0) cellCommon[cell]!++;
      }
    }
  }

  const candidates: Candidate[] = [];
  const touchedCells = scratch.touchedCells;
  for (let t = 0; t < touched; t++) {
    const cell = touchedCells[t]!;
    const sa = Math.floor(cell / sentencesB);
    const sb = cell - sa * sentencesB;
    const shared = cellShared[cell]!;
    const dice = (2 * cellWeight[cell]!) / (scratch.weightA[sa]! + scratch.weightB[sb]!);
    if (
      shared >= options.minSentenceShared &&
      cellCommon[cell]! >= options.minSentenceCommon &&
      dice >= options.minSentenceDice
    ) {
      candidates.push({
        sa,
        sb,
        dice,
        similarity: (2 * shared) / (scratch.contentA[sa]! + scratch.contentB[sb]!),
      });
    }
    cellShared[cell] = 0;
    cellWeight[cell] = 0;
    cellCommon[cell] = 0;
  }
  if (candidates.length === 0) return [];
  candidates.sort((p, q) => p.sa - q.sa || p.sb - q.sb);

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
 * The stem-list entries of `text` that lie in open stretches, sorted like the list, written into
 * scratch.openKeys[side] and scratch.openPositions[side]; their count, or −1 when the open
 * stretches hold more than a FILTER_OPEN_SHARE of the text's words (then merging the whole list
 * is cheaper).
 */
function openStems(text: AlignText, stretches: Int32Array, side: 0 | 1, scratch: Scratch): number {
  const sentences = text.sentenceStarts.length - 1;
  let open = 0;
  for (let s = 0; s < sentences; s++) {
    const from = stretches[2 * s]!;
    if (from >= 0) open += stretches[2 * s + 1]! - from;
  }
  if (open > FILTER_OPEN_SHARE * text.count) return -1;
  scratch.openStemBuffers(open);
  const found = scratch.openFound;
  const foundPositions = scratch.openFoundPositions;
  let size = 0;
  for (let s = 0; s < sentences; s++) {
    const from = stretches[2 * s]!;
    if (from < 0) continue;
    const to = Math.min(stretches[2 * s + 1]!, MAX_INDEXED_POSITION);
    for (let k = from; k < to; k++) {
      if (text.weights[k]! > 0) {
        found[size] = text.stems[k]!;
        foundPositions[size++] = k;
      }
    }
  }
  sortIndexInto(found, foundPositions, size, scratch.openKeys[side]!, scratch.openPositions[side]!);
  return size;
}

/**
 * Writes each sentence's longest uncovered stretch [start, end) into `stretches` (start −1 when
 * passages cover maxCovered of the sentence or more), with the weight and the number of distinct
 * stems of the stretch; returns the number of open sentences. Sentences that no passage touches
 * take their precomputed values, so an article without passages costs O(sentences).
 */
function openStretches(
  text: AlignText,
  covered: Uint8Array,
  spans: readonly (readonly [number, number])[],
  maxCovered: number,
  stretches: Int32Array,
  weights: Float64Array,
  contents: Uint32Array,
): number {
  const sentences = text.sentenceStarts.length - 1;
  for (let s = 0; s < sentences; s++) {
    stretches[2 * s] = text.sentenceStarts[s]!;
    stretches[2 * s + 1] = text.sentenceStarts[s + 1]!;
    weights[s] = text.sentenceWeights[s]!;
    contents[s] = text.sentenceContent[s]!;
  }
  let closed = 0;
  for (const [start, end] of spans) {
    const last = text.sentenceOf[end - 1]!;
    for (let s = text.sentenceOf[start]!; s <= last; s++) {
      if (stretches[2 * s]! < 0) continue;
      if (text.sentenceStarts[s]! >= start && text.sentenceStarts[s + 1]! <= end) {
        // Inside the span: no uncovered stretch, closed without reading its words.
        stretches[2 * s] = -1;
        closed++;
      } else if (!openStretch(text, covered, s, maxCovered, stretches, weights, contents)) {
        closed++;
      }
    }
  }
  return sentences - closed;
}

/** Narrows sentence s to its longest uncovered stretch; false (and start −1) when it is closed. */
function openStretch(
  text: AlignText,
  covered: Uint8Array,
  s: number,
  maxCovered: number,
  stretches: Int32Array,
  weights: Float64Array,
  contents: Uint32Array,
): boolean {
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
    return false;
  }
  stretches[2 * s] = bestStart;
  stretches[2 * s + 1] = bestStart + best;
  let weight = 0;
  let content = 0;
  for (let k = bestStart; k < bestStart + best; k++) {
    const w = text.weights[k]!;
    if (w > 0) {
      weight += w;
      content++;
    }
  }
  weights[s] = weight;
  contents[s] = content;
  return true;
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
