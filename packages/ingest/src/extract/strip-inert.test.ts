import { describe, expect, it } from 'vitest';
import { stripInert } from './strip-inert.js';

describe('stripInert', () => {
  it('removes comments, scripts, styles, noscript, template and svg', () => {
    expect(
      stripInert(
        'a<!-- c -->b<script>x("</div>")</script>c<STYLE media=x>p{}</style >d<noscript><img></noscript>e<svg viewBox="0"><text>icon</text></svg>f<template><p>t</p></template>g',
      ),
    ).toBe('abcdefg');
  });

  it('keeps JSON-LD blocks and self-closing svg handling', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(stripInert(`${ld}<script src=x></script>p`)).toBe(`${ld}p`);
    expect(stripInert('<svg/>after')).toBe('after');
  });

  it('leaves an unclosed element or comment as it is', () => {
    expect(stripInert('a<script>b</scr')).toBe('a<script>b</scr');
    expect(stripInert('a<!--b<p>c')).toBe('a<!--b<p>c');
    expect(stripInert('<p>x</p><scripts>y</scripts>')).toBe('<p>x</p><scripts>y</scripts>');
  });

  it('stays linear on many unclosed openings', () => {
    const soup = '<script>'.repeat(50_000);
    const start = performance.now();
    expect(stripInert(soup)).toBe(soup);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
