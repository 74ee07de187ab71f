/**
 * Reprocessing over a real SQLite store: articles are cleaned again from the raw documents kept
 * and every story is folded again, with nothing lost or duplicated.
 */
import { describe, expect, it } from 'vitest';
import { Aggregator } from './aggregator.js';
import { reprocess } from './reprocess.js';
import { seeds, useTempStore } from './seeds.test-helper.js';

const temp = useTempStore();

describe('reprocess', () => {
  it('cleans every article again from its raw document and folds the stories again', async () => {
    const documents = await temp.store.putDocuments(
      seeds.map((raw) => ({ kind: 'file', url: `${raw.id}.txt`, content: JSON.stringify(raw) })),
    );
    const aggregator = await Aggregator.open(temp.store);
    await aggregator.ingest(seeds.map((raw, i) => ({ raw, pageDocumentId: documents[i] })));
    const before = await temp.store.listArticles({});
    // As an older cleaner might have left it: a promotion line kept in the body.
    await temp.store.updateArticles(
      before.map((article) => ({ ...article, body: [...article.body, 'Get all your news in one place.'] })),
    );
    await temp.store.clearStories();

    const summary = await reprocess(temp.store);
    expect(summary).toEqual({ articles: 5, kept: 0, stories: 1 });
    const after = await temp.store.listArticles({});
    expect(after.map((article) => article.id)).toEqual(before.map((article) => article.id));
    expect(after.map((article) => article.body)).toEqual(before.map((article) => article.body));
    const [story] = await temp.store.listStories();
    expect(story).toMatchObject({ articleIds: before.map((article) => article.id), independentReports: 2 });
    expect((await temp.store.originsOf(story!.id)).map((origin) => origin.label).sort()).toEqual([
      'Reuters',
      'The Associated Press',
    ]);
    const restarted = await Aggregator.open(temp.store);
    await restarted.restore();
    expect(restarted.size).toBe(5);
  });

  it('keeps the stored body of an article whose raw documents are gone', async () => {
    const aggregator = await Aggregator.open(temp.store);
    await aggregator.ingest(seeds.slice(0, 2).map((raw) => ({ raw })));
    const summary = await reprocess(temp.store);
    expect(summary).toMatchObject({ articles: 0, kept: 2 });
    expect(await temp.store.countArticles()).toBe(2);
    expect((await temp.store.listStories()).flatMap((story) => story.articleIds)).toHaveLength(2);
  });
});
