import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, normaliseBody } from './content-hash.js';

/** The obvious definition that normaliseBody must agree with. */
function reference(body: string[]): string {
  return body
    .map((p) => p.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '')
    .join('\n');
}

describe('contentHash', () => {
  it('ignores whitespace, case, composition and empty paragraphs', () => {
    const a = contentHash(['Café  opens', '', 'Second\tparagraph. ']);
    const b = contentHash(['cafe\u0301 OPENS', 'second paragraph.']);
    expect(a).toBe(b);
    expect(a).toHaveLength(22);
  });

  it('tells different bodies and different paragraph splits apart', () => {
    expect(contentHash(['one two'])).not.toBe(contentHash(['one three']));
    expect(contentHash(['one', 'two'])).not.toBe(contentHash(['one two']));
  });

  it('agrees with the plain definition (NFKC, lower case, \\s+ → space) on any text', () => {
    const char = fc.constantFrom(
      'a',
      'B',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      'é',
      'e\u0301',
      'ﬁ',
      'İ',
      '.',
    );
    const paragraph = fc.array(char, { maxLength: 20 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (body) => {
        expect(normaliseBody(body)).toBe(reference(body));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
