/**
 * SQLite: a `StoryFilter` as a WHERE clause over `stories s`, every given condition ANDed.
 *
 * - since / until compare the story's span [span_start, span_end] (canonical UTC text, so text
 *   order is time order) with the bound in the same form; a date-only `until` means the end of
 *   that day, a date-only `since` its start (UTC).
 * - sourceId: `s.id IN (story ids of that source's articles)`, read from articles_source.
 * - folder: feeds whose folder equals it or lies below it ("News" → "News" and "News/…", not
 *   "Newsletters"), as an exact match plus the range ["News/", "News0") — '0' follows '/' in
 *   code-point order — so the feeds_folder index answers it; then their articles' stories through
 *   articles_feed_story. Trailing slashes are ignored; an empty folder is no condition.
 * - text: stories with an article matching the FTS query (see fts-query.ts); text with nothing
 *   searchable in it (but not blank) matches no story; blank text is no condition.
 *
 * The clause text depends only on which conditions are given, so the statement cache holds at
 * most 2^5 variants. Cost: the IN sets are built once per query (SQLite materialises them), then
 * the rank index is walked as without a filter, each story tested against the sets.
 */
import type { StoryFilter } from '../records.js';
import { StoreError } from '../store-error.js';
import { ftsQuery } from './fts-query.js';

export interface StoryWhere {
  /** "" or " WHERE …". */
  sql: string;
  params: (string | number)[];
  /** True when a condition can never hold (no statement needs to run). */
  empty: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A bound in canonical UTC form; a date-only `until` is the last millisecond of that day. */
function bound(time: string, end: boolean): string {
  const text = end && DATE_ONLY.test(time.trim()) ? `${time.trim()}T23:59:59.999Z` : time;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new StoreError(`store: not a time: ${JSON.stringify(time)}`);
  return date.toISOString();
}

export function storyWhere(filter: StoryFilter): StoryWhere {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  let empty = false;
  if (filter.since !== undefined) {
    conditions.push('s.span_end >= ?');
    params.push(bound(filter.since, false));
  }
  if (filter.until !== undefined) {
    conditions.push('s.span_start <= ?');
    params.push(bound(filter.until, true));
  }
  if (filter.sourceId !== undefined) {
    conditions.push('s.id IN (SELECT story_id FROM articles WHERE source_id = ? AND story_id IS NOT NULL)');
    params.push(filter.sourceId);
  }
  const folder = filter.folder?.replace(/\/+$/, '');
  if (folder !== undefined && folder !== '') {
    conditions.push(
      `s.id IN (SELECT a.story_id FROM feeds f JOIN articles a ON a.feed_id = f.id
         WHERE (f.folder = ? OR (f.folder >= ? AND f.folder < ?)) AND a.story_id IS NOT NULL)`,
    );
    params.push(folder, `${folder}/`, `${folder}0`);
  }
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const match = ftsQuery(filter.text);
    if (match === undefined) empty = true;
    else {
      conditions.push(
        `s.id IN (SELECT a.story_id FROM article_search JOIN articles a ON a.id = article_search.rowid
           WHERE article_search MATCH ? AND a.story_id IS NOT NULL)`,
      );
      params.push(match);
    }
  }
  return { sql: conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`, params, empty };
}
