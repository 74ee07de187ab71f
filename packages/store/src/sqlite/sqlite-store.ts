/**
 * The embedded `Store`: one SQLite file, `<dataDir>/storyfold.db`, through better-sqlite3.
 * Each method runs its synchronous work through the transaction gate (so it waits while another
 * caller's transaction is open) and wraps failures as `StoreError`. Read-then-write methods
 * (get-or-create, ingest, redirects) run as one IMMEDIATE transaction, so another process writing
 * the same file cannot slip in between the read and the write. The table modules beside this
 * file hold the SQL.
 */
import { join } from 'node:path';
import { SQLITE_FILE_NAME } from '../defaults.js';
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
} from '../records.js';
import type { Store } from '../store.js';
import { StoreError, wrapStoreError } from '../store-error.js';
import { toTimestamp } from '../timestamps.js';
import * as alignments from './alignments.js';
import { getArticleHeads } from './article-heads.js';
import { putArticles } from './article-put.js';
import { searchArticles } from './article-search.js';
import * as articles from './articles.js';
import * as documents from './documents.js';
import * as feeds from './feeds.js';
import { MIGRATIONS } from './migrations.js';
import { type OnUpgrade, openDatabase, type SqliteDatabase } from './open-database.js';
import * as sources from './sources.js';
import * as state from './state.js';
import { StatementCache } from './statement-cache.js';
import * as stories from './stories.js';
import { TransactionGate } from './transaction-gate.js';
import { writeTransaction } from './write-transaction.js';

export interface SqliteStoreOptions {
  /** The data folder; created when missing. The database is `<dataDir>/storyfold.db`. */
  dataDir: string;
  /** Where "now" comes from (tests pin it); default: the system clock. */
  clock?: (() => Date) | undefined;
  /**
   * Story filters: matching articles below which a condition collects its stories first (default
   * STORY_FILTER_SPARSE_ARTICLES; 0 checks every condition story by story). For tests and tuning.
   */
  storyFilterSparseArticles?: number | undefined;
  /** Told before an existing database is upgraded to this version's schema (it may take a while). */
  onUpgrade?: OnUpgrade | undefined;
}

export function sqliteFile(dataDir: string): string {
  return join(dataDir, SQLITE_FILE_NAME);
}

/** Every item of an id-keyed listing, one page per query, so no cursor stays open between pages. */
async function* pages<T extends { id: number }>(
  list: (page: IdPage) => Promise<T[]>,
  pageSize: number | undefined,
): AsyncIterable<T> {
  let afterId = 0;
  for (;;) {
    const page = await list({ afterId, limit: pageSize });
    yield* page;
    const last = page[page.length - 1];
    if (last === undefined) return;
    afterId = last.id;
  }
}

export class SqliteStore implements Store {
  readonly file: string;
  private readonly db: SqliteDatabase;
  private readonly sql: StatementCache;
  private readonly gate: TransactionGate;
  private readonly clock: () => Date;
  private readonly sparseArticles: number | undefined;
  private closed = false;

