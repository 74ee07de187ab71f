/**
 * SQLite: the articles table's row shape, its writable columns in statement order, and the
 * mapping from a row to the `ArticleRecord` the store returns.
 */
import type { Boilerplate } from '@storyfold/engine';
import type { ArticleRecord } from '../records.js';

export type Value = string | number | Uint8Array | null;

export interface ArticleRow {
  id: number;
  key: string;
  source_id: number | null;
  feed_id: number | null;
  url: string | null;
  url_key: string | null;
  guid: string | null;
  title: string | null;
  byline: string | null;
  credit: string | null;
  published: string | null;
  dateline: string | null;
  lang: string | null;
  body: string;
  boilerplate: string;
  content_hash: string;
  fetched_at: string;
  updated_at: string;
  feed_document_id: number | null;
  page_document_id: number | null;
  engine: Uint8Array | null;
  story_id: string | null;
}

/** The columns an input sets, in statement order (id, updated_at are handled separately). */
export const COLUMNS = [
  'key',
  'source_id',
  'feed_id',
  'url',
  'url_key',
  'guid',
  'title',
  'byline',
  'credit',
  'published',
  'dateline',
  'lang',
  'body',
  'boilerplate',
  'content_hash',
  'fetched_at',
  'feed_document_id',
  'page_document_id',
  'engine',
  'story_id',
] as const satisfies readonly (keyof ArticleRow)[];

export type Column = (typeof COLUMNS)[number];
export type Values = Record<Column, Value>;

export function toRecord(row: ArticleRow): ArticleRecord {
  return {
    id: row.id,
    key: row.key,
    sourceId: row.source_id,
    feedId: row.feed_id,
    url: row.url,
    guid: row.guid,
    title: row.title,
    byline: row.byline,
    credit: row.credit,
    published: row.published,
    dateline: row.dateline,
    lang: row.lang,
    body: JSON.parse(row.body) as string[],
    boilerplate: JSON.parse(row.boilerplate) as Boilerplate[],
    contentHash: row.content_hash,
    fetchedAt: row.fetched_at,
    updatedAt: row.updated_at,
    feedDocumentId: row.feed_document_id,
    pageDocumentId: row.page_document_id,
    engine: row.engine,
    storyId: row.story_id,
  };
}
