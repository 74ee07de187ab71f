/**
 * Naive copy detection for contrast: two articles are the same origin when the Jaccard
 * similarity of their raw texts' word 5-shingle sets is at least BASELINE_JACCARD (no cleaning,
 * no alignment, no transitivity).
 * Reference: Broder (1997) resemblance; exact Jaccard over all pairs via an inverted index.
 * Invariants: symmetric; deterministic. Cost: O(Σ posting²) — all pairs that share a shingle;
 * shingles in more than BASELINE_MAX_POSTING articles (boilerplate, stock phrases) are skipped,
 * which can only lower a pair's count of shared shingles slightly.
 */
import type { RawArticle } from '@storyfold/engine';
import { BASELINE_JACCARD, BASELINE_SHINGLE } from './defaults.js';
import { pairKey } from './score.js';
import { sharedShingles, shingles } from './shingles.js';

/** Longest posting list counted (bounds the cost on repeated furniture lines). */
const BASELINE_MAX_POSTING = 200;

export function baselinePairs(articles: readonly RawArticle[]): Set<string> {
  const sets = articles.map((article) => shingles(article.text, BASELINE_SHINGLE));
  const pairs = new Set<string>();
  for (const { a, b, shared } of sharedShingles(sets, 1, BASELINE_MAX_POSTING)) {
    const union = sets[a]!.length + sets[b]!.length - shared;
    if (union > 0 && shared / union >= BASELINE_JACCARD) pairs.add(pairKey(articles[a]!.id, articles[b]!.id));
  }
  return pairs;
}
