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
 * Cost: O(characters between words); the boundaries are returned as views into buffers reused
 * across calls (the caller copies them).
 */
import type { Tokens } from '../tokens.js';
import { classOf, LETTER, LOWER } from './char-classes.js';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen sen rep gov col lt sgt capt st jr sr jan feb mar apr jun jul aug sep sept oct nov dec no vs inc corp co ltd etc approx'.split(
    ' ',
  ),
);
/** Longer words are no abbreviation (toLowerCase() never shortens a string). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

export interface Boundaries {
  /** Word index where each sentence starts, then the word count. */
  sentenceStarts: Uint32Array;
  /** Word index where each paragraph starts, then the word count. */
  paragraphStarts: Uint32Array;
}

/** Buffers reused across calls: the returned arrays are views into them, valid until the next call. */
let sentenceBuffer = new Uint32Array(1024);
let paragraphBuffer = new Uint32Array(1024);

export function findBoundaries(text: string, tokens: Tokens): Boundaries {
  const { count, starts, ends } = tokens;
  if (sentenceBuffer.length < count + 2) {
    sentenceBuffer = new Uint32Array(2 * count + 2);
    paragraphBuffer = new Uint32Array(2 * count + 2);
  }
  const sentences = sentenceBuffer;
  const paragraphs = paragraphBuffer;
  let sentenceCount = 0;
  let paragraphCount = 0;
  if (count > 0) {
    sentences[sentenceCount++] = 0;
    paragraphs[paragraphCount++] = 0;
  }
  for (let k = 0; k + 1 < count; k++) {
    let newline = false;
    let stop = false;
    const next = starts[k + 1]!;
    for (let i = ends[k]!; i < next; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) newline = true;
      else if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x3002) stop = true;
    }
    if (newline) {
      sentences[sentenceCount++] = k + 1;
      paragraphs[paragraphCount++] = k + 1;
    } else if (stop && endsSentence(text, starts[k]!, ends[k]!, next)) {
      sentences[sentenceCount++] = k + 1;
    }
  }
  sentences[sentenceCount++] = count;
  paragraphs[paragraphCount++] = count;
  return {
    sentenceStarts: sentences.subarray(0, sentenceCount),
    paragraphStarts: paragraphs.subarray(0, paragraphCount),
  };
}

/** Whether a stop after the word [start, end) ends its sentence, given where the next word starts. */
function endsSentence(text: string, start: number, end: number, nextStart: number): boolean {
  // "Feb. 24 … said in a statement. then": a next word in lower case goes on.
  if ((classOf(text.charCodeAt(nextStart)) & LOWER) !== 0) return false;
  // Initials: "U.S.", "J. Smith".
  if (end - start === 1 && (classOf(text.charCodeAt(start)) & LETTER) !== 0) return false;
  return end - start > LONGEST_ABBREVIATION || !ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}
