import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeN } from './rouge.js';

describe('rouge', () => {
  it('scores identical texts 1 and disjoint or empty ones 0', () => {
    expect(rouge('The cat sat.', 'the cat sat', false)).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(rouge('dogs run', 'cats sleep', false)).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
    expect(rouge('', 'cats sleep', false).rouge1).toBe(0);
  });

  it('clips n-gram counts and computes F1', () => {
    // candidate "the the the": 1 clipped unigram match of 3; reference "the cat": 1 of 2.
    expect(rougeN(['the', 'the', 'the'], ['the', 'cat'], 1)).toBeCloseTo(
      (2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2),
    );
  });

  it('finds the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3);
    expect(rouge('police killed the gunman', 'police kill the gunman', true).rouge1).toBe(1);
  });
});
