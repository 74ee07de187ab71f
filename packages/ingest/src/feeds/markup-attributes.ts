/**
 * The attributes of one start tag, read the way browsers read them: names are case-insensitive
 * (kept lower-case), values may be double-quoted, single-quoted or bare, entities in values are
 * decoded (HTML entities too, since OPML and <link> tags are often written by hand or by HTML
 * tools). Used by feed discovery (`<link>` tags) and by the tolerant OPML reader (`<outline>`).
 *
 * Reference: WHATWG HTML §13.2.5.32–§13.2.5.40 (attribute name and value states), simplified: no
 * error recovery beyond skipping what cannot be an attribute. Invariants: the first occurrence of
 * a duplicated name wins (as in browsers); never throws. Cost: O(length of the tag).
 */
import { decodeEntities } from './html-text.js';

/**
 * name, then optionally = and a value. A quoted value ends at its quote only where the quote is
 * followed by whitespace, "/", ">" or the end: hand-written files put unescaped quotes inside
 * values (description="calls him "the best"."), and browsers recover the same way in practice.
 * Quotes not after "=" are skipped as stray.
 */
const ATTRIBUTE =
  /([^\s"'<>/=]+)(?:\s*=\s*(?:"((?:[^"]|"(?![\s/>]|$))*)"|'((?:[^']|'(?![\s/>]|$))*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of a start tag's text (from after the tag name to before ">"), lower-case names. */
export function readAttributes(tagText: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tagText.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name === undefined || attributes.has(name)) continue;
    const raw = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set(name, decodeEntities(raw));
  }
  return attributes;
}
