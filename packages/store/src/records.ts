/**
 * The plain records the store holds and returns: sources, feeds (with polling state), raw
 * documents, articles, alignments, stories, origins. No behaviour here: every implementation of
 * `Store` (SQLite now, Postgres later) reads and writes exactly these shapes.
 *
 * Conventions: ids the store assigns are integers; story and origin ids are the engine's strings.
 * Timestamps the store keeps (added, fetched, polled, updated) are ISO 8601 UTC strings as
 * `Date.prototype.toISOString` writes them, so they sort as text. An article's `published` is kept
 * as its input gave it. "Not found" is `undefined`, never an error.
 */
import type { Boilerplate, Passage } from '@storyfold/engine';

/** ISO 8601 UTC date-time, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type Timestamp = string;

// ---------------------------------------------------------------------------------------------
// sources

/** Per-source processing options. */
export interface SourceOptions {
  /** Fetch each article's page for its full text (false: use the feed's own content only). */
  fetchPages: boolean;
  /** A CSS selector for the article's content on this source's pages, or null to extract. */
  contentSelector: string | null;
}

export interface SourceRecord {
  id: number;
  /** The outlet's name, e.g. "Reuters". */
  name: string;
  /** The host its pages live on, e.g. "www.reuters.com"; null for sources known by name only. */
  host: string | null;
  options: SourceOptions;
  createdAt: Timestamp;
}

/** What `ensureSource` matches on (host when given, else name) and creates when missing. */
export interface SourceInput {
  name: string;
  host?: string | null | undefined;
  options?: Partial<SourceOptions> | undefined;
}

// ---------------------------------------------------------------------------------------------
// feeds

/** A feed's polling state: validators, last outcome, schedule and backoff. */
export interface FeedPolling {
  etag: string | null;
  lastModified: string | null;
  /** The HTTP status of the last poll, or null when it got no response (network error). */
  lastStatus: number | null;
  /** The last poll's error in words a user understands, or null when it succeeded. */
  lastError: string | null;
  lastPolledAt: Timestamp | null;
  nextPollAt: Timestamp;
  consecutiveFailures: number;
  /** The interval the scheduler currently uses for this feed. */
  intervalSeconds: number;
  /** User-set lower bound on the interval; null = the scheduler's default. */
  minIntervalSeconds: number | null;
  /** User-set upper bound on the interval; null = the scheduler's default. */
  maxIntervalSeconds: number | null;
}

export interface FeedRecord extends FeedPolling {
  id: number;
  /** The normalised URL (see `normaliseFeedUrl`); unique among feeds. */
  url: string;
  sourceId: number | null;
  title: string | null;
  siteUrl: string | null;
  /** The OPML folder path, e.g. "News/World", or null. */
  folder: string | null;
  addedAt: Timestamp;
}

export interface FeedInput {
  url: string;
  sourceId?: number | null | undefined;
  title?: string | null | undefined;
  siteUrl?: string | null | undefined;
  folder?: string | null | undefined;
  addedAt?: Timestamp | undefined;
  /** When to poll first; default: now. */
  nextPollAt?: Timestamp | undefined;
  intervalSeconds?: number | undefined;
  minIntervalSeconds?: number | null | undefined;
  maxIntervalSeconds?: number | null | undefined;
}

/** Fields of a feed that may change after it is added (its URL changes through `changeFeedUrl`). */
export type FeedUpdate = Partial<FeedPolling & Pick<FeedRecord, 'sourceId' | 'title' | 'siteUrl' | 'folder'>>;

export interface FeedAddResult {
  feed: FeedRecord;
  /** False when a feed with the same normalised URL already existed (it is returned unchanged). */
  created: boolean;
}

// ---------------------------------------------------------------------------------------------
// documents

export type DocumentKind = 'feed' | 'page' | 'file';

/** Everything fetched, kept raw so that extraction and cleaning can be re-run later. */
export interface DocumentInput {
  kind: DocumentKind;
  /** The URL fetched, or the file's path. */
  url: string;
  fetchedAt?: Timestamp | undefined;
  status?: number | null | undefined;
  contentType?: string | null | undefined;
  /** The raw bytes as received (a string is stored as UTF-8). */
  content: Uint8Array | string;
  sourceId?: number | null | undefined;
  feedId?: number | null | undefined;
}

export interface DocumentRecord {
  id: number;
  kind: DocumentKind;
  url: string;
  fetchedAt: Timestamp;
  status: number | null;
  contentType: string | null;
  /** The raw bytes, decompressed. */
  content: Uint8Array;
  sourceId: number | null;
  feedId: number | null;
}

export interface DocumentFilter {
  sourceId?: number | undefined;
  feedId?: number | undefined;
  kind?: DocumentKind | undefined;
}

// ---------------------------------------------------------------------------------------------
// articles

export interface ArticleInput {
  /** The article's external id: its GUID, URL or a file-derived id. */
  key: string;
  sourceId?: number | null | undefined;
  feedId?: number | null | undefined;
  url?: string | null | undefined;
  guid?: string | null | undefined;
  title?: string | null | undefined;
  byline?: string | null | undefined;
  credit?: string | null | undefined;
  /** As the input gives it (ISO 8601 date or date-time). */
  published?: string | null | undefined;
  dateline?: string | null | undefined;
  lang?: string | null | undefined;
  body: string[];
  boilerplate?: Boilerplate[] | undefined;
  fetchedAt?: Timestamp | undefined;
  feedDocumentId?: number | null | undefined;
  pageDocumentId?: number | null | undefined;
  /** The engine's prepared data for this article; omitted = keep what is stored. */
  engine?: Uint8Array | null | undefined;
  /** Omitted = keep what is stored. */
  storyId?: string | null | undefined;
}

