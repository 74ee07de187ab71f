/**
 * Tunables of the match stage (LSH). Each value says what it controls and why it is set so.
 */

/**
 * Jaccard similarity of 3-word shingle sets above which two articles must become candidates.
 * A copy that keeps half of an original report, edited about every ten words, keeps about 70% of
 * the shingles of the half it keeps: J ≈ 0.35 / 1.15 ≈ 0.3, lower still when the copy adds its own
 * paragraphs. Unrelated news articles share almost no 3-word shingles (J < 0.02). A threshold of
 * 0.2 leaves room below the copies we must find; the aligner verifies every candidate, so false
 * positives cost time, not quality.
 */
export const DEFAULT_LSH_THRESHOLD = 0.2;

/**
 * Weights of missed pairs against extra candidates when choosing bands and rows. We need recall
 * ≥ 0.98 for copies (J ≥ 0.25): with 128 values, 0.1 / 0.9 gives 64 bands of 2 rows, whose
 * candidate probability is 0.984 at J = 0.25, 0.998 at J = 0.3, and 0.0016 at J = 0.005.
 * Even weights (datasketch's default) give 28 × 2 and miss 16% of pairs at J = 0.25.
 */
export const DEFAULT_FALSE_POSITIVE_WEIGHT = 0.1;
export const DEFAULT_FALSE_NEGATIVE_WEIGHT = 0.9;

/** Intervals of Simpson's rule when integrating the S-curve: error far below the differences. */
export const INTEGRATION_STEPS = 128;

/**
 * Signatures an index has room for before its first growth. Small, so that an index for a
 * handful of articles costs little; arrays double as needed (pass `capacity` when the count is
 * known, to avoid the copies).
 */
export const LSH_INITIAL_CAPACITY = 1024;

/**
 * Average nodes per bucket above which the bucket table doubles (so the load λ stays between
 * half this and this). Each bucket costs 8 bytes (first node and filter), 8 / λ per node next
 * to the node's own 8. A query's filter lets a missing key through with probability
 * (1 − e^(−3λ/32))³: 0.2% at λ = 1.5, 1.3% at λ = 3, so an unrelated query walks 0.15–0.9
 * needless chains at 64 bands. 3 keeps the index under 1 KB per article at every size (10.7–13.3
 * bytes per node: 680–850 per article); 2 made queries about 30% faster at sizes where the two
 * differ but reached 16 bytes per node (1030 per article) right after a doubling; 4 cost 30% of
 * query speed for 10% faster inserts (measured at 0.7–1M articles, noisy).
 */
export const LSH_MAX_BUCKET_LOAD = 3;
