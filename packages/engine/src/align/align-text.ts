/**
 * AlignText: everything alignment needs about one article's body, computed once.
 *
 * Computes the words (hashes and character offsets, as tokenize() finds them), sentence and paragraph
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
 * object is never changed after it is built; its arrays are views into one ArrayBuffer that
 * belongs to it alone (never into a buffer reused across calls).
 * Cost: O(characters + words) expected (characters read once by scanWords(), a stop word twice;
 * one open-addressing table for stem frequencies, bucket sorts of hash keys, one allocation for
 * all arrays); about 45 bytes per word; the temporaries are module buffers reused across
 * calls. Measured (CPU time, one core of a shared machine, noisy): about 90 µs per 3-KB ECB+
 * body (11,000/s; 270 µs before the speed work) and 130–155 µs per 4.5-KB composite of the align
 * benchmark (360–400 µs before). Words after the first 2^21 (two million) are not indexed.
 */
import { DEFAULT_SEED_WORDS } from './defaults.js';
import { findBoundaries } from './sentences.js';
import { MAX_INDEXED_POSITION, sortIndexInto } from './sorted-index.js';
import { INITIAL_DIGIT, INITIAL_UPPER, scanWords } from './word-scan.js';

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
  // Words and boundaries come in buffers reused across calls; they are copied into the result.
  const words = scanWords(text);
  const count = words.count;
  const boundaries = findBoundaries(text, words);
  const sentences = boundaries.sentenceStarts.length - 1;
  const paragraphs = boundaries.paragraphStarts.length - 1;
  const starts = words.starts;
  const stems = words.stems;

  // Sentence frequency of each stem, for an inverse-document-frequency weight within the article:
  // one open-addressing table keyed by stem, whose slot also remembers the last sentence the
  // stem was seen in (so a stem counts once per sentence).
  const table = stemTable(count);
  const { keys, counts, lastSentence } = table;
  const mask = keys.length - 1;
  const slotOf = table.slotOf;
  const firsts = table.firsts;
  let firstCount = 0;
  const initials = words.initials;
  const sentenceOfAll = table.sentenceOf;
  const properAll = table.proper;
  properAll.fill(0, 0, count);
  for (let s = 0; s < sentences; s++) {
    const from = boundaries.sentenceStarts[s]!;
    const to = boundaries.sentenceStarts[s + 1]!;
    for (let k = from; k < to; k++) {
      sentenceOfAll[k] = s;
      const stem = stems[k]!;
      if (stem === 0) continue;
      const initial = initials[k]!;
      if ((initial & INITIAL_DIGIT) !== 0 || (k > from && (initial & INITIAL_UPPER) !== 0)) properAll[k] = 1;
      const key = stem | 0;
      let slot = key & mask;
      while (keys[slot] !== key && keys[slot] !== 0) slot = (slot + 1) & mask;
      if (keys[slot] === 0) {
        keys[slot] = key;
        counts[slot] = 0;
        lastSentence[slot] = -1;
      }
      if (lastSentence[slot] === s) continue;
      lastSentence[slot] = s;
      counts[slot]!++;
      slotOf[firstCount] = slot;
      firsts[firstCount++] = k;
    }
  }
  const positions = Math.min(MAX_INDEXED_POSITION, Math.max(0, count - seedWords + 1));
  let indexedFirsts = firstCount;
  while (indexedFirsts > 0 && firsts[indexedFirsts - 1]! >= MAX_INDEXED_POSITION) indexedFirsts--;

  // Every array of the result is a view into one buffer of its own: one allocation instead of
  // fifteen (each typed array with its own buffer costs about a microsecond to create and more
  // to collect), and one buffer to copy when the result is sent to another thread.
  const layout = new Layout(
    8 * sentences +
      4 * (6 * count + sentences + 1 + paragraphs + 1 + sentences + 2 * positions + 2 * indexedFirsts) +
      count,
  );
  const sentenceWeights = layout.float64(sentences);
  const hashes = layout.uint32(count);
  hashes.set(words.hashes);
  const ownStarts = layout.uint32(count);
  ownStarts.set(starts);
  const ends = layout.uint32(count);
  ends.set(words.ends);
  const ownStems = layout.uint32(count);
  ownStems.set(stems);
  const sentenceStarts = layout.uint32(sentences + 1);
  sentenceStarts.set(boundaries.sentenceStarts);
  const paragraphStarts = layout.uint32(paragraphs + 1);
  paragraphStarts.set(boundaries.paragraphStarts);
  const sentenceOf = layout.uint32(count);
  const sentenceContent = layout.uint32(sentences);
  const gramKeys = layout.uint32(positions);
  const gramPositions = layout.uint32(positions);
  const stemKeys = layout.uint32(indexedFirsts);
  const stemPositions = layout.uint32(indexedFirsts);
  const weights = layout.float32(count);
  const proper = layout.uint8(count);

  sentenceOf.set(sentenceOfAll.subarray(0, count));
  proper.set(properAll.subarray(0, count));
  // A stem's weight depends only on its sentence frequency (1..sentences): one log per value.
  const weightOf = table.weightOf.length > sentences ? table.weightOf : new Float64Array(2 * sentences + 1);
  table.weightOf = weightOf;
  weightOf.fill(-1, 0, sentences + 1);
  for (let f = 0; f < firstCount; f++) {
    const frequency = counts[slotOf[f]!]!;
    if (weightOf[frequency]! < 0) weightOf[frequency] = Math.log(1 + sentences / frequency);
    const k = firsts[f]!;
    weights[k] = weightOf[frequency]!;
    sentenceWeights[sentenceOf[k]!]! += weights[k]!;
    sentenceContent[sentenceOf[k]!]!++;
  }
  // Empties the table for the next article (only the slots this one used).
  for (let f = 0; f < firstCount; f++) keys[slotOf[f]!] = 0;

  const grams = table.grams;
  for (let p = 0; p < positions; p++) {
    let gram = hashes[p]!;
    for (let k = 1; k < seedWords; k++) gram = fmixPair(gram, hashes[p + k]!);
    grams[p] = gram;
  }
  sortIndexInto(grams, table.gramPositions, positions, gramKeys, gramPositions);
  for (let f = 0; f < indexedFirsts; f++) grams[f] = stems[firsts[f]!]!;
  sortIndexInto(grams, firsts, indexedFirsts, stemKeys, stemPositions);

  return {
    seedWords,
    length: text.length,
    count,
    hashes,
    starts: ownStarts,
    ends,
    stems: ownStems,
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

/** Hands out consecutive typed-array views of one new buffer (float64s first, bytes last, for alignment). */
class Layout {
  readonly buffer: ArrayBuffer;
  private offset = 0;

  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }

  float64(length: number): Float64Array {
    return new Float64Array(this.buffer, this.take(8 * length), length);
  }

  uint32(length: number): Uint32Array {
    return new Uint32Array(this.buffer, this.take(4 * length), length);
  }

  float32(length: number): Float32Array {
    return new Float32Array(this.buffer, this.take(4 * length), length);
  }

  uint8(length: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(length), length);
  }

  private take(bytes: number): number {
    const at = this.offset;
    this.offset += bytes;
    return at;
  }
}

