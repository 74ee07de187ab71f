/**
 * What `parseFeed` returns: one feed and its items in a single shape whatever the format.
 * Text fields are plain text (tags dropped, entities decoded, whitespace collapsed, trimmed);
 * `contentHtml` and `summary` are HTML as the feed published it (trimmed); every URL is absolute.
 * Absent values are null, never empty strings.
 */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** How often the feed says it changes, for the poller (each null when the feed does not say). */
export interface FeedHints {
  /** RSS <ttl>: minutes the feed may be cached. */
  readonly ttlMinutes: number | null;
  /** sy:updatePeriod: "hourly", "daily", "weekly", "monthly" or "yearly". */
  readonly updatePeriod: string | null;
  /** sy:updateFrequency: times per updatePeriod. */
  readonly updateFrequency: number | null;
}

export interface FeedItem {
  /**
   * Stable identity within the feed: the GUID (RSS guid, Atom id, JSON id, RDF about) when
   * present; else the absolute link when no other item shares it; else "sha256:" and a hash of
   * title, published time and content. Unique within one ParsedFeed.
   */
  readonly key: string;
  readonly guid: string | null;
  /** The article's absolute URL (resolved against xml:base, then the feed URL). */
  readonly url: string | null;
  readonly title: string | null;
  /** dc:creator, author, Atom author (the entry's, else the feed's), itunes:author, JSON authors. */
  readonly author: string | null;
  /** ISO 8601 (UTC "…Z" when the feed gives a zone); the updated time when no published time. */
  readonly published: string | null;
  /** content:encoded, Atom content, JSON content_html (or content_text as escaped HTML). */
  readonly contentHtml: string | null;
  /** RSS/RDF description, Atom summary, JSON summary: HTML as published. */
  readonly summary: string | null;
  /** The item's language, else the feed's (xml:lang, dc:language, <language>, JSON language). */
  readonly language: string | null;
}

export interface ParsedFeed {
  readonly format: FeedFormat;
  readonly title: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON home_page_url). */
  readonly siteUrl: string | null;
  readonly hints: FeedHints;
  readonly items: FeedItem[];
}

/** An item as a format reader gives it, before keys are assigned. */
export type ItemDraft = Omit<FeedItem, 'key'>;

/** A feed as a format reader gives it, before keys are assigned. */
export interface FeedDraft {
  readonly title: string | null;
  readonly siteUrl: string | null;
  readonly hints: FeedHints;
  readonly items: ItemDraft[];
}
