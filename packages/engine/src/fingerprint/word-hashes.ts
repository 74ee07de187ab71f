/**
 * Word hashes of a text into a reused buffer: tokenize() without offsets and without allocation.
 *
 * Computes the same 32-bit word hashes as tokenize() in ../tokens.ts (FNV-1a over folded UTF-16
 * code units, finished by fmix32), but writes only the hashes, into a buffer that is kept and
 * grown between calls, so fingerprinting allocates nothing per article but its signature.
 * The folding tables are derived once, lazily, from tokens.ts's own foldWord(), so the two stay
 * in step; a property test checks that both give identical hashes on real and random text.
 * Invariants: hashes[0 … count) equal tokenize(text).hashes; the returned view is overwritten by
 * the next call (callers must not keep it).
 * Cost: one pass over the code units, O(n); the first call builds two 64 K tables (about 10 ms).
 */

import { fmix32, foldWord } from '../tokens.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Bit set in a table entry when the code unit is a combining mark (skipped inside a word). */
const MARK_BIT = 0x10000;

/** For each UTF-16 code unit: 0 for a separator, else its folded form, with MARK_BIT for a mark. */
let table: Int32Array | undefined;
let buffer = new Uint32Array(4096);

/** Builds the table from foldWord(), the tokenizer's public definition of folding. */
function buildTable(): Int32Array {
  const t = new Int32Array(65536);
  for (let code = 0; code < 65536; code++) {
    const char = String.fromCharCode(code);
    const folded = foldWord(char);
    if (folded.length === 0) continue;
    // A mark is skipped when it follows the first unit of a word: foldWord('a' + mark) === 'a'.
    t[code] = folded.charCodeAt(0) | (foldWord(`a${char}`) === 'a' ? MARK_BIT : 0);
  }
  return t;
}

/** Word hashes of `text`, as tokenize(text).hashes, in a view valid until the next call. */
export function wordHashes(text: string): Uint32Array {
  if (table === undefined) table = buildTable();
  const t = table;
  const length = text.length;
  const capacity = (length >>> 1) + 1;
  if (buffer.length < capacity) buffer = new Uint32Array(Math.max(capacity, buffer.length * 2));
  const out = buffer;
  let count = 0;
  let i = 0;
  // One iteration per word: skip separators, then hash the word's units in a tight inner loop.
  while (i < length) {
    let entry = t[text.charCodeAt(i)]!;
    i++;
    if (entry === 0) continue;
    let hash = Math.imul(FNV_OFFSET ^ (entry & 0xffff), FNV_PRIME);
    while (i < length) {
      entry = t[text.charCodeAt(i)]!;
      if (entry === 0) break;
      if (entry < MARK_BIT) hash = Math.imul(hash ^ entry, FNV_PRIME);
      i++;
    }
    i++; // the separator that ended the word (or past the end)
    out[count++] = fmix32(hash);
  }
  return out.subarray(0, count);
}
