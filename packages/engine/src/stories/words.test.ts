import { describe, expect, it } from 'vitest';
import { CAPITALISED, hashKey, NUMERIC, SENTENCE_START, STOPWORDS, scanWords, stem } from './words.js';

describe('scanWords', () => {
  it('hashes each folded word as hashKey does, and each term as the hash of its stem', () => {
    const text =
      'Earthquakes killed 12 people; rescuers were searching the ruins. Stopped buses, churches, taxes, ' +
      'glasses, bodies and the Élysée’s gardens: crossing, crossed, agreed, status, analysis, news.';
    const words = scanWords(text);
    const folded = text
      .replaceAll('’s', '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(words.count).toBe(folded.length);
    folded.forEach((word, i) => {
      expect(words.folded[i]).toBe(hashKey(word));
      const isTerm = word.length >= 2 && /\p{L}/u.test(word) && !STOPWORDS.has(word);
      expect(words.terms[i]).toBe(isTerm ? hashKey(stem(word)) : 0);
    });
  });

  it('joins dotted acronyms, keeps decimals, drops thousands separators and possessives', () => {
    const words = scanWords('The U.S. said 1,000 homes and a 6.1 quake hit Blinken’s town.');
    const keys = ['the', 'us', 'said', '1000', 'homes', 'and', 'a', '6.1', 'quake', 'hit', 'blinken', 'town'];
    expect(Array.from(words.folded)).toEqual(keys.map(hashKey));
    expect(words.flags[3]! & NUMERIC).toBe(NUMERIC);
    expect(words.flags[7]! & NUMERIC).toBe(NUMERIC);
  });

  it('marks capitalised words and sentence openers', () => {
    const words = scanWords('Storms hit Texas. Rain fell.');
    expect(words.flags[0]! & SENTENCE_START).toBe(SENTENCE_START);
    expect(words.flags[2]! & CAPITALISED).toBe(CAPITALISED);
    expect(words.flags[2]! & SENTENCE_START).toBe(0);
    expect(words.flags[3]! & SENTENCE_START).toBe(SENTENCE_START);
  });
});
