/**
 * Character classes for reading words straight from a body's UTF-16 code units.
 *
 * Computes, for a code unit, the folded form that tokenize() hashes (lower case, no
 * diacritics), whether it is a combining mark that a word skips after its first character,
 * whether it changes under toLowerCase() (upper case) or under toUpperCase() (lower case), and
 * whether those two differ (a letter). prepareAlignment reads stems, proper nouns and sentence
 * ends with these instead of slicing, folding and case-mapping a string per word.
 * Reference: derived from foldWord() of ../tokens.ts, one code unit at a time, so the folding is
 * the tokenizer's by construction ("a" + mark folds to "a" exactly when the tokenizer skips it).
 * Invariants: classOf(code) is a pure function of code; the table only caches it.
 * Cost: O(1) per code unit after its first use; 256 KB for the table, filled lazily (a few
 * microseconds per new code unit, once per thread).
 */
import { foldWord } from '../tokens.js';

/**
 * Bit 0: the entry is filled; then MARK, UPPER, LOWER, LETTER; bits 5–20: the folded code unit.
 */
const classes = new Int32Array(65536);

/** A combining mark that tokenize() skips after a word's first character. */
export const MARK = 2;
/** char !== char.toLowerCase(). */
export const UPPER = 4;
/** char !== char.toUpperCase(). */
export const LOWER = 8;
/** char.toLowerCase() !== char.toUpperCase(). */
export const LETTER = 16;
const FOLD_SHIFT = 5;

/** The class entry of a code unit: foldedOf(entry), and the MARK, UPPER, LOWER and LETTER bits. */
export function classOf(code: number): number {
  const entry = classes[code]!;
  return entry !== 0 ? entry : fill(code);
}

/** The folded code unit of a class entry (0 for a character that separates words). */
export function foldedOf(entry: number): number {
  return entry >>> FOLD_SHIFT;
}

function fill(code: number): number {
  const char = String.fromCharCode(code);
  const folded = foldWord(char);
  const fold = folded.length === 0 ? 0 : folded.charCodeAt(0);
  const mark = fold !== 0 && foldWord(`a${char}`).length === 1;
  const upper = char !== char.toLowerCase();
  const lower = char !== char.toUpperCase();
  const letter = char.toLowerCase() !== char.toUpperCase();
  const entry =
    1 |
    (mark ? MARK : 0) |
    (upper ? UPPER : 0) |
    (lower ? LOWER : 0) |
    (letter ? LETTER : 0) |
    (fold << FOLD_SHIFT);
  classes[code] = entry;
  return entry;
}
