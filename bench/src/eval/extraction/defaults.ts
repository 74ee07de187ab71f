/** Tunables of the extraction evaluation. Each says what it controls and why that value. */

/** Readability's reviewed test pages, read in place from the repository root (never copied). */
export const READABILITY_PAGES = '../shared/datasets/extraction/readability/pages';

/** trafilatura's evaluation set: the JSON of expectations, and the two folders its pages live in. */
export const TRAFILATURA_DIR = '../shared/datasets/extraction/trafilatura';
export const TRAFILATURA_PAGE_DIRS = ['eval', 'cache'] as const;

/**
 * The URL every Readability test page is extracted under: Readability's own test harness uses
 * this one, and its expected outputs resolve relative links against it.
 */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/**
 * The quality gate scores every GATE_STRIDE-th trafilatura page (in the JSON's order) instead of
 * all 990: the whole set takes ~45 s, a quarter took 22 s with the Readability pages on the
 * shared 2-core machine, over the gate's budget of about 20 s; an eighth (124 pages from ~120
 * sites, ~370 snippets) still moves with any general change.
 */
export const GATE_STRIDE = 8;
