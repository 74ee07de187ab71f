/**
 * Tunables of the fingerprint stage. Each value says what it controls and why it is set so.
 */

/**
 * Words per shingle. Copies we must find keep at least half of an original report and are edited
 * about every ten words; an edit breaks the k shingles that overlap it, so with k = 3 about 70% of
 * the shingles of an edited passage survive (k = 5 would keep only 50%). Shorter shingles (k = 2)
 * keep 80% but are shared by unrelated articles ("of the", "said on"), which floods LSH with
 * candidates. Three words is the usual choice for near-duplicate news (Broder 1997 used word
 * shingles; Theobald et al. 2008 SpotSigs report 2–4 as the useful range).
 */
export const DEFAULT_SHINGLE_SIZE = 3;

/**
 * Number of MinHash values per signature (one-permutation bins). The standard error of the
 * Jaccard estimate is about sqrt(J(1 - J) / size): 0.04 at J = 0.3 with 128 values, enough to
 * tell a copy (J ≥ 0.2) from unrelated articles (J < 0.02). 128 values also give LSH 64 bands of
 * two rows, whose recall at J = 0.3 is 0.998 (see match/defaults.ts). The signature costs 512
 * bytes, computed in one pass; 256 would halve the variance but double LSH memory, which must
 * stay under 1 KB per article.
 */
export const DEFAULT_SIGNATURE_SIZE = 128;

/** Seed of the shingle hash permutation. Signatures are comparable only with the same seed. */
export const DEFAULT_SIGNATURE_SEED = 1;

/**
 * Version of the fingerprint algorithm. Bump it whenever tokenising, shingling, hashing or
 * densification change, so that stored signatures of an older version are refused, not compared.
 */
export const FINGERPRINT_ALGORITHM_VERSION = 1;

/** Largest signature size accepted (a bin number is at most the top 16 bits of a hash). */
export const MAX_SIGNATURE_SIZE = 65536;
