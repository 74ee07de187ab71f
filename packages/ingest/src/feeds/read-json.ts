/**
 * JSON Feed 1.0 and 1.1 (feedsmith's parse) to our feed shape. content_text, when there is no
 * content_html, becomes escaped HTML with paragraphs at blank lines, so contentHtml is always HTML.
 * Reference: JSON Feed 1.1 (jsonfeed.org/version/1.1), which keeps 1.0's `author` readable.
 * Invariants: as in parsed-feed.ts. Cost: O(size of the parsed feed).
 */
import type { JsonFeed } from 'feedsmith';
import { escapeHtml } from './html-text.js';
import { firstDate, firstHtml, firstId, firstText, firstUrl } from './item-fields.js';
import type { FeedDraft, ItemDraft } from './parsed-feed.js';

type Item = JsonFeed.Item<string>;

/** Plain text as HTML paragraphs, one per blank-line-separated block. */
function textAsHtml(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join('\n');
}

function readItem(
  item: Item,
  base: string,
  feedAuthor: string | undefined,
  feedLanguage: string | null,
): ItemDraft {
  return {
    guid: firstId(item.id === undefined ? undefined : String(item.id)),
    url: firstUrl(base, item.url, item.external_url),
    title: firstText(item.title),
    author: firstText(item.authors?.[0]?.name, feedAuthor),
    published: firstDate(item.date_published, item.date_modified),
    contentHtml: firstHtml(item.content_html, textAsHtml(item.content_text)),
    summary: firstHtml(item.summary === undefined ? undefined : escapeHtml(item.summary)),
    language: firstText(item.language) ?? feedLanguage,
  };
}

export function readJson(feed: JsonFeed.Feed<string>, feedUrl: string): FeedDraft {
  const language = firstText(feed.language);
  return {
    title: firstText(feed.title),
    siteUrl: firstUrl(feedUrl, feed.home_page_url),
    hints: { ttlMinutes: null, updatePeriod: null, updateFrequency: null },
    items: (feed.items ?? []).map((item) => readItem(item, feedUrl, feed.authors?.[0]?.name, language)),
  };
}
