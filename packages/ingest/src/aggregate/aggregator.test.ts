/**
 * The aggregator over a real SQLite store: the five seeds (real syndication) become one story with
 * two origins, arriving twice stores them once, and a restart continues where it stopped.
 */
import { describe, expect, it } from 'vitest';
import { Aggregator } from './aggregator.js';
import { seeds, useTempStore } from './seeds.test-helper.js';
import { storyAnalysis } from './story-analysis.js';

const temp = useTempStore();

describe('Aggregator', () => {
  it('folds the seeds into one stored story with a Reuters and an AP origin', async () => {
    const aggregator = await Aggregator.open(temp.store);
    const summary = await aggregator.ingest(seeds.map((raw) => ({ raw })));
    expect(summary).toMatchObject({ new: 5, updated: 0, unchanged: 0 });
    expect(summary.stories).toHaveLength(1);
    const [story] = await temp.store.listStories();
    expect(story!.articleIds).toHaveLength(5);
    expect(story!.independentReports).toBe(2);
    const analysis = await storyAnalysis(temp.store, story!.id);
    const labels = analysis!.origins.map((origin) => origin.label).sort();
    expect(labels).toEqual(['Reuters', 'The Associated Press']);
    const mixed = analysis!.articles.find((article) => article.key.startsWith('004'))!;
    expect(mixed.origins).toHaveLength(2);
    for (const share of mixed.origins) expect(share.share).toBeGreaterThan(0.3);
    expect(analysis!.alignments.length).toBeGreaterThanOrEqual(4);
  });

  it('after a restart that restores only the most recent article with its weights, still folds the rest into the story', async () => {
    const first = await Aggregator.open(temp.store);
    await first.ingest(seeds.slice(0, 3).map((raw) => ({ raw })));
    // Story windows off: the older two are restored by signature and story only.
    const restarted = await Aggregator.open(temp.store, { restoreWindow: 1, restoreStoryWindows: false });
    await restarted.ingest(seeds.slice(3).map((raw) => ({ raw })));
    const stories = await temp.store.listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.independentReports).toBe(2);
  });

  it('stores an article that arrives again once, and folds it once; tells onStories of changed stories only', async () => {
    const told: string[][] = [];
    const aggregator = await Aggregator.open(temp.store, { onStories: (stories) => told.push(stories) });
    const first = await aggregator.ingest(seeds.map((raw) => ({ raw })));
    expect(told).toEqual([first.stories]);
    const again = await aggregator.ingest(seeds.map((raw) => ({ raw })));
    expect(again).toMatchObject({ new: 0, unchanged: 5, stories: [] });
    expect(told).toHaveLength(1);
    expect(await temp.store.countArticles()).toBe(5);
    expect(await temp.store.countStories()).toBe(1);
  });

  it('after a restart, restores its indexes when new articles come, and folds them into the stories stored before', async () => {
    const first = await Aggregator.open(temp.store);
    await first.ingest(seeds.slice(0, 3).map((raw) => ({ raw })));
    await temp.reopen();
    const restarted = await Aggregator.open(temp.store);
    // Nothing new: the indexes are not restored.
    await restarted.ingest(seeds.slice(0, 3).map((raw) => ({ raw })));
    expect(restarted.size).toBe(0);
    // New articles: restored first, then folded into the stored story.
    await restarted.ingest(seeds.slice(3).map((raw) => ({ raw })));
    expect(restarted.size).toBe(5);
    const stories = await temp.store.listStories();
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleIds).toHaveLength(5);
    expect(stories[0]!.independentReports).toBe(2);
  });
});
