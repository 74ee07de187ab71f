import { describe, expect, it } from 'vitest';
import { endsSentence, lineKey, normaliseSpace, splitLines, wordCount } from './lines.js';

describe('splitLines', () => {
  it('splits on every line break, normalises space and drops empty lines', () => {
    const text =
      ' a\u00a0\u00a0b \r\n\r\n\tc\u200bd\u2028e\u0000f\u000bg\u0085h\n\n\n   \n co\u00adop  \u00ad  x ';
    expect(splitLines(text)).toEqual(['a b', 'c d', 'e f', 'g', 'h', 'coop x']);
  });

  it('agrees with normaliseSpace line by line', () => {
    const line = '\u3000 Hello,\t\u2003world \u00ad ! \ufeff';
    expect(splitLines(line)).toEqual([normaliseSpace(line)]);
  });
});

describe('line helpers', () => {
  it('folds a line for phrase lookups', () => {
    expect(lineKey('READ MORE…')).toBe('read more');
    expect(lineKey('100’s of premium titles.')).toBe("100's of premium titles");
  });

  it('counts words up to a limit', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('one')).toBe(1);
    expect(wordCount('one two three')).toBe(3);
    expect(wordCount('a b c d e f g', 3)).toBe(4);
  });

  it('knows a sentence end past closing quotes', () => {
    expect(endsSentence('He said “yes.”')).toBe(true);
    expect(endsSentence('(Reuters)')).toBe(false);
    expect(endsSentence('Is it over?')).toBe(true);
    expect(endsSentence('))))')).toBe(false);
  });
});
