/**
 * SQLite: a `StoryFilter` as a WHERE clause over `stories s`, every given condition ANDed.
 *
 * - since / until compare the story's span [span_start, span_end] (canonical UTC text, so text
 *   order is time order) with the bound in the same form; a date-only `until` means the end of
 *   that day, a date-only `since` its start (UTC).
 * - sourceId: the story has an article from that source.
 * - folder: the story has an article from a feed whose folder equals it or lies below it
 *   ("News" → "News" and "News/…", not "Newsletters"): an exact match plus the range
 *   ["News/", "News0") — '0' follows '/' in code-point order — which the feeds_folder index
 *   answers. Trailing slashes are ignored; an empty folder is no condition.
 * - text: the story has an article matching the FTS query (fts-query.ts); text with nothing
 *   searchable in it matches no story; blank text is no condition.
 *
 * Plan (listing): each source/folder/text condition is first sized by counting its matching
 * articles up to a threshold (max(STORY_FILTER_SPARSE_ARTICLES, STORY_FILTER_SPARSE_SHARE of the
 * articles); an index range or doclist prefix). A sparse one becomes `s.id IN (its stories)`, so
 * SQLite collects those stories by primary key and sorts them by rank; a dense one becomes a
 * correlated EXISTS on the story's articles (the articles_story index, and an FTS5 rowid seek for
 * text), checked while SQLite walks the rank index, where a page fills after a few hundred
 * stories. Without a sparse condition the rank index is walked as unfiltered. A count is driven
 * the same way by its sparse conditions; without any, it collects every condition (it visits
 * every match anyway, and the per-story check would seek for every story).
 * Invariant: both forms select the same stories; only the cost differs. The clause text depends
 * on which conditions are given and their form, so few statements are compiled.
 */
import { STORY_FILTER_SPARSE_ARTICLES, STORY_FILTER_SPARSE_SHARE } from '../defaults.js';
import type { StoryFilter } from '../records.js';
import { StoreError } from '../store-error.js';
import { ftsQuery } from './fts-query.js';
import type { StatementCache } from './statement-cache.js';

export interface StoryWhere {
  /** "" or " WHERE …". */
  sql: string;
  params: (string | number)[];
  /** True when a condition can never hold (no statement needs to run). */
  empty: boolean;
}

interface SetCondition {
  params: (string | number)[];
  /** Matching articles with a story, as `a.story_id` (for IN and for sizing). */
  articles: string;
  /** The same condition on one story's articles `a` (a.story_id = s.id). */
  exists: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A bound in canonical UTC form; a date-only `until` is the last millisecond of that day. */
function bound(time: string, end: boolean): string {
  const text = end && DATE_ONLY.test(time.trim()) ? `${time.trim()}T23:59:59.999Z` : time;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new StoreError(`store: not a time: ${JSON.stringify(time)}`);
  return date.toISOString();
}

const FOLDER_MATCH = '(f.folder = ? OR (f.folder >= ? AND f.folder < ?))';

function setConditions(filter: StoryFilter): SetCondition[] | undefined {
  const out: SetCondition[] = [];
  if (filter.sourceId !== undefined) {
    out.push({
      params: [filter.sourceId],
      articles: 'SELECT a.story_id FROM articles a WHERE a.source_id = ? AND a.story_id IS NOT NULL',
      exists: 'SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.source_id = ?',
    });
  }
  const folder = filter.folder?.replace(/\/+$/, '');
  if (folder !== undefined && folder !== '') {
    out.push({
      params: [folder, `${folder}/`, `${folder}0`],
      articles: `SELECT a.story_id FROM feeds f JOIN articles a ON a.feed_id = f.id
        WHERE ${FOLDER_MATCH} AND a.story_id IS NOT NULL`,
      exists: `SELECT 1 FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.story_id = s.id AND ${FOLDER_MATCH}`,
    });
  }
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const match = ftsQuery(filter.text);
    if (match === undefined) return undefined;
    out.push({
      params: [match],
      articles: `SELECT a.story_id FROM article_search CROSS JOIN articles a INDEXED BY articles_id_story
        WHERE a.id = article_search.rowid AND article_search MATCH ? AND a.story_id IS NOT NULL`,
      exists: `SELECT 1 FROM articles a INDEXED BY articles_story CROSS JOIN article_search
        WHERE a.story_id = s.id AND article_search.rowid = a.id AND article_search MATCH ?`,
    });
  }
  return out;
}

function isSparse(sql: StatementCache, condition: SetCondition, threshold: number): boolean {
  if (threshold <= 0) return false;
  const row = sql
    .get(`SELECT count(*) AS n FROM (${condition.articles} LIMIT ?)`)
    .get(...condition.params, threshold) as { n: number };
  return row.n < threshold;
}

/** Matching articles below which a condition is sparse (max(id) estimates the article count). */
function sparseThreshold(sql: StatementCache, sparseArticles: number | undefined): number {
  if (sparseArticles !== undefined) return sparseArticles;
  const last = (sql.get('SELECT max(id) AS id FROM articles').get() as { id: number | null }).id ?? 0;
  return Math.max(STORY_FILTER_SPARSE_ARTICLES, Math.ceil(last * STORY_FILTER_SPARSE_SHARE));
}

/**
 * The WHERE clause for listing (`count` false) or counting (`count` true: as listing, but every
 * condition is collected when none is sparse). `sparseArticles` overrides the sparse threshold
 * (0: no condition is sparse; for tests and tuning).
 */
export function storyWhere(
  sql: StatementCache,
  filter: StoryFilter,
  count: boolean,
  sparseArticles?: number,
): StoryWhere {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.since !== undefined) {
    conditions.push('s.span_end >= ?');
    params.push(bound(filter.since, false));
  }
  if (filter.until !== undefined) {
    conditions.push('s.span_start <= ?');
    params.push(bound(filter.until, true));
  }
  const sets = setConditions(filter);
  if (sets === undefined) return { sql: '', params: [], empty: true };
  const threshold = sets.length === 0 ? 0 : sparseThreshold(sql, sparseArticles);
  let sparse = sets.map((condition) => isSparse(sql, condition, threshold));
  // A count visits every matching story: with no sparse condition to drive it, collect them all.
  if (count && !sparse.includes(true)) sparse = sets.map(() => true);
  // Sparse conditions first: SQLite drives the query from the first IN it can use.
  sets.forEach((condition, i) => {
    if (!sparse[i]) return;
    conditions.push(`s.id IN (${condition.articles})`);
    params.push(...condition.params);
  });
  sets.forEach((condition, i) => {
    if (sparse[i]) return;
    conditions.push(`EXISTS (${condition.exists})`);
    params.push(...condition.params);
  });
  return { sql: conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`, params, empty: false };
}
