import { describe, expect, it } from 'vitest';
import { resolveUrl } from './feed-url.js';

describe('resolveUrl', () => {
  it('resolves against the base and refuses non-http(s) results', () => {
    expect(resolveUrl(' /gulpjs/gulp ', 'https://github.com/gulpjs/gulp/releases.atom')).toBe(
      'https://github.com/gulpjs/gulp',
    );
    expect(resolveUrl('//cdn.example.net/a', 'https://example.org/')).toBe('https://cdn.example.net/a');
    expect(resolveUrl('tag:github.com,2008:Repository/1', 'https://example.org/')).toBeNull();
    expect(resolveUrl('', 'https://example.org/')).toBeNull();
  });
});
