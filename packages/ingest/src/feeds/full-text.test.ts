import { describe, expect, it } from 'vitest';
import { corpusFeedText, corpusFeedUrl } from './feed-corpus.test-helper.js';
import { isFullText, judgeFullText } from './full-text.js';
import { parseFeed } from './parse-feed.js';
import type { FeedItem } from './parsed-feed.js';

function items(name: string): FeedItem[] {
  return parseFeed(corpusFeedText(name), corpusFeedUrl(name)).items;
}

describe('isFullText on real feeds', () => {
  it('Google Testing Blog (Blogger Atom, whole posts in <content>): every item', () => {
    expect(items('many-links.rss').map(isFullText)).toEqual(new Array(25).fill(true));
  });

  it('Medium (whole posts in content:encoded): the five long posts; the two under 1,000 characters are not trusted', () => {
    expect(items('content-encoded.rss').map(isFullText)).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('The Guardian: teasers ending in "Continue reading…"', () => {
    for (const item of items('guardian.rss')) {
      expect(judgeFullText(item).reason).toMatch(/^ends with “continue reading”/);
    }
  });

  it('craigslist: descriptions cut with "[...]"; Transfermarkt: with "..."', () => {
    for (const item of items('craigslist.rss'))
      expect(judgeFullText(item).reason).toMatch(/^ends with “\[\.\.\.\]”/);
    for (const item of items('itunes-href.rss'))
      expect(judgeFullText(item).reason).toMatch(/^ends with “\.\.\.”/);
  });

  it('heise and podcast feeds: short summaries', () => {
    for (const name of ['heise.atom', 'giantbomb-podcast.rss', 'encoding.rss']) {
      expect(items(name).some(isFullText), name).toBe(false);
    }
  });

  it('an item without content is not full text', () => {
    expect(judgeFullText({ contentHtml: null, summary: null })).toEqual({
      fullText: false,
      reason: 'no content in the feed',
      chars: 0,
      paragraphs: 0,
    });
  });

  it('a whole article becomes an excerpt when cut or when "Read more" follows it', () => {
    for (const item of items('many-links.rss').slice(0, 10)) {
      const html = item.contentHtml ?? '';
      expect(isFullText({ contentHtml: `${html}<p><a href="#">Read more…</a></p>`, summary: null })).toBe(
        false,
      );
      expect(isFullText({ contentHtml: `${html.slice(0, 600)}</p>`, summary: null })).toBe(false);
    }
  });
});
