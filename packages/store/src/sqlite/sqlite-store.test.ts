import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { StoreError } from '../store-error.js';
import { describeStore } from '../store-suite.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openDatabase, schemaVersion } from './open-database.js';
import { SqliteStore, sqliteFile } from './sqlite-store.js';

const folders: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storyfold-store-'));
  folders.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describeStore('sqlite', async () => new SqliteStore({ dataDir: tempDir() }));
// The same contract with every story filter condition checked story by story (the plan for
// conditions matching many articles), so both plans are held to the same results.
describeStore(
  'sqlite, dense story filter plan',
  async () => new SqliteStore({ dataDir: tempDir(), storyFilterSparseArticles: 0 }),
);
// And with conditions of one or two articles sparse, the rest dense: mixed plans.
describeStore(
  'sqlite, mixed story filter plans',
  async () => new SqliteStore({ dataDir: tempDir(), storyFilterSparseArticles: 2 }),
);

describe('SqliteStore', () => {
  it('creates the data folder and a WAL database on first open', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const upgrades: number[] = [];
    const store = new SqliteStore({ dataDir, onUpgrade: (from) => upgrades.push(from) });
    expect(upgrades).toEqual([]); // a new database is created, not upgraded
    await store.putArticles([{ key: 'a', body: ['Text.'] }]);
    expect(existsSync(join(dataDir, 'storyfold.db'))).toBe(true);
    expect(existsSync(join(dataDir, 'storyfold.db-wal'))).toBe(true);
    await store.close();
  });
});

