import { describe, expect, it } from 'vitest';
import { nameList, plural } from './plural.js';

describe('plural and nameList', () => {
  it('chooses the noun by count', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(5, 'independent report')).toBe('5 independent reports');
    expect(plural(1200, 'story', 'stories')).toBe('1,200 stories');
  });
  it('shortens long name lists', () => {
    expect(nameList(['A', 'B'], 3)).toBe('A, B');
    expect(nameList(['A', 'B', 'C', 'D', 'E'], 3)).toBe('A, B, C and 2 more');
  });
});
