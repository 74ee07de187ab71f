import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash.js';

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
});
