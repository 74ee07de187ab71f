/**
 * Character classes for reading words straight from a body's UTF-16 code units.
 *
 * Computes, for a code unit, the folded form that tokenize() hashes (lower case, no
 * diacritics), whether it is a combining mark that a word skips after its first character,
 * and whether it is an upper-case letter (it differs from its toLowerCase()). prepareAlignment
 * reads stems and proper nouns with these instead of slicing and folding a string per word.
 * Reference: derived from foldWord() of ../tokens.ts, one code unit at a time, so the folding is
 * the tokenizer's by construction ("a" + mark folds to "a" exactly when the tokenizer skips it).
 * Invariants: classOf(code) is a pure function of code; the table only caches it.
 * Cost: O(1) per code unit after its first use; 256 KB for the table, filled lazily (a few
 * microseconds per new code unit, once per thread).
 */
import { foldWord } from '../tokens.js';

/** Bit 0: the entry is filled; bit 1: combining mark; bit 2: upper case; bits 3–18: folded code unit. */
const classes = new Int32Array(65536);

export const MARK = 2;
export const UPPER = 4;

/** The class entry of a code unit: foldedOf(entry), and the MARK and UPPER bits. */
export function classOf(code: number): number {
  const entry = classes[code]!;
  return entry !== 0 ? entry : fill(code);
}

/** The folded code unit of a class entry (0 for a character that separates words). */
export function foldedOf(entry: number): number {
  return entry >>> 3;
}

function fill(code: number): number {
  const char = String.fromCharCode(code);
  const folded = foldWord(char);
  const fold = folded.length === 0 ? 0 : folded.charCodeAt(0);
  const mark = fold !== 0 && foldWord(`a${char}`).length === 1;
  const upper = char !== char.toLowerCase();
  const entry = 1 | (mark ? MARK : 0) | (upper ? UPPER : 0) | (fold << 3);
  classes[code] = entry;
  return entry;
}
