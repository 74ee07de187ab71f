/** Store records as the API's article shapes (ArticleHead, the article with body). */
import type { ArticleHeadRecord, ArticleRecord } from '@storyfold/store';
import type { ArticleDetail, ArticleHead, SourceRef } from '../api/types.js';

export type SourceRefOf = (id: number | null) => SourceRef | null;

export function articleHead(record: ArticleRecord | ArticleHeadRecord, sourceRef: SourceRefOf): ArticleHead {
  return {
    id: record.id,
    key: record.key,
    title: record.title,
    byline: record.byline,
    credit: record.credit,
    published: record.published,
    dateline: record.dateline,
    url: record.url,
    source: sourceRef(record.sourceId),
    feedId: record.feedId,
    storyId: record.storyId,
    fetchedAt: record.fetchedAt,
  };
}

export function articleWithBody(record: ArticleRecord, sourceRef: SourceRefOf): ArticleDetail['article'] {
  return { ...articleHead(record, sourceRef), body: record.body, boilerplate: record.boilerplate };
}
