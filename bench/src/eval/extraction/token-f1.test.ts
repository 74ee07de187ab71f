import { describe, expect, it } from 'vitest';
import { tokenBag, tokenScore } from './token-f1.js';

describe('tokenBag', () => {
  it('lower-cases, splits on non-letters and counts', () => {
    expect([...tokenBag('The cat, the CAT! Café 42-x')]).toEqual([
      ['the', 2],
      ['cat', 2],
      ['café', 1],
      ['42', 1],
      ['x', 1],
    ]);
  });
});

describe('tokenScore', () => {
  it('scores a bag overlap with counts', () => {
    const score = tokenScore('a a b c', 'a b b d');
    // overlap: a min(2,1)=1, b min(1,2)=1 → 2; precision 2/4, recall 2/4.
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBe(0.5);
  });

  it('gives 1 for identical texts whatever the layout, 0 when one side is empty', () => {
    expect(tokenScore('One two.\nThree', 'one  TWO three').f1).toBe(1);
    expect(tokenScore('', 'words here').f1).toBe(0);
    expect(tokenScore('words here', '').f1).toBe(0);
    expect(tokenScore('', '').f1).toBe(1);
  });
});
