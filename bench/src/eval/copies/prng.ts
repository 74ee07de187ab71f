/**
 * A small seeded pseudo-random number generator for building benchmarks reproducibly.
 * Reference: mulberry32 (the engine's, random.ts), seeded through splitmix32 so that
 * nearby seeds give unrelated streams.
 * Invariants: the same seed always gives the same sequence; next() is in [0, 1).
 * Cost: O(1) per draw.
 */
import { mulberry32 } from '@storyfold/engine';

export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A new list with the elements in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A generator for a sub-task, independent of later draws from this one. */
  fork(label: number): Prng;
}

function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function prng(seed: number): Prng {
  const next = mulberry32(splitmix32(seed >>> 0));
  const self: Prng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('prng.pick: empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    fork: (label) => prng(splitmix32((seed ^ Math.imul(label + 1, 0x27d4eb2d)) >>> 0)),
  };
  return self;
}
