import { describe, expect, it } from 'vitest';
import { thinAttributes } from './thin-attributes.js';

describe('thinAttributes', () => {
  it('keeps only the attributes extraction reads, byte for byte and in order', () => {
    expect(
      thinAttributes(
        '<div data-x="1" class="a b" onclick=\'go(">")\' id=main title="t > u"><p TABINDEX=0 Style="display:none" hidden>x</p></div>',
      ),
    ).toBe('<div class="a b" id=main><p Style="display:none" hidden>x</p></div>');
  });

  it('leaves media elements, raw text and text alone', () => {
    const media = '<img data-src="a.jpg" alt="x"><figure data-lazy="b.png"></figure>';
    const raw =
      '<script type="application/ld+json">{"a":"<b data-x=1>"}</script><textarea><i data-y=2></textarea>';
    const text = 'a &lt;b data-z=1&gt; c';
    expect(thinAttributes(media + raw + text)).toBe(media + raw + text);
  });

  it('leaves a tag it does not fully recognise as it is', () => {
    expect(thinAttributes('<div data-a="x"/ class=y>z')).toBe('<div data-a="x"/ class=y>z');
    expect(thinAttributes('<div data-a="x>z')).toBe('<div data-a="x>z');
    // An unquoted value runs to the ">": "1/" is the value, not a self-closing slash.
    expect(thinAttributes('<span data-a=1/>')).toBe('<span>');
    expect(thinAttributes('<br data-a="1"/>')).toBe('<br/>');
  });

  it('returns the same string when nothing is dropped', () => {
    const html = '<html lang="en"><body><a href="/x" rel="author">A</a></body></html>';
    expect(thinAttributes(html)).toBe(html);
  });
});
