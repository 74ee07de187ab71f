/**
 * The one `Store` interface every implementation provides (SQLite embedded now, Postgres later).
 * Every method is async so that a networked database fits the same shape. "Not found" is
 * `undefined`; failures throw `StoreError` with the cause attached. The shared suite in
 * `store-suite.ts` is the executable contract.
 */
import type {
  AlignmentRecord,
  ArticleEngineRecord,
  ArticleEngineUpdate,
  ArticleFilter,
  ArticleHeadRecord,
  ArticleInput,
  ArticleRecord,
  ArticleUpdate,
  DocumentFilter,
  DocumentInput,
  DocumentRecord,
  FeedAddResult,
  FeedInput,
  FeedRecord,
  FeedUpdate,
  IdPage,
  OriginInput,
  OriginRecord,
  Page,
  PutArticleResult,
  SearchResult,
  SourceInput,
  SourceOptions,
  SourceRecord,
  StoryFilter,
  StoryInput,
  StoryRecord,
  StorySourceCount,
  Timestamp,
} from './records.js';

export interface Store {
  // sources ------------------------------------------------------------------------------------
  /** The source with this host (or, without a host, this name); created when missing. */
  ensureSource(input: SourceInput): Promise<SourceRecord>;
  getSource(id: number): Promise<SourceRecord | undefined>;
  listSources(): Promise<SourceRecord[]>;
  setSourceOptions(id: number, options: Partial<SourceOptions>): Promise<SourceRecord | undefined>;

  // feeds --------------------------------------------------------------------------------------
  /** Adds a feed; when its normalised URL is already subscribed, returns that feed unchanged. */
  addFeed(input: FeedInput): Promise<FeedAddResult>;
  /** A feed by id or by URL (normalised before the lookup). */
  getFeed(idOrUrl: number | string): Promise<FeedRecord | undefined>;
  /** All feeds in id order. */
  listFeeds(): Promise<FeedRecord[]>;
  /** Removes a feed; its articles and documents stay (their feed id becomes null). */
  removeFeed(idOrUrl: number | string): Promise<boolean>;
  updateFeed(id: number, update: FeedUpdate): Promise<FeedRecord | undefined>;
  /**
   * A permanent redirect: the feed now lives at `url`. When another feed already has that URL,
   * this feed's articles and documents move to it, this feed is removed, and the other is returned.
   */
  changeFeedUrl(id: number, url: string): Promise<FeedRecord | undefined>;
  /** Feeds whose next poll is at or before `now`, earliest first, at most `limit`. */
  dueFeeds(now: Timestamp | Date, limit: number): Promise<FeedRecord[]>;

  // documents ----------------------------------------------------------------------------------
  putDocument(input: DocumentInput): Promise<number>;
  /** One transaction; ids in input order. */
  putDocuments(inputs: DocumentInput[]): Promise<number[]>;
  getDocument(id: number): Promise<DocumentRecord | undefined>;
  /** One page in id order (for re-processing); pass the last id as `afterId` for the next page. */
  listDocuments(filter: DocumentFilter, page?: IdPage): Promise<DocumentRecord[]>;
  /** Every matching document in id order, read page by page. */
  iterateDocuments(filter?: DocumentFilter, pageSize?: number): AsyncIterable<DocumentRecord>;

