import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_FEED_PATHS, commonFeedUrls, discoverFeeds } from './discover-feeds.js';

const PAGES = '../shared/datasets/extraction/readability/pages';

function page(name: string): string {
  return readFileSync(`${PAGES}/${name}/source.html`, 'utf8');
}

describe('discoverFeeds on real pages (Readability test pages)', () => {
  it('ars-1: one RSS link', () => {
    expect(discoverFeeds(page('ars-1'), 'https://arstechnica.com/science/2012/05/x/')).toEqual([
      'http://feeds.arstechnica.com/arstechnica/index/',
    ]);
  });

  it('blogger: Atom, RSS and a comments feed, in document order', () => {
    expect(discoverFeeds(page('blogger'), 'http://siliconexposed.blogspot.com/2015/10/x.html')).toEqual([
      'http://siliconexposed.blogspot.com/feeds/posts/default',
      'http://siliconexposed.blogspot.com/feeds/posts/default?alt=rss',
      'http://siliconexposed.blogspot.com/feeds/932306423056216142/comments/default',
    ]);
  });

  it('daringfireball-1: a relative href, resolved against the page', () => {
    expect(discoverFeeds(page('daringfireball-1'), 'https://daringfireball.net/2017/01/x')).toEqual([
      'https://daringfireball.net/feeds/main',
    ]);
  });

  it('engadget: a protocol-relative href takes the page scheme', () => {
    expect(discoverFeeds(page('engadget'), 'https://www.engadget.com/2017/01/x/')).toEqual([
      'https://www.engadget.com/rss.xml',
    ]);
  });

  it('firefox-nightly-blog: WordPress feeds, not its REST API or oEmbed alternates', () => {
    expect(
      discoverFeeds(page('firefox-nightly-blog'), 'https://blog.nightly.mozilla.org/2020/12/18/x/'),
    ).toEqual([
      'https://blog.nightly.mozilla.org/feed/',
      'https://blog.nightly.mozilla.org/comments/feed/',
      'https://blog.nightly.mozilla.org/2020/12/18/these-weeks-in-firefox-issue-85/feed/',
    ]);
  });

  it('lemonde-1: type after href, and alternates that are not feeds (android-app, mobile page) skipped', () => {
    expect(discoverFeeds(page('lemonde-1'), 'http://www.lemonde.fr/pixels/article/x.html')).toEqual([
      'http://www.lemonde.fr/pixels/rss_full.xml',
    ]);
  });

  it('finds links on every page that names one, and none on pages that name none', () => {
    for (const name of [
      '001',
      '002',
      'breitbart',
      'buzzfeed-1',
      'citylab-1',
      'gitlab-blog',
      'lwn-1',
      'nytimes-5',
    ]) {
      expect(discoverFeeds(page(name), 'https://example.org/').length, name).toBeGreaterThan(0);
    }
    // Wikipedia's alternates are an android-app: link and an application/x-wiki edit link.
    expect(discoverFeeds(page('wikipedia'), 'https://en.wikipedia.org/wiki/Mozilla')).toEqual([]);
  });

  it('honours <base href>, ignores links in comments and scripts, de-duplicates', () => {
    const html = `<html><head><base href="https://cdn.example.net/site/">
      <!-- <link rel="alternate" type="application/rss+xml" href="/commented"> -->
      <script>document.write('<link rel="alternate" type="application/rss+xml" href="/scripted">')</script>
      <LINK REL="Alternate feed" TYPE="application/atom+xml; charset=utf-8" HREF="atom.xml">
      <link rel=alternate type=application/feed+json href=feed.json>
      <link rel="alternate" type="application/atom+xml" href="https://cdn.example.net/site/atom.xml#x">
      <link rel="alternate stylesheet" type="application/rss+xml" href="/no">`;
    expect(discoverFeeds(html, 'https://example.net/post')).toEqual([
      'https://cdn.example.net/site/atom.xml',
      'https://cdn.example.net/site/feed.json',
      'https://cdn.example.net/site/atom.xml#x',
    ]);
  });
});

describe('COMMON_FEED_PATHS', () => {
  it('starts with the most common feed paths, and resolves them on the origin', () => {
    expect(COMMON_FEED_PATHS.slice(0, 7)).toEqual([
      '/feed',
      '/rss',
      '/rss.xml',
      '/atom.xml',
      '/feed.xml',
      '/index.xml',
      '/feeds/posts/default',
    ]);
    expect(commonFeedUrls('https://example.org/blog/post?x=1')[0]).toBe('https://example.org/feed');
  });
});
