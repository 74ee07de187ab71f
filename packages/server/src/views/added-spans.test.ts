import { describe, expect, it } from 'vitest';
import type { Span } from '../api/types.js';
import { addedSpans } from './added-spans.js';

describe('addedSpans', () => {
  const text = 'Copied first.\nOwn reporting here.\nCopied last.';

  it('is the text no passage covers, trimmed, without gaps of white space only', () => {
    const first: Span = [0, 13];
    const last: Span = [34, 46];
    expect(addedSpans(text, [last, first]).map(([s, e]) => text.slice(s, e))).toEqual([
      'Own reporting here.',
    ]);
    expect(addedSpans(text, [[0, 33], last])).toEqual([]);
  });

  it('merges overlapping passages and keeps results inside the text', () => {
    const spans = addedSpans(text, [
      [0, 10],
      [5, 13],
      [40, 99],
    ]);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Own reporting here.\nCopied']);
    expect(addedSpans(text, [])).toEqual([[0, text.length]]);
    expect(addedSpans('', [])).toEqual([]);
  });

  it('never overlaps a covered span (property over many random cover sets)', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const body = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu';
    for (let round = 0; round < 200; round++) {
      const covered: Span[] = Array.from({ length: next(4) }, () => {
        const start = next(body.length);
        return [start, start + next(20)];
      });
      const added = addedSpans(body, covered);
      for (let i = 1; i < added.length; i++) expect(added[i]![0]).toBeGreaterThan(added[i - 1]![1]);
      for (const [s, e] of added)
        for (const [cs, ce] of covered) expect(e <= cs || s >= ce || ce <= cs).toBe(true);
    }
  });
});
