/**
 * Tokens: the words of a text, hashed in the same pass that finds them.
 *
 * Computes, for each word (a maximal run of letters and digits), its 32-bit hash and its
 * [start, end) character offsets. Letters are folded to lower case without diacritics
 * ("Élysée" → "elysee"), so that copies that differ only in case, accents, quote style or
 * punctuation hash the same. Every other character separates words.
 * Reference: FNV-1a (Fowler–Noll–Vo) over folded UTF-16 code units, finished by MurmurHash3's
 * fmix32 so that low bits are well mixed.
 * Invariants: deterministic; hashes depend only on the folded word; offsets are increasing and
 * index into the input string.
 * Cost: one pass over the code units, O(n) time, 12 bytes per word.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** For each UTF-16 code unit: its folded form, or 0 when it separates words. */
const FOLD = buildFold();

function buildFold(): Uint16Array {
  const fold = new Uint16Array(65536);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let code = 0; code < 65536; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      fold[code] = code; // surrogate halves: part of a word (emoji, rare scripts), unfolded
      continue;
    }
    const char = String.fromCharCode(code);
    if (!wordChar.test(char)) continue;
    const base = char.normalize('NFD').toLowerCase();
    const first = base.charCodeAt(0);
    // Combining marks alone (stripped accents) fold to 0 only when they follow a base letter;
    // a code unit that is itself a mark is kept so that scripts written with marks still hash.
    fold[code] = first;
  }
  return fold;
}

/** Whether a code unit is a combining mark that NFD split from a letter (skipped when hashing). */
const MARK = /\p{M}/u;
const IS_MARK = new Uint8Array(65536);
for (let code = 0x300; code < 65536; code++) {
  if (MARK.test(String.fromCharCode(code))) IS_MARK[code] = 1;
}

export interface Tokens {
  count: number;
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Splits text into words and hashes each, in one pass. */
export function tokenize(text: string): Tokens {
  const length = text.length;
  // Upper bound on words: one per two code units (a word and a separator).
  const capacity = (length >>> 1) + 1;
  const hashes = new Uint32Array(capacity);
  const starts = new Uint32Array(capacity);
  const ends = new Uint32Array(capacity);
  let count = 0;
  let hash = FNV_OFFSET;
  let start = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const folded = FOLD[code]!;
    if (folded !== 0) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      if (IS_MARK[code] === 1 && i > start) continue;
      hash = Math.imul(hash ^ folded, FNV_PRIME);
    } else if (start >= 0) {
      hashes[count] = fmix32(hash);
      starts[count] = start;
      ends[count] = i;
      count++;
      start = -1;
    }
  }
  if (start >= 0) {
    hashes[count] = fmix32(hash);
    starts[count] = start;
    ends[count] = length;
    count++;
  }
  return {
    count,
    hashes: hashes.subarray(0, count),
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
  };
}

/** The folded form of a word (lower case, no diacritics), for tests and display. */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const folded = FOLD[code]!;
    if (folded !== 0 && !(IS_MARK[code] === 1 && i > 0)) out += String.fromCharCode(folded);
  }
  return out;
}
