/**
 * Turns a user's search text into an FTS5 MATCH expression that cannot be a syntax error.
 *
 * Grammar followed: the FTS5 query syntax (sqlite.org/fts5.html, section 3). Every word becomes a
 * quoted string ("…", inner quotes doubled), so FTS5 operators (AND, OR, NOT, NEAR, column
 * filters `col:`, `^`, `+`, parentheses) in the user's text are plain words. A "quoted phrase"
 * stays one phrase; a word ending in `*` (outside quotes) becomes a prefix phrase `"wor" *` when it
 * has at least `minPrefixChars` characters (SEARCH_MIN_PREFIX_CHARS; a shorter one is a whole word).
 * Terms are joined by spaces, i.e. all must match (implicit AND). A chunk without any letter or
 * digit (e.g. `*`, `(`, `"`) would tokenize to nothing and is dropped; an unclosed quote runs to
 * the end of the text.
 *
 * Invariants: the result is undefined (nothing to search for) or a sequence of quoted strings,
 * each optionally followed by ` *`, which FTS5 always parses. Cost: O(length of the text).
 */
import { SEARCH_MIN_PREFIX_CHARS } from '../defaults.js';

/** A letter or digit: what the unicode61 tokenizer keeps as part of a token. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One bare (unquoted) chunk of the user's text as an FTS5 term, or undefined when unsearchable. */
function bareTerm(chunk: string, minPrefixChars: number): string | undefined {
  const word = chunk.replace(/\*+$/, '');
  if (!SEARCHABLE.test(word)) return undefined;
  const prefix = word.length < chunk.length && [...word].length >= minPrefixChars;
  return prefix ? `${quoted(word)} *` : quoted(word);
}

/** The FTS5 MATCH expression for the user's text, or undefined when it holds nothing to search for. */
export function ftsQuery(text: string, minPrefixChars = SEARCH_MIN_PREFIX_CHARS): string | undefined {
  const terms: string[] = [];
  const parts = text.split('"');
  // Even-numbered parts are outside quotes, odd-numbered parts are quoted phrases.
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      if (SEARCHABLE.test(part)) terms.push(quoted(part.trim()));
      return;
    }
    for (const chunk of part.split(/\s+/u)) {
      const term = bareTerm(chunk, minPrefixChars);
      if (term !== undefined) terms.push(term);
    }
  });
  return terms.length === 0 ? undefined : terms.join(' ');
}
