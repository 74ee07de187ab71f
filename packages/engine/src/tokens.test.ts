import { describe, expect, it } from 'vitest';
import { foldWord, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('finds words with their offsets', () => {
    const text = 'Blinken’s visit, to Astana!';
    const tokens = tokenize(text);
    const words = Array.from(tokens.starts, (s, i) => text.slice(s, tokens.ends[i]));
    expect(words).toEqual(['Blinken', 's', 'visit', 'to', 'Astana']);
  });

  it('hashes case, accents and quote styles alike', () => {
    const a = tokenize('Élysée Palace — Blinken’s');
    const b = tokenize("elysee palace - BLINKEN's");
    expect(Array.from(a.hashes)).toEqual(Array.from(b.hashes));
  });

  it('tells different words apart', () => {
    const { hashes } = tokenize('one two three four five six seven eight nine ten');
    expect(new Set(hashes).size).toBe(10);
  });

  it('folds words', () => {
    expect(foldWord('Kazakhstan’s')).toBe('kazakhstans');
    expect(foldWord('São')).toBe('sao');
  });

  it('handles empty and separator-only text', () => {
    expect(tokenize('').count).toBe(0);
    expect(tokenize(' — ,;\n').count).toBe(0);
  });
});
