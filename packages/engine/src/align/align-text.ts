/**
 * AlignText: everything alignment needs about one article's body, computed once.
 *
 * Computes the words (hashes and character offsets, from tokenize()), sentence and paragraph
 * boundaries, the stem and weight of each content word for the sentence-level pass, and two
 * sorted indexes: word n-gram seeds with their positions, and content stems with their
 * positions, sorted by hash so that two articles are intersected by one sequential merge
 * (cache-friendly: a hash-table lookup per seed misses the cache on every probe once the
 * pipeline aligns against thousands of articles). The pipeline
 * prepares each article once and aligns it with many candidates, so all per-article work is
 * here and align() only reads.
 * Reference: the seed index of BLAST-style seed-and-extend (Altschul et al. 1990), as used for
 * text reuse by passim (Smith, Cordell & Mullen 2015); sorted k-mer lists intersected by merge
 * as in sort-based seed finders (e.g. the suffix/k-mer arrays of MUMmer, Kurtz et al. 2004).
 * Invariants: offsets index into body.join("\n"); a stem's weight is non-zero only at its first
 * occurrence in a sentence, so summing weights over a sentence counts distinct stems; the
 * object is never changed after it is built.
 * Cost: O(characters + words log words); about 45 bytes per word. Words after the first 2^21
 * (two million) are not indexed.
 */
import { foldWord, tokenize } from '../tokens.js';
import { DEFAULT_SEED_WORDS } from './defaults.js';
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
  /** Per sentence: the sum of its words' weights, and its number of distinct stems. */
  readonly sentenceWeights: Float64Array;
  readonly sentenceContent: Uint32Array;
  /** Per word: its sentence. */
  readonly sentenceOf: Uint32Array;
  /** Word index where each paragraph starts, then the word count. */
  readonly paragraphStarts: Uint32Array;
  /** Hashes of the seedWords-word n-grams, in increasing order (with repeats). */
  readonly gramKeys: Uint32Array;
  /** The position where each of gramKeys starts (increasing among equal keys). */
  readonly gramPositions: Uint32Array;
  /** Stems of the words with a non-zero weight (first occurrences in their sentence), in increasing order. */
  readonly stemKeys: Uint32Array;
  /** The word position of each of stemKeys. */
  readonly stemPositions: Uint32Array;
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
  const sentenceWeights = new Float64Array(sentences);
  const sentenceContent = new Uint32Array(sentences);
  for (let k = 0; k < count; k++) {
    if (firsts[k] !== 1) continue;
    weights[k] = Math.log(1 + sentences / frequency.get(stems[k]!)!);
    sentenceWeights[sentenceOf[k]!]! += weights[k]!;
    sentenceContent[sentenceOf[k]!]!++;
  }

  const positions = Math.min(MAX_INDEXED_WORDS, Math.max(0, count - seedWords + 1));
  const grams = new Uint32Array(positions);
  for (let p = 0; p < positions; p++) {
    let gram = hashes[p]!;
    for (let k = 1; k < seedWords; k++) gram = fmixPair(gram, hashes[p + k]!);
    grams[p] = gram;
  }
  const [gramKeys, gramPositions] = sortedIndex(grams, positions, () => true);
  const [stemKeys, stemPositions] = sortedIndex(
    stems,
    Math.min(MAX_INDEXED_WORDS, count),
    (p) => firsts[p] === 1,
  );

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
    sentenceWeights,
    sentenceContent,
    sentenceOf,
    paragraphStarts,
    gramKeys,
    gramPositions,
    stemKeys,
    stemPositions,
  };
}

/** Positions up to this are indexed: a key and a position are packed in one float64 (2^32 · 2^21 < 2^53). */
const MAX_INDEXED_WORDS = 1 << 21;

/** The keys[p] for p < n where include(p), sorted, with their positions (ties by position). */
function sortedIndex(
  keys: Uint32Array,
  n: number,
  include: (p: number) => boolean,
): [Uint32Array, Uint32Array] {
  const packed = new Float64Array(n);
  let size = 0;
  for (let p = 0; p < n; p++) if (include(p)) packed[size++] = keys[p]! * MAX_INDEXED_WORDS + p;
  const sorted = packed.subarray(0, size).sort();
  const sortedKeys = new Uint32Array(size);
  const positions = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const value = sorted[i]!;
    const key = Math.floor(value / MAX_INDEXED_WORDS);
    sortedKeys[i] = key;
    positions[i] = value - key * MAX_INDEXED_WORDS;
  }
  return [sortedKeys, positions];
}

/** Combines a running n-gram hash with the next word's hash (order-sensitive). */
function fmixPair(gram: number, word: number): number {
  let h = Math.imul(gram ^ (gram >>> 15), 0x2c1b3c6d) ^ word;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
