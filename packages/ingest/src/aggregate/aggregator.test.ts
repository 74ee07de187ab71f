/**
 * The aggregator over a real SQLite store: the five seeds (real syndication) become one story with
 * two origins, arriving twice stores them once, and a restart continues where it stopped.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '@storyfold/engine';
import { openStore, type Store } from '@storyfold/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Aggregator } from './aggregator.js';
import { storyAnalysis } from './story-analysis.js';

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);
const seeds: RawArticle[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, -4), text: readFileSync(new URL(name, SEEDS), 'utf8') }));

let dataDir: string;
let store: Store;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'storyfold-aggregator-'));
  store = await openStore({ dataDir });
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Aggregator', () => {
  it('folds the seeds into one stored story with a Reuters and an AP origin', async () => {
    const aggregator = await Aggregator.open(store);
    const summary = await aggregator.ingest(seeds.map((raw) => ({ raw })));
    expect(summary).toMatchObject({ new: 5, updated: 0, unchanged: 0 });
    expect(summary.stories).toHaveLength(1);
    const [story] = await store.listStories();
    expect(story!.articleIds).toHaveLength(5);
    expect(story!.independentReports).toBe(2);
    const analysis = await storyAnalysis(store, story!.id);
    const labels = analysis!.origins.map((origin) => origin.label).sort();
    expect(labels).toEqual(['Reuters', 'The Associated Press']);
    const mixed = analysis!.articles.find((article) => article.key.startsWith('004'))!;
    expect(mixed.origins).toHaveLength(2);
    for (const share of mixed.origins) expect(share.share).toBeGreaterThan(0.3);
    expect(analysis!.alignments.length).toBeGreaterThanOrEqual(4);
  });

  it('after a restart that restores only the most recent article with its weights, still folds the rest into the story', async () => {
    const first = await Aggregator.open(store);
    await first.ingest(seeds.slice(0, 3).map((raw) => ({ raw })));
    const restarted = await Aggregator.open(store, { restoreWindow: 1 });
    await restarted.ingest(seeds.slice(3).map((raw) => ({ raw })));
    const stories = await store.listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.independentReports).toBe(2);
  });

  it('stores an article that arrives again once, and folds it once', async () => {
    const aggregator = await Aggregator.open(store);
    await aggregator.ingest(seeds.map((raw) => ({ raw })));
    const again = await aggregator.ingest(seeds.map((raw) => ({ raw })));
    expect(again).toMatchObject({ new: 0, unchanged: 5, stories: [] });
    expect(await store.countArticles()).toBe(5);
    expect(await store.countStories()).toBe(1);
  });

  it('after a restart, restores its indexes when new articles come, and folds them into the stories stored before', async () => {
    const first = await Aggregator.open(store);
    await first.ingest(seeds.slice(0, 3).map((raw) => ({ raw })));
    await store.close();
    store = await openStore({ dataDir });
    const restarted = await Aggregator.open(store);
    // Nothing new: the indexes are not restored.
    await restarted.ingest(seeds.slice(0, 3).map((raw) => ({ raw })));
    expect(restarted.size).toBe(0);
    // New articles: restored first, then folded into the stored story.
    await restarted.ingest(seeds.slice(3).map((raw) => ({ raw })));
    expect(restarted.size).toBe(5);
    const stories = await store.listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleIds).toHaveLength(5);
    expect(stories[0]!.independentReports).toBe(2);
  });
});
