/**
 * Reprocess: runs extraction, cleaning and folding again over the raw documents the store kept,
 * so that a better extractor or cleaner improves old articles too.
 *
 * Each article's raw input is rebuilt from its documents: an imported file (the raw article as
 * read), a fetched page (extracted again), or its feed (the item's own content, found again by
 * key). Page furniture is learnt again from all of them; the chosen articles (all, or one
 * source's) are cleaned and prepared again and rewritten in place (they keep their ids); then
 * every story is folded again from scratch, in id order, since a changed article may belong
 * elsewhere now.
 * Invariants: no article is lost or duplicated; an article whose documents are gone keeps its
 * stored body; all rewrites and the new stories commit together, or nothing changes.
 * Cost: two passes over the chosen articles' documents plus a full fold of the store.
 */
import { Furniture, prepareArticle, type RawArticle } from '@storyfold/engine';
import type { ArticleRecord, DocumentRecord, SourceRecord, Store } from '@storyfold/store';
import { extractHtml } from '../extract/index.js';
import { FeedError, type FeedItem, parseFeed } from '../feeds/index.js';
import { decodeBody } from '../fetch/index.js';
import { feedArticle, withPage } from '../refresh/feed-article.js';
import { Aggregator } from './aggregator.js';
import { articleUpdate } from './article-input.js';

export interface ReprocessOptions {
  /** Only this source's articles are extracted and cleaned again (all stories are folded again). */
  sourceId?: number | undefined;
  onProgress?: ((done: number, total: number, stage: string) => void) | undefined;
}

export interface ReprocessSummary {
  /** Articles extracted and cleaned again. */
  articles: number;
  /** Articles whose raw documents were gone (their stored body was kept). */
  kept: number;
  stories: number;
}

export async function reprocess(store: Store, options: ReprocessOptions = {}): Promise<ReprocessSummary> {
  const filter = options.sourceId === undefined ? {} : { sourceId: options.sourceId };
  const total = await store.countArticles(filter);
  const sources = new Map((await store.listSources()).map((source) => [source.id, source]));
  const feeds = new FeedCache();
  const raws = async function* (): AsyncGenerator<{ record: ArticleRecord; raw: RawArticle | undefined }> {
    for await (const record of store.iterateArticles(filter)) {
      const source = record.sourceId === null ? undefined : sources.get(record.sourceId);
      yield { record, raw: await rawOf(store, record, source, feeds) };
    }
  };

  const furniture = new Furniture();
  let done = 0;
  for await (const { raw } of raws()) {
    if (raw) furniture.observe(raw);
    options.onProgress?.(++done, total, 'learning');
  }
  return store.transaction(async () => {
    let articles = 0;
    let kept = 0;
    done = 0;
    for await (const { record, raw } of raws()) {
      if (raw) {
        await store.updateArticles([articleUpdate(record.id, prepareArticle(raw, furniture))]);
        articles++;
      } else kept++;
      options.onProgress?.(++done, total, 'cleaning');
    }
    await store.clearStories();
    const stories = await Aggregator.refold(store, furniture, (count, all) =>
      options.onProgress?.(count, all, 'folding'),
    );
    return { articles, kept, stories };
  });
}

/** An article's raw input rebuilt from the documents it came from, or undefined when they are gone. */
async function rawOf(
  store: Store,
  record: ArticleRecord,
  source: SourceRecord | undefined,
  feeds: FeedCache,
): Promise<RawArticle | undefined> {
  const meta = {
    id: record.key,
    ...(record.url ? { url: record.url } : {}),
    ...(source ? { source: source.name } : {}),
  };
  const page = record.pageDocumentId === null ? undefined : await store.getDocument(record.pageDocumentId);
  if (page?.kind === 'file') return { ...(JSON.parse(text(page)) as RawArticle), ...meta };
  const item =
    record.feedDocumentId === null
      ? undefined
      : (await feeds.items(store, record.feedDocumentId))?.get(record.key);
  const fromFeed = item && feedArticle(item, meta);
  if (page?.kind === 'page') {
    const extracted = extractHtml(text(page), page.url, {
      contentSelector: source?.options.contentSelector ?? undefined,
    });
    const better = withPage(fromFeed ?? { ...meta, text: '' }, extracted);
    if (better !== undefined) return better;
  }
  return fromFeed;
}

function text(document: DocumentRecord): string {
  return decodeBody(document.content, document.contentType ?? undefined).text;
}

type ItemsByKey = Map<string, FeedItem>;

/** Parsed feed documents by id (a feed document holds many articles' items); the last few kept. */
class FeedCache {
  private readonly parsed = new Map<number, ItemsByKey | undefined>();

  async items(store: Store, id: number): Promise<ItemsByKey | undefined> {
    if (this.parsed.has(id)) return this.parsed.get(id);
    const document = await store.getDocument(id);
    let items: ItemsByKey | undefined;
    if (document) {
      try {
        items = new Map(parseFeed(text(document), document.url).items.map((item) => [item.key, item]));
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
      }
    }
    if (this.parsed.size >= 16) this.parsed.delete(this.parsed.keys().next().value as number);
    this.parsed.set(id, items);
    return items;
  }
}