  // articles -----------------------------------------------------------------------------------
  /**
   * Idempotent ingest, one transaction. Each input matches an existing article by guid (within its
   * feed, then within its source), else by normalised URL, else by content hash (within its
   * source); a match is rewritten in place and keeps its id. Results in input order.
   */
  putArticles(inputs: ArticleInput[]): Promise<PutArticleResult[]>;
  getArticle(id: number): Promise<ArticleRecord | undefined>;
  /** The articles with these ids, in the given order; ids not found are skipped. */
  getArticles(ids: readonly number[]): Promise<ArticleRecord[]>;
  /** The oldest article with this key (keys are unique per feed in practice, not enforced). */
  getArticleByKey(key: string): Promise<ArticleRecord | undefined>;
  /** One page in id order; pass the last id as `afterId` for the next page. */
  listArticles(filter: ArticleFilter, page?: IdPage): Promise<ArticleRecord[]>;
  /** Every matching article in id order, read page by page (re-processing, restart). */
  iterateArticles(filter?: ArticleFilter, pageSize?: number): AsyncIterable<ArticleRecord>;
  /** One page of the articles' engine data in id order, without their text (restart). */
  listArticleEngines(filter: ArticleFilter, page?: IdPage): Promise<ArticleEngineRecord[]>;
  /** Every matching article's engine data in id order, read page by page. */
  iterateArticleEngines(filter?: ArticleFilter, pageSize?: number): AsyncIterable<ArticleEngineRecord>;
  countArticles(filter?: ArticleFilter): Promise<number>;
  /** The articles' metadata and first paragraphs, in the given order; ids not found are skipped. */
  getArticleHeads(ids: readonly number[]): Promise<ArticleHeadRecord[]>;
  /**
   * Full-text search over titles and bodies, best match first. The query is the user's text:
   * words must all match (any form of case and accents), "quoted phrases" match as phrases, a
   * trailing * matches a prefix; it never fails on syntax (an empty query matches nothing).
   * `total` counts every match. When a query matches very many articles, an implementation may
   * rank only the most recent of them and list the rest after them, newest first (SQLite: beyond
   * SEARCH_RANKED_WINDOW matches). Default page: SEARCH_DEFAULT_PAGE_SIZE hits.
   */
  searchArticles(query: string, page?: Page): Promise<SearchResult>;
  setArticleStory(ids: readonly number[], storyId: string | null): Promise<void>;
  setArticleEngine(updates: readonly ArticleEngineUpdate[]): Promise<void>;
  /** Rewrites articles' text and metadata in place (reprocessing); unknown ids are skipped. */
  updateArticles(updates: readonly ArticleUpdate[]): Promise<void>;

  // alignments ---------------------------------------------------------------------------------
  /** Upserts by pair (see `AlignmentRecord` for the a < b order). */
  putAlignments(alignments: readonly AlignmentRecord[]): Promise<void>;
  /** Every alignment with at least one of these articles on either side, by (a, b). */
  alignmentsOf(articleIds: readonly number[]): Promise<AlignmentRecord[]>;

  // stories and origins ------------------------------------------------------------------------
  /** Upserts by id. */
  putStories(stories: readonly StoryInput[]): Promise<void>;
  /** Deletes stories with their origins; their articles' story id becomes null. */
  deleteStories(ids: readonly string[]): Promise<void>;
  /** Deletes every story, origin and alignment, and clears every article's story (before a fold from scratch). */
  clearStories(): Promise<void>;
  getStory(id: string): Promise<StoryRecord | undefined>;
  /** Stories by descending `storyRank` (independent reports and recency), then id. */
  listStories(page?: Page, filter?: StoryFilter): Promise<StoryRecord[]>;
  countStories(filter?: StoryFilter): Promise<number>;
  /** For each story id, its articles' sources with counts, most articles first (stories without sourced articles are absent). */
  storySources(storyIds: readonly string[]): Promise<Map<string, StorySourceCount[]>>;
  /** Replaces all origins of a story at once (the story must exist). */
  replaceOrigins(storyId: string, origins: readonly OriginInput[]): Promise<void>;
  originsOf(storyId: string): Promise<OriginRecord[]>;

  // engine state -------------------------------------------------------------------------------
  getState(key: string): Promise<Uint8Array | null>;
  putState(key: string, value: Uint8Array): Promise<void>;

  // control ------------------------------------------------------------------------------------
  /**
   * Runs `fn` all-or-nothing: its writes commit together when it resolves and roll back when it
   * throws. Concurrent callers are serialised; calls made on this store from inside `fn` (through
   * the argument or the store itself) join the transaction, other callers wait for it. Nested
   * transactions become savepoints.
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
