import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text.js';

describe('decodeEntities', () => {
  it('decodes numeric, XML and HTML named references once', () => {
    expect(decodeEntities('&#x0024;4300 &#233;t&eacute; &hellip; &amp;amp; &rsquo;')).toBe(
      '$4300 été … &amp; ’',
    );
  });

  it('leaves unknown names and URL parameters alone', () => {
    expect(decodeEntities('a &unknown; b')).toBe('a &unknown; b');
    expect(decodeEntities('?widgetName=rss&widgetId=1150&copy=2')).toBe(
      '?widgetName=rss&widgetId=1150&copy=2',
    );
    expect(decodeEntities('AT&T &amp me')).toBe('AT&T & me');
  });

  it('never produces U+0000 or lone surrogates', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describe('htmlToText', () => {
  it('joins inline markup, separates blocks, collapses whitespace', () => {
    expect(htmlToText('  1930ft<sup>2</sup>,<br>two&nbsp;<p>paras</p> ')).toBe('1930ft2, two paras');
    expect(htmlToText('<p>one</p><p>two <b>bold</b></p>', true)).toBe('one\ntwo bold');
  });

  it('keeps a "<" that starts no tag', () => {
    expect(htmlToText('a <3 b &lt;c&gt;')).toBe('a <3 b <c>');
  });
});