  constructor(options: SqliteStoreOptions) {
    this.file = sqliteFile(options.dataDir);
    this.db = openDatabase(this.file, MIGRATIONS, options.onUpgrade);
    this.sql = new StatementCache(this.db);
    this.gate = new TransactionGate(this.db);
    this.clock = options.clock ?? (() => new Date());
    this.sparseArticles = options.storyFilterSparseArticles;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Runs `work` through the gate, wrapping failures as StoreError("store: unable to <doing>"). */
  private run<T>(doing: string, work: (sql: StatementCache) => T): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError(`store: unable to ${doing}: the store is closed`));
    return this.gate.call(() => wrapStoreError(doing, () => work(this.sql)));
  }

  ensureSource(input: SourceInput): Promise<SourceRecord> {
    return this.run('ensure a source', (sql) =>
      writeTransaction(this.db, () => sources.ensureSource(sql, input, this.now())),
    );
  }
  getSource(id: number): Promise<SourceRecord | undefined> {
    return this.run('read a source', (sql) => sources.getSource(sql, id));
  }
  listSources(): Promise<SourceRecord[]> {
    return this.run('list sources', (sql) => sources.listSources(sql));
  }
  setSourceOptions(id: number, options: Partial<SourceOptions>): Promise<SourceRecord | undefined> {
    return this.run('set source options', (sql) => sources.setSourceOptions(sql, id, options));
  }

  addFeed(input: FeedInput): Promise<FeedAddResult> {
    return this.run('add a feed', (sql) =>
      writeTransaction(this.db, () => feeds.addFeed(sql, input, this.now())),
    );
  }
  getFeed(idOrUrl: number | string): Promise<FeedRecord | undefined> {
    return this.run('read a feed', (sql) => feeds.getFeed(sql, idOrUrl));
  }
  listFeeds(): Promise<FeedRecord[]> {
    return this.run('list feeds', (sql) => feeds.listFeeds(sql));
  }
  removeFeed(idOrUrl: number | string): Promise<boolean> {
    return this.run('remove a feed', (sql) => feeds.removeFeed(sql, idOrUrl));
  }
  updateFeed(id: number, update: FeedUpdate): Promise<FeedRecord | undefined> {
    return this.run('update a feed', (sql) => feeds.updateFeed(sql, id, update));
  }
  changeFeedUrl(id: number, url: string): Promise<FeedRecord | undefined> {
    return this.run('change a feed URL', (sql) =>
      writeTransaction(this.db, () => feeds.changeFeedUrl(sql, id, url)),
    );
  }
  dueFeeds(now: Timestamp | Date, limit: number): Promise<FeedRecord[]> {
    return this.run('list due feeds', (sql) => feeds.dueFeeds(sql, toTimestamp(now), limit));
  }

  putDocument(input: DocumentInput): Promise<number> {
    return this.run('store a document', (sql) => documents.putDocument(sql, input, this.now()));
  }
  putDocuments(inputs: DocumentInput[]): Promise<number[]> {
    return this.run('store documents', (sql) => {
      const now = this.now();
      return writeTransaction(this.db, () => inputs.map((input) => documents.putDocument(sql, input, now)));
    });
  }
  getDocument(id: number): Promise<DocumentRecord | undefined> {
    return this.run('read a document', (sql) => documents.getDocument(sql, id));
  }
  listDocuments(filter: DocumentFilter, page: IdPage = {}): Promise<DocumentRecord[]> {
    return this.run('list documents', (sql) => documents.listDocuments(sql, filter, page));
  }
  iterateDocuments(filter: DocumentFilter = {}, pageSize?: number): AsyncIterable<DocumentRecord> {
    return pages((page) => this.listDocuments(filter, page), pageSize);
  }

  putArticles(inputs: ArticleInput[]): Promise<PutArticleResult[]> {
    return this.run('store articles', (sql) => putArticles(sql, inputs, this.now()));
  }
  getArticle(id: number): Promise<ArticleRecord | undefined> {
    return this.run('read an article', (sql) => articles.getArticle(sql, id));
  }
  getArticles(ids: readonly number[]): Promise<ArticleRecord[]> {
    return this.run('read articles', (sql) => articles.getArticles(sql, ids));
  }
  getArticleByKey(key: string): Promise<ArticleRecord | undefined> {
    return this.run('read an article by key', (sql) => articles.getArticleByKey(sql, key));
  }
  listArticles(filter: ArticleFilter, page: IdPage = {}): Promise<ArticleRecord[]> {
    return this.run('list articles', (sql) => articles.listArticles(sql, filter, page));
  }
  iterateArticles(filter: ArticleFilter = {}, pageSize?: number): AsyncIterable<ArticleRecord> {
    return pages((page) => this.listArticles(filter, page), pageSize);
  }
  listArticleEngines(filter: ArticleFilter, page: IdPage = {}): Promise<ArticleEngineRecord[]> {
    return this.run("list articles' engine data", (sql) => articles.listArticleEngines(sql, filter, page));
  }
  iterateArticleEngines(filter: ArticleFilter = {}, pageSize?: number): AsyncIterable<ArticleEngineRecord> {
    return pages((page) => this.listArticleEngines(filter, page), pageSize);
  }
  countArticles(filter: ArticleFilter = {}): Promise<number> {
    return this.run('count articles', (sql) => articles.countArticles(sql, filter));
  }
  getArticleHeads(ids: readonly number[]): Promise<ArticleHeadRecord[]> {
    return this.run("read articles' heads", (sql) => getArticleHeads(sql, ids));
  }
  searchArticles(query: string, page: Page = {}): Promise<SearchResult> {
    return this.run('search articles', (sql) => searchArticles(sql, query, page));
  }
  setArticleStory(ids: readonly number[], storyId: string | null): Promise<void> {
    return this.run("set articles' story", (sql) => articles.setArticleStory(sql, ids, storyId));
  }
  setArticleEngine(updates: readonly ArticleEngineUpdate[]): Promise<void> {
    return this.run("set articles' engine data", (sql) => articles.setArticleEngine(sql, updates));
  }

  updateArticles(updates: readonly ArticleUpdate[]): Promise<void> {
    return this.run('rewrite articles', (sql) => articles.updateArticles(sql, updates, this.now()));
  }

  putAlignments(records: readonly AlignmentRecord[]): Promise<void> {
    return this.run('store alignments', (sql) => alignments.putAlignments(sql, records));
  }
  alignmentsOf(articleIds: readonly number[]): Promise<AlignmentRecord[]> {
    return this.run('read alignments', (sql) => alignments.alignmentsOf(sql, articleIds));
  }

  putStories(records: readonly StoryInput[]): Promise<void> {
    return this.run('store stories', (sql) => stories.putStories(sql, records, this.now()));
  }
  deleteStories(ids: readonly string[]): Promise<void> {
    return this.run('delete stories', (sql) => stories.deleteStories(sql, ids));
  }
  clearStories(): Promise<void> {
    return this.run('clear the stories', (sql) => stories.clearStories(sql));
  }
  getStory(id: string): Promise<StoryRecord | undefined> {
    return this.run('read a story', (sql) => stories.getStory(sql, id));
  }
  listStories(page: Page = {}, filter: StoryFilter = {}): Promise<StoryRecord[]> {
    return this.run('list stories', (sql) => stories.listStories(sql, page, filter, this.sparseArticles));
  }
  countStories(filter: StoryFilter = {}): Promise<number> {
    return this.run('count stories', (sql) => stories.countStories(sql, filter, this.sparseArticles));
  }
  storySources(storyIds: readonly string[]): Promise<Map<string, StorySourceCount[]>> {
    return this.run("read stories' sources", (sql) => stories.storySources(sql, storyIds));
  }
  replaceOrigins(storyId: string, origins: readonly OriginInput[]): Promise<void> {
    return this.run('replace origins', (sql) => stories.replaceOrigins(sql, storyId, origins));
  }
  originsOf(storyId: string): Promise<OriginRecord[]> {
    return this.run('read origins', (sql) => stories.originsOf(sql, storyId));
  }

  getState(key: string): Promise<Uint8Array | null> {
    return this.run('read engine state', (sql) => state.getState(sql, key));
  }
  putState(key: string, value: Uint8Array): Promise<void> {
    return this.run('store engine state', (sql) => state.putState(sql, key, value, this.now()));
  }

  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.closed)
      return Promise.reject(new StoreError('store: unable to run a transaction: the store is closed'));
    return this.gate.transaction(() => fn(this));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.gate.call(() => {
      this.closed = true;
      this.db.close();
    });
  }
}
