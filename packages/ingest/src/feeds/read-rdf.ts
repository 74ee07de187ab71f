/**
 * RSS 1.0 / RDF (feedsmith's parse) to our feed shape. RSS 1.0 has no GUID: an item's rdf:about
 * is its URI (RSS 1.0 §5.5), so it is the GUID here. Dates, authors and languages come from Dublin
 * Core (dc:date, dc:creator, dc:language); update hints from the syndication module.
 * Reference: RSS 1.0 specification (2000-12-06) and its dc, content and sy modules.
 * Invariants: as in parsed-feed.ts. Cost: O(size of the parsed feed).
 */
import type { RdfFeed } from 'feedsmith';
import { resolveBase } from './feed-url.js';
import { firstDate, firstHtml, firstId, firstText, firstUrl, numberOrNull } from './item-fields.js';
import type { FeedDraft, ItemDraft } from './parsed-feed.js';

type Item = RdfFeed.Item<string>;

function readItem(
  item: Item,
  base: string,
  feedAuthor: string | undefined,
  feedLanguage: string | null,
): ItemDraft {
  const itemBase = resolveBase(item.xml?.base, base);
  return {
    guid: firstId(item.rdf?.about, item.dc?.identifiers?.[0]),
    url: firstUrl(itemBase, item.link, item.rdf?.about),
    title: firstText(item.title, item.dc?.titles?.[0]),
    author: firstText(item.dc?.creators?.[0], feedAuthor),
    published: firstDate(item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.modified?.[0]),
    contentHtml: firstHtml(item.content?.encoded),
    summary: firstHtml(item.description),
    language: firstText(item.dc?.languages?.[0], item.xml?.lang) ?? feedLanguage,
  };
}

export function readRdf(feed: RdfFeed.Feed<string>, feedUrl: string): FeedDraft {
  const base = resolveBase(feed.xml?.base, feedUrl);
  const feedLanguage = firstText(feed.dc?.languages?.[0], feed.xml?.lang);
  return {
    title: firstText(feed.title, feed.dc?.titles?.[0]),
    siteUrl: firstUrl(base, feed.link),
    hints: {
      ttlMinutes: null,
      updatePeriod: firstText(feed.sy?.updatePeriod),
      updateFrequency: numberOrNull(feed.sy?.updateFrequency),
    },
    items: (feed.items ?? []).map((item) => readItem(item, base, feed.dc?.creators?.[0], feedLanguage)),
  };
}
