/**
 * AlignText: everything alignment needs about one article's body, computed once.
 *
 * Computes the words (hashes and character offsets, from tokenize()), sentence and paragraph
 * boundaries, the stem and weight of each content word for the sentence-level pass, and two
 * hash tables: word n-gram seeds → positions, and content stems → positions. The pipeline
 * prepares each article once and aligns it with many candidates, so all per-article work is
 * here and align() only reads.
 * Reference: the seed index of BLAST-style seed-and-extend (Altschul et al. 1990), as used for
 * text reuse by passim (Smith, Cordell & Mullen 2015).
 * Invariants: offsets index into body.join("\n"); a stem's weight is non-zero only at its first
 * occurrence in a sentence, so summing weights over a sentence counts distinct stems; the
 * object is never changed after it is built.
 * Cost: O(characters + words); about 60 bytes per word.
 */
import { foldWord, tokenize } from '../tokens.js';
import { DEFAULT_SEED_WORDS } from './defaults.js';
import { buildHashTable, type HashTable } from './hash-table.js';
import { findBoundaries } from './sentences.js';
import { isDigit, stemHash } from './stems.js';

export interface AlignText {
  /** Words per seed; two texts align only when they were prepared with the same value. */
  readonly seedWords: number;
  /** Characters of the body text (paragraphs joined by "\n"). */
  readonly length: number;
  /** Words. */
  readonly count: number;
  readonly hashes: Uint32Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Per word: the stem hash of a content word, 0 for a stop word. */
  readonly stems: Uint32Array;
  /** Per word: the weight of its stem at its first occurrence in its sentence, else 0. */
  readonly weights: Float32Array;
  /** Per word: 1 when it is a proper noun (capitalised, not sentence-initial) or a number. */
  readonly proper: Uint8Array;
  /** Word index where each sentence starts, then the word count. */
  readonly sentenceStarts: Uint32Array;
  /** Per word: its sentence. */
  readonly sentenceOf: Uint32Array;
  /** Word index where each paragraph starts, then the word count. */
  readonly paragraphStarts: Uint32Array;
  /** Per position p: hash of the seedWords words from p (count − seedWords + 1 entries). */
  readonly grams: Uint32Array;
  /** Per position p: how often grams[p] occurs in this text. */
  readonly gramCounts: Uint32Array;
  readonly gramTable: HashTable;
  /** Stems at positions with a non-zero weight (first occurrence in their sentence). */
  readonly stemTable: HashTable;
}

export interface PrepareOptions {
  seedWords: number;
}

export function prepareAlignment(body: readonly string[], options: Partial<PrepareOptions> = {}): AlignText {
  const seedWords = options.seedWords ?? DEFAULT_SEED_WORDS;
  if (!Number.isInteger(seedWords) || seedWords < 1)
    throw new RangeError(`align: seedWords must be a positive integer, got ${seedWords}`);
  const text = body.join('\n');
  const tokens = tokenize(text);
  const { count } = tokens;
  // Copies, so that the tokenizer's over-allocated buffers are not kept alive with the text.
  const hashes = tokens.hashes.slice();
  const starts = tokens.starts.slice();
  const ends = tokens.ends.slice();
  const { sentenceStarts, paragraphStarts } = findBoundaries(text, tokens);
  const sentences = sentenceStarts.length - 1;

  const sentenceOf = new Uint32Array(count);
  for (let s = 0; s < sentences; s++) sentenceOf.fill(s, sentenceStarts[s]!, sentenceStarts[s + 1]!);

  const stems = new Uint32Array(count);
  const proper = new Uint8Array(count);
  const firsts = new Uint8Array(count);
  // Sentence frequency of each stem, for an inverse-document-frequency weight within the article.
  const frequency = new Map<number, number>();
  for (let s = 0; s < sentences; s++) {
    const seen = new Set<number>();
    for (let k = sentenceStarts[s]!; k < sentenceStarts[s + 1]!; k++) {
      const stem = stemHash(foldWord(text.slice(starts[k]!, ends[k]!)));
      stems[k] = stem;
      if (stem === 0) continue;
      const first = text.charAt(starts[k]!);
      if (isDigit(first.charCodeAt(0)) || (k > sentenceStarts[s]! && first !== first.toLowerCase()))
        proper[k] = 1;
      if (seen.has(stem)) continue;
      seen.add(stem);
      firsts[k] = 1;
      frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
    }
  }
  const weights = new Float32Array(count);
  for (let k = 0; k < count; k++) {
    if (firsts[k] === 1) weights[k] = Math.log(1 + sentences / frequency.get(stems[k]!)!);
  }

  const positions = Math.max(0, count - seedWords + 1);
  const grams = new Uint32Array(positions);
  for (let p = 0; p < positions; p++) {
    let gram = hashes[p]!;
    for (let k = 1; k < seedWords; k++) gram = fmixPair(gram, hashes[p + k]!);
    grams[p] = gram;
  }
  const gramTable = buildHashTable(grams, positions, () => true);
  const gramCounts = new Uint32Array(positions);
  for (let slot = 0; slot <= gramTable.mask; slot++) {
    const n = gramTable.counts[slot]!;
    for (let p = gramTable.heads[slot]!; p >= 0; p = gramTable.next[p]!) gramCounts[p] = n;
  }
  const stemTable = buildHashTable(stems, count, (p) => firsts[p] === 1);

  return {
    seedWords,
    length: text.length,
    count,
    hashes,
    starts,
    ends,
    stems,
    weights,
    proper,
    sentenceStarts,
    sentenceOf,
    paragraphStarts,
    grams,
    gramCounts,
    gramTable,
    stemTable,
  };
}

/** Combines a running n-gram hash with the next word's hash (order-sensitive). */
function fmixPair(gram: number, word: number): number {
  let h = Math.imul(gram ^ (gram >>> 15), 0x2c1b3c6d) ^ word;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