describe('SqliteStore schema', () => {
  it('keeps everything across close and reopen', async () => {
    const dataDir = tempDir();
    const first = new SqliteStore({ dataDir });
    const { feed } = await first.addFeed({ url: 'https://a.org/feed' });
    const [put] = await first.putArticles([{ key: 'a', feedId: feed.id, body: ['Text.'] }]);
    await first.putState('fold', new Uint8Array([4, 2]));
    await first.close();
    const second = new SqliteStore({ dataDir });
    expect((await second.getFeed(feed.id))?.url).toBe('https://a.org/feed');
    expect((await second.getArticle(put?.id ?? -1))?.body).toEqual(['Text.']);
    expect([...((await second.getState('fold')) ?? [])]).toEqual([4, 2]);
    const [again] = await second.putArticles([{ key: 'a', feedId: feed.id, body: ['Text.'] }]);
    expect(again).toEqual({ id: put?.id, status: 'unchanged' });
    await second.close();
  });

  it('refuses a database written by a newer schema, saying what to do', async () => {
    const dataDir = tempDir();
    await new SqliteStore({ dataDir }).close();
    const db = new Database(sqliteFile(dataDir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 2}`);
    db.close();
    expect(() => new SqliteStore({ dataDir })).toThrow(StoreError);
    expect(() => new SqliteStore({ dataDir })).toThrow(
      `this database was written by a newer Storyfold (schema ${SCHEMA_VERSION + 2}; this version knows ${SCHEMA_VERSION}): upgrade Storyfold`,
    );
  });

  it('applies missing migrations in order, each all-or-nothing', () => {
    const file = join(tempDir(), 'm.db');
    const v1 = openDatabase(file, MIGRATIONS);
    expect(schemaVersion(v1)).toBe(SCHEMA_VERSION);
    v1.close();
    const added = [...MIGRATIONS, 'CREATE TABLE extra (x INTEGER)'];
    const v2 = openDatabase(file, added);
    expect(schemaVersion(v2)).toBe(SCHEMA_VERSION + 1);
    v2.close();
    const broken = [...added, 'CREATE TABLE half (x INTEGER); THIS IS NOT SQL'];
    expect(() => openDatabase(file, broken)).toThrow(StoreError);
    const after = openDatabase(file, added);
    expect(schemaVersion(after)).toBe(SCHEMA_VERSION + 1);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    after.close();
  });

  it('migrates a schema-1 database: articles indexed for search, story spans and heads backfilled', async () => {
    const dataDir = tempDir();
    const v1 = openDatabase(sqliteFile(dataDir), MIGRATIONS.slice(0, 1));
    v1.prepare(
      `INSERT INTO sources (id, name, host, options, created_at) VALUES (1, 'One', 'one.org', '{}', 'x')`,
    ).run();
    v1.prepare(
      `INSERT INTO feeds (id, url, source_id, folder, added_at, next_poll_at, interval_seconds)
       VALUES (1, 'https://one.org/feed', 1, 'News/World', 'x', 'x', 60)`,
    ).run();
    const insert = v1.prepare(
      `INSERT INTO articles (id, key, source_id, feed_id, title, body, boilerplate, content_hash, fetched_at,
         updated_at, story_id) VALUES (?, ?, 1, 1, ?, ?, '[]', ?, 'x', 'x', ?)`,
    );
    insert.run(1, 'k1', 'Müller in Astana', JSON.stringify(['Lead one.', 'Talks in Tashkent.']), 'h1', 's');
    insert.run(2, 'k2', 'Weather', JSON.stringify([]), 'h2', null);
    const story = v1.prepare(
      `INSERT INTO stories (id, article_ids, origin_ids, independent_reports, first_published, last_published,
         updated_at, rank) VALUES (?, '[]', '[]', 1, ?, ?, ?, 0)`,
    );
    story.run('s', '2023-02-28T10:00:00+02:00', '2023-03-01', '2026-01-01T00:00:00.000Z');
    story.run('t', null, null, '2023-01-15T00:00:00.000Z');
    v1.close();

    const upgrades: [number, number][] = [];
    const store = new SqliteStore({ dataDir, onUpgrade: (from, to) => upgrades.push([from, to]) });
    expect(upgrades).toEqual([[1, MIGRATIONS.length]]);
    expect((await store.searchArticles('muller tashkent')).hits).toEqual([
      { articleId: 1, snippet: 'Lead one.\nTalks in «Tashkent».' },
    ]);
    expect((await store.getArticleHeads([2, 1])).map((h) => h.lead)).toEqual([null, 'Lead one.']);
    const ids = async (filter: object) => (await store.listStories({}, filter)).map((s) => s.id).sort();
    expect(await ids({ since: '2023-02-28T08:00:00Z', until: '2023-02-28T08:00:00Z' })).toEqual(['s']);
    expect(await ids({ since: '2023-02-28T08:00:00.001Z', until: '2023-02-28T08:00:00.001Z' })).toEqual([
      's',
    ]);
    expect(await ids({ until: '2023-02-28T07:59:59Z' })).toEqual(['t']);
    expect(await ids({ since: '2023-03-01T00:00:00.001Z' })).toEqual([]);
    expect(await ids({ folder: 'News', text: 'astana', sourceId: 1 })).toEqual(['s']);
    expect(await store.storySources(['s'])).toEqual(new Map([['s', [{ sourceId: 1, articles: 1 }]]]));
    // New writes after the migration are indexed by the triggers.
    await store.updateArticles([{ id: 2, title: 'Weather', body: ['Snow in Astana.'] }]);
    expect((await store.searchArticles('astana')).total).toBe(2);
    await store.close();
  });

  it('drops a deleted article from the search index', async () => {
    const dataDir = tempDir();
    const store = new SqliteStore({ dataDir });
    const [gone, kept] = await store.putArticles([
      { key: 'a', title: 'Astana', body: ['Talks in Astana.'] },
      { key: 'b', title: 'Also Astana', body: ['More talks.'] },
    ]);
    await store.close();
    const db = openDatabase(sqliteFile(dataDir));
    db.prepare('DELETE FROM articles WHERE id = ?').run(gone?.id);
    db.close();
    const reopened = new SqliteStore({ dataDir });
    expect(await reopened.searchArticles('astana')).toEqual({
      hits: [{ articleId: kept?.id, snippet: 'More talks.' }],
      total: 1,
    });
    expect((await reopened.searchArticles('talks')).total).toBe(1);
    await reopened.close();
  });

  it('turns on WAL, foreign keys, synchronous NORMAL and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'p.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('lets two connections to one file (as two processes would) write and see each other', async () => {
    const dataDir = tempDir();
    const one = new SqliteStore({ dataDir });
    const two = new SqliteStore({ dataDir });
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      writes.push(one.putArticles([{ key: `one-${i}`, body: [`One ${i}.`] }]));
      writes.push(two.putArticles([{ key: `two-${i}`, body: [`Two ${i}.`] }]));
    }
    await Promise.all(writes);
    expect(await one.countArticles()).toBe(40);
    expect((await two.getArticleByKey('one-19'))?.body).toEqual(['One 19.']);
    await one.close();
    await two.close();
  });

  it('opens through openStore and rejects calls after close', async () => {
    const store = await openStore({ dataDir: tempDir() });
    await store.close();
    await expect(store.countArticles()).rejects.toBeInstanceOf(StoreError);
  });
});
