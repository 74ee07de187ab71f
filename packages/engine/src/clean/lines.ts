/**
 * Lines: splits raw text into normalised lines and gives each a key for exact comparison.
 *
 * Computes the non-empty lines of a raw text with whitespace normalised: control characters,
 * no-break and zero-width spaces become one space, runs of spaces collapse, ends are trimmed,
 * soft hyphens vanish. `lineKey` folds a line further (lower case, curly quotes straight, final
 * punctuation dropped) so that "Read more…" and "READ MORE" compare equal.
 * Reference: Unicode White_Space property plus the C0/C1 control ranges.
 * Invariants: no returned line is empty or has leading, trailing or doubled spaces.
 * Cost: O(n) in the text length; every regex here is a single character class (no backtracking).
 */

const LINE_BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/;
const SPACE_RUN = /[\s\p{Cc}\u200b\u2060\ufeff]+/gu;
const SOFT_HYPHEN = /\u00ad/g;

/** Whitespace-normalised form of one line (may be empty). */
export function normaliseSpace(line: string): string {
  let out = line.replace(SPACE_RUN, ' ');
  if (out.indexOf('\u00ad') >= 0) out = out.replace(SOFT_HYPHEN, '');
  return out.trim();
}

/** The non-empty lines of a text, whitespace-normalised, in order. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(LINE_BREAK)) {
    const line = normaliseSpace(raw);
    if (line.length > 0) out.push(line);
  }
  return out;
}

const QUOTES = /[‘’‛′]/g;
const DOUBLE_QUOTES = /[“”„″]/g;
const TRAILING_PUNCT = /[\s.!?:;,…·•|»>›→-]+$/;

/** A folded form of a short line for lookups in phrase tables: lower case, straight quotes, no final punctuation. */
export function lineKey(line: string): string {
  return line.toLowerCase().replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(TRAILING_PUNCT, '');
}

/** Number of space-separated words in a normalised line. */
export function wordCount(line: string): number {
  let count = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) count++;
  return line.length === 0 ? 0 : count;
}

/** Whether a normalised line ends a sentence: its last character, past closing quotes and brackets, is . ! ? or …. */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line.charCodeAt(i))) i--;
  if (i < 0) return false;
  const code = line.charCodeAt(i);
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d, 0xbb, 0x203a]);
