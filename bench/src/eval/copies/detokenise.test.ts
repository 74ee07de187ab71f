import { describe, expect, it } from 'vitest';
import { detokenise, detokeniseLine, sentences } from './detokenise.js';

describe('detokenise', () => {
  it('restores contractions, punctuation, brackets, currency and quotes', () => {
    expect(detokeniseLine("He did n't say , `` we 're here '' ( in Paris ) for $ 160 million .")).toBe(
      'He didn\'t say, "we\'re here" (in Paris) for $160 million.',
    );
    expect(detokeniseLine('at " extremely high levels , " and Kim Jong - un')).toBe(
      'at "extremely high levels," and Kim Jong-un',
    );
  });

  it('keeps the words and turns the literal \\n marker into a line break', () => {
    expect(detokenise('First line . \\n\nSecond line .')).toBe('First line.\nSecond line.');
  });
});

describe('sentences', () => {
  it('splits at sentence ends but not after common abbreviations', () => {
    expect(sentences('Mr. Smith left. The U.S. Army said so! "Yes," he said.')).toEqual([
      'Mr. Smith left.',
      'The U.S. Army said so!',
      '"Yes," he said.',
    ]);
  });
});
