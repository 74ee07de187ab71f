/**
 * RSS 0.9x and 2.0 (feedsmith's parse) to our feed shape, with the namespaces news feeds use:
 * content:encoded, dc:creator/date/language, atom:link, itunes:author/summary, sy:update*.
 * Reference: RSS 2.0.11 (RSS Advisory Board), RSS 0.91/0.92, the Dublin Core and content modules.
 * Invariants: as in parsed-feed.ts. Cost: O(size of the parsed feed).
 */
import type { RssFeed } from 'feedsmith';
import { resolveBase } from './feed-url.js';
import {
  alternateHref,
  firstDate,
  firstHtml,
  firstId,
  firstText,
  firstUrl,
  numberOrNull,
  personName,
} from './item-fields.js';
import type { FeedDraft, ItemDraft } from './parsed-feed.js';

type Item = RssFeed.Item<string>;

/** A GUID that is a permalink (isPermaLink is true unless it says "false", RSS 2.0 §guid). */
function permalink(item: Item): string | undefined {
  const guid = item.guid;
  return guid !== undefined && guid.isPermaLink !== false ? guid.value : undefined;
}

function readItem(
  item: Item,
  base: string,
  feedAuthor: string | undefined,
  feedLanguage: string | null,
): ItemDraft {
  const itemBase = resolveBase(item.xml?.base, base);
  return {
    guid: firstId(item.guid?.value),
    url: firstUrl(itemBase, item.link, permalink(item), alternateHref(item.atom?.links)),
    title: firstText(item.title, item.dc?.titles?.[0], item.itunes?.title),
    author: firstText(
      item.dc?.creators?.[0],
      personName(item.authors?.[0]),
      item.itunes?.author,
      personName(item.atom?.authors?.[0]),
      feedAuthor,
    ),
    published: firstDate(
      item.pubDate,
      item.dc?.dates?.[0],
      item.dcterms?.issued?.[0],
      item.dcterms?.created?.[0],
      item.atom?.published,
      item.atom?.updated,
      item.dcterms?.modified?.[0],
    ),
    contentHtml: firstHtml(item.content?.encoded),
    summary: firstHtml(item.description, item.itunes?.summary),
    language: firstText(item.dc?.languages?.[0], item.xml?.lang) ?? feedLanguage,
  };
}

export function readRss(feed: RssFeed.Feed<string>, feedUrl: string): FeedDraft {
  const base = resolveBase(feed.xml?.base, feedUrl);
  const feedLanguage = firstText(feed.language, feed.dc?.languages?.[0], feed.xml?.lang);
  const feedAuthor = feed.dc?.creators?.[0] ?? feed.itunes?.author;
  return {
    title: firstText(feed.title, feed.dc?.titles?.[0], feed.itunes?.title),
    siteUrl: firstUrl(base, feed.link, alternateHref(feed.atom?.links)),
    hints: {
      ttlMinutes: numberOrNull(feed.ttl),
      updatePeriod: firstText(feed.sy?.updatePeriod),
      updateFrequency: numberOrNull(feed.sy?.updateFrequency),
    },
    items: (feed.items ?? []).map((item) => readItem(item, base, feedAuthor, feedLanguage)),
  };
}
