/**
 * SQLite: idempotent ingest of articles (`putArticles`).
 *
 * `putArticles` matches each input against what is stored, in this order: guid within its feed,
 * guid within its source, normalised URL, content hash within its source (so the same wire text
 * published by two sources stays two articles). A URL or hash candidate is rejected when both
 * carry different guids in the same feed (the feed itself says they are different items).
 * A match keeps its id; it is rewritten when any stored field differs, and reported 'updated' only
 * when its title or content hash changed. Inputs within one batch match each other too, as they
 * are written in order inside one transaction. Cost per input: a few indexed lookups.
 */
import { contentHash } from '../content-hash.js';
import { normaliseUrl } from '../normalise-url.js';
import type { ArticleInput, PutArticleResult } from '../records.js';
import { toTimestamp } from '../timestamps.js';
import { type ArticleRow, COLUMNS, type Value, type Values } from './article-rows.js';
import { placeholders, type StatementCache } from './statement-cache.js';
import { writeTransaction } from './write-transaction.js';

const INSERT_SQL = `INSERT INTO articles (${COLUMNS.join(', ')}, updated_at) VALUES (${placeholders(COLUMNS.length + 1)})`;
const UPDATE_SQL = `UPDATE articles SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;

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
