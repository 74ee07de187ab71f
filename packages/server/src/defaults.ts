/** The server's tunables (the user-facing settings are the config table, config.ts). */

/**
 * How long a rendered response may be served again at most. Changes made by this server drop the
 * cache at once; 3 s bounds how late a page shows changes made by another process (a CLI refresh
 * on the same store), and is long enough that a page asked for by many clients is built once.
 */
export const RESPONSE_CACHE_TTL_MS = 3_000;

/** Rendered responses kept: the first pages of a few filters and the recent story pages (~27 KB each). */
export const RESPONSE_CACHE_ENTRIES = 500;
