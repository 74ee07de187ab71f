import { describe, expect, it } from 'vitest';
import type { ExtractedPage } from '../extract/index.js';
import { feedArticle, withPage } from './feed-article.js';

const item = {
  contentHtml: null,
  summary: '<p>Blinken arrived in Astana on Tuesday.</p><p>Continue reading…</p>',
  title: 'Blinken in Astana',
  published: '2023-02-28T10:00:00Z',
  author: null,
};

const page = (text: string): ExtractedPage => ({
  title: 'Blinken to hold talks with Central Asian nations',
  byline: 'Simon Lewis',
  published: '2023-02-27T00:00:00Z',
  siteName: null,
  lang: 'en',
  canonicalUrl: null,
  text,
});

describe('feedArticle and withPage', () => {
  it("reads the feed item's own content as lines of text, with its metadata", () => {
    expect(feedArticle(item, { id: 'k', source: 'Reuters' })).toEqual({
      id: 'k',
      source: 'Reuters',
      text: 'Blinken arrived in Astana on Tuesday.\nContinue reading…',
      title: 'Blinken in Astana',
      published: '2023-02-28T10:00:00Z',
    });
  });

  it("takes the page's text when it says more, keeping the feed's metadata and filling what it lacks", () => {
    const article = feedArticle(item, { id: 'k' });
    const longer = `${article.text}\nHe will meet the foreign ministers of all five Central Asian republics.`;
    expect(withPage(article, page(longer))).toEqual({ ...article, text: longer, byline: 'Simon Lewis' });
    expect(withPage(article, page('Blinken in Astana.'))).toBeUndefined();
  });
});
