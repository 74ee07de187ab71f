/**
 * Words of an article for story clustering, hashed in the pass that finds them: each word's
 * folded hash, its stemmed term hash and flags for case, digits and sentence position.
 *
 * Computes: for a text, parallel typed arrays over its words, in order. Acronyms written with dots
 * ("U.S.", "C.I.A.") are one word ("us", "cia"); a trailing possessive ("Blinken’s") is dropped;
 * hyphens and apostrophes inside a word vanish ("team-owned" → "teamowned"); numbers keep their
 * decimal point and lose thousands separators ("6.1", "1,000" → "1000"). Terms are folded words of
 * two or more characters with a letter, not stopwords, lightly stemmed.
 * Reference: FNV-1a over folded UTF-16 code units finished by MurmurHash3's fmix32 (as tokens.ts);
 * the "S-stemmer" of Harman (1991, "How effective is suffixing?") extended with -ing/-ed, which
 * conflates inflections without Porter's aggressive derivational cuts.
 * Invariants: deterministic and pure (no state shared between calls); `hashKey(w)` of a folded
 * word equals the `folded` hash the scanner gives it; folding matches `foldWord` from tokens.ts;
 * a hash is never 0 (0 marks "not a term"); a word opens a sentence when it is the first word or
 * the gap before it is longer than one character and holds one of . ! ? : ; or a line break.
 * Cost: one pass over the UTF-16 code units, O(n) time; 5 bytes of typed arrays per character of
 * input (10 bytes per word slot, one slot per two characters), no object per word.
 */

import { fmix32, foldWord } from '../tokens.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Word flags (bits of `ScannedWords.flags`). */
export const CAPITALISED = 1;
/** Two or more characters, no lower-case letter (digits allowed: "C5", "USAF"). */
export const ACRONYM = 2;
/** Digits, decimal points and thousands separators only ("6.1", "2008", "1000"). */
export const NUMERIC = 4;
/** First word of the text or of a sentence. */
export const SENTENCE_START = 8;
/** The gap before the word holds a character other than white space (a comma, a full stop…). */
export const GAP_MARK = 16;
/** The gap before the word holds a character other than white space and $ € £. */
export const GAP_BLOCKS_UNIT = 32;
/** The gap before the word starts (after white space) with "%". */
export const GAP_PERCENT = 64;
/** A numeric word with two or more digits or a decimal point (years, tolls, magnitudes). */
export const MULTI_DIGIT = 128;
/** The word holds a digit. */
export const HAS_DIGIT = 256;

export interface ScannedWords {
  count: number;
  /** Hash of the folded word (see `hashKey`). */
  folded: Uint32Array;
  /** Hash of the stemmed folded word when it is a term, else 0. */
  terms: Uint32Array;
  flags: Uint16Array;
}

/** Character classes, one byte per UTF-16 code unit. */
const LETTER = 1;
const DIGIT = 2;
const MARK = 4;
const UPPER = 8;
const LOWER = 16;
const SPACE = 32;
const SENTENCE_END = 64;

const CLASS = new Uint8Array(65536);
const FOLD = new Uint16Array(65536);
buildTables();

function buildTables(): void {
  const letter = /\p{L}/u;
  const number = /\p{N}/u;
  const mark = /\p{M}/u;
  const upper = /\p{Lu}/u;
  const lower = /\p{Ll}/u;
  const space = /\s/u;
  for (let code = 0; code < 65536; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    let cls = 0;
    if (code < 128) {
      if (code >= 65 && code <= 90) cls = LETTER | UPPER;
      else if (code >= 97 && code <= 122) cls = LETTER | LOWER;
      else if (code >= 48 && code <= 57) cls = DIGIT;
    } else {
      if (letter.test(char)) cls |= LETTER;
      if (number.test(char)) cls |= DIGIT;
      if (mark.test(char)) cls |= MARK;
      if (upper.test(char)) cls |= UPPER;
      if (lower.test(char)) cls |= LOWER;
    }
    if (space.test(char)) cls |= SPACE;
    if ('.!?\n:;'.includes(char)) cls |= SENTENCE_END;
    CLASS[code] = cls;
    if (cls & (LETTER | DIGIT | MARK)) FOLD[code] = foldWord(char).charCodeAt(0) || code;
  }
}

const DOT = 46;
const COMMA = 44;
const HYPHEN = 45;
const QUOTE = 39;
const CURLY_QUOTE = 0x2019;
const PERCENT = 37;

/** Hash of a folded word or key; multi-word keys ("mark teixeira") combine their words' hashes. */
export function hashKey(key: string): number {
  let out = 0;
  let first = true;
  for (const word of key.split(' ')) {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    const h = fmix32(hash) || 1;
    out = first ? h : combineHashes(out, h);
    first = false;
  }
  return out;
}

/** An order-dependent combination of two hashes, never 0. */
export function combineHashes(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ b) || 1;
}

/** Folded words of the stopword list, as hashes. */
const STOPWORD_HASHES = (): ReadonlySet<number> => new Set([...STOPWORDS].map(hashKey));
let stopwordHashes: ReadonlySet<number> | undefined;

