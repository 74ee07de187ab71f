/** Tunables of the aggregator (how it keeps stories in the store as articles arrive). */

/**
 * Prepared articles kept in memory (alignment text included, about 25 KB each): the most recently
 * used. New articles are aligned mostly with recent ones, so 4,096 (about 100 MB) serves nearly
 * every lookup; the rest are read back from the store and prepared again (about 0.1 ms each).
 */
export const PREPARED_CACHE_SIZE = 4096;

/**
 * After a restart, the most recent this-many articles are restored into the story index with their
 * weights; older ones by signature and story only (a copy of one still joins its story, but an old
 * story is not found by similarity, which its age would make unlikely anyway). At 20,000 (days to
 * weeks of a large subscription) restoring takes seconds however big the store; everything is
 * restored exactly up to that size.
 */
export const RESTORE_WINDOW = 20_000;

/** Articles written to the store per transaction while importing. */
export const INGEST_BATCH_SIZE = 500;

/** A story's headline is chosen among its most recent titles, at most this many (cost is quadratic). */
export const HEADLINE_TITLES = 64;

/** The state key of the page furniture learnt so far. */
export const FURNITURE_STATE_KEY = 'furniture';
