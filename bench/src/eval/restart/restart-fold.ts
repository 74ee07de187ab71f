/**
 * Folds articles through the aggregator on a real (temporary) SQLite store, either in one run or
 * with a restart part-way: the first `restartAt` articles are ingested, the aggregator is dropped,
 * a new one is opened over the same store with the given restore window, and the rest are
 * ingested. Returns each article's story (by article key), read back from the store.
 * Reference: the aggregator's own restart path (`Aggregator.open` + `restore()` on first ingest).
 * Invariants: articles are ingested in the given order, in batches of `batch` (one transaction
 * each, as a polling round would); the store folder is removed afterwards.
 * Cost: one aggregator ingest per article (prepare, fold, story rewrite) plus one restore.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '@storyfold/engine';
import { Aggregator } from '@storyfold/ingest';
import { openStore, type Store } from '@storyfold/store';
import { INGEST_BATCH } from './defaults.js';

export interface RestartFoldOptions {
  /** Articles ingested before the restart; undefined: no restart. */
  restartAt?: number | undefined;
  /** Restore window of the aggregator opened after the restart (undefined: its default). */
  restoreWindow?: number | undefined;
  /** Whether the restarted aggregator also restores the windows of stories that can still be joined. */
  restoreStoryWindows?: boolean | undefined;
  /** Articles per ingest call. */
  batch?: number | undefined;
}

/** Each article's story id, keyed by article key, after folding `articles` (see header). */
export async function restartFold(
  articles: readonly RawArticle[],
  options: RestartFoldOptions = {},
): Promise<Map<string, string>> {
  const folder = mkdtempSync(join(tmpdir(), 'storyfold-restart-'));
  try {
    const store = await openStore({ dataDir: folder });
    try {
      const batch = options.batch ?? INGEST_BATCH;
      const split = options.restartAt ?? articles.length;
      let aggregator = await Aggregator.open(store);
      await ingestAll(aggregator, articles.slice(0, split), batch);
      if (split < articles.length) {
        aggregator = await Aggregator.open(store, {
          restoreWindow: options.restoreWindow,
          restoreStoryWindows: options.restoreStoryWindows,
        });
        await ingestAll(aggregator, articles.slice(split), batch);
      }
      return await storiesByKey(store);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function ingestAll(
  aggregator: Aggregator,
  articles: readonly RawArticle[],
  batch: number,
): Promise<void> {
  for (let i = 0; i < articles.length; i += batch) {
    await aggregator.ingest(articles.slice(i, i + batch).map((raw) => ({ raw })));
  }
}

async function storiesByKey(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const record of store.iterateArticles()) {
    if (record.storyId !== null) out.set(record.key, record.storyId);
  }
  return out;
}
