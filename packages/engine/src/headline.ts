/**
 * Headline: the title that best names a story — the one whose words the story's other titles
 * share most, relative to its own length (ties: the earliest).
 * Invariants: returns one of the given titles, or null when no member has a title.
 * Cost: O(titles² · words).
 */
import type { Article } from './article.js';

/** The title whose words the story's other titles share most (ties: the earliest). */
export function headline(members: readonly Pick<Article, 'title'>[]): string | null {
  const titles = members.map((article) => article.title).filter((title): title is string => Boolean(title));
  const words = titles.map((title) => new Set(title.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  let best: string | null = null;
  let bestScore = -1;
  titles.forEach((title, i) => {
    let score = 0;
    words.forEach((other, j) => {
      if (i !== j) for (const word of words[i]!) if (other.has(word)) score++;
    });
    const normalised = score / Math.max(1, words[i]!.size);
    if (normalised > bestScore) {
      bestScore = normalised;
      best = title;
    }
  });
  return best;
}
