import { describe, expect, it } from 'vitest';
import { labelsOf, scoreClustering } from './bcubed.js';

describe('scoreClustering', () => {
  it('scores a perfect clustering 1', () => {
    const s = scoreClustering(['x', 'x', 'y'], ['a', 'a', 'b']);
    expect(s.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('matches a hand-computed example', () => {
    // Gold: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}.
    // B-cubed precision per item: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
    // Pairs: predicted {12, 34, 35, 45} = 4, gold {12, 13, 23, 45} = 4, shared {12, 45} = 2.
    const s = scoreClustering(['p', 'p', 'q', 'q', 'q'], ['a', 'a', 'a', 'b', 'b']);
    expect(s.bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(s.bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(s.pairwise.precision).toBeCloseTo(0.5, 12);
    expect(s.pairwise.recall).toBeCloseTo(0.5, 12);
  });

  it('scores all singletons with full precision and 1/size recall', () => {
    // Gold: one class of 4. B-cubed recall per item 1/4; pairwise: no predicted pairs.
    const s = scoreClustering(['1', '2', '3', '4'], ['a', 'a', 'a', 'a']);
    expect(s.bcubed.precision).toBe(1);
    expect(s.bcubed.recall).toBeCloseTo(0.25, 12);
    expect(s.pairwise.recall).toBe(0);
    expect(s.pairwise.f1).toBe(0);
  });

  it('scores one big cluster with full recall', () => {
    // Gold {1,2} {3,4}: precision per item 2/4.
    const s = scoreClustering(['x', 'x', 'x', 'x'], ['a', 'a', 'b', 'b']);
    expect(s.bcubed.precision).toBeCloseTo(0.5, 12);
    expect(s.bcubed.recall).toBe(1);
    expect(s.bcubed.f1).toBeCloseTo(2 / 3, 12);
    expect(s.pairwise.precision).toBeCloseTo(2 / 6, 12);
  });

  it('rejects mismatched lengths', () => {
    expect(() => scoreClustering(['x'], [])).toThrow();
  });
});

describe('labelsOf', () => {
  it('labels items by cluster and rejects items in none or two', () => {
    expect(labelsOf([['b', 'c'], ['a']], ['a', 'b', 'c'])).toEqual(['1', '0', '0']);
    expect(() => labelsOf([['a']], ['a', 'b'])).toThrow();
    expect(() => labelsOf([['a'], ['a']], ['a'])).toThrow();
  });
});
