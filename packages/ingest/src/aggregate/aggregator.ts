/**
 * Aggregator: keeps stories in a store as articles arrive — cleans and prepares each article,
 * stores it idempotently, folds the new ones into stories, and rewrites the stories they touched
 * (headline, origins with shares, independent reports).
 *
 * The fold's indexes live in memory (engine `Folder`); on open they are restored from each stored
 * article's fold data and story, in id order, without clustering anything again: with their story
 * weights the most recent articles and the recent members of every story that can still be joined
 * (restore-plan.ts), the rest by signature and story only. Page furniture
 * learnt so far is kept in the store's state. Earlier articles the fold asks for come from an
 * in-memory cache of recent ones, else are read back from the store and prepared again; before
 * each article is folded, its LSH candidates and the recent members of their stories are fetched,
 * so copies are aligned however old they are.
 * Invariants: each batch is one store transaction (all of it is stored, or none); an article that
 * arrives again unchanged is stored once and folded once; an article that arrives again changed is
 * rewritten in place and keeps its story.
 * Cost per new article: one prepare (0.3 ms for an ECB+ article), one fold step, and the rewrite
 * of its story.
 */
import {
  type Alignment,
  ANALYZE_DEFAULTS,
  type Article,
  articleWith,
  decodeFoldData,
  decodeFoldHead,
  Folder,
  Furniture,
  groupOrigins,
  headline,
  joinableGapDays,
  LruMap,
  type PreparedArticle,
  prepareArticle,
  preparedFrom,
  publicationOrder,
  type RawArticle,
  STORY_WINDOW_MEMBERS,
} from '@storyfold/engine';
import type { ArticleRecord, OriginInput, Store, StoryInput } from '@storyfold/store';
import { articleInput } from './article-input.js';
import { FURNITURE_STATE_KEY, HEADLINE_TITLES, PREPARED_CACHE_SIZE, RESTORE_WINDOW } from './defaults.js';
import { decodeFurniture, encodeFurniture } from './furniture-state.js';
import { type RestoreEntry, weightedRestores } from './restore-plan.js';

/** One article to ingest: its raw text (`raw.id` is its key: GUID, URL or file id) and provenance. */
export interface IncomingArticle {
  raw: RawArticle;
  sourceId?: number | null | undefined;
  feedId?: number | null | undefined;
  guid?: string | null | undefined;
  lang?: string | null | undefined;
  fetchedAt?: string | undefined;
  feedDocumentId?: number | null | undefined;
  pageDocumentId?: number | null | undefined;
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  /** The stories the batch started or changed. */
  stories: string[];
}

export interface AggregatorOptions {
  /** Prepared articles kept in memory. */
  cacheSize: number;
  /** Articles restored with their story weights after a restart (the most recent); older ones by story only. */
  restoreWindow: number;
  /**
   * Also restore with their weights the most recent members of every story that can still be
   * joined (restore-plan.ts); false restores the window alone (to measure what that costs).
   */
  restoreStoryWindows: boolean;
  /** Called while the indexes are restored. */
  onRestore?: ((done: number, total: number) => void) | undefined;
  /** Called after a batch that started or changed stories was committed, with their ids. */
  onStories?: ((stories: string[]) => void) | undefined;
}

const DEFAULT_AGGREGATOR_OPTIONS: AggregatorOptions = {
  cacheSize: PREPARED_CACHE_SIZE,
  restoreWindow: RESTORE_WINDOW,
  restoreStoryWindows: true,
};

export class Aggregator {
  private readonly folder: Folder;
  /** The most recently used prepared articles, by store id. */
  private readonly cache: LruMap<number, PreparedArticle>;
  private broken = false;
  /** The last batch's promise: batches run one after another (interleaved, they would corrupt the indexes). */
  private queue: Promise<unknown> = Promise.resolve();

  /** The restore, once started (a refold starts with nothing to restore). */
  private restoring: Promise<void> | undefined;

  private constructor(
    private readonly store: Store,
    private readonly furniture: Furniture,
    capacity: number,
    private readonly options: AggregatorOptions,
  ) {
    this.cache = new LruMap(options.cacheSize);
    this.folder = new Folder((id) => this.cache.get(id), { capacity });
  }

