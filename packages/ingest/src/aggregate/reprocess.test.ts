/**
 * Reprocessing over a real SQLite store: articles are cleaned again from the raw documents kept
 * and every story is folded again, with nothing lost or duplicated.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '@storyfold/engine';
import { openStore, type Store } from '@storyfold/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Aggregator } from './aggregator.js';
import { reprocess } from './reprocess.js';

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);
const seeds: RawArticle[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, -4), text: readFileSync(new URL(name, SEEDS), 'utf8') }));

let dataDir: string;
let store: Store;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'storyfold-reprocess-'));
  store = await openStore({ dataDir });
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('reprocess', () => {
  it('cleans every article again from its raw document and folds the stories again', async () => {
    const documents = await store.putDocuments(
      seeds.map((raw) => ({ kind: 'file', url: `${raw.id}.txt`, content: JSON.stringify(raw) })),
    );
    const aggregator = await Aggregator.open(store);
    await aggregator.ingest(seeds.map((raw, i) => ({ raw, pageDocumentId: documents[i] })));
    const before = await store.listArticles({});
    // As an older cleaner might have left it: a promotion line kept in the body.
    await store.updateArticles(
      before.map((article) => ({ ...article, body: [...article.body, 'Get all your news in one place.'] })),
    );
    await store.clearStories();

    const summary = await reprocess(store);
    expect(summary).toEqual({ articles: 5, kept: 0, stories: 1 });
    const after = await store.listArticles({});
    expect(after.map((article) => article.id)).toEqual(before.map((article) => article.id));
    expect(after.map((article) => article.body)).toEqual(before.map((article) => article.body));
    const [story] = await store.listStories();
    expect(story).toMatchObject({ articleIds: before.map((article) => article.id), independentReports: 2 });
    expect((await store.originsOf(story!.id)).map((origin) => origin.label).sort()).toEqual([
      'Reuters',
      'The Associated Press',
    ]);
    const restarted = await Aggregator.open(store);
    await restarted.restore();
    expect(restarted.size).toBe(5);
  });

  it('keeps the stored body of an article whose raw documents are gone', async () => {
    const aggregator = await Aggregator.open(store);
    await aggregator.ingest(seeds.slice(0, 2).map((raw) => ({ raw })));
    const summary = await reprocess(store);
    expect(summary).toMatchObject({ articles: 0, kept: 2 });
    expect(await store.countArticles()).toBe(2);
    expect((await store.listStories()).flatMap((story) => story.articleIds)).toHaveLength(2);
  });
});