/** Buffers reused from article to article; nothing returned is a view into them. */
interface StemTable {
  /** Open addressing by stem (0 = empty slot; stems are never 0), power-of-two size. */
  keys: Int32Array;
  /** Per slot: sentences holding the stem, and the last of them. */
  counts: Int32Array;
  lastSentence: Int32Array;
  /** Per sentence frequency 1..sentences: the weight of a stem with that frequency (−1 = not yet). */
  weightOf: Float64Array;
  /** Per first occurrence of a stem in a sentence, in word order: its word and its slot. */
  firsts: Int32Array;
  slotOf: Int32Array;
  /** Per word: its sentence, and whether it is a proper noun or a number (copied into the result). */
  sentenceOf: Uint32Array;
  proper: Uint8Array;
  /** Keys to sort (n-gram hashes, then stems), and the n-grams' positions (p at p, never changed). */
  grams: Uint32Array;
  gramPositions: Int32Array;
}

let shared: StemTable = newStemTable(1024);

function newStemTable(words: number): StemTable {
  let slots = 1024;
  while (slots < 2 * words) slots <<= 1;
  return {
    keys: new Int32Array(slots),
    counts: new Int32Array(slots),
    lastSentence: new Int32Array(slots),
    weightOf: new Float64Array(1024),
    firsts: new Int32Array(words),
    slotOf: new Int32Array(words),
    sentenceOf: new Uint32Array(words),
    proper: new Uint8Array(words),
    grams: new Uint32Array(words),
    gramPositions: Int32Array.from({ length: words }, (_, p) => p),
  };
}

/** The shared buffers, grown for an article of `words` words (the table's keys are all 0). */
function stemTable(words: number): StemTable {
  if (shared.firsts.length < words) shared = newStemTable(Math.max(words, 2 * shared.firsts.length));
  return shared;
}

/** Combines a running n-gram hash with the next word's hash (order-sensitive). */
function fmixPair(gram: number, word: number): number {
  let h = Math.imul(gram ^ (gram >>> 15), 0x2c1b3c6d) ^ word;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
