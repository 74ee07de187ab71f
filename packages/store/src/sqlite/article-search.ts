/**
 * SQLite: full-text search over articles (`searchArticles`) with FTS5.
 *
 * The index `article_search` (migration 2) holds each article's title and body (paragraphs joined
 * by "\n"), tokenized by `unicode61 remove_diacritics 2` (case and accents folded: "Muller" finds
 * "Müller"). It is an EXTERNAL-content index: `snippet()` needs the original text, and it reads it
 * back from the view `article_search_text` over `articles`, which hold it already, so the text is
 * not stored a second time. Measured (dbstat, after writing the articles; index with its
 * 3-character prefix index, migration 5): on ECB+ (978 real articles, 2.0 KB of title and body
 * text each) the index takes 2.4 KB per article (1.5 KB without the prefix index), where an
 * own-content table would also store the 2.0 KB of text again; on the bench corpus (4.2 KB of
 * text, words remapped, so a larger vocabulary) 4.7 KB (2.7 KB without) against 4.2 KB more.
 * Triggers on `articles` keep it in step with every insert, text rewrite and delete.
 *
 * Order (reference: bm25 as FTS5 computes it, sqlite.org/fts5.html §5.1.1): bm25 with the title
 * weighted SEARCH_TITLE_WEIGHT against the body's 1, best first, then article id. FTS5 ranks by
 * reading every match, so the exact order is kept up to SEARCH_RANKED_WINDOW matches; beyond that,
 * the window of the most recent matches (highest ids) comes first, ranked, then older matches,
 * newest first. Either way the order is total, so pages never overlap or skip.
 * The snippet comes from the body (the title is shown beside it anyway): SEARCH_SNIPPET_TOKENS
 * tokens around the best match, « » around matched terms, … where text was cut.
 *
 * Cost: a count of every match (a doclist scan), a probe of the window's boundary (at most
 * SEARCH_RANKED_WINDOW doclist entries), bm25 over at most SEARCH_RANKED_WINDOW matches, and one
 * query for the page's snippets (each hit's text read back and tokenized).
 */
import {
  SEARCH_DEFAULT_PAGE_SIZE,
  SEARCH_RANKED_WINDOW,
  SEARCH_SNIPPET_TOKENS,
  SEARCH_TITLE_WEIGHT,
} from '../defaults.js';
import type { Page, SearchHit, SearchResult } from '../records.js';
import { ftsQuery } from './fts-query.js';
import { pageLimit } from './paging.js';
import type { StatementCache } from './statement-cache.js';

/** The ranked window: matches with id >= the boundary, by bm25 (ids only: see SNIPPET_SQL). */
const RANKED_SQL = `SELECT rowid AS id FROM article_search
  WHERE article_search MATCH ? AND rowid >= ?
  ORDER BY bm25(article_search, ${SEARCH_TITLE_WEIGHT}, 1), rowid LIMIT ? OFFSET ?`;

/** Older matches than the window, newest first. */
const OLDER_SQL = `SELECT rowid AS id FROM article_search
  WHERE article_search MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?`;

/**
 * The page's snippets, in one query over the page's id range, filtered to its ids before any
 * snippet is built (`+rowid` keeps SQLite from handing the IN list to FTS5, which would run the
 * MATCH once per id; a prefix query rebuilds its merged doclist each time). Not in the ranking
 * query: SQLite evaluates a sorted query's columns for every row before sorting, which would build
 * a snippet (the text read back through the view and tokenized) for every match of the window.
 */
const SNIPPETS_SQL = `SELECT rowid AS id,
    snippet(article_search, 1, '«', '»', '…', ${SEARCH_SNIPPET_TOKENS}) AS snippet
  FROM article_search WHERE article_search MATCH ? AND rowid BETWEEN ? AND ?
    AND +rowid IN (SELECT value FROM json_each(?))`;

/** The id of the window's oldest match (the SEARCH_RANKED_WINDOW-th newest). */
const BOUNDARY_SQL = `SELECT rowid AS id FROM article_search WHERE article_search MATCH ?
  ORDER BY rowid DESC LIMIT 1 OFFSET ?`;

const COUNT_SQL = 'SELECT count(*) AS n FROM article_search WHERE article_search MATCH ?';

export interface SearchOptions {
  /** Matches ranked by bm25 before the rest follow newest first (default SEARCH_RANKED_WINDOW). */
  rankedWindow?: number | undefined;
}

export function searchArticles(
  sql: StatementCache,
  text: string,
  page: Page,
  options: SearchOptions = {},
): SearchResult {
  const window = Math.max(1, Math.floor(options.rankedWindow ?? SEARCH_RANKED_WINDOW));
  const match = ftsQuery(text);
  if (match === undefined) return { hits: [], total: 0 };
  const limit = page.limit === undefined ? SEARCH_DEFAULT_PAGE_SIZE : pageLimit(page.limit);
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const total = (sql.get(COUNT_SQL).get(match) as { n: number }).n;
  if (total === 0 || limit === 0) return { hits: [], total };
  const boundary =
    total <= window
      ? 0
      : ((sql.get(BOUNDARY_SQL).get(match, window - 1) as { id: number } | undefined)?.id ?? 0);
  const ranked = Math.min(total, window);
  const ids: { id: number }[] = [];
  if (offset < ranked)
    ids.push(...(sql.get(RANKED_SQL).all(match, boundary, limit, offset) as { id: number }[]));
  if (ids.length < limit && total > ranked) {
    const rest = sql.get(OLDER_SQL).all(match, boundary, limit - ids.length, Math.max(0, offset - ranked));
    ids.push(...(rest as { id: number }[]));
  }
  if (ids.length === 0) return { hits: [], total };
  const pageIds = ids.map((row) => row.id);
  const rows = sql
    .get(SNIPPETS_SQL)
    .all(match, Math.min(...pageIds), Math.max(...pageIds), JSON.stringify(pageIds)) as {
    id: number;
    snippet: string | null;
  }[];
  const snippets = new Map(rows.map((row) => [row.id, row.snippet ?? '']));
  const hits: SearchHit[] = pageIds.map((id) => ({ articleId: id, snippet: snippets.get(id) ?? '' }));
  return { hits, total };
}
