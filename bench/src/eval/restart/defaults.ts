/** Tunables of the restart-window evaluation (what a restart far past the window costs clustering). */

/**
 * Articles per ingest call: a polling round brings tens of articles, and a batch is one store
 * transaction; 25 keeps the real datasets' many rounds without making a run slow.
 */
export const INGEST_BATCH = 25;

/**
 * Restore windows tried on the real datasets (hundreds of articles): small enough that most of
 * the first half lies outside the window, as at 100k+ articles with the default 20,000.
 */
export const SMALL_WINDOWS = [50, 100, 200] as const;

/** The same for NewsWCL50 (50 articles, restart after 25): a tenth of the window sizes above. */
export const TINY_WINDOWS = [5, 10, 20] as const;

/** Seeds of the shuffled orders (engine `shuffled`), besides the file order. */
export const SHUFFLE_SEEDS = [20230228, 1, 2] as const;

/** Seed of the synthetic bench corpus (the one the speed bench uses). */
export const CORPUS_SEED = 20240101;
