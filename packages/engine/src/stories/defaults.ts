/**
 * Tunables of the story index. One configuration for every corpus: the values below were chosen
 * from principles first and checked on the development data (bench/src/eval/clustering.ts), never
 * tuned per dataset.
 */

/** Similarity (0..1) an article needs with a story to join it; below it, the article starts a new story. */
export const STORY_THRESHOLD = 0.22;

/** Weight of the text channel (TF-IDF over stemmed words of title and body). */
export const TEXT_WEIGHT = 0.45;

/**
 * Weight of the entity channel (names, acronyms, numbers). Same-topic events share vocabulary but
 * not their who/where/how-much, so entities get as much weight as all the words together.
 */
export const ENTITY_WEIGHT = 0.45;

/** Weight of the headline channel (TF-IDF over title words): headlines state the event tersely. */
export const TITLE_WEIGHT = 0.1;

/**
 * How many of a story's most recent members an article is compared with (average linkage over this
 * window). Bounds memory and keeps a long-running story's score about its recent coverage; 12 and
 * 40 scored the same on ECB+ and NewsWCL50.
 */
export const MEMBERS_COMPARED = 12;

/**
 * Relative growth of the article count after which a story's member norms (which depend on IDF, so
 * on the count) are recomputed. 5% keeps norms within about 1% of exact at a fraction of the cost.
 */
export const NORM_REFRESH_GROWTH = 0.05;

/**
 * How many candidate stories (from the inverted index) are scored against their centroid per article.
 * 6 scored the same as 12 on ECB+ and NewsWCL50 at half the cost: the right story is nearly always
 * among the first few by shared heavy keys.
 */
export const CANDIDATES = 6;

/** How many of an article's heaviest words it posts to its story's inverted index. */
export const POSTED_TERMS = 12;

/** How many of an article's heaviest entities it posts to its story's inverted index. */
export const POSTED_ENTITIES = 12;

/** How many of an article's heaviest keys (words and entities) are looked up to find candidates. */
export const QUERY_KEYS = 24;

/**
 * Postings longer than this are skipped when looking up candidates: a key shared by that many
 * stories is topic vocabulary, not an event, and scanning it would make the cost grow with the index.
 */
export const MAX_POSTING = 400;

/** Days two articles may lie apart with no penalty: follow-ups and weekly papers report late. */
export const TIME_GRACE_DAYS = 3;

/** Beyond the grace period, the similarity halves every this many days. */
export const TIME_HALF_LIFE_DAYS = 7;
