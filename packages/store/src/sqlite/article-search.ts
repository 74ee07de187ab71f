/**
 * SQLite: full-text search over articles (`searchArticles`) with FTS5.
 *
 * The index `article_search` (migration 2) holds each article's title and body (paragraphs joined
 * by "\n"), tokenized by `unicode61 remove_diacritics 2` (case and accents folded: "Muller" finds
 * "Müller"). It is an external-content index: `snippet()` needs the original text, and it reads it
 * back from the view `article_search_text` over `articles` (which already hold it), so the text is
 * not stored a second time. Measured on ECB+ texts (about 1,000 articles, median body 1.5 KB): the
 * index costs about 45% of the body's bytes per article, where an own-content table would add the
 * whole text again on top (see the report in the commit that added it for the exact figures).
 * Triggers on `articles` keep it in step with every insert, text rewrite and delete.
 *
 * Ranking: bm25 with the title weighted SEARCH_TITLE_WEIGHT against the body's 1, best first, then
 * id. The snippet comes from the body (the title is shown beside it anyway), SEARCH_SNIPPET_TOKENS
 * tokens around the best match, « » around matched terms, … where text was cut.
 * Cost: one MATCH query for the page (bm25 computed for every matching article, then sorted) and
 * one count of all matches; the text is read back only for the page's hits.
 */
import { SEARCH_DEFAULT_PAGE_SIZE, SEARCH_SNIPPET_TOKENS, SEARCH_TITLE_WEIGHT } from '../defaults.js';
import type { Page, SearchHit, SearchResult } from '../records.js';
import { ftsQuery } from './fts-query.js';
import { pageLimit } from './paging.js';
import type { StatementCache } from './statement-cache.js';

const SEARCH_SQL = `SELECT rowid AS articleId,
    snippet(article_search, 1, '«', '»', '…', ${SEARCH_SNIPPET_TOKENS}) AS snippet
  FROM article_search WHERE article_search MATCH ?
  ORDER BY bm25(article_search, ${SEARCH_TITLE_WEIGHT}, 1), rowid LIMIT ? OFFSET ?`;

const COUNT_SQL = 'SELECT count(*) AS n FROM article_search WHERE article_search MATCH ?';

export function searchArticles(sql: StatementCache, text: string, page: Page): SearchResult {
  const match = ftsQuery(text);
  if (match === undefined) return { hits: [], total: 0 };
  const limit = page.limit === undefined ? SEARCH_DEFAULT_PAGE_SIZE : pageLimit(page.limit);
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const hits = sql.get(SEARCH_SQL).all(match, limit, offset) as SearchHit[];
  const total = (sql.get(COUNT_SQL).get(match) as { n: number }).n;
  return { hits, total };
}