/** Splits a text into hashed words with their case, digits and sentence position. */
export function scanWords(text: string): ScannedWords {
  stopwordHashes ??= STOPWORD_HASHES();
  const stops = stopwordHashes;
  const n = text.length;
  const capacity = (n >>> 1) + 1;
  const folded = new Uint32Array(capacity);
  const terms = new Uint32Array(capacity);
  const flags = new Uint16Array(capacity);
  let buffer = new Uint16Array(64);
  let count = 0;
  // The gap since the previous word.
  let gapLength = 0;
  let gapSentenceEnd = false;
  let gapMark = false;
  let gapBlocks = false;
  let gapPercent = false;
  let gapSeenMark = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = CLASS[code]!;
    if ((cls & (LETTER | DIGIT)) === 0) {
      gapLength++;
      if (cls & SENTENCE_END) gapSentenceEnd = true;
      if ((cls & SPACE) === 0) {
        if (!gapSeenMark && code === PERCENT) gapPercent = true;
        gapSeenMark = true;
        gapMark = true;
        if (code !== 36 && code !== 0x20ac && code !== 0xa3) gapBlocks = true;
      }
      i++;
      continue;
    }
    // A word starts at i.
    let length = 0;
    // FNV-1a state over the folded code units, computed as they are read.
    let state = FNV_OFFSET;
    let hasLower = false;
    let hasLetter = false;
    let digits = 0;
    let onlyNumber = (cls & DIGIT) !== 0 && code >= 48 && code <= 57;
    let hasDot = false;
    let quoteAt = -1;
    let quoteLength = 0;
    const start = i;
    const dotted = cls & UPPER && text.charCodeAt(i + 1) === DOT ? dottedAcronymEnd(text, i) : 0;
    let end = i;
    if (dotted > 0) {
      if (buffer.length < dotted - i) buffer = new Uint16Array(dotted - i);
      for (let k = i; k < dotted; k += 2) {
        buffer[length++] = FOLD[text.charCodeAt(k)]!;
      }
      state = fnvState(buffer, length);
      hasLetter = true;
      onlyNumber = false;
      end = dotted;
      i = dotted;
    } else {
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = CLASS[c]!;
        if (k & (LETTER | DIGIT | MARK)) {
          if (k & MARK && i > start) {
            i++;
            continue;
          }
          if (length === buffer.length) {
            const grown = new Uint16Array(buffer.length * 2);
            grown.set(buffer);
            buffer = grown;
          }
          const unit = FOLD[c]!;
          buffer[length++] = unit;
          state = Math.imul(state ^ unit, FNV_PRIME);
          if (k & LOWER) hasLower = true;
          if (k & LETTER) hasLetter = true;
          if (c >= 48 && c <= 57) digits++;
          else onlyNumber = false;
          i++;
          continue;
        }
        const isJoiner = c === DOT || c === COMMA || c === HYPHEN || c === QUOTE || c === CURLY_QUOTE;
        if (!isJoiner || i + 1 >= n || (CLASS[text.charCodeAt(i + 1)]! & (LETTER | DIGIT | MARK)) === 0)
          break;
        if (c === DOT) {
          hasDot = true;
          if (length === buffer.length) {
            const grown = new Uint16Array(buffer.length * 2);
            grown.set(buffer);
            buffer = grown;
          }
          buffer[length++] = DOT;
          state = Math.imul(state ^ DOT, FNV_PRIME);
        } else if (c === COMMA) {
          // Thousands separator in a number; elsewhere (no space after a comma) nothing to keep.
        } else {
          onlyNumber = false;
          if (c !== HYPHEN) {
            quoteAt = i;
            quoteLength = length;
          }
        }
        i++;
      }
      end = i;
      // A possessive or contraction in the last two characters is dropped ("Blinken’s", "don't").
      if (quoteAt > start && end - quoteAt <= 2) {
        length = quoteLength;
        state = fnvState(buffer, length);
        end = quoteAt;
        hasLower = false;
        for (let k = start; k < end; k++) if (CLASS[text.charCodeAt(k)]! & LOWER) hasLower = true;
      }
    }
    let f = 0;
    const capitalised = (cls & UPPER) !== 0;
    if (capitalised) f |= CAPITALISED;
    if (capitalised && end - start >= 2 && !hasLower) f |= ACRONYM;
    if (onlyNumber) {
      f |= NUMERIC;
      if (digits >= 2 || hasDot) f |= MULTI_DIGIT;
    }
    if (digits > 0) f |= HAS_DIGIT;
    if (count === 0 || (gapLength > 1 && gapSentenceEnd)) f |= SENTENCE_START;
    if (gapLength > 1 && gapMark) f |= GAP_MARK;
    if (gapLength > 1 && gapBlocks) f |= GAP_BLOCKS_UNIT;
    if (gapPercent) f |= GAP_PERCENT;
    const hash = fmix32(state) || 1;
    folded[count] = hash;
    flags[count] = f;
    terms[count] =
      length >= 2 && hasLetter && (length > LONGEST_STOPWORD || !stops.has(hash))
        ? stemHash(buffer, length, hash)
        : 0;
    count++;
    gapLength = 0;
    gapSentenceEnd = false;
    gapMark = false;
    gapBlocks = false;
    gapPercent = false;
    gapSeenMark = false;
  }
  return {
    count,
    folded: folded.subarray(0, count),
    terms: terms.subarray(0, count),
    flags: flags.subarray(0, count),
  };
}

