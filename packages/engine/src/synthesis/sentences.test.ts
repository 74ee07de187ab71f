import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(texts('It rained. Did it? Yes! Then it stopped.')).toEqual([
      'It rained.',
      'Did it?',
      'Yes!',
      'Then it stopped.',
    ]);
  });

  it('keeps titles, months, initials and decimals inside a sentence', () => {
    expect(texts('Mr. Blinken met Dr. Smith on Feb. 24 in Astana. Prices rose 3.5 percent.')).toEqual([
      'Mr. Blinken met Dr. Smith on Feb. 24 in Astana.',
      'Prices rose 3.5 percent.',
    ]);
    expect(texts('John F. Kennedy spoke. He left.')).toEqual(['John F. Kennedy spoke.', 'He left.']);
  });

  it('keeps "U.S." before a name and ends after it before a sentence starter', () => {
    expect(texts('The U.S. Secretary of State arrived. He met officials.')).toEqual([
      'The U.S. Secretary of State arrived.',
      'He met officials.',
    ]);
    expect(texts('He flew to the U.S. The visit ended.')).toEqual([
      'He flew to the U.S.',
      'The visit ended.',
    ]);
  });

  it('ends after closing quotes and does not split inside quoted lower-case continuations', () => {
    expect(texts('“We are partners,” he said. “Really.” She agreed.')).toEqual([
      '“We are partners,” he said.',
      '“Really.”',
      'She agreed.',
    ]);
    expect(texts('He said “no.” and left.')).toEqual(['He said “no.” and left.']);
  });

  it('never joins paragraphs and gives exact spans', () => {
    const text = 'First line without stop\n  Second one. Third.\n\n';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'First line without stop',
      'Second one.',
      'Third.',
    ]);
    for (const sentence of sentences) expect(text.slice(...sentence.span)).toBe(sentence.text);
  });

  it('covers every non-space character exactly once, in order', () => {
    const text = 'A. B? “C!” d e.f 1.2. Mr. X said so... Then (it) ended.\nNew para. U.S. ok.';
    const sentences = splitSentences(text);
    let last = 0;
    let covered = '';
    for (const sentence of sentences) {
      expect(sentence.span[0]).toBeGreaterThanOrEqual(last);
      expect(sentence.text.length).toBeGreaterThan(0);
      last = sentence.span[1];
      covered += sentence.text;
    }
    expect(covered.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });
});
