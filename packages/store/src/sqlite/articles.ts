/**
 * SQLite: reading articles (by id, ids, key, id-ordered pages, engine data only), counting them,
 * setting their story or engine data in batches, and rewriting their text in place (reprocessing).
 * Ingest is in article-put.ts.
 */
import { contentHash } from '../content-hash.js';
import type {
  ArticleEngineRecord,
  ArticleEngineUpdate,
  ArticleFilter,
  ArticleRecord,
  ArticleUpdate,
  IdPage,
} from '../records.js';
import { type ArticleRow, toRecord } from './article-rows.js';
import { pageLimit } from './paging.js';
import { inChunks, placeholders, type StatementCache } from './statement-cache.js';
import { writeTransaction } from './write-transaction.js';

export function getArticle(sql: StatementCache, id: number): ArticleRecord | undefined {
  const row = sql.get('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  return row === undefined ? undefined : toRecord(row);
}

export function getArticles(sql: StatementCache, ids: readonly number[]): ArticleRecord[] {
  const byId = new Map<number, ArticleRecord>();
  for (const chunk of inChunks(ids)) {
    const rows = sql
      .get(`SELECT * FROM articles WHERE id IN (${placeholders(chunk.length)})`)
      .all(...chunk) as ArticleRow[];
    for (const row of rows) byId.set(row.id, toRecord(row));
  }
  const out: ArticleRecord[] = [];
  for (const id of ids) {
    const record = byId.get(id);
    if (record !== undefined) out.push(record);
  }
  return out;
}

export function getArticleByKey(sql: StatementCache, key: string): ArticleRecord | undefined {
  const row = sql.get('SELECT * FROM articles WHERE key = ? ORDER BY id LIMIT 1').get(key) as
    | ArticleRow
    | undefined;
  return row === undefined ? undefined : toRecord(row);
}

export function listArticles(sql: StatementCache, filter: ArticleFilter, page: IdPage): ArticleRecord[] {
  const afterId = page.afterId ?? 0;
  const limit = pageLimit(page.limit);
  const rows = (
    filter.sourceId === undefined
      ? sql.get('SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit)
      : sql
          .get('SELECT * FROM articles WHERE source_id = ? AND id > ? ORDER BY id LIMIT ?')
          .all(filter.sourceId, afterId, limit)
  ) as ArticleRow[];
  return rows.map(toRecord);
}

export function listArticleEngines(
  sql: StatementCache,
  filter: ArticleFilter,
  page: IdPage,
): ArticleEngineRecord[] {
  const afterId = page.afterId ?? 0;
  const limit = pageLimit(page.limit);
  const columns = 'id, source_id AS sourceId, story_id AS storyId, engine';
  return (
    filter.sourceId === undefined
      ? sql.get(`SELECT ${columns} FROM articles WHERE id > ? ORDER BY id LIMIT ?`).all(afterId, limit)
      : sql
          .get(`SELECT ${columns} FROM articles WHERE source_id = ? AND id > ? ORDER BY id LIMIT ?`)
          .all(filter.sourceId, afterId, limit)
  ) as ArticleEngineRecord[];
}

export function countArticles(sql: StatementCache, filter: ArticleFilter): number {
  const row = (
    filter.sourceId === undefined
      ? sql.get('SELECT count(*) AS n FROM articles').get()
      : sql.get('SELECT count(*) AS n FROM articles WHERE source_id = ?').get(filter.sourceId)
  ) as { n: number };
  return row.n;
}

export function setArticleStory(sql: StatementCache, ids: readonly number[], storyId: string | null): void {
  writeTransaction(sql.db, () => {
    for (const chunk of inChunks(ids)) {
      sql
        .get(`UPDATE articles SET story_id = ? WHERE id IN (${placeholders(chunk.length)})`)
        .run(storyId, ...chunk);
    }
  });
}

export function setArticleEngine(sql: StatementCache, updates: readonly ArticleEngineUpdate[]): void {
  writeTransaction(sql.db, () => {
    const statement = sql.get('UPDATE articles SET engine = ? WHERE id = ?');
    for (const update of updates) statement.run(update.engine, update.id);
  });
}

export function updateArticles(sql: StatementCache, updates: readonly ArticleUpdate[], now: string): void {
  writeTransaction(sql.db, () => {
    const statement = sql.get(
      `UPDATE articles SET title = ?, byline = ?, credit = ?, published = ?, dateline = ?, body = ?,
         boilerplate = ?, content_hash = ?, engine = ?, updated_at = ? WHERE id = ?`,
    );
    for (const update of updates) {
      statement.run(
        update.title ?? null,
        update.byline ?? null,
        update.credit ?? null,
        update.published ?? null,
        update.dateline ?? null,
        JSON.stringify(update.body),
        JSON.stringify(update.boilerplate ?? []),
        contentHash(update.body),
        update.engine ?? null,
        now,
        update.id,
      );
    }
  });
}
