/**
 * Lines: splits raw text into normalised lines and gives each a key for exact comparison.
 *
 * Computes the non-empty lines of a raw text with whitespace normalised: control characters,
 * no-break and zero-width spaces become one space, runs of spaces collapse, ends are trimmed,
 * soft hyphens vanish. `lineKey` folds a line further (lower case, curly quotes straight, final
 * punctuation dropped) so that "Read more…" and "READ MORE" compare equal.
 * Reference: Unicode White_Space property plus the C0/C1 control ranges.
 * Invariants: no returned line is empty or has leading, trailing or doubled spaces.
 * Cost: O(n) in the text length: splitLines is two native regex passes over the whole text and one
 * split; every regex here is a character class or a fixed alternation (no backtracking).
 */

const SPACE_RUN = /[\s\p{Cc}\u200b\u2060\ufeff]+/gu;
const SOFT_HYPHEN = /\u00ad/g;

/**
 * A run of white space that normalisation changes: two or more space-like characters, or one that is
 * not a plain space. Line feeds are excluded (they split lines); control characters count as space.
 */
const SPACE_TO_FIX =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\x00-\x09\x0b-\x20\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]{2,}|[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
const RARE_LINE_BREAK = /[\r\v\f\u0085\u2028\u2029]/;
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;

/** Whitespace-normalised form of one line (may be empty). */
export function normaliseSpace(line: string): string {
  const out = line.indexOf('\u00ad') >= 0 ? line.replace(SOFT_HYPHEN, '') : line;
  return out.replace(SPACE_RUN, ' ').trim();
}

/** The non-empty lines of a text, whitespace-normalised, in order. One pass of native regex over the text. */
export function splitLines(text: string): string[] {
  let normal = RARE_LINE_BREAK.test(text) ? text.replace(LINE_BREAKS, '\n') : text;
  if (normal.indexOf('\u00ad') >= 0) normal = normal.replace(SOFT_HYPHEN, '');
  normal = normal.replace(SPACE_TO_FIX, ' ');
  const out: string[] = [];
  for (const piece of normal.split('\n')) {
    if (piece.length === 0) continue;
    const line =
      piece.charCodeAt(0) === 32 || piece.charCodeAt(piece.length - 1) === 32 ? piece.trim() : piece;
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

/** Number of space-separated words in a normalised line, counted up to `limit` + 1 (enough to compare with limit). */
export function wordCount(line: string, limit = Number.POSITIVE_INFINITY): number {
  if (line.length === 0) return 0;
  let count = 1;
  for (let i = line.indexOf(' '); i >= 0 && count <= limit; i = line.indexOf(' ', i + 1)) count++;
  return count;
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
