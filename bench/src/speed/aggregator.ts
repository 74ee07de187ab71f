/**
 * The aggregator's speed on the embedded store (SQLite in a temporary folder):
 * - ingest: articles from ../corpus/build-corpus.ts (real text, about 4 KB each, 30% copies, in
 *   publication order) stored and folded into stories by `Aggregator.ingest`, in batches of 500
 *   (one transaction each), at 20k articles (and 100k unless BENCH_QUICK=1); database bytes per
 *   article measured from the files after closing (WAL checkpointed);
 * - restart: `Aggregator.open` and `restore()` on that store: the fold's indexes rebuilt from the
 *   stored fold data without folding again (the most recent 20,000 articles with their story
 *   weights, older ones by signature and story);
 * - refresh: one polling round over 1,000 feeds served by the real feed server on 127.0.0.1 (each
 *   a real feed file; pages not fetched, extraction has its own section), then a second round that
 *   gets 304s.
 * Baseline, same run: the store alone (`putArticles` of the same articles, already cleaned, no
 * fold), to show what folding costs.
 * Targets: refresh of 1,000 feeds under 60 s; ingest reports articles/s and bytes per article.
 * Peak RSS is this process's (`process.resourceUsage().maxRSS`), earlier sections included.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareArticle, type RawArticle } from '@storyfold/engine';
import { Aggregator, createHostLimiter, refresh } from '@storyfold/ingest';
import { startFeedServer } from '@storyfold/ingest/testing';
import { openStore, type Store } from '@storyfold/store';
import { corpusArticles } from '../corpus/build-corpus.js';
import type { Measure, Section } from '../report.js';

const SIZES = [20_000];
const FULL_SIZE = 100_000;
const CORPUS_SEED = 20240101;
const BATCH = 500;
const FEEDS = 1_000;

function folderBytes(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

function label(n: number): string {
  return `${n / 1000}k`;
}

async function withStore<T>(fn: (store: Store, folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'storyfold-bench-'));
  try {
    const store = await openStore({ dataDir: folder });
    try {
      return await fn(store, folder);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function* batches(n: number): Generator<RawArticle[]> {
  let batch: RawArticle[] = [];
  for (const raw of corpusArticles(n, CORPUS_SEED)) {
    batch.push(raw);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export async function run(): Promise<Section> {
  const sizes = process.env.BENCH_QUICK === '1' ? SIZES : [...SIZES, FULL_SIZE];
  const rows: Record<string, string | number>[] = [];
  const measures: Measure[] = [];

  for (const n of sizes) {
    await withStore(async (store, folder) => {
      let stories = 0;
      let seconds = 0;
      let aggregator = await Aggregator.open(store);
      for (const batch of batches(n)) {
        const start = performance.now();
        await aggregator.ingest(batch.map((raw) => ({ raw })));
        seconds += (performance.now() - start) / 1000;
      }
      stories = await store.countStories();
      const start = performance.now();
      aggregator = await Aggregator.open(store);
      await aggregator.restore();
      const restart = (performance.now() - start) / 1000;
      await store.close();
      const bytes = folderBytes(folder) / n;
      rows.push({
        stage: `ingest + fold ${label(n)}`,
        'articles/s': n / seconds,
        seconds,
        stories,
        'DB bytes/article': bytes,
        'restart s': restart,
      });
      measures.push(
        { name: `aggregator.ingest.articles_per_s.${label(n)}`, value: n / seconds },
        { name: `aggregator.db_bytes_per_article.${label(n)}`, value: bytes, unit: 'B' },
        { name: `aggregator.restart_seconds.${label(n)}`, value: restart, unit: 's' },
      );
    });
  }

  // Baseline: the store alone, the same 20k articles cleaned beforehand (cleaning not timed).
  await withStore(async (store) => {
    const n = SIZES[0]!;
    let seconds = 0;
    for (const batch of batches(n)) {
      const inputs = batch.map((raw) => {
        const { article } = prepareArticle(raw);
        return { key: raw.id, title: article.title, body: article.body, boilerplate: article.boilerplate };
      });
      const start = performance.now();
      await store.transaction(() => store.putArticles(inputs));
      seconds += (performance.now() - start) / 1000;
    }
    rows.push({ stage: `baseline: store only ${label(n)}`, 'articles/s': n / seconds, seconds });
    measures.push({ name: `aggregator.baseline.store_articles_per_s.${label(n)}`, value: n / seconds });
  });

  const server = await startFeedServer();
  try {
    await withStore(async (store) => {
      const source = await store.ensureSource({
        name: 'bench',
        host: '127.0.0.1',
        options: { fetchPages: false },
      });
      for (const url of server.manyUrls(FEEDS)) await store.addFeed({ url, sourceId: source.id });
      const aggregator = await Aggregator.open(store);
      const limiter = createHostLimiter({ perHost: 8, total: 16 });
      for (const round of ['first', 'second (304s)'] as const) {
        const start = performance.now();
        const summary = await refresh(store, aggregator, { all: true, limiter });
        const seconds = (performance.now() - start) / 1000;
        const articles = summary.feeds.reduce((sum, report) => sum + report.articles.new, 0);
        const failed = summary.feeds.filter((report) => report.outcome === 'failed').length;
        rows.push({ stage: `refresh ${FEEDS} feeds, ${round}`, seconds, 'new articles': articles, failed });
        measures.push({
          name: `aggregator.refresh_seconds.${round === 'first' ? 'first' : 'conditional'}`,
          value: seconds,
          unit: 's',
        });
      }
    });
  } finally {
    await server.close();
  }

  const peak = process.resourceUsage().maxRSS / 1024;
  measures.push({ name: 'aggregator.peak_rss', value: peak, unit: 'MB' });
  return {
    title: 'Aggregator: store, fold, restart and refresh (SQLite, one process)',
    rows,
    measures,
    note:
      `Ingest: corpus of real text (seed ${CORPUS_SEED}), batches of ${BATCH} in one transaction each; restart = Aggregator.open + restore() ` +
      `(indexes restored from stored fold data). Refresh: ${FEEDS} local feeds, 8 per host; pages not fetched. ` +
      `Peak RSS of the bench process: ${Math.round(peak)} MB. Target: refresh of 1,000 feeds < 60 s.`,
  };
}
