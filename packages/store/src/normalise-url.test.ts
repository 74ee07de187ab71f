import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseFeedUrl, normaliseUrl } from './normalise-url.js';

describe('normaliseFeedUrl', () => {
  it('changes only what servers cannot tell apart', () => {
    expect(normaliseFeedUrl(' HTTPS://Feeds.BBCI.co.uk:443/news/rss.xml#top ')).toBe(
      'https://feeds.bbci.co.uk/news/rss.xml',
    );
    expect(normaliseFeedUrl('feed://example.org/rss')).toBe('http://example.org/rss');
    expect(normaliseFeedUrl('feed:https://example.org/rss')).toBe('https://example.org/rss');
    expect(normaliseFeedUrl('example.org/feed/')).toBe('http://example.org/feed/');
    expect(normaliseFeedUrl('http://example.org/%7Euser/feed?')).toBe('http://example.org/~user/feed');
    expect(normaliseFeedUrl('http://example.org./a/%2e%2e/b')).toBe('http://example.org/b'); // WHATWG URL reads %2e%2e as ..;
    expect(normaliseFeedUrl('https://bdnews24.com/?widgetName=rssfeed&widgetId=1150')).toBe(
      'https://bdnews24.com/?widgetName=rssfeed&widgetId=1150',
    );
  });

  it('keeps what servers may answer differently: scheme, trailing slash, query order, path case', () => {
    const urls = [
      'http://x.org/feed',
      'https://x.org/feed',
      'https://x.org/feed/',
      'https://x.org/Feed',
      'https://x.org/f?a=1&b=2',
      'https://x.org/f?b=2&a=1',
    ];
    expect(new Set(urls.map(normaliseFeedUrl)).size).toBe(urls.length);
  });

  it('refuses what is not an http(s) URL', () => {
    for (const bad of ['', 'javascript:alert(1)', 'mailto:a@b.c', 'ftp://x.org/feed', 'http://', 'a b']) {
      expect(normaliseFeedUrl(bad), bad).toBeUndefined();
    }
  });

  it('is idempotent (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (url) => {
        const once = normaliseFeedUrl(url);
        return once === undefined || normaliseFeedUrl(once) === once;
      }),
      { seed: 20_260_301, numRuns: 300 },
    );
  });
});

describe('normaliseUrl (article URLs)', () => {
  it('lower-cases scheme and host, drops default ports, fragments and a bare root slash', () => {
    expect(normaliseUrl('HTTPS://Example.COM:443/News/A.html?x=1#top')).toBe(
      'https://example.com/News/A.html?x=1',
    );
    expect(normaliseUrl('https://example.com/')).toBe('https://example.com');
    expect(normaliseUrl('not a url')).toBeUndefined();
  });

  it('is idempotent', () => {
    for (const url of ['HTTP://A.org:80/', 'https://a.org/x/?q=1#f', 'https://b.org']) {
      const once = normaliseUrl(url);
      expect(once).toBeDefined();
      expect(normaliseUrl(once ?? '')).toBe(once);
    }
  });
});
