/**
 * SQLite: stories (upserted whole, ranked by `storyRank` stored in an indexed column, with their
 * time span in canonical UTC form for filters), their origins (replaced per story at once), and
 * the sources of their articles (`storySources`: one GROUP BY over the articles_story index per
 * chunk of ids, answered from that index alone). Filters: story-filter.ts.
 */
import type {
  OriginArticleShare,
  OriginInput,
  OriginRecord,
  Page,
  StoryFilter,
  StoryInput,
  StoryRecord,
  StorySourceCount,
} from '../records.js';
import { storyRank } from '../story-rank.js';
import { toTimestamp } from '../timestamps.js';
import { pageLimit } from './paging.js';
import { inChunks, placeholders, type StatementCache } from './statement-cache.js';
import { storyWhere } from './story-filter.js';
import { writeTransaction } from './write-transaction.js';

interface StoryRow {
  id: string;
  headline: string | null;
  article_ids: string;
  origin_ids: string;
  independent_reports: number;
  first_published: string | null;
  last_published: string | null;
  updated_at: string;
}

interface OriginRow {
  id: string;
  story_id: string;
  label: string | null;
  articles: string;
}

function toStory(row: StoryRow): StoryRecord {
  return {
    id: row.id,
    headline: row.headline,
    articleIds: JSON.parse(row.article_ids) as number[],
    originIds: JSON.parse(row.origin_ids) as string[],
    independentReports: row.independent_reports,
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    updatedAt: row.updated_at,
  };
}

function toOrigin(row: OriginRow): OriginRecord {
  return {
    id: row.id,
    storyId: row.story_id,
    label: row.label,
    articles: JSON.parse(row.articles) as OriginArticleShare[],
  };
}

/** A story time in canonical UTC form, or null when it is missing or not a readable time. */
function canonicalTime(time: string | null): string | null {
  if (time === null) return null;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The story's span [start, end] for filters: its published times, else its update time. */
function span(story: StoryInput, updatedAt: string): [string, string] {
  const first = canonicalTime(story.firstPublished);
  const last = canonicalTime(story.lastPublished);
  return [first ?? last ?? updatedAt, last ?? first ?? updatedAt];
}

const STORY_COLUMNS =
  'id, headline, article_ids, origin_ids, independent_reports, first_published, last_published, updated_at';

export function putStories(sql: StatementCache, stories: readonly StoryInput[], now: string): void {
  writeTransaction(sql.db, () => {
    const statement = sql.get(
      `INSERT INTO stories (id, headline, article_ids, origin_ids, independent_reports, first_published,
         last_published, updated_at, rank, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, article_ids = excluded.article_ids,
         origin_ids = excluded.origin_ids, independent_reports = excluded.independent_reports,
         first_published = excluded.first_published, last_published = excluded.last_published,
         updated_at = excluded.updated_at, rank = excluded.rank, span_start = excluded.span_start,
         span_end = excluded.span_end`,
    );
    for (const story of stories) {
      const updatedAt = story.updatedAt === undefined ? now : toTimestamp(story.updatedAt);
      statement.run(
        story.id,
        story.headline,
        JSON.stringify(story.articleIds),
        JSON.stringify(story.originIds),
        story.independentReports,
        story.firstPublished,
        story.lastPublished,
        updatedAt,
        storyRank(story, updatedAt),
        ...span(story, updatedAt),
      );
    }
  });
}

export function deleteStories(sql: StatementCache, ids: readonly string[]): void {
  writeTransaction(sql.db, () => {
    for (const chunk of inChunks(ids)) {
      const list = placeholders(chunk.length);
      sql.get(`UPDATE articles SET story_id = NULL WHERE story_id IN (${list})`).run(...chunk);
      sql.get(`DELETE FROM stories WHERE id IN (${list})`).run(...chunk);
    }
  });
}

export function clearStories(sql: StatementCache): void {
  writeTransaction(sql.db, () => {
    sql.get('UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL').run();
    sql.get('DELETE FROM origins').run();
    sql.get('DELETE FROM stories').run();
    sql.get('DELETE FROM alignments').run();
  });
}

export function getStory(sql: StatementCache, id: string): StoryRecord | undefined {
  const row = sql.get(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`).get(id) as StoryRow | undefined;
  return row === undefined ? undefined : toStory(row);
}

export function listStories(
  sql: StatementCache,
  page: Page,
  filter: StoryFilter,
  sparseArticles?: number,
): StoryRecord[] {
  const where = storyWhere(sql, filter, false, sparseArticles);
  if (where.empty) return [];
  // Filtered: the page's ids first, from the rank index alone (it carries the span for time
  // conditions; a WITHOUT ROWID table gets no deferred row reads), then only their rows.
  const rows = sql
    .get(
      where.sql === ''
        ? `SELECT ${STORY_COLUMNS} FROM stories ORDER BY rank DESC, id LIMIT ? OFFSET ?`
        : `SELECT ${STORY_COLUMNS} FROM stories WHERE id IN
             (SELECT s.id FROM stories s${where.sql} ORDER BY s.rank DESC, s.id LIMIT ? OFFSET ?)
           ORDER BY rank DESC, id`,
    )
    .all(...where.params, pageLimit(page.limit), Math.max(0, Math.floor(page.offset ?? 0))) as StoryRow[];
  return rows.map(toStory);
}

export function countStories(sql: StatementCache, filter: StoryFilter, sparseArticles?: number): number {
  const where = storyWhere(sql, filter, true, sparseArticles);
  if (where.empty) return 0;
  return (sql.get(`SELECT count(*) AS n FROM stories s${where.sql}`).get(...where.params) as { n: number }).n;
}

export function storySources(
  sql: StatementCache,
  storyIds: readonly string[],
): Map<string, StorySourceCount[]> {
  const out = new Map<string, StorySourceCount[]>();
  for (const chunk of inChunks([...new Set(storyIds)])) {
    const rows = sql
      .get(
        `SELECT story_id AS storyId, source_id AS sourceId, count(*) AS articles FROM articles
         WHERE story_id IN (${placeholders(chunk.length)}) AND source_id IS NOT NULL
         GROUP BY story_id, source_id`,
      )
      .all(...chunk) as ({ storyId: string } & StorySourceCount)[];
    for (const { storyId, sourceId, articles } of rows) {
      let counts = out.get(storyId);
      if (counts === undefined) {
        counts = [];
        out.set(storyId, counts);
      }
      counts.push({ sourceId, articles });
    }
  }
  for (const counts of out.values()) {
    counts.sort((x, y) => y.articles - x.articles || x.sourceId - y.sourceId);
  }
  return out;
}

export function replaceOrigins(sql: StatementCache, storyId: string, origins: readonly OriginInput[]): void {
  writeTransaction(sql.db, () => {
    sql.get('DELETE FROM origins WHERE story_id = ?').run(storyId);
    const statement = sql.get(
      `INSERT INTO origins (id, story_id, label, articles) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id, label = excluded.label, articles = excluded.articles`,
    );
    for (const origin of origins) {
      statement.run(origin.id, storyId, origin.label, JSON.stringify(origin.articles));
    }
  });
}

export function originsOf(sql: StatementCache, storyId: string): OriginRecord[] {
  const rows = sql.get('SELECT * FROM origins WHERE story_id = ? ORDER BY id').all(storyId) as OriginRow[];
  return rows.map(toOrigin);
}
