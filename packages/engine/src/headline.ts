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
 * Cost: O(titles · (titles + members) · words).
 */
import type { Article } from './article.js';

/** Titles shorter than this many content words have their lead score scaled down in proportion. */
const HEADLINE_MIN_WORDS = 5;

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? []);
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
