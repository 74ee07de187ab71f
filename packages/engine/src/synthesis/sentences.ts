/**
 * Sentences: splits a text (an article's body text) into sentences with their character spans.
 *
 * Computes the sentences of a text: a sentence ends at ".", "!", "?" or "…" (optionally followed
 * by closing quotes or brackets) when whitespace and then an upper-case letter, a digit, an
 * opening quote or bracket follow, or the text ends; and always at a line break (a body's
 * paragraphs are joined by "\n", and no sentence spans two paragraphs).
 * A full stop does not end a sentence after a known abbreviation ("Mr.", "Feb.", "U.S." before
 * a name), after a single capital letter (initials: "John F. Kennedy"), inside a number
 * ("3.5") or a dotted acronym ("U.S.") unless the next word plainly begins a sentence.
 * Reference: the rule set of Punkt-style splitters (Kiss & Strunk 2006) without the learned
 * parameters: orthographic context (next word's case) plus an abbreviation list.
 * Invariants: spans are [start, end) offsets into the input, increasing, non-overlapping,
 * trimmed of whitespace, and `text === input.slice(start, end)`; no sentence is empty; each
 * non-whitespace character of the input lies in exactly one sentence.
 * Cost: one pass over the characters, O(n); a regular expression jumps to each line break or
 * terminal mark (natively, about five times faster than a loop over every character here).
 */
import { ABBREVIATIONS, ABBREVIATIONS_THAT_MAY_END } from './defaults.js';

export interface Sentence {
  text: string;
  /** [start, end) character offsets into the text given to splitSentences. */
  span: [number, number];
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«', '‹']);
/** Words that may start a sentence after a dotted acronym ("… in the U.S. The visit …"). */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'in',
  'on',
  'at',
  'his',
  'her',
  'their',
  'its',
  'there',
  'as',
  'after',
  'when',
  'while',
  'for',
  'if',
  'some',
  'many',
  'officials',
  'one',
  'both',
]);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\u2009' || ch === '\u202f';
}

/** Whether a code unit is whitespace (for trimming sentences; line breaks included). */
function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x3000
  );
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The word (letters and dots) that ends at index `dot` (the full stop), e.g. "U.S" or "Mr". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0) {
    const ch = text[i - 1]!;
    if (ch === '.' || /\p{L}/u.test(ch)) i--;
    else break;
  }
  return text.slice(i, dot);
}

/** The next word after `from` (skipping opening quotes), lower-cased, letters only. */
function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS.has(text[i]!)) i++;
  let j = i;
  while (j < text.length && /\p{L}/u.test(text[j]!)) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether the full stop at `dot` ends a sentence, given that `next` is the first character after the whitespace. */
function fullStopEnds(text: string, dot: number, nextIndex: number): boolean {
  const next = text[nextIndex];
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (word.length === 0) {
    // "3.5" has no space; here the full stop follows a digit, quote or bracket: it ends.
    return true;
  }
  if (word.includes('.')) {
    // Dotted acronym ("U.S", "e.g"): ends only when the next word plainly starts a sentence.
    if (ABBREVIATIONS.has(lower)) return false;
    return SENTENCE_STARTERS.has(wordAfter(text, nextIndex));
  }
  if (word.length === 1 && isUpper(word)) {
    // An initial ("John F. Kennedy") unless the next word starts a sentence ("… Plan B. The …").
    return SENTENCE_STARTERS.has(wordAfter(text, nextIndex));
  }
  if (ABBREVIATIONS.has(lower)) {
    if (ABBREVIATIONS_THAT_MAY_END.has(lower))
      return isUpper(next) && SENTENCE_STARTERS.has(wordAfter(text, nextIndex));
    // "No. 5" and "Feb. 24" continue; "Mr. Blinken" continues.
    return false;
  }
  return true;
}

/** A line break or a terminal mark: where a sentence may end. */
const CANDIDATE = /[\n.!?…]/g;

/** Splits text into sentences with [start, end) spans into it. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), span: [s, e] });
    start = end;
  };
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      // Jump to the next line break or terminal mark (the regular expression scans natively).
      CANDIDATE.lastIndex = i;
      if (!CANDIDATE.test(text)) break;
      i = CANDIDATE.lastIndex - 1;
      code = text.charCodeAt(i);
    }
    if (code === 10) {
      push(i);
      continue;
    }
    // . ! ? …
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const ch = text[i]!;
    // Take the whole run of terminal marks and closing quotes/brackets: "…?!" or ".”)".
    let end = i + 1;
    while (end < length && (text[end] === '.' || text[end] === '!' || text[end] === '?' || text[end] === '…'))
      end++;
    while (end < length && CLOSERS.has(text[end]!)) end++;
    if (end >= length) {
      push(length);
      i = length;
      break;
    }
    if (!isSpace(text[end]) && text[end] !== '\n') {
      // "3.5", "U.S", "example.com": no space, no end.
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < length && isSpace(text[next])) next++;
    if (next >= length || text[next] === '\n') {
      push(end);
      i = end - 1;
      continue;
    }
    const nextChar = text[next];
    const startsSentence =
      isUpper(nextChar) ||
      isDigit(nextChar) ||
      OPENERS.has(nextChar!) ||
      nextChar === '-' ||
      nextChar === '–' ||
      nextChar === '—';
    if (!startsSentence) {
      i = end - 1;
      continue;
    }
    // A full stop directly before the closers decides; "!" and "?" always end.
    const lastMark = text.slice(i, end).replace(/[^.!?…]/gu, '');
    const ends = lastMark.length > 1 || ch !== '.' ? true : fullStopEnds(text, i, next);
    if (ends) push(end);
    i = end - 1;
  }
  if (start < length) push(length);
  return sentences;
}
