/**
 * Named entities, heuristically: who, where and how much an article is about.
 *
 * Computes, from the scanned words of a text (see words.ts), the entity keys it mentions, as
 * hashes (see `hashKey`), one per mention:
 * - names: runs of capitalised words not opening a sentence ("Mark Teixeira", "Bank of America");
 *   a capitalised sentence opener counts when the same word also appears capitalised inside a
 *   sentence elsewhere in the text (so "Teixeira said …" at a sentence start is kept once the text
 *   has shown "Mark Teixeira"). Each name yields its parts ("mark", "teixeira") and, for runs of two
 *   or more, the whole run ("mark teixeira"), so a later "Teixeira" alone still matches;
 * - acronyms: all-capital words of two or more characters ("CIA", "USAF", "C5"), anywhere;
 * - numbers: a number with the word that follows it as its unit ("160 million", "6.1 magnitude",
 *   "10 people"), a percentage ("3.5 %" → "3.5 percent"), and the number alone when it has two or
 *   more digits or a decimal point (years, death tolls, magnitudes) — single digits alone are noise.
 * Reference: none beyond the common capitalisation heuristic of early NER baselines (e.g. the
 * "proper noun" heuristic in Mikheev, "A knowledge-free method for capitalized word
 * disambiguation", ACL 1999); no gazetteer, no model, no dependencies.
 * Invariants: deterministic and pure; keys are folded (lower case, no diacritics) before hashing,
 * so `hashKey("mark teixeira")` is the key of "Mark Teixeira"; honorifics ("Mr", "Dr") and
 * capitalised function words ("The", "But") never form a name.
 * Cost: two passes over the words, O(n), one 4-byte key per mention.
 */

import {
  ACRONYM,
  CAPITALISED,
  combineHashes,
  GAP_BLOCKS_UNIT,
  GAP_MARK,
  GAP_PERCENT,
  HAS_DIGIT,
  hashKey,
  MULTI_DIGIT,
  NUMERIC,
  type ScannedWords,
  SENTENCE_START,
  scanWords,
} from './words.js';

const hashSet = (words: string): ReadonlySet<number> => new Set(words.split(' ').map(hashKey));

/** Capitalised words that are not names: function words, honorifics, calendar words. */
const NOT_NAME = hashSet(
  'a an the and or but if so as at by for from in into of on to with without after before during ' +
    'while when where what which who whom whose why how this that these those there here it its he she ' +
    'they we you i his her their our my your me him them us is was are were be been has have had do does ' +
    'did will would can could should may might must not no yes mr mrs ms dr sir st jr sr prof ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow ' +
    'according also however meanwhile although though despite just only even still then now',
);

/** Lower-case words that may join two capitalised words inside one name ("Bank of America"). */
const NAME_JOINER = hashSet('of de del della di da van von bin al la le du der den');

/** Words that are not units when they follow a number ("5 of", "2008 and"). */
const NOT_UNIT = hashSet(
  'a an the and or but of in on at to for from by with as is was are were that which who than per',
);

const PERCENT_KEY = hashKey('percent');

/** The entity keys of a text with how often each occurs (for tests and inspection). */
export function extractEntities(text: string): Map<number, number> {
  const out = new Map<number, number>();
  const keys = entitiesOfWords(scanWords(text));
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

/** The entity keys of already scanned words, one per mention, in text order. */
export function entitiesOfWords(words: ScannedWords): Uint32Array {
  const { count, folded, flags } = words;
  let out = new Uint32Array(Math.max(16, count));
  let size = 0;
  const add = (key: number): void => {
    if (size === out.length) {
      const grown = new Uint32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[size++] = key;
  };
  // Words seen capitalised inside a sentence: proper names, whatever their position.
  const insideCapitalised = new Set<number>();
  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if (f & CAPITALISED && !(f & SENTENCE_START) && !(f & NUMERIC)) insideCapitalised.add(folded[i]!);
  }
  const isNameWord = (i: number): boolean => {
    const f = flags[i]!;
    return (
      (f & CAPITALISED) !== 0 &&
      (f & NUMERIC) === 0 &&
      !NOT_NAME.has(folded[i]!) &&
      ((f & SENTENCE_START) === 0 || (f & ACRONYM) !== 0 || insideCapitalised.has(folded[i]!))
    );
  };

  // The current name run: its combined key, its length and its words (to emit the parts).
  let runKey = 0;
  let runLength = 0;
  let runStart = 0;
  const flush = (end: number): void => {
    if (runLength === 0) return;
    for (let k = runStart; k < end; k++) if (!NAME_JOINER.has(folded[k]!)) add(folded[k]!);
    if (runLength > 1) add(runKey);
    runLength = 0;
  };
  const extend = (i: number): void => {
    if (runLength === 0) {
      runStart = i;
      runKey = folded[i]!;
    } else {
      runKey = combineHashes(runKey, folded[i]!);
    }
    runLength++;
  };
  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if (isNameWord(i)) {
      // A sentence boundary or a comma between two names ends the first.
      if (runLength > 0 && f & GAP_MARK) flush(i);
      extend(i);
      continue;
    }
    if (
      runLength > 0 &&
      NAME_JOINER.has(folded[i]!) &&
      i + 1 < count &&
      !(f & GAP_MARK) &&
      isNameWord(i + 1) &&
      !(flags[i + 1]! & SENTENCE_START)
    ) {
      extend(i);
      continue;
    }
    flush(i);
    if (f & ACRONYM && !(f & NUMERIC)) add(folded[i]!);
    if (f & NUMERIC) {
      const value = folded[i]!;
      if (f & MULTI_DIGIT) add(value);
      if (i + 1 >= count) continue;
      const g = flags[i + 1]!;
      if (g & GAP_BLOCKS_UNIT) {
        if (g & GAP_PERCENT) add(combineHashes(value, PERCENT_KEY));
        continue;
      }
      if (!(g & (NUMERIC | CAPITALISED | HAS_DIGIT)) && !NOT_UNIT.has(folded[i + 1]!)) {
        add(combineHashes(value, folded[i + 1]!));
      }
    }
  }
  flush(count);
  return out.subarray(0, size);
}
