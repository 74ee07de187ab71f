/** Tunables of the aggregator (how it keeps stories in the store as articles arrive). */

/**
 * Prepared articles kept in memory, the most recently used: their alignment text takes 26 KB for
 * a 4 KB body, so 4,096 take about 106 MB. New articles are aligned mostly with recent ones (the
 * hit rate is not measured yet); the rest are read back from the store and their alignment text
 * prepared again (0.15 ms for a 4 KB body; both measured on the bench corpus).
 */
export const PREPARED_CACHE_SIZE = 4096;

/**
 * After a restart, the most recent this-many articles are restored into the story index with their
 * weights; older ones by signature and story only (a copy of one still joins its story, but an old
 * story is not found by similarity; what that costs in clustering is not measured yet). With
 * 20,000, a restart took 3.6 s at 20k stored articles and 9.4 s at 100k (every article with its
 * weights: 77 s at 100k, under load); up to 20,000 the restore is exact.
 */
export const RESTORE_WINDOW = 20_000;

/** Articles written to the store per transaction while importing. */
export const INGEST_BATCH_SIZE = 500;

/** A story's headline is chosen among its most recent titles, at most this many (cost is quadratic). */
export const HEADLINE_TITLES = 64;

/** The state key of the page furniture learnt so far. */
export const FURNITURE_STATE_KEY = 'furniture';

/**
 * Articles stored and folded per transaction by importFiles: large enough that a transaction's
 * overhead is small, small enough that an interrupted import loses at most a few seconds of work.
 */
export const IMPORT_BATCH = 500;
