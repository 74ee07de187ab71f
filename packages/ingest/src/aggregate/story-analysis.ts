/**
 * One stored story in the shape `storyfold analyze --json` prints (articles with origin shares,
 * origins, the story, alignments among its articles), for `storyfold story` and the API.
 * Article ids are store ids as strings (what origins, stories and alignments refer to); each
 * article also carries its external `key` (GUID, URL or file id).
 * Invariants: every id referred to is an article of the story; articles in the story's order.
 * Cost: three store reads (four when given an id), linear in the story's articles and alignments.
 */
import type { AnalysedArticle, Analysis } from '@storyfold/engine';
import type { Store, StoryRecord } from '@storyfold/store';
import { engineArticle } from './aggregator.js';

export type StoredArticle = AnalysedArticle & { key: string };

export interface StoryAnalysis extends Analysis {
  articles: StoredArticle[];
}

/** The story by id, or from its record when the caller has read it already (no second read). */
export async function storyAnalysis(
  store: Store,
  storyOrId: string | StoryRecord,
): Promise<StoryAnalysis | undefined> {
  const story = typeof storyOrId === 'string' ? await store.getStory(storyOrId) : storyOrId;
  if (story === undefined) return undefined;
  const [records, origins, alignments] = await Promise.all([
    store.getArticles(story.articleIds),
    store.originsOf(story.id),
    store.alignmentsOf(story.articleIds),
  ]);
  const members = new Set(story.articleIds);
  return {
    articles: records.map((record) => ({
      ...engineArticle(record),
      key: record.key,
      origins: origins
        .flatMap((origin) =>
          origin.articles
            .filter((share) => share.articleId === record.id)
            .map((share) => ({ origin: origin.id, share: share.share })),
        )
        .sort((x, y) => y.share - x.share),
    })),
    origins: origins.map((origin) => ({
      id: origin.id,
      label: origin.label,
      articles: origin.articles.map((share) => String(share.articleId)),
    })),
    stories: [
      {
        id: story.id,
        headline: story.headline,
        articles: story.articleIds.map(String),
        origins: story.originIds,
        independentReports: story.independentReports,
      },
    ],
    alignments: alignments
      .filter((alignment) => members.has(alignment.a) && members.has(alignment.b))
      .map((alignment) => ({
        articles: [String(alignment.a), String(alignment.b)],
        passages: alignment.passages,
      })),
  };
}
