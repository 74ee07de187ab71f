/**
 * Shingles: the hash of every run of k consecutive words of a body, from the words' hashes.
 *
 * Computes, for each word position i, a 32-bit hash of words i … i + k − 1, combined from the
 * word hashes of tokenize() with integer arithmetic (a multiply–rotate chain as in MurmurHash3's
 * body, then its fmix32 finaliser mixed with the seed). No shingle string is ever built.
 * A body with fewer than k words (but at least one) has one shingle: all its words.
 * Invariants: deterministic for (word hashes, k, seed); order-sensitive ("a b c" ≠ "c b a");
 * a shingle hash is never EMPTY_VALUE, so it can never be mistaken for an empty signature bin.
 * Cost: O(count · k) integer operations, no allocation per shingle.
 */

import type { Tokens } from '../tokens.js';
import { fmix32 } from '../tokens.js';
import { DEFAULT_SHINGLE_SIZE, DEFAULT_SIGNATURE_SEED } from './defaults.js';
import { EMPTY_VALUE } from './signature.js';

export interface ShingleOptions {
  /** Words per shingle. */
  shingleSize?: number;
  /** Seed of the hash permutation. */
  seed?: number;
}

/** The seed, spread over 32 bits, that every shingle hash of one signature is mixed with. */
export function seedMix(seed: number): number {
  return fmix32(Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x5bd1e995);
}

/** Hash of the shingle of `length` words starting at word `start`. */
export function shingleHashAt(hashes: Uint32Array, start: number, length: number, mix: number): number {
  let h = mix;
  const end = start + length;
  for (let j = start; j < end; j++) {
    h = Math.imul(h ^ hashes[j]!, 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
  }
  h = fmix32((h ^ length) + mix);
  return h === EMPTY_VALUE ? EMPTY_VALUE - 1 : h;
}

/** Number of shingles of a body of `count` words. */
export function shingleCount(count: number, shingleSize: number): number {
  if (count === 0) return 0;
  return count < shingleSize ? 1 : count - shingleSize + 1;
}

/** The hash of every shingle of a tokenised body, in order (repeats kept). */
export function shingleHashes(
  tokens: Pick<Tokens, 'count' | 'hashes'>,
  options: ShingleOptions = {},
): Uint32Array {
  const k = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
  if (!Number.isInteger(k) || k < 1) throw new Error(`fingerprint: invalid shingle size ${k}`);
  const mix = seedMix(options.seed ?? DEFAULT_SIGNATURE_SEED);
  const count = tokens.count;
  const n = shingleCount(count, k);
  const out = new Uint32Array(n);
  const length = Math.min(count, k);
  for (let i = 0; i < n; i++) out[i] = shingleHashAt(tokens.hashes, i, length, mix);
  return out;
}
