/**
 * Stories as the list shows them: each with its sources' names (most articles first) and a gist
 * from the lead of its first article. Two store reads for the whole page (storySources and
 * getArticleHeads), whatever its length.
 */
import type { Store, StoryRecord } from '@storyfold/store';
import type { StorySummary } from '../api/types.js';
import type { SourceRefOf } from './article-view.js';
import { gist } from './gist.js';

export async function storySummaries(
  store: Store,
  stories: readonly StoryRecord[],
  sourceRef: SourceRefOf,
): Promise<StorySummary[]> {
  if (stories.length === 0) return [];
  // The fold adds articles in publication order, so a story's first article is its earliest.
  const firsts = stories.map((story) => story.articleIds[0]).filter((id): id is number => id !== undefined);
  const [sources, heads] = await Promise.all([
    store.storySources(stories.map((story) => story.id)),
    store.getArticleHeads(firsts),
  ]);
  const leads = new Map(heads.map((head) => [head.id, head.lead]));
  return stories.map((story) => ({
    id: story.id,
    headline: story.headline,
    gist: gist(leads.get(story.articleIds[0] ?? -1) ?? null),
    articleCount: story.articleIds.length,
    independentReports: story.independentReports,
    sources: (sources.get(story.id) ?? [])
      .map((count) => sourceRef(count.sourceId))
      .filter((ref): ref is NonNullable<typeof ref> => ref !== null),
    firstPublished: story.firstPublished,
    lastPublished: story.lastPublished,
    updatedAt: story.updatedAt,
  }));
}
