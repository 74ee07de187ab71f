/**
 * SQLite: the feeds table — subscriptions keyed by normalised URL, with their polling state.
 * `dueFeeds` reads the `feeds_next_poll` index in order, so it costs O(limit · log n).
 */
import { DEFAULT_FEED_INTERVAL_SECONDS } from '../defaults.js';
import { normaliseFeedUrl } from '../normalise-url.js';
import type { FeedAddResult, FeedInput, FeedRecord, FeedUpdate } from '../records.js';
import { StoreError } from '../store-error.js';
import { toTimestamp, toTimestampOrNull } from '../timestamps.js';
import type { StatementCache } from './statement-cache.js';

interface FeedRow {
  id: number;
  url: string;
  source_id: number | null;
  title: string | null;
  site_url: string | null;
  folder: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_status: number | null;
  last_error: string | null;
  last_polled_at: string | null;
  next_poll_at: string;
  consecutive_failures: number;
  interval_seconds: number;
  min_interval_seconds: number | null;
  max_interval_seconds: number | null;
}

/** Record field → column, for the fields `updateFeed` may change. */
const UPDATE_COLUMNS: Readonly<Record<keyof FeedUpdate, string>> = {
  sourceId: 'source_id',
  title: 'title',
  siteUrl: 'site_url',
  folder: 'folder',
  etag: 'etag',
  lastModified: 'last_modified',
  lastStatus: 'last_status',
  lastError: 'last_error',
  lastPolledAt: 'last_polled_at',
  nextPollAt: 'next_poll_at',
  consecutiveFailures: 'consecutive_failures',
  intervalSeconds: 'interval_seconds',
  minIntervalSeconds: 'min_interval_seconds',
  maxIntervalSeconds: 'max_interval_seconds',
};

function toRecord(row: FeedRow): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    sourceId: row.source_id,
    title: row.title,
    siteUrl: row.site_url,
    folder: row.folder,
    addedAt: row.added_at,
    etag: row.etag,
    lastModified: row.last_modified,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastPolledAt: row.last_polled_at,
    nextPollAt: row.next_poll_at,
    consecutiveFailures: row.consecutive_failures,
    intervalSeconds: row.interval_seconds,
    minIntervalSeconds: row.min_interval_seconds,
    maxIntervalSeconds: row.max_interval_seconds,
  };
}

export function feedUrlKey(url: string): string {
  const normalised = normaliseFeedUrl(url);
  if (normalised === undefined) throw new StoreError(`store: not a feed URL: ${JSON.stringify(url)}`);
  return normalised;
}

export function getFeed(sql: StatementCache, idOrUrl: number | string): FeedRecord | undefined {
  let row: FeedRow | undefined;
  if (typeof idOrUrl === 'number') {
    row = sql.get('SELECT * FROM feeds WHERE id = ?').get(idOrUrl) as FeedRow | undefined;
  } else {
    const url = normaliseFeedUrl(idOrUrl);
    if (url === undefined) return undefined;
    row = sql.get('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
  }
  return row === undefined ? undefined : toRecord(row);
}

export function listFeeds(sql: StatementCache): FeedRecord[] {
  return (sql.get('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toRecord);
}

export function addFeed(sql: StatementCache, input: FeedInput, now: string): FeedAddResult {
  const url = feedUrlKey(input.url);
  const existing = getFeed(sql, url);
  if (existing !== undefined) return { feed: existing, created: false };
  const info = sql
    .get(
      `INSERT INTO feeds (url, source_id, title, site_url, folder, added_at, next_poll_at,
         interval_seconds, min_interval_seconds, max_interval_seconds)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      url,
      input.sourceId ?? null,
      input.title ?? null,
      input.siteUrl ?? null,
      input.folder ?? null,
      input.addedAt === undefined ? now : toTimestamp(input.addedAt),
      input.nextPollAt === undefined ? now : toTimestamp(input.nextPollAt),
      input.intervalSeconds ?? DEFAULT_FEED_INTERVAL_SECONDS,
      input.minIntervalSeconds ?? null,
      input.maxIntervalSeconds ?? null,
    );
  const feed = getFeed(sql, Number(info.lastInsertRowid));
  if (feed === undefined) throw new StoreError('store: a feed vanished right after insertion');
  return { feed, created: true };
}

export function removeFeed(sql: StatementCache, idOrUrl: number | string): boolean {
  const feed = getFeed(sql, idOrUrl);
  if (feed === undefined) return false;
  sql.get('DELETE FROM feeds WHERE id = ?').run(feed.id);
  return true;
}

export function updateFeed(sql: StatementCache, id: number, update: FeedUpdate): FeedRecord | undefined {
  const columns: string[] = [];
  const values: (string | number | null)[] = [];
  for (const [field, column] of Object.entries(UPDATE_COLUMNS) as [keyof FeedUpdate, string][]) {
    let value = update[field];
    if (value === undefined) continue;
    if (field === 'lastPolledAt' || field === 'nextPollAt') value = toTimestampOrNull(value as string | null);
    columns.push(`${column} = ?`);
    values.push(value);
  }
  // The statement text depends on which fields are set; the cache holds each combination once.
  if (columns.length > 0) sql.get(`UPDATE feeds SET ${columns.join(', ')} WHERE id = ?`).run(...values, id);
  return getFeed(sql, id);
}

export function changeFeedUrl(sql: StatementCache, id: number, newUrl: string): FeedRecord | undefined {
  const url = feedUrlKey(newUrl);
  const feed = getFeed(sql, id);
  if (feed === undefined) return undefined;
  const other = getFeed(sql, url);
  if (other === undefined) {
    sql.get('UPDATE feeds SET url = ? WHERE id = ?').run(url, id);
    return getFeed(sql, id);
  }
  if (other.id === id) return feed;
  sql.get('UPDATE articles SET feed_id = ? WHERE feed_id = ?').run(other.id, id);
  sql.get('UPDATE documents SET feed_id = ? WHERE feed_id = ?').run(other.id, id);
  sql.get('DELETE FROM feeds WHERE id = ?').run(id);
  return other;
}

export function dueFeeds(sql: StatementCache, now: string, limit: number): FeedRecord[] {
  const rows = sql
    .get('SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?')
    .all(now, Math.max(0, Math.floor(limit))) as FeedRow[];
  return rows.map(toRecord);
}
