/**
 * Atom 1.0 (feedsmith's parse) to our feed shape. Text constructs of type "html"/"xhtml" are
 * reduced to text for titles and names; content and summary keep their markup. xml:base and
 * xml:lang apply from the feed to its entries (RFC 4287 §2, XML Base). An entry without an
 * author inherits the feed's (RFC 4287 §4.2.1).
 * Reference: RFC 4287. Invariants: as in parsed-feed.ts. Cost: O(size of the parsed feed).
 */
import type { AtomFeed } from 'feedsmith';
import { resolveBase } from './feed-url.js';
import { escapeHtml } from './html-text.js';
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

type Entry = AtomFeed.Entry<string>;
type Text = AtomFeed.Text | AtomFeed.Content;

/** A text construct as HTML: type "text" (the default) is escaped, "html" and "xhtml" are kept. */
function asHtml(text: Text | undefined): string | undefined {
  if (text?.value === undefined) return undefined;
  const type = (text.type ?? 'text').toLowerCase();
  return type === 'text' || type === 'text/plain' ? escapeHtml(text.value) : text.value;
}

function readEntry(
  entry: Entry,
  base: string,
  feedAuthor: string | undefined,
  feedLanguage: string | null,
): ItemDraft {
  const entryBase = resolveBase(entry.xml?.base, base);
  return {
    guid: firstId(entry.id),
    url: firstUrl(entryBase, alternateHref(entry.links)),
    title: firstText(entry.title?.value, entry.dc?.titles?.[0]),
    author: firstText(
      personName(entry.authors?.[0]),
      entry.dc?.creators?.[0],
      entry.itunes?.author,
      personName(entry.source?.authors?.[0]),
      feedAuthor,
    ),
    published: firstDate(entry.published, entry.dc?.dates?.[0], entry.updated),
    contentHtml: firstHtml(asHtml(entry.content)),
    summary: firstHtml(asHtml(entry.summary)),
    language: firstText(entry.xml?.lang, entry.dc?.languages?.[0]) ?? feedLanguage,
  };
}

export function readAtom(feed: AtomFeed.Feed<string>, feedUrl: string): FeedDraft {
  const base = resolveBase(feed.xml?.base, feedUrl);
  const feedLanguage = firstText(feed.xml?.lang, feed.dc?.languages?.[0]);
  const feedAuthor = personName(feed.authors?.[0]);
  return {
    title: firstText(feed.title?.value),
    siteUrl: firstUrl(base, alternateHref(feed.links)),
    hints: {
      ttlMinutes: null,
      updatePeriod: firstText(feed.sy?.updatePeriod),
      updateFrequency: numberOrNull(feed.sy?.updateFrequency),
    },
    items: (feed.entries ?? []).map((entry) => readEntry(entry, base, feedAuthor, feedLanguage)),
  };
}