/** The end of a dotted acronym ("U.S." → after the last dot) starting at `i`, or 0. */
function dottedAcronymEnd(text: string, i: number): number {
  let k = i;
  while (
    k + 1 < text.length &&
    CLASS[text.charCodeAt(k)]! & UPPER &&
    (CLASS[text.charCodeAt(k)]! & LETTER) !== 0 &&
    text.charCodeAt(k + 1) === DOT
  ) {
    k += 2;
  }
  return k - i >= 4 ? k : 0;
}

/** FNV-1a state (before fmix32) over `buffer[0, n)`. */
function fnvState(buffer: Uint16Array, n: number): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < n; k++) hash = Math.imul(hash ^ buffer[k]!, FNV_PRIME);
  return hash;
}

function hashBuffer(buffer: Uint16Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ buffer[k]!, FNV_PRIME);
  return fmix32(hash) || 1;
}

const Y = 121;

/** Whether the folded word in `buffer[0, n)` ends with `suffix` (ASCII). */
function endsWith(buffer: Uint16Array, n: number, suffix: string): boolean {
  const m = suffix.length;
  if (m > n) return false;
  for (let k = 0; k < m; k++) if (buffer[n - m + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

/**
 * Hash of the stem of the folded word in `buffer[0, n)` (see `stem`), given the hash of the whole
 * word: only words ending in s, d or g can lose a suffix.
 */
function stemHash(buffer: Uint16Array, n: number, wordHash: number): number {
  const last = buffer[n - 1]!;
  if (n <= 3 || (last !== 115 && last !== 100 && last !== 103)) return wordHash;
  if (last === 103)
    return n > 6 && endsWith(buffer, n, 'ing') ? hashBuffer(buffer, 0, trimDouble(buffer, n - 3)) : wordHash;
  if (last === 100) {
    return n > 5 && buffer[n - 2] === 101 && buffer[n - 3] !== 101
      ? hashBuffer(buffer, 0, trimDouble(buffer, n - 2))
      : wordHash;
  }
  if (n > 4 && endsWith(buffer, n, 'ies')) {
    let hash = FNV_OFFSET;
    for (let k = 0; k < n - 3; k++) hash = Math.imul(hash ^ buffer[k]!, FNV_PRIME);
    return fmix32(Math.imul(hash ^ Y, FNV_PRIME)) || 1;
  }
  if (endsWith(buffer, n, 'sses')) return hashBuffer(buffer, 0, n - 2);
  if (
    n > 4 &&
    (endsWith(buffer, n, 'ches') ||
      endsWith(buffer, n, 'shes') ||
      endsWith(buffer, n, 'xes') ||
      endsWith(buffer, n, 'zes'))
  ) {
    return hashBuffer(buffer, 0, n - 2);
  }
  const before = buffer[n - 2]!;
  // Not -ss, -us, -is, -ws.
  if (before === 115 || before === 117 || before === 105 || before === 119) return wordHash;
  return hashBuffer(buffer, 0, n - 1);
}

/** Length after dropping a doubled final consonant other than l, s, z ("stopp" → "stop"). */
function trimDouble(buffer: Uint16Array, n: number): number {
  if (n < 4) return n;
  const last = buffer[n - 1]!;
  if (last === buffer[n - 2] && last !== 108 && last !== 115 && last !== 122) return n - 1;
  return n;
}

/** Conflates English inflections: "earthquakes" → "earthquake", "killed" → "kill". */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && n > 6) return trimDoubleString(word.slice(0, -3));
  if (word.endsWith('ed') && n > 5 && !word.endsWith('eed')) return trimDoubleString(word.slice(0, -2));
  if (word.endsWith('es') && n > 4 && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ws)$/.test(word)) return word.slice(0, -1);
  return word;
}

function trimDoubleString(word: string): string {
  const n = word.length;
  if (n >= 4 && word[n - 1] === word[n - 2] && !'lsz'.includes(word[n - 1] ?? '')) return word.slice(0, -1);
  return word;
}

/** Function words and reporting verbs that say nothing about which event an article reports. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves said says say told according one two three new also may ' +
    'might must shall us mr mrs ms dr would could n t s nt re ve ll d m image photo caption copyright ' +
    'reuters ap afp getty images read more see also monday tuesday wednesday thursday friday saturday ' +
    'sunday today yesterday tomorrow week year years time like get got make made people report reported ' +
    'news told including since still however yet many much well back last first another around even'
  ).split(' '),
);

/** Length of the longest stopword: longer words need no stopword lookup. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((word) => word.length));
