/**
 * SQLite: the articles table and idempotent ingest.
 *
 * `putArticles` matches each input against what is stored, in this order: guid within its feed,
 * guid within its source, normalised URL, content hash within its source (so the same wire text
 * published by two sources stays two articles). A URL or hash candidate is rejected when both
 * carry different guids in the same feed (the feed itself says they are different items).
 * A match keeps its id; it is rewritten when any stored field differs, and reported 'updated' only
 * when its title or content hash changed. Inputs within one batch match each other too, as they
 * are written in order inside one transaction. Cost per input: a few indexed lookups.
 */
import type { Boilerplate } from '@storyfold/engine';
import { contentHash } from '../content-hash.js';
import { normaliseUrl } from '../normalise-url.js';
import type {
  ArticleEngineRecord,
  ArticleEngineUpdate,
  ArticleFilter,
  ArticleInput,
  ArticleRecord,
  IdPage,
  PutArticleResult,
} from '../records.js';
import { toTimestamp } from '../timestamps.js';
import { pageLimit } from './paging.js';
import { inChunks, placeholders, type StatementCache } from './statement-cache.js';
import { writeTransaction } from './write-transaction.js';

type Value = string | number | Uint8Array | null;

interface ArticleRow {
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
const COLUMNS = [
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

type Column = (typeof COLUMNS)[number];
type Values = Record<Column, Value>;

const INSERT_SQL = `INSERT INTO articles (${COLUMNS.join(', ')}, updated_at) VALUES (${placeholders(COLUMNS.length + 1)})`;
const UPDATE_SQL = `UPDATE articles SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;

function toRecord(row: ArticleRow): ArticleRecord {
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

/** The column values an input writes, before knowing whether it matches a stored row. */
function valuesOf(input: ArticleInput, now: string): Values {
  const url = input.url ?? null;
  return {
    key: input.key,
    source_id: input.sourceId ?? null,
    feed_id: input.feedId ?? null,
    url,
    url_key: url === null ? null : (normaliseUrl(url) ?? url.trim()),
    guid: input.guid ?? null,
    title: input.title ?? null,
    byline: input.byline ?? null,
    credit: input.credit ?? null,
    published: input.published ?? null,
    dateline: input.dateline ?? null,
    lang: input.lang ?? null,
    body: JSON.stringify(input.body),
    boilerplate: JSON.stringify(input.boilerplate ?? []),
    content_hash: contentHash(input.body),
    fetched_at: input.fetchedAt === undefined ? now : toTimestamp(input.fetchedAt),
    feed_document_id: input.feedDocumentId ?? null,
    page_document_id: input.pageDocumentId ?? null,
    engine: input.engine ?? null,
    story_id: input.storyId ?? null,
  };
}

/**
 * The values that rewrite a matched row: fields the input leaves unset (undefined, or null for
 * its source and feed) keep the stored value.
 */
function mergedValues(input: ArticleInput, values: Values, stored: ArticleRow): Values {
  return {
    ...values,
    source_id: input.sourceId ?? stored.source_id,
    feed_id: input.feedId ?? stored.feed_id,
    feed_document_id: input.feedDocumentId === undefined ? stored.feed_document_id : values.feed_document_id,
    page_document_id: input.pageDocumentId === undefined ? stored.page_document_id : values.page_document_id,
    engine: input.engine === undefined ? stored.engine : values.engine,
    story_id: input.storyId === undefined ? stored.story_id : values.story_id,
  };
}

function sameValue(a: Value, b: Value): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(b);
  return a === b;
}

/** True when a row found by URL or hash is, by the feed's own guids, a different item. */
function otherItem(row: ArticleRow, values: Values): boolean {
  return (
    row.guid !== null && values.guid !== null && row.guid !== values.guid && row.feed_id === values.feed_id
  );
}

function findMatch(sql: StatementCache, input: ArticleInput, probe: Values): ArticleRow | undefined {
  const guid = input.guid ?? null;
  if (guid !== null) {
    if (input.feedId !== undefined && input.feedId !== null) {
      const row = sql
        .get('SELECT * FROM articles WHERE feed_id = ? AND guid = ? ORDER BY id LIMIT 1')
        .get(input.feedId, guid) as ArticleRow | undefined;
      if (row !== undefined) return row;
    }
    if (input.sourceId !== undefined && input.sourceId !== null) {
      const row = sql
        .get('SELECT * FROM articles WHERE source_id = ? AND guid = ? ORDER BY id LIMIT 1')
        .get(input.sourceId, guid) as ArticleRow | undefined;
      if (row !== undefined) return row;
    }
  }
  if (probe.url_key !== null) {
    const row = sql.get('SELECT * FROM articles WHERE url_key = ? ORDER BY id LIMIT 1').get(probe.url_key) as
      | ArticleRow
      | undefined;
    if (row !== undefined && !otherItem(row, probe)) return row;
  }
  const row = sql
    .get('SELECT * FROM articles WHERE content_hash = ? AND source_id IS ? ORDER BY id LIMIT 1')
    .get(probe.content_hash, probe.source_id) as ArticleRow | undefined;
  return row !== undefined && !otherItem(row, probe) ? row : undefined;
}

function putArticle(sql: StatementCache, input: ArticleInput, now: string): PutArticleResult {
  const probe = valuesOf(input, now);
  const stored = findMatch(sql, input, probe);
  if (stored === undefined) {
    const info = sql.get(INSERT_SQL).run(...COLUMNS.map((c) => probe[c]), now);
    return { id: Number(info.lastInsertRowid), status: 'new' };
  }
  const values = mergedValues(input, probe, stored);
  const changedText = stored.title !== values.title || stored.content_hash !== values.content_hash;
  const changed = COLUMNS.some((c) => c !== 'fetched_at' && !sameValue(stored[c], values[c]));
  if (changed) sql.get(UPDATE_SQL).run(...COLUMNS.map((c) => values[c]), now, stored.id);
  return { id: stored.id, status: changedText ? 'updated' : 'unchanged' };
}

/** Writes the batch in one transaction (a savepoint when one is already open). */
export function putArticles(
  sql: StatementCache,
  inputs: readonly ArticleInput[],
  now: string,
): PutArticleResult[] {
  return writeTransaction(sql.db, () => inputs.map((input) => putArticle(sql, input, now)));
}

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
