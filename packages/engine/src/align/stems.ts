/**
 * Stems of content words: what the sentence-level pass compares.
 *
 * Computes, for a folded word, a 32-bit hash of its first STEM_PREFIX characters when it is a
 * content word, or 0 for a stop word or a word shorter than MIN_CONTENT_WORD_LENGTH. Numbers
 * are kept whole ("1991" must not match "1992").
 * Reference: prefix truncation as a stemmer (Mayfield & McNamee 2003); the stop words are the
 * common English function words (after the SMART list of Salton 1971, shortened).
 * stemHash() takes a folded string (the definition); scanWords() (word-scan.ts) computes the
 * same value while it reads the words, and finds stop words with isStopWordHash(): by the word's
 * hash, a hit checked character by character.
 * Invariants: deterministic; never 0 for a content word.
 * Cost: O(word length); no allocation.
 */
import { fmix32, tokenize } from '../tokens.js';
import { classOf, foldedOf, MARK } from './char-classes.js';
import { MIN_CONTENT_WORD_LENGTH, STEM_PREFIX } from './defaults.js';

const STOP_WORDS = new Set(
  (
    'about above after again against all also and any are around because been before being ' +
    'below between both but can could did does doing down during each few for from further had has ' +
    'have having her here hers herself him himself his how into its itself just more most much ' +
    'must not now off once only other our ours out over own same she should some such than that ' +
    'the their theirs them themselves then there these they this those through too under until ' +
    'upon very was were what when where which while who whom whose why will with would you your ' +
    'yours yourself said says say told according also may might one two three new last first ' +
    'year years week day days time since still even many well like who'
  ).split(' '),
);

/** Whether a folded word is a stop word (no evidence of copying by itself). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

/** The stem hash of a folded word, or 0 when it is not a content word. */
export function stemHash(folded: string): number {
  if (folded.length < MIN_CONTENT_WORD_LENGTH && !isDigit(folded.charCodeAt(0))) return 0;
  if (STOP_WORDS.has(folded)) return 0;
  const end = isDigit(folded.charCodeAt(0)) ? folded.length : Math.min(folded.length, STEM_PREFIX);
  let hash = 0x811c9dc5;
  for (let i = 0; i < end; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
  return fmix32(hash) || 1;
}

/** Open-addressing table of the stop words' word hashes (0 = empty), with the word in each slot. */
const STOP_SLOTS = 1024;
/** Code units kept per slot (the longest stop word has 10). */
const STOP_STRIDE = 16;
/**
 * Per value of a word hash's top 16 bits: 1 when a stop word's hash has them. A word whose
 * entry is 0 is no stop word (one load instead of a probe; about 0.2% of other words pass).
 */
export const STOP_WORD_FILTER = new Uint8Array(65536);
const stopHashes = new Int32Array(STOP_SLOTS);
const stopLengths = new Uint8Array(STOP_SLOTS);
const stopChars = new Uint16Array(STOP_SLOTS * STOP_STRIDE);
for (const word of STOP_WORDS) {
  const hash = tokenize(word).hashes[0]! | 0;
  if (hash === 0 || word.length > STOP_STRIDE)
    throw new Error(`align: stop word ${word} does not fit the table`);
  let slot = hash & (STOP_SLOTS - 1);
  while (stopHashes[slot] !== 0) slot = (slot + 1) & (STOP_SLOTS - 1);
  stopHashes[slot] = hash;
  stopLengths[slot] = word.length;
  for (let i = 0; i < word.length; i++) stopChars[slot * STOP_STRIDE + i] = word.charCodeAt(i);
  STOP_WORD_FILTER[hash >>> 16] = 1;
}

/** Whether the word [start, end) with hash `hash` is a stop word (a hash hit is checked by its characters). */
export function isStopWordHash(text: string, start: number, end: number, hash: number): boolean {
  const key = hash | 0;
  for (let slot = key & (STOP_SLOTS - 1); stopHashes[slot] !== 0; slot = (slot + 1) & (STOP_SLOTS - 1)) {
    if (stopHashes[slot] === key && foldsTo(text, start, end, slot)) return true;
  }
  return false;
}

/** Whether the word [start, end) folds to the stop word in `slot`. */
function foldsTo(text: string, start: number, end: number, slot: number): boolean {
  const length = stopLengths[slot]!;
  const base = slot * STOP_STRIDE;
  let at = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (at < length && code === stopChars[base + at]) {
      at++; // the stop words are folded already: an equal code unit folds equal
      continue;
    }
    const entry = classOf(code);
    if ((entry & MARK) !== 0 && i > start) continue;
    if (at === length || foldedOf(entry) !== stopChars[base + at]) return false;
    at++;
  }
  return at === length;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
