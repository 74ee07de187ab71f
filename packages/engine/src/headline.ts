/**
 * Headline: the title that best names a story — the most central of its members' titles.
 *
 * Each title is scored by its mean Dice similarity (over content words of three letters or more)
 * with the story's other titles, plus the mean fraction of its words that the members' leads
 * (each body's first paragraph) use, damped for titles shorter than HEADLINE_MIN_WORDS words so
 * that a bare name ("Blinken") cannot win on precision alone. Titles share wording with other
 * titles and with the leads when they name the event rather than an angle on it.
 * Reference: centroid-based selection (Radev et al. 2004) applied to titles, with leads as the
 * documents' own summaries.
 * Invariants: returns one of the given titles, or null when no member has a title; ties go to
 * the earliest; members without bodies are scored on titles alone.
 * Cost: O(titles · (titles + members) · words); words found in one pass over each title and lead.
 */
import type { Article } from './article.js';

/** Titles shorter than this many content words have their lead score scaled down in proportion. */
const HEADLINE_MIN_WORDS = 5;

/** Code unit classes of the basic plane for wordsOf (0 = not yet known), filled on first use. */
const UNKNOWN = 0;
const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
const CLASS = new Uint8Array(65536);

function classOf(char: string): number {
  return /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : OTHER;
}

/** The class of the code point at text[i] and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): { kind: number; size: number } {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return { kind: classOf(text.slice(i, i + 2)), size: 2 };
  }
  let kind = CLASS[code]!;
  if (kind === UNKNOWN) {
    kind = classOf(String.fromCharCode(code));
    CLASS[code] = kind;
  }
  return { kind, size: 1 };
}

/**
 * The distinct words of a text, lower-cased: runs of three or more letters and runs of digits,
 * as `/\p{L}{3,}|\p{N}+/gu` finds them, in one pass over the code points without a match array.
 */
function wordsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  let i = 0;
  while (i < lower.length) {
    const { kind, size } = classAt(lower, i);
    if (kind === OTHER) {
      i += size;
      continue;
    }
    // A maximal run of letters (kept from three letters on) or of digits.
    let end = i + size;
    let letters = 1;
    while (end < lower.length) {
      const next = classAt(lower, end);
      if (next.kind !== kind) break;
      end += next.size;
      letters++;
    }
    if (kind === NUMBER || letters >= 3) words.add(lower.slice(i, end));
    i = end;
  }
  return words;
}

/** The title most central among the story's titles and leads (ties: the earliest). */
export function headline(
  members: readonly (Pick<Article, 'title'> & Partial<Pick<Article, 'body'>>)[],
): string | null {
  const titles = members.map((article) => article.title).filter((title): title is string => Boolean(title));
  if (titles.length === 0) return null;
  const words = titles.map(wordsOf);
  const leads = members
    .map((article) => article.body?.[0])
    .filter((lead): lead is string => Boolean(lead))
    .map(wordsOf);
  let best: string | null = null;
  let bestScore = -1;
  titles.forEach((title, i) => {
    const own = words[i]!;
    if (own.size === 0) {
      if (best === null) best = title;
      return;
    }
    let titleScore = 0;
    words.forEach((other, j) => {
      if (i === j || other.size === 0) return;
      let shared = 0;
      for (const word of own) if (other.has(word)) shared++;
      titleScore += (2 * shared) / (own.size + other.size);
    });
    titleScore /= Math.max(1, titles.length - 1);
    let leadScore = 0;
    for (const lead of leads) {
      let shared = 0;
      for (const word of own) if (lead.has(word)) shared++;
      leadScore += shared / own.size;
    }
    leadScore =
      leads.length === 0 ? 0 : (leadScore / leads.length) * Math.min(1, own.size / HEADLINE_MIN_WORDS);
    const score = titleScore + leadScore;
    if (score > bestScore) {
      bestScore = score;
      best = title;
    }
  });
  return best;
}
