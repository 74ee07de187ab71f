/**
 * One polling round against a real HTTP server on 127.0.0.1 serving real feeds and pages with
 * scripted misbehaviours, into a real SQLite store: each feed ends as expected, its error is
 * recorded in words, and nothing stored is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@storyfold/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Aggregator } from '../aggregate/index.js';
import { type AddressGuard, createHostLimiter, forbiddenRange } from '../fetch/index.js';
import { type FeedServer, startFeedServer } from '../testing/index.js';
import { type FeedReport, refresh } from './refresh.js';
import { subscribe } from './subscribe.js';

let server: FeedServer;
let dataDir: string;
let store: Store;
let aggregator: Aggregator;
let clock = Date.now() + 1_000;
const now = (): number => clock;

/** A feed of three items linking to real article pages on the test server (summaries only). */
const PAGES = ['guardian-1', 'nytimes-1', 'bbc-1'];
function pagesFeed(): string {
  const items = PAGES.map(
    (page, i) => `<item><title>Page ${page}</title><link>${server.url(`/pages/${page}`)}</link>
      <guid>urn:test:${page}</guid><pubDate>Mon, 23 Nov 2026 0${i}:00:00 GMT</pubDate>
      <description>A short summary… Continue reading</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Pages</title><link>${server.url('/')}</link>${items.join('')}</channel></rss>`;
}

const FEEDS = {
  guardian: '/feeds/guardian.rss',
  latin1: '/latin1/feeds/encoding.rss',
  noGuid: '/no-guid/feeds/craigslist.rss',
  tooMany: '/retry-after/120/status/429',
  broken: '/status/500',
  truncated: '/truncated/feeds/heise.atom',
  html: '/as-feed/pages/nytimes-2',
  huge: '/huge/50',
  slow: '/slow-headers/3000/feeds/reddit.rss',
  moved: '/redirect/301/feeds/uolNoticias.rss',
  pages: '/pages-feed.xml',
};

let first: Map<string, FeedReport>;

beforeAll(async () => {
  server = await startFeedServer({
    '/pages-feed.xml': (_, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(pagesFeed());
    },
  });
  dataDir = mkdtempSync(join(tmpdir(), 'storyfold-refresh-'));
  store = await openStore({ dataDir });
  aggregator = await Aggregator.open(store);
  const noPages = await store.ensureSource({
    name: 'test feeds',
    host: 'feeds.test',
    options: { fetchPages: false },
  });
  for (const [name, path] of Object.entries(FEEDS)) {
    if (name === 'pages') await subscribe(store, server.url(path));
    else await store.addFeed({ url: server.url(path), sourceId: noPages.id });
  }
  const round = await refresh(store, aggregator, { now, limiter: createHostLimiter(), timeoutMs: 1_000 });
  first = new Map(round.feeds.map((report) => [report.feed.title ?? report.feed.url, report]));
}, 60_000);

afterAll(async () => {
  await store?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function feed(path: string) {
  const found = await store.getFeed(server.url(path));
  if (!found) throw new Error(`no feed ${path}`);
  return found;
}

describe('refresh', () => {
  it('stores the articles of the feeds that answer, with their text', async () => {
    const guardian = await feed(FEEDS.guardian);
    expect(guardian.lastStatus).toBe(200);
    expect(guardian.lastError).toBeNull();
    expect(guardian.etag).not.toBeNull();
    expect(await store.countArticles()).toBeGreaterThan(100);
    expect(await store.countStories()).toBeGreaterThan(10);
  });

  it('reads a Latin-1 feed with its accents, and gives items without GUIDs distinct keys', async () => {
    const latin1 = await feed(FEEDS.latin1);
    expect(latin1.lastError).toBeNull();
    const titles = (await store.listArticles({})).map((article) => article.title ?? '');
    expect(titles.some((title) => /[ãéçõí]/.test(title))).toBe(true);
    const noGuid = await feed(FEEDS.noGuid);
    expect(noGuid.lastError).toBeNull();
    const report = [...first.values()].find((item) => item.feed.id === noGuid.id)!;
    // 26 items without GUIDs, keyed by their links; the few that repeat another's text or link
    // are stored once.
    expect(report.articles.new).toBeGreaterThanOrEqual(24);
    const stored = (await store.listArticles({})).filter((article) => article.feedId === noGuid.id);
    expect(new Set(stored.map((article) => article.key)).size).toBe(stored.length);
  });

  it('records each failure in words and backs off, obeying Retry-After', async () => {
    const tooMany = await feed(FEEDS.tooMany);
    expect(tooMany.lastStatus).toBe(429);
    expect(tooMany.lastError).toMatch(/429/);
    expect(Date.parse(tooMany.nextPollAt) - clock).toBeGreaterThanOrEqual(120_000);
    const broken = await feed(FEEDS.broken);
    expect(broken.lastError).toMatch(/500/);
    expect(broken.consecutiveFailures).toBe(1);
    expect((await feed(FEEDS.truncated)).lastError).toMatch(/cut off/);
    expect((await feed(FEEDS.html)).lastError).toMatch(/HTML page, not a feed/);
    expect((await feed(FEEDS.huge)).lastError).toMatch(/larger than/);
    expect((await feed(FEEDS.slow)).lastError).toMatch(/no answer within/);
  });

  it('follows a permanent redirect by moving the feed to its new URL', async () => {
    expect(await store.getFeed(server.url(FEEDS.moved))).toBeUndefined();
    const moved = await feed('/feeds/uolNoticias.rss');
    expect(moved.lastError).toBeNull();
  });

  it('fetches and extracts the pages of a feed that carries summaries only', async () => {
    const pages = await feed(FEEDS.pages);
    expect(pages.lastError).toBeNull();
    const articles = (await store.listArticles({})).filter((article) => article.feedId === pages.id);
    expect(articles).toHaveLength(3);
    for (const article of articles) {
      expect(article.pageDocumentId).not.toBeNull();
      expect(article.body.join('\n').length).toBeGreaterThan(1_000);
    }
  });

  it('a second round sends validators, gets 304s, stores nothing twice and loses nothing', async () => {
    const before = await store.countArticles();
    clock += 7 * 24 * 3_600_000;
    const round = await refresh(store, aggregator, { now, all: true, timeoutMs: 1_000 });
    const guardian = round.feeds.find((report) => report.feed.url === server.url(FEEDS.guardian))!;
    expect(guardian.outcome).toBe('not-modified');
    expect(round.feeds.reduce((sum, report) => sum + report.articles.new, 0)).toBe(0);
    expect(await store.countArticles()).toBe(before);
    expect((await feed(FEEDS.broken)).consecutiveFailures).toBe(2);
  });

  it("keeps every feed's interval within the installation's bounds", async () => {
    const twoDays = 2 * 24 * 3_600;
    await refresh(store, aggregator, {
      now,
      all: true,
      timeoutMs: 1_000,
      minIntervalSeconds: twoDays,
      maxIntervalSeconds: twoDays,
    });
    expect((await feed(FEEDS.guardian)).intervalSeconds).toBe(twoDays);
  });

  it("lets a feed's own shortest interval win over a shorter installation-wide longest one", async () => {
    const twoDays = 2 * 24 * 3_600;
    const url = server.url('/feeds/reddit.rss');
    await store.addFeed({ url, sourceId: null, minIntervalSeconds: twoDays });
    const round = await refresh(store, aggregator, {
      now,
      all: true,
      timeoutMs: 1_000,
      maxIntervalSeconds: 3_600,
    });
    expect(round.feeds.find((report) => report.feed.url === url)?.outcome).not.toBe('failed');
    expect((await store.getFeed(url))?.intervalSeconds).toBe(twoDays);
  });
});

describe('refresh and subscribe with allowPrivate: false (as the server runs them)', () => {
  let guarded: Store;
  let guardedDir: string;
  let site: FeedServer;
  const hits = (path: string): number =>
    [...server.requests, ...site.requests].filter((request) => request.path.startsWith(path)).length;

  /** The real policy, except that 127.0.0.1 counts as a public server reached as public.example. */
  const guard: AddressGuard = {
    forbidden: (address) => (address === '127.0.0.1' ? undefined : forbiddenRange(address)),
    resolve: (hostname, _options, callback) =>
      hostname === 'public.example'
        ? callback(null, [{ address: '127.0.0.1', family: 4 }])
        : callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []),
  };
  const publicUrl = (path: string): string => `http://public.example:${new URL(site.origin).port}${path}`;

  beforeAll(async () => {
    const localhost = (path: string): string => `http://localhost:${new URL(server.origin).port}${path}`;
    site = await startFeedServer({
      // A page naming a feed on this computer (discovery must not fetch it).
      '/home': (_, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!doctype html><html><head><title>Home</title><link rel="alternate" type="application/rss+xml" href="${localhost('/feeds/narro.rss')}"></head><body><p>Hello</p></body></html>`,
        );
      },
      // A feed whose items link to pages on this computer (page fetches must not reach them).
      '/inward.xml': (_, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Inward</title><link>${publicUrl('/')}</link>
          <item><title>An inward page</title><link>${localhost('/pages/guardian-1')}</link><guid>urn:test:inward</guid>
          <description>A short summary… Continue reading</description></item></channel></rss>`,
        );
      },
    });
    guardedDir = mkdtempSync(join(tmpdir(), 'storyfold-refresh-guarded-'));
    guarded = await openStore({ dataDir: guardedDir });
  });

  afterAll(async () => {
    await guarded?.close();
    await site?.close();
    rmSync(guardedDir, { recursive: true, force: true });
  });

  it('subscribe refuses a feed on 127.0.0.1 and file:///etc/passwd, storing nothing', async () => {
    const url = server.url('/feeds/narro.rss');
    await expect(subscribe(guarded, url, { allowPrivate: false })).rejects.toThrow(
      `${url}: refused: 127.0.0.1 is a loopback address (this computer)`,
    );
    await expect(subscribe(guarded, 'file:///etc/passwd', { allowPrivate: false })).rejects.toThrow(
      'file:///etc/passwd: refused: only http and https URLs can be fetched (this one is file:)',
    );
    expect(await guarded.listFeeds()).toHaveLength(0);
  });

  it('subscribe does not follow a discovered feed link to this computer', async () => {
    const before = hits('/feeds/narro.rss');
    await expect(subscribe(guarded, publicUrl('/home'), { allowPrivate: false, guard })).rejects.toThrow(
      /is not a feed, and no feed was found on it/,
    );
    expect(hits('/feeds/narro.rss')).toBe(before);
  });

  it('refresh records the refusal on a feed on 127.0.0.1', async () => {
    const { feed } = await guarded.addFeed({ url: server.url('/feeds/narro.rss'), sourceId: null });
    const round = await refresh(guarded, await Aggregator.open(guarded), {
      now,
      all: true,
      allowPrivate: false,
    });
    const refusal = /^refused: 127\.0\.0\.1 is a loopback address \(this computer\) \(first failure;/;
    expect(round.feeds).toHaveLength(1);
    expect(round.feeds[0]?.error).toMatch(refusal);
    expect((await guarded.getFeed(feed.url))?.lastError).toMatch(refusal);
    await guarded.removeFeed(feed.id);
  });

  it('refresh does not fetch item pages on this computer, keeping the feed’s summary', async () => {
    const subscription = await subscribe(guarded, publicUrl('/inward.xml'), { allowPrivate: false, guard });
    const before = hits('/pages/guardian-1');
    const round = await refresh(guarded, await Aggregator.open(guarded), {
      now,
      all: true,
      allowPrivate: false,
      guard,
    });
    const report = round.feeds.find((item) => item.feed.id === subscription.feed.id);
    expect(report?.articles.new).toBe(1);
    const [article] = (await guarded.listArticles({})).filter((item) => item.feedId === subscription.feed.id);
    expect(article?.pageDocumentId).toBeNull();
    expect(hits('/pages/guardian-1')).toBe(before);
  });
});
