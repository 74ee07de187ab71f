import { describe, expect, it } from 'vitest';
import { mulberry32, shuffled } from './random.js';

describe('mulberry32', () => {
  it('repeats its sequence for a seed, in [0, 1), and differs between seeds', () => {
    const a = Array.from({ length: 1000 }, mulberry32(42));
    expect(Array.from({ length: 1000 }, mulberry32(42))).toEqual(a);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, mulberry32(43))).not.toEqual(a);
    expect(a.reduce((sum, x) => sum + x, 0) / a.length).toBeCloseTo(0.5, 1);
  });
});

describe('shuffled', () => {
  it('permutes without changing the input, the same way for the same seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const once = shuffled(items, 7);
    expect(once).toEqual(shuffled(items, 7));
    expect(once).not.toEqual(items);
    expect([...once].sort((x, y) => x - y)).toEqual(items);
    expect(items[0]).toBe(0);
  });
});
