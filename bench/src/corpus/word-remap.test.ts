import { describe, expect, it } from 'vitest';
import { buildVocabulary, remapWords } from './word-remap.js';

describe('remapWords', () => {
  const texts = [
    'the cat sat on the mat',
    'the dog ate the bone',
    'a cat and a dog met on a road',
    'the end',
  ];
  const vocabulary = buildVocabulary(texts, 2);

  it('keeps frequent words, case and punctuation, and maps other words to real words', () => {
    const out = remapWords('The Cat sat, on THE mat!', vocabulary, [0, 1, 2, 3, 4, 5]);
    expect(out.startsWith('The ')).toBe(true);
    expect(out).toMatch(/^The [A-Z][a-z]+ [a-z]+, [a-z]+ THE [a-z]+!$/);
    for (const word of out.toLowerCase().match(/\p{L}+/gu) ?? [])
      expect(vocabulary.rank.has(word)).toBe(true);
  });

  it('is deterministic, the identity with zero offsets, and different with other offsets', () => {
    const text = 'a cat and a dog met on a road';
    expect(remapWords(text, vocabulary, [0, 0, 0, 0, 0])).toBe(text);
    expect(remapWords(text, vocabulary, [1, 2, 3, 4, 5])).toBe(remapWords(text, vocabulary, [1, 2, 3, 4, 5]));
    expect(remapWords(text, vocabulary, [1, 2, 3, 4, 5])).not.toBe(text);
  });
});