  /**
   * Opens the aggregator over a store. The fold's indexes are restored from what the store holds
   * when first needed (the first new article, or `restore()`), so a round that brings nothing new
   * never pays for it.
   */
  static async open(store: Store, options: Partial<AggregatorOptions> = {}): Promise<Aggregator> {
    const state = await store.getState(FURNITURE_STATE_KEY);
    const total = await store.countArticles();
    return new Aggregator(
      store,
      state ? decodeFurniture(state) : new Furniture(),
      Math.max(1024, total * 2),
      {
        ...DEFAULT_AGGREGATOR_OPTIONS,
        ...options,
      },
    );
  }

  /** Restores the fold's indexes from each stored article's fold data and story, once. */
  restore(): Promise<void> {
    this.restoring ??= this.restoreNow();
    return this.restoring;
  }

  private async restoreNow(): Promise<void> {
    // First pass: each article's story and day, to plan which ones get their weights back.
    const entries: RestoreEntry[] = [];
    for await (const record of this.store.iterateArticleEngines()) {
      if (record.engine === null || record.storyId === null) continue;
      entries.push({ id: record.id, story: record.storyId, day: decodeFoldHead(record.engine).day });
    }
    const weighted = weightedRestores(entries, {
      window: this.options.restoreWindow,
      storyMembers: this.options.restoreStoryWindows ? STORY_WINDOW_MEMBERS : 0,
      horizonDays: joinableGapDays(),
    });
    const total = entries.length;
    let done = 0;
    for await (const record of this.store.iterateArticleEngines()) {
      if (record.engine === null || record.storyId === null) continue;
      done++;
      if (weighted.has(record.id)) {
        const { signature, features } = decodeFoldData(record.engine);
        this.folder.restore(record.id, String(record.id), signature, features, record.storyId);
      } else {
        const { signature, day } = decodeFoldHead(record.engine);
        this.folder.restoreMembership(record.id, String(record.id), signature, record.storyId, day);
      }
      if (done % 1000 === 0) this.options.onRestore?.(done, total);
    }
    this.options.onRestore?.(done, total);
  }

  /** Articles in the fold's indexes. */
  get size(): number {
    return this.folder.size;
  }

  /** Stores a batch of articles (one transaction) and folds the new ones into stories; batches queue. */
  ingest(items: readonly IncomingArticle[]): Promise<IngestSummary> {
    const run = this.queue.then(() => this.ingestNow(items));
    this.queue = run.catch(() => undefined);
    return run.then((summary) => {
      if (summary.stories.length > 0) this.options.onStories?.(summary.stories);
      return summary;
    });
  }

  private async ingestNow(items: readonly IncomingArticle[]): Promise<IngestSummary> {
    if (this.broken) throw new Error('the aggregator failed during an earlier batch; open it again');
    for (const item of items) this.furniture.observe(item.raw);
    const prepared = items.map((item) => prepareArticle(item.raw, this.furniture));
    try {
      return await this.store.transaction(async (store) => {
        const results = await store.putArticles(items.map((item, i) => articleInput(item, prepared[i]!)));
        const fresh: { id: number; item: PreparedArticle }[] = [];
        const summary: IngestSummary = { new: 0, updated: 0, unchanged: 0, stories: [] };
        results.forEach((result, i) => {
          summary[result.status]++;
          if (result.status === 'new' && this.folder.storyOf(String(result.id)) === undefined) {
            const item = prepared[i]!;
            fresh.push({
              id: result.id,
              item: { ...item, article: { ...item.article, id: String(result.id) } },
            });
          }
        });
        // Restored before the fold, inside this transaction: this batch's articles have no story yet.
        if (fresh.length > 0) await this.restore();
        const touched = new Set<string>();
        for (const k of publicationOrder(fresh.map((entry) => entry.item.article))) {
          touched.add(await this.foldOne(store, fresh[k]!.id, fresh[k]!.item));
        }
        for (const story of touched) await this.rewriteStory(store, story);
        await store.putState(FURNITURE_STATE_KEY, encodeFurniture(this.furniture));
        summary.stories = [...touched];
        return summary;
      });
    } catch (error) {
      // The store rolled the batch back, but the in-memory indexes may hold part of it.
      this.broken = true;
      throw error;
    }
  }

