/**
 * sortedIndex() against a comparison sort of the (key, position) pairs: random hash keys,
 * repeated keys, and keys that defeat the buckets (all in one bucket), with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.js';
import { sortedIndex } from './sorted-index.js';

/** 32-bit draws of mulberry32. */
function random(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() * 4294967296;
}

function reference(keys: number[], positions: number[]): [number[], number[]] {
  const order = keys.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || positions[x]! - positions[y]!);
  return [order.map((i) => keys[i]!), order.map((i) => positions[i]!)];
}

function check(keys: number[], positions: number[]): void {
  const [sortedKeys, sortedPositions] = sortedIndex(
    Uint32Array.from(keys),
    Int32Array.from(positions),
    keys.length,
  );
  const [expectedKeys, expectedPositions] = reference(keys, positions);
  expect(Array.from(sortedKeys)).toEqual(expectedKeys);
  expect(Array.from(sortedPositions)).toEqual(expectedPositions);
}

describe('sortedIndex', () => {
  it('sorts random hash keys, with ties in position order', () => {
    const next = random(7);
    for (const n of [0, 1, 2, 3, 31, 700, 5000]) {
      const keys = Array.from({ length: n }, () => (next() % 4 === 0 && n > 0 ? 12345 : next()));
      const positions = keys.map((_, i) => 3 * i + 1);
      check(keys, positions);
    }
  });

  it('sorts keys that share their top bits (the fallback sort)', () => {
    const next = random(11);
    const keys = Array.from({ length: 2000 }, () => next() & 0xffff);
    check(
      keys,
      keys.map((_, i) => i),
    );
    check(
      keys.map((_, i) => 2000 - i),
      keys.map((_, i) => i),
    );
  });

  it('returns arrays of its own', () => {
    const keys = Uint32Array.from([5, 3, 9]);
    const [a] = sortedIndex(keys, Int32Array.from([0, 1, 2]), 3);
    const [b] = sortedIndex(keys, Int32Array.from([0, 1, 2]), 3);
    expect(a.buffer).not.toBe(b.buffer);
    expect(a.byteLength).toBe(a.buffer.byteLength);
  });
});