export interface ArticleRecord {
  /** Assigned by the store, never reused; the engine indexes articles by it. */
  id: number;
  key: string;
  sourceId: number | null;
  feedId: number | null;
  url: string | null;
  guid: string | null;
  title: string | null;
  byline: string | null;
  credit: string | null;
  published: string | null;
  dateline: string | null;
  lang: string | null;
  body: string[];
  boilerplate: Boilerplate[];
  /** `contentHash(body)`: the hash of the normalised body. */
  contentHash: string;
  /** When the stored version was fetched. */
  fetchedAt: Timestamp;
  /** When the store last wrote this row. */
  updatedAt: Timestamp;
  feedDocumentId: number | null;
  pageDocumentId: number | null;
  /** Opaque to the store. */
  engine: Uint8Array | null;
  storyId: string | null;
}

/**
 * What `putArticles` did with one input: 'new' (inserted), 'updated' (an existing article's title
 * or body changed; it was rewritten in place and keeps its id), 'unchanged' (same title and body;
 * differing metadata, if any, was refreshed).
 */
export type PutStatus = 'new' | 'updated' | 'unchanged';

export interface PutArticleResult {
  id: number;
  status: PutStatus;
}

export interface ArticleFilter {
  sourceId?: number | undefined;
}

/** An in-place rewrite of a stored article's text and metadata (reprocessing); it keeps its id. */
export type ArticleUpdate = { id: number } & Pick<
  ArticleInput,
  'title' | 'byline' | 'credit' | 'published' | 'dateline' | 'body' | 'boilerplate' | 'engine'
>;

export interface ArticleEngineUpdate {
  id: number;
  engine: Uint8Array | null;
}

/** What a restart needs of each article: its id, source, story and the engine's data, no text. */
export interface ArticleEngineRecord {
  id: number;
  sourceId: number | null;
  storyId: string | null;
  engine: Uint8Array | null;
}

// ---------------------------------------------------------------------------------------------
// alignments, stories, origins

/**
 * An alignment between two stored articles. Stored with `a < b`; `putAlignments` swaps a pair given
 * the other way round (and each passage's spans with it), so `passages[i].a` always lies in
 * article `a`.
 */
export interface AlignmentRecord {
  a: number;
  b: number;
  passages: Passage[];
}

export interface StoryRecord {
  id: string;
  headline: string | null;
  articleIds: number[];
  originIds: string[];
  independentReports: number;
  /** The earliest and latest `published` among the story's articles (as given). */
  firstPublished: string | null;
  lastPublished: string | null;
  updatedAt: Timestamp;
}

export type StoryInput = Omit<StoryRecord, 'updatedAt'> & { updatedAt?: Timestamp | undefined };

export interface OriginArticleShare {
  articleId: number;
  /** Fraction (0..1) of the article's body that descends from this origin. */
  share: number;
}

export interface OriginRecord {
  id: string;
  storyId: string;
  label: string | null;
  articles: OriginArticleShare[];
}

export type OriginInput = Omit<OriginRecord, 'storyId'>;

/**
 * Which stories `listStories` and `countStories` return; every given condition must hold.
 * A story's time span is [firstPublished, lastPublished] (its `updatedAt` when neither is known).
 */
export interface StoryFilter {
  /** The story's span ends at or after this ISO date or date-time. */
  since?: string | undefined;
  /** The story's span starts at or before this ISO date or date-time (a date alone: that whole day, UTC). */
  until?: string | undefined;
  /** The story has an article from this source. */
  sourceId?: number | undefined;
  /**
   * The story has an article from a feed in this folder or a sub-folder ("News" holds "News/World",
   * not "Newsletters"); case-sensitive, trailing slashes ignored, "" is no condition.
   */
  folder?: string | undefined;
  /**
   * The story has an article matching this full-text query (see `searchArticles`); blank text is
   * no condition, text with nothing searchable in it (only punctuation) matches no story.
   */
  text?: string | undefined;
}

/** How many of a story's articles come from one source. */
export interface StorySourceCount {
  sourceId: number;
  articles: number;
}

/** An article's metadata without body, boilerplate or engine data, plus its first paragraph. */
export type ArticleHeadRecord = Omit<ArticleRecord, 'body' | 'boilerplate' | 'engine' | 'contentHash'> & {
  /** The body's first paragraph, or null when the body is empty. */
  lead: string | null;
};

/** One full-text match. */
export interface SearchHit {
  articleId: number;
  /** A short excerpt around the match, with matched terms wrapped in « and ». */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** All matches, not only this page's. */
  total: number;
}

/** Paging for lists: at most `limit` items after skipping `offset`. */
export interface Page {
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Paging by id: items with id > `afterId`, in id order, at most `limit`. */
export interface IdPage {
  afterId?: number | undefined;
  limit?: number | undefined;
}
