/**
 * An article as a feed and its page give it, the one rule for `refresh` and `reprocess`: the feed
 * item's own content as text with its metadata, replaced by the page's extracted text when the
 * page says more (the feed's title, date and author kept, the page's used where the feed has none).
 * Invariants: pure; never drops text the feed had unless the page has more.
 * Cost: one pass over the item's markup.
 */
import type { RawArticle } from '@storyfold/engine';
import type { ExtractedPage } from '../extract/index.js';
import { htmlToText } from '../feeds/html-text.js';
import type { FeedItem } from '../feeds/index.js';

/** What identifies the article apart from its text: id (key), URL, source name. */
export type ArticleIdentity = Pick<RawArticle, 'id' | 'url' | 'source'>;

export function feedArticle(
  item: Pick<FeedItem, 'contentHtml' | 'summary' | 'title' | 'published' | 'author'>,
  identity: ArticleIdentity,
): RawArticle {
  return {
    ...identity,
    text: htmlToText(item.contentHtml ?? item.summary ?? '', true),
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { byline: item.author } : {}),
  };
}

/** The article with its page's text, or undefined when the page says no more than the feed did. */
export function withPage(article: RawArticle, page: ExtractedPage): RawArticle | undefined {
  if (page.text.length <= article.text.length) return undefined;
  return {
    ...article,
    text: page.text,
    ...(article.title === undefined && page.title ? { title: page.title } : {}),
    ...(article.published === undefined && page.published ? { published: page.published } : {}),
    ...(article.byline === undefined && page.byline ? { byline: page.byline } : {}),
  };
}
