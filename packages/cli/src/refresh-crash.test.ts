/**
 * Crash safety end to end: `storyfold refresh` killed with SIGKILL in the middle of a polling round
 * over 300 real feeds (served on 127.0.0.1) just after its first commit, then run again, ends with the same store as one
 * uninterrupted round: no committed article lost, none half-written (every article folded into a
 * story, every story's articles present), nothing stored twice.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type FeedServer, startFeedServer } from '@storyfold/ingest/testing';
import { openStore } from '@storyfold/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('packages/cli/bin/storyfold.js');
const FEEDS = 300;

let server: FeedServer;
let root: string;

beforeAll(async () => {
  server = await startFeedServer();
  root = mkdtempSync(join(tmpdir(), 'storyfold-crash-'));
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A store subscribed to the same 300 feeds (pages not fetched: the feeds' own text is the article). */
async function subscribed(name: string): Promise<string> {
  const data = join(root, name);
  const store = await openStore({ dataDir: data });
  const source = await store.ensureSource({
    name: 'local',
    host: '127.0.0.1',
    options: { fetchPages: false },
  });
  for (const url of server.manyUrls(FEEDS)) await store.addFeed({ url, sourceId: source.id });
  await store.close();
  return data;
}

async function summary(data: string) {
  const store = await openStore({ dataDir: data });
  try {
    const articles = await store.listArticles({}, { limit: 1_000_000 });
    const failing = (await store.listFeeds())
      .filter((feed) => feed.lastError !== null)
      .map((feed) => feed.lastError);
    const stories = await store.listStories({ limit: 1_000_000 });
    const ids = new Set(articles.map((article) => article.id));
    return {
      failing,
      keys: articles.map((article) => `${article.feedId}:${article.key}`).sort(),
      unfolded: articles.filter((article) => article.storyId === null || article.engine === null).length,
      dangling: stories.flatMap((story) => story.articleIds).filter((id) => !ids.has(id)).length,
      empty: articles.filter((article) => article.body.length === 0 && article.title === null).length,
    };
  } finally {
    await store.close();
  }
}

describe('storyfold refresh, killed and run again', () => {
  it('loses no committed article and leaves none half-written', async () => {
    const clean = await subscribed('clean');
    const start = performance.now();
    await promisify(execFile)('node', [BIN, 'refresh', '--data', clean]);
    const roundMs = performance.now() - start;
    const expected = await summary(clean);
    expect(expected.failing).toEqual([]);
    expect(expected.keys.length).toBeGreaterThan(500);

    const killed = await subscribed('killed');
    const child: ChildProcess = spawn('node', [BIN, 'refresh', '--data', killed], { stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    // Kill as soon as the first feed's articles are committed: the round is under way, most of it not yet stored.
    const watcher = await openStore({ dataDir: killed });
    const deadline = Date.now() + roundMs * 4;
    while ((await watcher.countArticles()) === 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 20));
    }
    child.kill('SIGKILL');
    await watcher.close();
    await exited;
    const partial = await summary(killed);
    expect(partial.unfolded).toBe(0);
    expect(partial.dangling).toBe(0);
    expect(partial.keys.length).toBeGreaterThan(0);
    expect(partial.keys.length).toBeLessThan(expected.keys.length);

    // Run again, every feed (a feed the kill caught mid-poll may not be due yet).
    await promisify(execFile)('node', [BIN, 'refresh', '--all', '--data', killed]);
    const after = await summary(killed);
    expect(after.failing).toEqual([]);
    expect(after.unfolded).toBe(0);
    expect(after.dangling).toBe(0);
    expect(after.keys).toEqual(expected.keys);
  });
});
