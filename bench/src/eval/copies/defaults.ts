/** Tunables of the copy benchmark. Each says what it controls and why that value. */

/** Seed of the benchmark's PRNG; a fixed seed makes every run score the same articles. */
export const COPIES_SEED = 20240301;

/** How many ECB+ articles become originals that get copies (a few hundred: enough pairs for a 0.01 resolution, fast to analyse). */
export const ORIGINAL_COUNT = 300;

/** Originals have at least this many words: wire reports are rarely shorter, and a 60-word brief copied is a different problem. */
export const MIN_ORIGINAL_WORDS = 120;

/** Copies made of each original, drawn uniformly in this range (wire stories run in a few outlets each). */
export const COPIES_PER_ORIGINAL: [number, number] = [1, 4];

/** The recall target covers copies that keep at least this fraction of an original's words (the "at least half"). */
export const RECALL_MIN_KEPT = 0.5;

/** Probability that a copy is an excerpt keeping only EXCERPT_KEPT of the original (outside the recall target). */
export const EXCERPT_RATE = 0.1;
export const EXCERPT_KEPT: [number, number] = [0.2, 0.4];

/** Probability that a copy merges two originals (like seed 004), keeping MERGE_KEPT of each. */
export const MERGE_RATE = 0.1;
export const MERGE_KEPT: [number, number] = [0.5, 0.75];

/** Probability of each operation on a copy (independently; none drawn → a verbatim copy). */
export const WRAP_RATE = 0.6;
export const EDIT_RATE = 0.5;
export const DROP_RATE = 0.3;
export const INSERT_RATE = 0.3;
export const TRUNCATE_RATE = 0.3;

/** Share of words substituted, deleted or inserted by a word edit (light copy-editing to heavy rewording). */
export const EDIT_WORD_RATE: [number, number] = [0.02, 0.1];

/** A truncation keeps the first fraction of words in this range, cut at a paragraph end. */
export const TRUNCATE_KEPT: [number, number] = [0.5, 1];

/** A paragraph drop removes up to this share of paragraphs (never the first). */
export const DROP_MAX_SHARE = 0.25;

/** Paragraphs from unrelated reports inserted by a paragraph insert. */
export const INSERT_PARAGRAPHS: [number, number] = [1, 2];

/** Made-up outlets that publish the copies; each has its own page furniture, as real sources do. */
export const OUTLET_COUNT = 40;

/** Word shingle length for finding text that ECB+ articles already share (real syndication in the data). */
export const NATURAL_SHINGLE = 6;

/**
 * Two ECB+ articles sharing at least this many distinct 6-word shingles reproduce a common text
 * (about 15 consecutive words, the size of one copied sentence): linking them is not a false positive.
 */
export const NATURAL_LINK_SHINGLES = 10;

/** Days over which originals are spread (copies follow within COPY_DELAY_HOURS). */
export const DAYS = 30;
export const COPY_DELAY_HOURS: [number, number] = [0.2, 36];

/** The naive baseline links two articles whose raw-text word 5-shingle Jaccard is at least this. */
export const BASELINE_SHINGLE = 5;
export const BASELINE_JACCARD = 0.5;
