/**
 * Named entities, heuristically: who, where and how much an article is about.
 *
 * Computes, from the words of a text (see words.ts), a bag of entity keys with counts:
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
 * Invariants: deterministic; keys are folded (lower case, no diacritics); honorifics ("Mr", "Dr")
 * and capitalised function words ("The", "But") never form a name.
 * Cost: two passes over the words, O(n).
 */

import { scanWords, type Word } from './words.js';

/** Capitalised words that are not names: function words, honorifics, calendar words. */
const NOT_NAME: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so as at by for from in into of on to with without after before during ' +
    'while when where what which who whom whose why how this that these those there here it its he she ' +
    'they we you i his her their our my your me him them us is was are were be been has have had do does ' +
    'did will would can could should may might must not no yes mr mrs ms dr sir st jr sr prof ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow ' +
    'according also however meanwhile although though despite just only even still then now'
  ).split(' '),
);

/** Lower-case words that may join two capitalised words inside one name ("Bank of America"). */
const NAME_JOINER: ReadonlySet<string> = new Set([
  'of',
  'de',
  'del',
  'della',
  'di',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'der',
  'den',
]);

/** Words that are not units when they follow a number ("5 of", "2008 and"). */
const NOT_UNIT: ReadonlySet<string> = new Set(
  'a an the and or but of in on at to for from by with as is was are were that which who than per'.split(' '),
);

const LETTERS_ONLY = /^[\p{L}\p{M}'’.-]+$/u;

/** The entity keys of a text with how often each occurs. */
export function extractEntities(text: string): Map<string, number> {
  return entitiesOfWords(scanWords(text));
}

/** The entity keys of already scanned words with how often each occurs. */
export function entitiesOfWords(words: readonly Word[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string): void => {
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  // Words seen capitalised inside a sentence: proper names, whatever their position.
  const insideCapitalised = new Set<string>();
  for (const word of words) {
    if (word.capitalised && !word.sentenceStart && !word.numeric) insideCapitalised.add(word.folded);
  }
  const isNameWord = (word: Word): boolean =>
    word.capitalised &&
    !word.numeric &&
    !NOT_NAME.has(word.folded) &&
    (!word.sentenceStart || word.acronym || insideCapitalised.has(word.folded));

  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    for (const part of run) if (!NAME_JOINER.has(part)) add(part);
    if (run.length > 1) add(run.join(' '));
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isNameWord(word)) {
      // A sentence boundary or a comma between two names ends the first.
      if (run.length > 0 && /[^\s]/.test(word.gapBefore)) flush();
      run.push(word.folded);
      continue;
    }
    const next = words[i + 1];
    if (
      run.length > 0 &&
      NAME_JOINER.has(word.folded) &&
      next !== undefined &&
      !/[^\s]/.test(word.gapBefore) &&
      isNameWord(next) &&
      !next.sentenceStart
    ) {
      run.push(word.folded);
      continue;
    }
    flush();
    if (word.acronym && !word.numeric) add(word.folded);
    if (word.numeric) addNumber(word, next, add);
  }
  flush();
  return out;
}

function addNumber(word: Word, next: Word | undefined, add: (key: string) => void): void {
  const value = word.raw;
  const digits = value.replace(/\D/g, '').length;
  if (digits >= 2 || value.includes('.')) add(value);
  if (next === undefined || /[^\s$€£]/.test(next.gapBefore)) {
    if (next?.gapBefore.trimStart().startsWith('%')) add(`${value} percent`);
    return;
  }
  if (!next.numeric && !next.capitalised && LETTERS_ONLY.test(next.raw) && !NOT_UNIT.has(next.folded)) {
    add(`${value} ${next.folded}`);
  }
}
