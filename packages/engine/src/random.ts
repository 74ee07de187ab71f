/**
 * Seeded randomness, for tests, benchmarks and anything else that must be reproducible.
 * Reference: mulberry32 (Tommy Ettinger's 32-bit generator); Fisher–Yates shuffling.
 * Invariants: the same seed always gives the same sequence; draws are in [0, 1) and are
 * multiples of 2^-32 (draw × 2^32 is the generator's 32-bit output).
 * Cost: O(1) per draw; O(n) per shuffle.
 */

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new list with the items in a seeded random order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
