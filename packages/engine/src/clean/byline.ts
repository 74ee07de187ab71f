/**
 * Bylines: reads "By Simon Lewis", "By NAME and NAME", "By NAME, Reuters", "ByThe Associated Press".
 *
 * Computes the people a byline names and the agency it credits, or null when the line only
 * starts like a byline ("By Tuesday, the ministers had…").
 * Reference: news bylines as wire services and aggregators print them.
 * Invariants: a byline is at most 120 characters, does not end a sentence, and every word is a
 * capitalised name, an initial or a connector ("and", "de", "van"…).
 * Cost: O(line length) on a short line.
 */

import { isBareAgency } from './agencies.js';
import { findDate } from './dates.js';
import { endsSentence } from './lines.js';
import { BYLINE, BYLINE_CONNECTORS } from './patterns.js';

export interface Byline {
  /** The people named, e.g. "Simon Lewis"; null when the byline names only an agency. */
  names: string | null;
  /** The agency credited, as a canonical label; null when none. */
  credit: string | null;
  /** A date printed on the byline line, ISO 8601; null when none. */
  published: string | null;
}

const SEPARATORS = /\s[|•·—–-]\s|\s?\|\s?/;
const STAFF_SUFFIX = /\s(?:staff|wire|news service|reporters?|writers?|correspondents?)$/i;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;

/** The byline of a line, or null when the line is not a byline. */
export function parseByline(line: string): Byline | null {
  const first = line.charCodeAt(0);
  // Cheap test first: every byline marker starts with B, b, W, S or R.
  if (first !== 66 && first !== 98 && first !== 87 && first !== 83 && first !== 82) return null;
  const match = BYLINE.exec(line);
  if (match === null || endsSentence(line)) return null;
  const parts = match[1]!.split(SEPARATORS);
  let names = parts[0]!.trim();
  let credit: string | null = null;
  let published: string | null = null;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!.trim();
    credit ??= isBareAgency(part);
    published ??= findDate(part)?.iso ?? null;
  }
  if (/\d/.test(names)) {
    const date = findDate(names);
    if (date !== null) {
      published ??= date.iso;
      names = names.slice(0, date.spans[0]![0]).trim();
    }
  }
  const comma = names.lastIndexOf(',');
  if (comma > 0) {
    const agency = isBareAgency(names.slice(comma + 1).trim());
    if (agency !== null) {
      credit ??= agency;
      names = names.slice(0, comma).trim();
    }
  }
  const agency = isBareAgency(names.replace(STAFF_SUFFIX, ''));
  if (agency !== null) return { names: null, credit: credit ?? agency, published };
  if (!looksLikeNames(names)) return null;
  return { names, credit, published };
}

function looksLikeNames(text: string): boolean {
  if (text.length === 0 || text.length > 80) return false;
  const words = text.split(/[\s,]+/);
  if (words.length > 12) return false;
  let named = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    if (BYLINE_CONNECTORS.has(word.toLowerCase()) && named > 0) continue;
    if (!UPPER_START.test(word)) return false;
    named++;
  }
  return named > 0;
}
