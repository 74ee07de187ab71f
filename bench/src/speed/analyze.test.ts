import { describe, expect, it } from 'vitest';
import { allPairsJaccard } from './analyze.js';

describe('allPairsJaccard (speed baseline)', () => {
  it('counts the pairs whose 5-shingle Jaccard is at least one half', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const { linked } = allPairsJaccard([
      text,
      text,
      `${text} thirteen`,
      'alpha beta gamma delta epsilon zeta eta',
    ]);
    expect(linked).toBe(3);
  });
});
