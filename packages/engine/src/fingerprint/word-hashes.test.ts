import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { randomSource } from './test-text.js';
import { wordHashes } from './word-hashes.js';

describe('wordHashes', () => {
  it('equals tokenize() hashes on random text over many scripts, marks and separators', () => {
    const random = randomSource(11);
    const alphabet = "aZé É\u0301ß’'-—,.;:!?\n\t0123456789ΑλφαПриветاللغة中文\ud83d\ude00\u0300\u0327 ";
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = Math.floor(random() * 200);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(Array.from(wordHashes(text))).toEqual(Array.from(tokenize(text).hashes));
    }
  });

  it('grows its buffer for long text', () => {
    const text = 'word '.repeat(20000);
    expect(wordHashes(text).length).toBe(20000);
    expect(Array.from(wordHashes('a b'))).toEqual(Array.from(tokenize('a b').hashes));
  });
});
