/**
 * SQLite: articles' heads (`getArticleHeads`): every metadata column, without body, boilerplate,
 * engine data or content hash, plus the lead (the body's first paragraph).
 *
 * Bodies are stored as one JSON array of paragraphs (plain text, not compressed), so the lead is
 * `json_extract(body, '$[0]')` inside SQLite: no JSON parse in JavaScript, no body string handed to
 * JavaScript, and no extra column to keep in step. SQLite still reads the body's pages (the body
 * sits before later columns in the row, so they are read for those columns anyway) and scans its
 * JSON up to the first element's end. Ids are read in chunks (statement-cache.ts), then put back
 * in the given order; unknown ids are skipped. Cost: one indexed lookup per id.
 */
import type { ArticleHeadRecord } from '../records.js';
import { inChunks, placeholders, type StatementCache } from './statement-cache.js';

const HEAD_COLUMNS = `id, key, source_id AS sourceId, feed_id AS feedId, url, guid, title, byline, credit,
  published, dateline, lang, fetched_at AS fetchedAt, updated_at AS updatedAt,
  feed_document_id AS feedDocumentId, page_document_id AS pageDocumentId, story_id AS storyId,
  json_extract(body, '$[0]') AS lead`;

export function getArticleHeads(sql: StatementCache, ids: readonly number[]): ArticleHeadRecord[] {
  const byId = new Map<number, ArticleHeadRecord>();
  for (const chunk of inChunks(ids)) {
    const rows = sql
      .get(`SELECT ${HEAD_COLUMNS} FROM articles WHERE id IN (${placeholders(chunk.length)})`)
      .all(...chunk) as ArticleHeadRecord[];
    for (const row of rows) byId.set(row.id, row);
  }
  const out: ArticleHeadRecord[] = [];
  for (const id of ids) {
    const head = byId.get(id);
    if (head !== undefined) out.push(head);
  }
  return out;
}
