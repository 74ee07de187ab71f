import { describe, expect, it } from 'vitest';
import { baselinePairs } from './baseline.js';
import { pairKey } from './score.js';

describe('baselinePairs', () => {
  it('links near-identical texts and nothing else', () => {
    const text =
      'The quick brown fox jumps over the lazy dog while the farmer sleeps in the barn near the river bank today';
    const pairs = baselinePairs([
      { id: 'a', text },
      { id: 'b', text: `${text} and tomorrow` },
      {
        id: 'c',
        text: 'An entirely different sentence about markets, interest rates and the central bank decision of Tuesday',
      },
    ]);
    expect([...pairs]).toEqual([pairKey('a', 'b')]);
  });
});