  /**
   * Folds every stored article again from scratch, in id order, with the furniture given (after
   * `store.clearStories()`, inside the caller's transaction); returns the number of stories.
   */
  static async refold(
    store: Store,
    furniture: Furniture,
    onProgress?: (done: number, total: number) => void,
  ): Promise<number> {
    const total = await store.countArticles();
    const aggregator = new Aggregator(
      store,
      furniture,
      Math.max(1024, total * 2),
      DEFAULT_AGGREGATOR_OPTIONS,
    );
    aggregator.restoring = Promise.resolve();
    const touched = new Set<string>();
    let done = 0;
    for await (const record of store.iterateArticles()) {
      if (record.engine !== null) {
        const item = preparedFrom(engineArticle(record), decodeFoldData(record.engine));
        touched.add(await aggregator.foldOne(store, record.id, item));
      }
      onProgress?.(++done, total);
    }
    for (const story of touched) await aggregator.rewriteStory(store, story);
    await store.putState(FURNITURE_STATE_KEY, encodeFurniture(furniture));
    return touched.size;
  }

  /** Folds one stored article (its engine id is its store id) and stores its alignments; returns its story. */
  private async foldOne(store: Store, id: number, item: PreparedArticle): Promise<string> {
    await this.fetchCandidates(store, item);
    const step = this.folder.add(id, item);
    this.cache.set(id, item);
    if (step.alignments.length > 0) await store.putAlignments(step.alignments.map(alignmentRecord));
    return step.story;
  }

  /** Reads into the cache the articles the fold will ask for: LSH candidates and their stories' recent members. */
  private async fetchCandidates(store: Store, item: PreparedArticle): Promise<void> {
    const wanted = new Set<number>();
    for (const id of this.folder.candidates(item.signature)) {
      wanted.add(id);
      const story = this.folder.storyOf(String(id));
      if (story !== undefined)
        for (const member of recentMembers(this.folder.membersOf(story))) wanted.add(member);
    }
    const missing = [...wanted].filter((id) => !this.cache.has(id));
    if (missing.length === 0) return;
    for (const record of await store.getArticles(missing)) {
      if (record.engine !== null)
        this.cache.set(record.id, preparedFrom(engineArticle(record), decodeFoldData(record.engine)));
    }
  }

  /** Rewrites a story from its members: headline, origins and shares, independent reports. */
  private async rewriteStory(store: Store, story: string): Promise<void> {
    const ids = this.folder.membersOf(story).map(Number);
    const records = await store.getArticles(ids);
    const members = new Set(ids);
    const alignments: Alignment[] = (await store.alignmentsOf(ids))
      .filter((record) => members.has(record.a) && members.has(record.b))
      .map((record) => ({ articles: [String(record.a), String(record.b)], passages: record.passages }));
    const grouping = groupOrigins(
      records.map((record) => {
        const data = record.engine
          ? decodeFoldData(record.engine)
          : { length: 0, credit: null, mentions: [] };
        return { id: String(record.id), length: data.length, credit: data.credit, mentions: data.mentions };
      }),
      alignments,
    );
    const originId = (id: string): string => `${story}-${id}`;
    const origins: OriginInput[] = grouping.origins.map((origin) => ({
      id: originId(origin.id),
      label: origin.label,
      articles: origin.articles.map((article) => ({
        articleId: Number(article),
        share: grouping.shares.get(article)?.find((share) => share.origin === origin.id)?.share ?? 0,
      })),
    }));
    const published = records
      .map((record) => record.published)
      .filter((date): date is string => date !== null);
    published.sort((x, y) => Date.parse(x) - Date.parse(y));
    const input: StoryInput = {
      id: story,
      headline: headline(records.slice(-HEADLINE_TITLES)),
      articleIds: ids,
      originIds: origins.map((origin) => origin.id),
      independentReports: origins.length,
      firstPublished: published[0] ?? null,
      lastPublished: published.at(-1) ?? null,
    };
    await store.putStories([input]);
    await store.replaceOrigins(story, origins);
    await store.setArticleStory(ids, story);
  }
}

/** A stored article as the engine's article (its id is the store id, as the fold knows it). */
export function engineArticle(record: ArticleRecord): Article {
  return articleWith({
    id: String(record.id),
    title: record.title,
    byline: record.byline,
    credit: record.credit,
    published: record.published,
    dateline: record.dateline,
    url: record.url,
    body: record.body,
    boilerplate: record.boilerplate,
  });
}

function alignmentRecord(alignment: Alignment): { a: number; b: number; passages: Alignment['passages'] } {
  return { a: Number(alignment.articles[0]), b: Number(alignment.articles[1]), passages: alignment.passages };
}

/** The last members of a story, as many as the fold aligns a new article with. */
function recentMembers(members: readonly string[]): number[] {
  return members.slice(-ANALYZE_DEFAULTS.storyAlignLimit).map(Number);
}
