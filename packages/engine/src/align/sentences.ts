/**
 * Sentence and paragraph boundaries of a body, in word indices.
 *
 * Computes where sentences and paragraphs start, from the text between consecutive words: a
 * line break ends a paragraph (and its sentence); a full stop, question or exclamation mark
 * ends a sentence when the next word does not start in lower case and the word before it is
 * not an initial ("U.S.") or a common abbreviation ("Mr.", "Feb.").
 * Reference: the punctuation-and-capital rule that Punkt (Kiss & Strunk 2006) starts from,
 * without its learnt abbreviation lists; errors only make sentences longer or shorter.
 * Invariants: starts are strictly increasing, start with 0 when there are words, and the
 * returned arrays end with a sentinel equal to the word count.
 * Cost: O(characters between words).
 */
import type { Tokens } from '../tokens.js';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen sen rep gov col lt sgt capt st jr sr jan feb mar apr jun jul aug sep sept oct nov dec no vs inc corp co ltd etc approx'.split(
    ' ',
  ),
);

export interface Boundaries {
  /** Word index where each sentence starts, then the word count. */
  sentenceStarts: Uint32Array;
  /** Word index where each paragraph starts, then the word count. */
  paragraphStarts: Uint32Array;
}

export function findBoundaries(text: string, tokens: Tokens): Boundaries {
  const { count, starts, ends } = tokens;
  const sentences: number[] = [];
  const paragraphs: number[] = [];
  if (count > 0) {
    sentences.push(0);
    paragraphs.push(0);
  }
  for (let k = 0; k + 1 < count; k++) {
    let newline = false;
    let stop = false;
    for (let i = ends[k]!; i < starts[k + 1]!; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) newline = true;
      else if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x3002) stop = true;
    }
    if (newline) {
      sentences.push(k + 1);
      paragraphs.push(k + 1);
    } else if (stop && endsSentence(text, starts[k]!, ends[k]!, starts[k + 1]!)) {
      sentences.push(k + 1);
    }
  }
  sentences.push(count);
  paragraphs.push(count);
  return { sentenceStarts: Uint32Array.from(sentences), paragraphStarts: Uint32Array.from(paragraphs) };
}

/** Whether a stop after the word [start, end) ends its sentence, given where the next word starts. */
function endsSentence(text: string, start: number, end: number, nextStart: number): boolean {
  const next = text.charAt(nextStart);
  if (next !== next.toUpperCase()) return false; // "Feb. 24 … said in a statement. then" → lower case goes on
  if (end - start === 1 && isLetter(text.charAt(start))) return false; // initials: "U.S.", "J. Smith"
  return !ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}
