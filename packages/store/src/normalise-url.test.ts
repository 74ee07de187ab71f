import { describe, expect, it } from 'vitest';
import { normaliseFeedUrl, normaliseUrl } from './normalise-url.js';

describe('normaliseFeedUrl', () => {
  it('lower-cases scheme and host, keeps path case and query', () => {
    expect(normaliseFeedUrl('HTTPS://Example.COM/Feed.XML?Cat=World')).toBe(
      'https://example.com/Feed.XML?Cat=World',
    );
  });

  it('drops default ports and fragments, keeps other ports', () => {
    expect(normaliseFeedUrl('http://example.com:80/rss#top')).toBe('http://example.com/rss');
    expect(normaliseFeedUrl('https://example.com:443/rss')).toBe('https://example.com/rss');
    expect(normaliseFeedUrl('https://example.com:8443/rss')).toBe('https://example.com:8443/rss');
  });

  it('drops the trailing slash of a bare root only', () => {
    expect(normaliseFeedUrl('https://example.com/')).toBe('https://example.com');
    expect(normaliseFeedUrl('https://example.com')).toBe('https://example.com');
    expect(normaliseFeedUrl('https://example.com/feed/')).toBe('https://example.com/feed/');
    expect(normaliseFeedUrl('https://example.com/?feed=rss2')).toBe('https://example.com/?feed=rss2');
  });

  it('is idempotent', () => {
    for (const url of ['HTTP://A.org:80/', 'https://a.org/x/?q=1#f', 'https://b.org']) {
      const once = normaliseUrl(url);
      expect(once).toBeDefined();
      expect(normaliseUrl(once ?? '')).toBe(once);
    }
  });

  it('returns undefined for what is not a URL', () => {
    expect(normaliseFeedUrl('not a url')).toBeUndefined();
    expect(normaliseFeedUrl('')).toBeUndefined();
  });
});
