/**
 * Fold: prepared articles → stories, origins and alignments.
 *
 * Articles are folded one at a time in publication order (input order when unknown), as they
 * would arrive in a running aggregator (folder.ts); origins are grouped from all alignments at
 * the end.
 * Invariants: deterministic; every article is in exactly one story; every story's origins are
 * the origins of its articles; output articles keep the input order.
 * Cost: alignment O(n · (candidates + storyAlignLimit)); LSH and story index near-constant per
 * article.
 */
import type { Alignment, Analysis, Story } from './analysis.js';
import type { Article } from './article.js';
import type { AnalyzeOptions } from './defaults.js';
import { Folder } from './folder.js';
import { headline } from './headline.js';
import { groupOrigins } from './origins/index.js';
import type { PreparedArticle } from './prepare.js';

export function fold(prepared: readonly PreparedArticle[], options: Partial<AnalyzeOptions> = {}): Analysis {
  const { onProgress, ...folderOptions } = options;
  const articles = prepared.map((item) => item.article);
  const folder = new Folder((i) => prepared[i], { ...folderOptions, capacity: prepared.length });
  const alignments: Alignment[] = [];
  publicationOrder(articles).forEach((i, done) => {
    alignments.push(...folder.add(i, prepared[i]!).alignments);
    onProgress?.(done + 1, articles.length);
  });

  const { origins, shares } = groupOrigins(
    prepared.map((item) => ({
      id: item.article.id,
      length: item.length,
      credit: item.credit,
      mentions: item.mentions,
    })),
    alignments,
  );
  const index = new Map(articles.map((article, i) => [article.id, i]));
  const originsOf = (id: string): string[] => (shares.get(id) ?? []).map((item) => item.origin);
  const foldedStories: Story[] = folder.allStories().map((story) => {
    const storyOrigins = [...new Set(story.articles.flatMap(originsOf))].sort(byNumber);
    return {
      id: story.id,
      headline: headline(story.articles.map((id) => articles[index.get(id)!]!)),
      articles: story.articles,
      origins: storyOrigins,
      independentReports: storyOrigins.length,
    };
  });
  return {
    articles: articles.map((article) => ({ ...article, origins: shares.get(article.id) ?? [] })),
    origins,
    stories: foldedStories,
    alignments,
  };
}

/** Article indices by publication time; articles without a time keep their input position. */
export function publicationOrder(articles: readonly Pick<Article, 'published'>[]): number[] {
  const times = articles.map((article) => (article.published ? Date.parse(article.published) : Number.NaN));
  const indices = articles.map((_, i) => i);
  if (times.every(Number.isNaN)) return indices;
  return indices.sort((x, y) => {
    const tx = times[x]!;
    const ty = times[y]!;
    if (Number.isNaN(tx) || Number.isNaN(ty) || tx === ty) return x - y;
    return tx - ty;
  });
}

function byNumber(x: string, y: string): number {
  return Number(x.slice(1)) - Number(y.slice(1));
}
