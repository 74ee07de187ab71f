import { describe, expect, it } from 'vitest';
import { countSnippets, emptyCounts, snippetScore } from './snippets.js';

describe('snippet evaluation', () => {
  it('counts found and absent snippets across pages, whitespace-insensitive', () => {
    const counts = emptyCounts();
    countSnippets(
      'Main text here.\nSecond  line',
      ['text here. Second line', 'missing'],
      ['Impressum'],
      counts,
    );
    countSnippets('Impressum and more', ['more'], ['Impressum', 'Twitter'], counts);
    expect(counts).toEqual({ tp: 2, fn: 1, fp: 1, tn: 2 });
    const score = snippetScore(counts);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.f1).toBeCloseTo(2 / 3);
    expect(score.withoutAbsent).toBeCloseTo(2 / 3);
    expect(score.accuracy).toBeCloseTo(4 / 6);
  });

  it('is case-sensitive, like trafilatura', () => {
    const counts = emptyCounts();
    countSnippets('Hello World', ['hello world'], [], counts);
    expect(counts.fn).toBe(1);
  });
});
