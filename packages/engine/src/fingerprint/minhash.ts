/**
 * MinHash signatures of an article body, by one-permutation hashing with optimal densification.
 *
 * Computes a signature of `size` values: the shingle hashes (one hash = one random permutation)
 * are split by value range into `size` bins, and each bin keeps its smallest hash
 * (one-permutation hashing, Li, Owen & Zhang 2012, "One Permutation Hashing", NIPS). Bins that
 * received no shingle (short bodies) are filled by "optimal densification" (Shrivastava 2017,
 * "Optimal Densification for Fast and Accurate Minwise Hashing", ICML): empty bin i borrows the
 * value of the first originally non-empty bin along its own probe sequence h(i, 1), h(i, 2), …,
 * a sequence that depends only on (seed, i, attempt), so two bodies with the same non-empty
 * bins fill their empty bins alike. The share of equal positions in two signatures is then an
 * unbiased estimate of the Jaccard similarity of their shingle sets.
 * Invariants: deterministic for (text, seed, size, shingle size); a body without words gives an
 * empty signature (EMPTY_VALUE everywhere); otherwise no value is EMPTY_VALUE.
 * Cost: one pass over the body's words, O(words · k) integer operations, plus O(size) per
 * signature (O(size²/filled) when densifying); one Uint32Array of `size` allocated.
 */

import type { Tokens } from '../tokens.js';
import { fmix32 } from '../tokens.js';
import {
  DEFAULT_SHINGLE_SIZE,
  DEFAULT_SIGNATURE_SEED,
  DEFAULT_SIGNATURE_SIZE,
  MAX_SIGNATURE_SIZE,
} from './defaults.js';
import { seedMix } from './shingles.js';
import type { Signature } from './signature.js';
import { EMPTY_VALUE, signatureVersion } from './signature.js';
import { wordHashes } from './word-hashes.js';

export interface SignatureOptions {
  /** Seed of the shingle hash permutation. */
  seed?: number;
  /** Number of values (bins): a power of two, so that a bin is the top bits of a hash. */
  size?: number;
  /** Words per shingle. */
  shingleSize?: number;
}

/** Marks an empty working bin: above every low part (at most 30 bits, since size ≥ 4). */
const EMPTY_LOW = 0x7fffffff;

/** Working bins, reused between calls so that a signature allocates only its values. */
let scratch = new Int32Array(256);

/**
 * MinHash signature of a text (an article body joined into one string). Same result as
 * signatureOfTokens(tokenize(text)), without allocating the tokens.
 */
export function signature(text: string, options: SignatureOptions = {}): Signature {
  const hashes = wordHashes(text);
  return signatureOfTokens({ count: hashes.length, hashes }, options);
}

/** MinHash signature of an already tokenised body (tokenize() of the same text gives the same). */
export function signatureOfTokens(
  tokens: Pick<Tokens, 'count' | 'hashes'>,
  options: SignatureOptions = {},
): Signature {
  const seed = options.seed ?? DEFAULT_SIGNATURE_SEED;
  const size = options.size ?? DEFAULT_SIGNATURE_SIZE;
  const k = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`fingerprint: invalid seed ${seed}`);
  }
  if (!Number.isInteger(size) || size < 4 || size > MAX_SIGNATURE_SIZE || (size & (size - 1)) !== 0) {
    throw new Error(
      `fingerprint: signature size ${size} is not a power of two from 4 to ${MAX_SIGNATURE_SIZE}`,
    );
  }
  if (!Number.isInteger(k) || k < 1 || k > 255) throw new Error(`fingerprint: invalid shingle size ${k}`);

  const shift = 32 - Math.log2(size);
  const lowMask = shift === 32 ? -1 : (1 << shift) - 1;
  // Working bins hold the low `shift` bits of the smallest hash (the top bits are the bin number),
  // as small non-negative integers, so that the loop stays in 32-bit integer arithmetic.
  if (scratch.length < size) scratch = new Int32Array(size);
  const bins = scratch;
  bins.fill(EMPTY_LOW, 0, size);
  const hashes = tokens.hashes;
  const count = tokens.count;
  const mix = seedMix(seed) | 0;
  let filled = 0;
  if (count > 0) {
    const length = Math.min(count, k);
    const last = count - length;
    // Three-word shingles (the default) slide over the words without an inner loop.
    const three = length === 3;
    let w0 = hashes[0]! | 0;
    let w1 = three ? hashes[1]! | 0 : 0;
    for (let i = 0; i <= last; i++) {
      // Same arithmetic as shingleHashAt(), inlined and kept in int32.
      let h = mix;
      if (three) {
        const w2 = hashes[i + 2]! | 0;
        h = Math.imul(h ^ w0, 0xcc9e2d51);
        h = (h << 15) | (h >>> 17);
        h = Math.imul(h ^ w1, 0xcc9e2d51);
        h = (h << 15) | (h >>> 17);
        h = Math.imul(h ^ w2, 0xcc9e2d51);
        h = (h << 15) | (h >>> 17);
        w0 = w1;
        w1 = w2;
      } else {
        const end = i + length;
        for (let j = i; j < end; j++) {
          h = Math.imul(h ^ hashes[j]!, 0xcc9e2d51);
          h = (h << 15) | (h >>> 17);
        }
      }
      h = ((h ^ length) + mix) | 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      if (h === -1) h = -2; // never EMPTY_VALUE, as in shingleHashAt()
      const bin = (h >>> 16) >>> (shift - 16);
      const low = h & lowMask;
      const old = bins[bin]!;
      if (low < old) {
        if (old === EMPTY_LOW) filled++;
        bins[bin] = low;
      }
    }
  }
  const values = new Uint32Array(size);
  for (let bin = 0; bin < size; bin++) {
    const low = bins[bin]!;
    values[bin] = low === EMPTY_LOW ? EMPTY_VALUE : ((bin << 16) << (shift - 16)) + low;
  }
  if (filled > 0 && filled < size) densify(values, mix, shift);
  return { seed, size, version: signatureVersion(k), values };
}

/**
 * Optimal densification (Shrivastava 2017): each empty bin takes the value of the first bin
 * that was non-empty before densification along the bin's own pseudo-random probe sequence.
 * Requires at least one non-empty bin.
 */
function densify(values: Uint32Array, mix: number, shift: number): void {
  const size = values.length;
  const original = values.slice();
  const maxAttempts = 64 * size;
  for (let i = 0; i < size; i++) {
    if (original[i] !== EMPTY_VALUE) continue;
    const base = Math.imul(i + 1, 0x85ebca6b) ^ mix;
    let value = EMPTY_VALUE;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const probe = fmix32(base + Math.imul(attempt, 0x9e3779b1));
      const j = (probe >>> 16) >>> (shift - 16);
      const candidate = original[j]!;
      if (candidate !== EMPTY_VALUE) {
        value = candidate;
        break;
      }
    }
    // Unreachable in practice (probability below 2^-90): a deterministic fallback, the next
    // non-empty bin in circular order, keeps the function total.
    for (let j = (i + 1) % size; value === EMPTY_VALUE; j = (j + 1) % size) value = original[j]!;
    values[i] = value;
  }
}
