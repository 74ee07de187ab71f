import { describe, expect, it } from 'vitest';
import { formatShare, originNames, trimFragment, withThe } from './origin-names.js';

describe('originNames', () => {
  it('names labelled origins after their label and numbers unattributed ones', () => {
    const names = originNames([
      { id: 'o1', label: 'Reuters', articles: [] },
      { id: 'o2', label: null, articles: [] },
      { id: 'o3', label: null, articles: [] },
    ]);
    expect([...names.values()]).toEqual(['Reuters report', 'Unattributed report 1', 'Unattributed report 2']);
    expect(originNames([{ id: 'x', label: null, articles: [] }]).get('x')).toBe('Unattributed report');
  });
  it('puts "the" before a name that has none', () => {
    expect(withThe('Reuters report')).toBe('the Reuters report');
    expect(withThe('The Associated Press report')).toBe('The Associated Press report');
  });
  it('trims leftover punctuation from the start of an added span', () => {
    expect(trimFragment('. Blinken sat down ')).toBe('Blinken sat down');
    expect(trimFragment('” — and more.')).toBe('and more.');
  });
  it('formats shares as percentages', () => {
    expect(formatShare(0.623)).toBe('62%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.001)).toBe('<1%');
    expect(formatShare(0)).toBe('0%');
  });
});
