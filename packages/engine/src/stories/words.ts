/**
 * Words of an article for story clustering: each word with its case and whether it opens a
 * sentence, folded (lower case, no diacritics) and lightly stemmed.
 *
 * Computes: a list of words from a text, in order. Acronyms written with dots ("U.S.", "C.I.A.")
 * are joined first ("US", "CIA"); a trailing possessive ("Blinken’s") is dropped; numbers keep
 * their inner separators ("6.1", "1,000" → "1000").
 * Reference: the "S-stemmer" of Harman (1991, "How effective is suffixing?") extended with -ing/-ed,
 * which conflates inflections without Porter's aggressive derivational cuts.
 * Invariants: deterministic; `folded` uses `foldWord` from tokens.ts, so it matches the
 * tokenizer's folding; a word is a sentence opener when only sentence punctuation, a line break or
 * nothing separates it from the previous sentence.
 * Cost: one regular-expression pass, O(n) in the text length.
 */

import { foldWord } from '../tokens.js';

export interface Word {
  /** As written, possessive removed. */
  raw: string;
  /** Lower case, no diacritics. */
  folded: string;
  /** First letter upper case. */
  capitalised: boolean;
  /** Two or more letters, all upper case (digits allowed: "C5"). */
  acronym: boolean;
  /** Digits only after removing thousands separators ("6.1", "2008", "1000"). */
  numeric: boolean;
  /** First word of a sentence, a line or the text. */
  sentenceStart: boolean;
  /** The characters between the previous word and this one. */
  gapBefore: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,'’-][\p{L}\p{M}\p{N}]+)*/gu;
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;
const SENTENCE_END = /[.!?\n:;]/;
const UPPER = /^\p{Lu}/u;
const NUMERIC = /^\d+(?:[.,]\d+)*$/;
const HAS_LOWER = /\p{Ll}/u;

/** Splits a text into words with their case and sentence position. */
export function scanWords(text: string): Word[] {
  const source = text.replace(DOTTED_ACRONYM, (match) => match.replaceAll('.', ''));
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of source.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    const gap = start - previousEnd === 1 ? ' ' : source.slice(previousEnd, start);
    previousEnd = start + raw.length;
    const lastQuote = Math.max(raw.lastIndexOf("'"), raw.lastIndexOf('’'));
    if (lastQuote > 0 && raw.length - lastQuote <= 2) raw = raw.slice(0, lastQuote);
    const first = raw.charCodeAt(0);
    const numeric = first >= 48 && first <= 57 && NUMERIC.test(raw);
    // "1,000" → "1000"; a comma followed by three digits is a thousands separator.
    if (numeric && raw.includes(',')) raw = raw.replace(/,(?=\d{3}\b)/g, '');
    const capitalised = first < 128 ? first >= 65 && first <= 90 : UPPER.test(raw);
    words.push({
      raw,
      folded: foldWord(
        raw.includes('-') || raw.includes("'") || raw.includes('’') ? raw.replaceAll(/['’-]/g, '') : raw,
      ),
      capitalised,
      acronym: capitalised && raw.length >= 2 && isAllCaps(raw),
      numeric,
      sentenceStart: words.length === 0 || (gap !== ' ' && SENTENCE_END.test(gap)),
      gapBefore: gap,
    });
  }
  return words;
}

/** No lower-case letter in the word (digits allowed: "C5", "USAF"). */
function isAllCaps(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128 && HAS_LOWER.test(raw[i]!)) return false;
  }
  return true;
}

/** Conflates English inflections: "earthquakes" → "earthquake", "killed" → "kill". */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && n > 6) return trimDouble(word.slice(0, -3));
  if (word.endsWith('ed') && n > 5 && !word.endsWith('eed')) return trimDouble(word.slice(0, -2));
  if (word.endsWith('es') && n > 4 && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ws)$/.test(word)) return word.slice(0, -1);
  return word;
}

function trimDouble(word: string): string {
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
