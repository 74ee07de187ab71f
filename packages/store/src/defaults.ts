/**
 * The store's tunables, each with what it controls and why it has this value.
 */

/** The SQLite database's file name inside the data folder: one file (plus WAL and shm while open). */
export const SQLITE_FILE_NAME = 'storyfold.db';

/**
 * How long (ms) a SQLite write waits for another connection's lock before failing with SQLITE_BUSY.
 * Five seconds covers a CLI command running while the server writes a large batch.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * SQLite page cache per connection, in KiB (`PRAGMA cache_size = -N`). The default 2 MiB holds too
 * few index pages once the articles' seven indexes outgrow it (at ~10k articles), and every insert
 * then reads index pages back from the OS; 64 MiB keeps the hot index pages of a million-article
 * database cached for a modest, bounded memory cost.
 */
export const SQLITE_CACHE_KIB = 64 * 1024;

/**
 * Brotli quality for raw documents at rest (0..11). Quality 5 compresses HTML about 6-8x at tens
 * of MB/s with the sync API; 11 squeezes a few per cent more at ~50x the time, too slow for ingest.
 */
export const DOCUMENT_BROTLI_QUALITY = 5;

/** Documents smaller than this (bytes) are stored as they are: compressing them saves nothing. */
export const DOCUMENT_COMPRESS_MIN_BYTES = 128;

/** Default page size of `iterateArticles` / `iterateDocuments` / `list*` (rows per query). */
export const DEFAULT_PAGE_SIZE = 500;

/** Upper bound on one page: keeps one query's memory bounded whatever a caller asks. */
export const MAX_PAGE_SIZE = 10_000;

/** The scheduler's first interval for a new feed (s) when the caller gives none: one hour. */
export const DEFAULT_FEED_INTERVAL_SECONDS = 3_600;

/**
 * Story ranking: how many seconds of recency one doubling of independent reports is worth.
 * Twelve hours: a story confirmed by twice as many independent reports stays level with a
 * half-day-newer one, so a big story stays on top for about a day, not a week.
 */
export const STORY_RANK_DOUBLING_SECONDS = 12 * 3_600;

/**
 * Full-text search ranking: bm25 weight of a match in an article's title relative to one in its
 * body (weight 1). A title names what the article is about in a few words, so a title match is
 * strong evidence; 4 keeps a title match ahead of a few scattered body matches without letting a
 * bare title mention outrank an article that discusses the words throughout.
 */
export const SEARCH_TITLE_WEIGHT = 4;

/**
 * Tokens in a search hit's snippet (FTS5 `snippet()` allows 1..64). About 12 words is one line
 * of a results list: enough context to judge a hit, short enough to scan.
 */
export const SEARCH_SNIPPET_TOKENS = 12;

/** Hits per page of `searchArticles` when the caller gives no limit: one screen of results. */
export const SEARCH_DEFAULT_PAGE_SIZE = 20;

/**
 * Full-text search: how many of the most recent matches (highest article ids) are ranked by bm25.
 * FTS5 has no top-k shortcut, so ranking costs a few microseconds per matching article (its
 * position lists and its stored size are read); a word found in most of 100,000 articles would
 * take hundreds of ms. Up to this many matches the order is exact bm25; beyond it, the window of
 * the most recent matches comes first, ranked, then older matches newest first (news readers
 * searching a common word want recent coverage). bm25 over 2,000 matches takes about 10 ms at
 * 100,000 articles; the exact count of all matches comes on top (16 ms for a word in every one).
 */
export const SEARCH_RANKED_WINDOW = 2_000;

/**
 * Full-text search: the shortest word (in characters) a trailing * turns into a prefix match.
 * A one- or two-letter prefix expands to thousands of indexed words and costs seconds at 100,000
 * articles while finding nearly everything; shorter prefixes are searched as whole words.
 */
export const SEARCH_MIN_PREFIX_CHARS = 3;

/**
 * Story filters (listStories): when a source, folder or text condition counts as "sparse". A
 * sparse condition is answered by collecting its stories first and sorting them by rank, which
 * costs about 1.3 µs per matching article (text, 100,000 articles). A dense one is checked story
 * by story while walking the rank order (for text, an FTS5 seek per article, several times
 * dearer), which pays only until a page is full: about 50 / (share of stories matching) stories.
 * At 100,000 articles a word in 2% of them listed in 567 ms checked per story and 4 ms collected,
 * a word in all of them 7 ms checked and 85+ ms collected; a tenth of the articles sits between.
 * Sizing a condition reads at most the threshold's number of index or doclist entries.
 */
export const STORY_FILTER_SPARSE_ARTICLES = 2_000;

/** See STORY_FILTER_SPARSE_ARTICLES: the share of all articles below which a condition is sparse. */
export const STORY_FILTER_SPARSE_SHARE = 0.1;
