/**
 * Signatures: MinHash values of an article body, and the Jaccard similarity they estimate.
 *
 * Computes the share of positions where two signatures hold the same value, which estimates the
 * Jaccard similarity of the two shingle sets (Broder 1997; for one-permutation hashing with
 * densification the same estimator is unbiased, Shrivastava 2017).
 * Invariants: signatures are compared only when seed, size and version agree (otherwise it throws:
 * that is a programmer error); an empty signature (no shingles: empty or word-less body) holds
 * EMPTY_VALUE everywhere and is similar to nothing, itself included, so the result is never NaN.
 * Cost: O(size).
 */

import { FINGERPRINT_ALGORITHM_VERSION } from './defaults.js';

export interface Signature {
  /** Seed of the shingle hash permutation. */
  seed: number;
  /** Number of values. */
  size: number;
  /** Algorithm version and shingle size, see signatureVersion(). */
  version: number;
  /** MinHash values; EMPTY_VALUE in every position when the body has no shingle. */
  values: Uint32Array;
}

/** Value of every position of an empty signature. Shingle hashes never take this value. */
export const EMPTY_VALUE = 0xffffffff;

/**
 * The version number written in signatures: the algorithm version and the shingle size, so that
 * signatures made with different shingle sizes are refused like those of different algorithms.
 */
export function signatureVersion(shingleSize: number): number {
  return FINGERPRINT_ALGORITHM_VERSION * 256 + shingleSize;
}

/** Whether a signature was made from a body without any shingle. */
export function isEmptySignature(signature: Signature): boolean {
  return signature.values[0] === EMPTY_VALUE;
}

/** Throws when two signatures were not made with the same seed, size and version. */
export function assertComparable(a: Signature, b: Signature): void {
  if (a.seed !== b.seed || a.size !== b.size || a.version !== b.version) {
    throw new Error(
      `fingerprint: signatures are not comparable (seed ${a.seed}/${b.seed}, size ${a.size}/${b.size}, ` +
        `version ${a.version}/${b.version})`,
    );
  }
  if (a.values.length !== a.size || b.values.length !== b.size) {
    throw new Error('fingerprint: signature values do not match its size');
  }
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures, in [0, 1]. */
export function signatureSimilarity(a: Signature, b: Signature): number {
  assertComparable(a, b);
  if (isEmptySignature(a) || isEmptySignature(b)) return 0;
  const x = a.values;
  const y = b.values;
  const size = a.size;
  let same = 0;
  for (let i = 0; i < size; i++) if (x[i] === y[i]) same++;
  return same / size;
}
