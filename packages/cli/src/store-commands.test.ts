/**
 * End to end: the built `storyfold` binary's store commands on a real SQLite store in a temporary
 * folder — import the seeds, list and show stories, feeds from a real OPML file and from a real
 * HTTP server on 127.0.0.1, one polling round.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type FeedServer, startFeedServer } from '@storyfold/ingest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('packages/cli/bin/storyfold.js');
const SEEDS = resolve('../shared/seeds');
const OPML = resolve('../shared/datasets/feeds/awesome-rss-feeds/recommended/with_category/Tech.opml');

let data: string;
let server: FeedServer;

async function storyfold(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return storyfoldIn(data, ...args);
}

async function storyfoldIn(
  folder: string,
  ...args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args, '--data', folder], {
      maxBuffer: 1 << 26,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; code: number };
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'storyfold-cli-'));
  server = await startFeedServer({
    '/site': (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<!doctype html><html><head><title>heise</title>' +
          '<link rel="alternate" type="application/atom+xml" href="/feeds/heise.atom"></head><body>news</body></html>',
      );
    },
  });
});

afterAll(async () => {
  await server.close();
  rmSync(data, { recursive: true, force: true });
});

describe('storyfold store commands', () => {
  it('imports the seeds into one story with two independent reports, once however often imported', async () => {
    const first = await storyfold('import', SEEDS);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/imported 5 new/);
    const again = await storyfold('import', SEEDS);
    expect(again.stdout).toMatch(/imported 0 new, 0 updated and 5 unchanged/);
    const { stdout } = await storyfold('stories', '--json');
    const { stories } = JSON.parse(stdout) as {
      stories: { id: string; independentReports: number; articleIds: number[] }[];
    };
    expect(stories).toHaveLength(1);
    expect(stories[0]!.independentReports).toBe(2);
    const story = JSON.parse((await storyfold('story', stories[0]!.id, '--json')).stdout) as {
      articles: { key: string; origins: unknown[] }[];
      origins: { label: string | null }[];
      alignments: unknown[];
      stories: { synthesis: { summary: { sentences: { origins: string[] }[] }; discrepancies: unknown[] } }[];
    };
    expect(story.articles.map((article) => article.key).sort()).toHaveLength(5);
    expect(story.origins.map((origin) => origin.label).sort()).toEqual(['Reuters', 'The Associated Press']);
    expect(story.alignments.length).toBeGreaterThan(0);
    const synthesis = story.stories[0]?.synthesis;
    expect(new Set(synthesis?.summary.sentences.flatMap((sentence) => sentence.origins)).size).toBe(2);
    expect(synthesis?.discrepancies.length).toBeGreaterThan(0);
    const text = (await storyfold('story', stories[0]!.id)).stdout;
    expect(text).toMatch(/^Summary\n {2}\S/);
    expect(text).toMatch(/Discrepancies\n[\s\S]*later on Tuesday/);
    const reprocessed = await storyfold('reprocess');
    expect(reprocessed.stdout).toMatch(/reprocessed 5 article\(s\) into 1 stories/);
    expect(JSON.parse((await storyfold('stories', '--json')).stdout).stories).toHaveLength(1);
  });

  it('names what is wrong: an unknown story, a missing OPML file', async () => {
    const story = await storyfold('story', 'nope');
    expect(story.code).toBe(2);
    expect(story.stderr).toMatch(/no story "nope"/);
    const opml = await storyfold('feed', 'import', '/nonexistent.opml');
    expect(opml.code).toBe(2);
    expect(opml.stderr).toMatch(/cannot read \/nonexistent.opml/);
  });

  it('imports a real OPML file keeping folders, and exports it again', async () => {
    // A store of its own: these feeds name real outlets, which tests cannot reach.
    const folder = join(data, 'opml');
    const run = (...args: string[]) => storyfoldIn(folder, ...args);
    const imported = await run('feed', 'import', OPML);
    expect(imported.code).toBe(0);
    const { feeds } = JSON.parse((await run('feed', 'list', '--json')).stdout) as {
      feeds: { url: string; folder: string | null }[];
    };
    expect(feeds.length).toBeGreaterThan(5);
    expect(feeds.every((feed) => feed.folder !== null)).toBe(true);
    const exported = await run('feed', 'export');
    for (const feed of feeds) expect(exported.stdout).toContain(feed.url.replaceAll('&', '&amp;'));
    const again = await run('feed', 'import', OPML);
    expect(again.stdout).toMatch(/^0 feed\(s\) added/);
    expect((await run('feed', 'remove', feeds[0]!.url)).code).toBe(0);
    const left = JSON.parse((await run('feed', 'list', '--json')).stdout).feeds as { url: string }[];
    expect(left.map((feed) => feed.url)).toEqual(feeds.slice(1).map((feed) => feed.url));
  });

  it('subscribes to a site by the feed its page names, and polls it', async () => {
    const added = await storyfold('feed', 'add', server.url('/site'));
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/subscribed to feed \d+: heise.*\(found on/i);
    expect(added.stdout).toContain(server.url('/feeds/heise.atom'));
    const refreshed = await storyfold('refresh');
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toMatch(/polled 1 feed\(s\): 1 fetched/);
    const list = await storyfold('feed', 'list');
    expect(list.stdout).toMatch(/ok \(200\)/);
    const { sources } = JSON.parse((await storyfold('source', 'list', '--json')).stdout) as {
      sources: { id: number; options: { fetchPages: boolean } }[];
    };
    expect(sources[0]!.options.fetchPages).toBe(true);
    const set = await storyfold(
      'source',
      'set',
      String(sources[0]!.id),
      '--pages',
      'off',
      '--selector',
      'article',
    );
    expect(set.stdout).toMatch(/pages off, selector article/);
    const bad = await storyfold('source', 'set', String(sources[0]!.id), '--pages', 'maybe');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--pages is on or off/);
  });
});
