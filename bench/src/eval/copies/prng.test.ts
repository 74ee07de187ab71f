import { describe, expect, it } from 'vitest';
import { prng } from './prng.js';

describe('prng', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const draw = (seed: number) => Array.from({ length: 8 }, prng(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws integers in range and roughly uniform floats', () => {
    const r = prng(1);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const k = r.int(2, 5);
      expect(k).toBeGreaterThanOrEqual(2);
      expect(k).toBeLessThanOrEqual(5);
      sum += r.next();
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });

  it('shuffles into a permutation', () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect(prng(3).shuffle(items).sort()).toEqual(items);
  });
});
