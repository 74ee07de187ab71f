/** Store contract: feeds. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';
import { article } from './fixtures.js';

export function feedCases(store: () => Store): void {
  describe('feeds', () => {
    it('adds by normalised URL and returns the existing feed for another spelling', async () => {
      const first = await store().addFeed({
        url: 'HTTPS://Example.com:443/rss#x',
        title: 'Example',
        folder: 'News',
      });
      expect(first.created).toBe(true);
      expect(first.feed.url).toBe('https://example.com/rss');
      expect(first.feed.folder).toBe('News');
      const again = await store().addFeed({ url: 'https://example.com/rss', title: 'Other' });
      expect(again.created).toBe(false);
      expect(again.feed).toEqual(first.feed);
      expect(await store().getFeed('https://EXAMPLE.com/rss')).toEqual(first.feed);
      expect(await store().getFeed(first.feed.id)).toEqual(first.feed);
      expect(await store().getFeed(12345)).toBeUndefined();
      expect(await store().getFeed('not a url')).toBeUndefined();
      await expect(store().addFeed({ url: 'not a url' })).rejects.toBeInstanceOf(StoreError);
    });

    it('starts with empty polling state due now, and updates it', async () => {
      const { feed } = await store().addFeed({
        url: 'https://a.org/feed',
        nextPollAt: '2026-01-01T00:00:00.000Z',
      });
      expect(feed).toMatchObject({
        etag: null,
        lastModified: null,
        lastStatus: null,
        lastError: null,
        lastPolledAt: null,
        consecutiveFailures: 0,
        minIntervalSeconds: null,
        maxIntervalSeconds: null,
      });
      expect(feed.intervalSeconds).toBeGreaterThan(0);
      const updated = await store().updateFeed(feed.id, {
        etag: '"abc"',
        lastModified: 'Tue, 28 Feb 2023 10:00:00 GMT',
        lastStatus: 503,
        lastError: 'The server is overloaded (503); retrying later.',
        lastPolledAt: '2026-01-01T00:00:00.000Z',
        nextPollAt: '2026-01-01T02:00:00.000Z',
        consecutiveFailures: 2,
        intervalSeconds: 7200,
        maxIntervalSeconds: 86400,
        title: 'A feed',
      });
      expect(updated).toMatchObject({
        etag: '"abc"',
        lastStatus: 503,
        consecutiveFailures: 2,
        intervalSeconds: 7200,
        maxIntervalSeconds: 86400,
        minIntervalSeconds: null,
        title: 'A feed',
        url: 'https://a.org/feed',
      });
      const cleared = await store().updateFeed(feed.id, { lastError: null, lastStatus: 200 });
      expect(cleared?.lastError).toBeNull();
      expect(cleared?.etag).toBe('"abc"');
      expect(await store().updateFeed(999, { lastStatus: 200 })).toBeUndefined();
    });

    it('lists due feeds by next poll, within the limit', async () => {
      const at = (hour: number) => `2026-01-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
      const late = await store().addFeed({ url: 'https://a.org/3', nextPollAt: at(3) });
      const early = await store().addFeed({ url: 'https://a.org/1', nextPollAt: at(1) });
      const middle = await store().addFeed({ url: 'https://a.org/2', nextPollAt: at(2) });
      await store().addFeed({ url: 'https://a.org/9', nextPollAt: at(9) });
      const due = await store().dueFeeds(at(3), 10);
      expect(due.map((f) => f.id)).toEqual([early.feed.id, middle.feed.id, late.feed.id]);
      expect((await store().dueFeeds(new Date(at(3)), 2)).map((f) => f.id)).toEqual([
        early.feed.id,
        middle.feed.id,
      ]);
      expect(await store().dueFeeds(at(0), 10)).toEqual([]);
    });

    it('orders due feeds by time whatever spelling the times were given in', async () => {
      const a = await store().addFeed({ url: 'https://a.org/a', nextPollAt: '2026-01-01T00:00:00.500Z' });
      const b = await store().addFeed({ url: 'https://a.org/b', nextPollAt: '2026-01-01T01:00:00+01:00' });
      expect(b.feed.nextPollAt).toBe('2026-01-01T00:00:00.000Z');
      const due = await store().dueFeeds('2026-01-01T00:00:01Z', 10);
      expect(due.map((f) => f.id)).toEqual([b.feed.id, a.feed.id]);
      await store().updateFeed(a.feed.id, {
        nextPollAt: '2025-12-31T23:00:00Z',
        lastPolledAt: '2025-12-31T22:00:00Z',
      });
      expect((await store().dueFeeds('2026-01-01T00:00:01Z', 1))[0]?.id).toBe(a.feed.id);
      expect((await store().getFeed(a.feed.id))?.lastPolledAt).toBe('2025-12-31T22:00:00.000Z');
      await expect(store().updateFeed(a.feed.id, { nextPollAt: 'soon' })).rejects.toBeInstanceOf(StoreError);
    });

    it('removes a feed by id or URL and keeps its articles', async () => {
      const { feed } = await store().addFeed({ url: 'https://a.org/feed' });
      const other = await store().addFeed({ url: 'https://b.org/feed' });
      const [put] = await store().putArticles([article('x', { feedId: feed.id, guid: 'x' })]);
      expect(await store().removeFeed('HTTPS://A.ORG/feed')).toBe(true);
      expect(await store().removeFeed('https://a.org/feed')).toBe(false);
      expect(await store().removeFeed(other.feed.id)).toBe(true);
      expect(await store().listFeeds()).toEqual([]);
      const kept = await store().getArticle(put?.id ?? -1);
      expect(kept?.feedId).toBeNull();
      expect(kept?.key).toBe('x');
    });

    it('follows a permanent redirect, merging into a feed that already has the URL', async () => {
      const { feed } = await store().addFeed({ url: 'http://a.org/old' });
      const moved = await store().changeFeedUrl(feed.id, 'https://a.org/new');
      expect(moved?.id).toBe(feed.id);
      expect(moved?.url).toBe('https://a.org/new');
      expect(await store().getFeed('http://a.org/old')).toBeUndefined();

      const target = await store().addFeed({ url: 'https://b.org/feed' });
      const [put] = await store().putArticles([article('y', { feedId: feed.id, guid: 'y' })]);
      const merged = await store().changeFeedUrl(feed.id, 'https://B.org/feed');
      expect(merged?.id).toBe(target.feed.id);
      expect(await store().getFeed(feed.id)).toBeUndefined();
      expect((await store().getArticle(put?.id ?? -1))?.feedId).toBe(target.feed.id);
      expect(await store().changeFeedUrl(999, 'https://c.org')).toBeUndefined();
    });
  });
}
