/**
 * Word scan: the words of a body with their hashes, offsets and stems, in one pass.
 *
 * Computes what tokenize() computes (each maximal run of word characters, its FNV-1a hash over
 * folded code units finished by fmix32, its [start, end) offsets) and, in the same pass, each
 * word's stem (stemHash() of stems.ts): the FNV-1a state after STEM_PREFIX folded characters is
 * the prefix a long word's stem hashes, and a shorter word's stem is its hash. It also records
 * whether a word's first code unit is an ASCII digit or upper case (for proper nouns).
 * Reading the characters once instead of tokenizing and then reading each word again halves
 * the character work of prepareAlignment().
 * Reference: tokenize() of ../tokens.ts (the folding comes from its foldWord(), see
 * char-classes.ts); prefix stems as in stems.ts.
 * Invariants: hashes, starts and ends equal tokenize(text)'s; stems[k] =
 * stemHash(foldWord(word k)); the arrays returned are exactly `count` long and are views into
 * buffers that the next call overwrites.
 * Cost: one pass over the code units, O(characters); stop words' characters read twice.
 */
import { fmix32 } from '../tokens.js';
import { classOf, foldedOf, MARK, UPPER } from './char-classes.js';
import { MIN_CONTENT_WORD_LENGTH, STEM_PREFIX } from './defaults.js';
import { isDigit, isStopWordHash, STOP_WORD_FILTER } from './stems.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Per word, in `initials`: the first code unit is an ASCII digit. */
export const INITIAL_DIGIT = 1;
/** Per word, in `initials`: the first code unit is upper case (UPPER of char-classes.ts, shifted down one bit). */
export const INITIAL_UPPER = 2;

/** The words of a text; every array is a view into a buffer that the next call reuses (copy what you keep). */
export interface ScannedWords {
  count: number;
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Per word: its stem hash, 0 for a stop word or a short word. */
  stems: Uint32Array;
  /** Per word: INITIAL_DIGIT and INITIAL_UPPER bits. */
  initials: Uint8Array;
}

let hashBuffer = new Uint32Array(1024);
let startBuffer = new Uint32Array(1024);
let endBuffer = new Uint32Array(1024);
let stemBuffer = new Uint32Array(1024);
let initialBuffer = new Uint8Array(1024);

export function scanWords(text: string): ScannedWords {
  const length = text.length;
  // Upper bound on words: one per two code units (a word and a separator).
  const capacity = (length >>> 1) + 1;
  if (hashBuffer.length < capacity) {
    const size = Math.max(capacity, 2 * hashBuffer.length);
    hashBuffer = new Uint32Array(size);
    startBuffer = new Uint32Array(size);
    endBuffer = new Uint32Array(size);
    stemBuffer = new Uint32Array(size);
    initialBuffer = new Uint8Array(size);
  }
  const hashes = hashBuffer;
  const starts = startBuffer;
  const ends = endBuffer;
  const stems = stemBuffer;
  const initials = initialBuffer;
  let count = 0;
  let hash = FNV_OFFSET;
  let prefix = 0;
  let folded = 0;
  let digit = false;
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const entry = i < length ? classOf(text.charCodeAt(i)) : 0;
    const fold = foldedOf(entry);
    if (fold !== 0) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
        folded = 0;
        // Branch-free: the digit test as a 0/1 number, the UPPER bit (4) shifted to INITIAL_UPPER (2).
        const code = text.charCodeAt(i);
        initials[count] = +((code - 48) >>> 0 < 10) | ((entry & UPPER) >>> 1);
        digit = isDigit(fold);
      } else if ((entry & MARK) !== 0) {
        continue;
      }
      hash = Math.imul(hash ^ fold, FNV_PRIME);
      // prefix = hash while at most STEM_PREFIX characters are hashed, without a branch: keep is
      // −1 (all bits) before the STEM_PREFIX-th character's hash is taken, then 0.
      const keep = (folded - STEM_PREFIX) >> 31;
      prefix = (hash & keep) | (prefix & ~keep);
      folded++;
    } else if (start >= 0) {
      const word = fmix32(hash);
      hashes[count] = word;
      starts[count] = start;
      ends[count] = i;
      // A number is whole (its stem is its hash) and never a stop word.
      let stem = word || 1;
      if (!digit) {
        if (folded < MIN_CONTENT_WORD_LENGTH) stem = 0;
        else if (STOP_WORD_FILTER[word >>> 16] === 1 && isStopWordHash(text, start, i, word)) stem = 0;
        else if (folded > STEM_PREFIX) stem = fmix32(prefix) || 1;
      }
      stems[count] = stem;
      count++;
      start = -1;
    }
  }
  return {
    count,
    hashes: hashes.subarray(0, count),
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    stems: stems.subarray(0, count),
    initials: initials.subarray(0, count),
  };
}
