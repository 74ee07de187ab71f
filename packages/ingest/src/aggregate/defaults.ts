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
 * weights, and so are the most recent members of every story that can still be joined
 * (restore-plan.ts); older ones by signature and story only. With 20,000 (window alone), a restart
 * took 3.6 s at 20k stored articles and 9.4 s at 100k (every article with its weights: 77 s at
 * 100k, under load); up to 20,000 the restore is exact. The window alone cost clustering far past
 * it (ECB+ shuffled, restart after half, window 100: B-cubed F1 -0.054 to -0.064), which the story
 * windows recover (within 0.001; bench/src/eval/restart).
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
