/**
 * The shared contract every `Store` implementation must pass: `describeStore(name, open)` registers
 * one Vitest suite; `open` returns a fresh, empty store for each test (the suite closes it).
 * Each implementation's test file calls it once (see sqlite/sqlite-store.test.ts). A case an
 * implementation cannot pass must be skipped there with its reason, never deleted here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from './records.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

function article(key: string, fields: Partial<ArticleInput> = {}): ArticleInput {
  return {
    key,
    title: `Title ${key}`,
    body: [`First paragraph of ${key}.`, `Second paragraph of ${key}.`],
    ...fields,
  };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function describeStore(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('sources', () => {
      it('gets or creates by host (case-insensitive), else by name', async () => {
        const a = await store.ensureSource({ name: 'Reuters', host: 'www.reuters.com' });
        const b = await store.ensureSource({ name: 'Reuters (again)', host: 'WWW.Reuters.com' });
        const c = await store.ensureSource({ name: 'Local files' });
        const d = await store.ensureSource({ name: 'Local files' });
        expect(b.id).toBe(a.id);
        expect(b.name).toBe('Reuters');
        expect(d.id).toBe(c.id);
        expect(c.id).not.toBe(a.id);
        expect((await store.listSources()).map((s) => s.id)).toEqual([a.id, c.id]);
      });

      it('keeps options, with defaults and partial updates', async () => {
        const source = await store.ensureSource({ name: 'AP', host: 'apnews.com' });
        expect(source.options).toEqual({ fetchPages: true, contentSelector: null });
        await store.setSourceOptions(source.id, { contentSelector: 'article .body' });
        const updated = await store.setSourceOptions(source.id, { fetchPages: false });
        expect(updated?.options).toEqual({ fetchPages: false, contentSelector: 'article .body' });
        const same = await store.setSourceOptions(source.id, { contentSelector: undefined });
        expect(same?.options.contentSelector).toBe('article .body');
        expect((await store.getSource(source.id))?.options).toEqual(updated?.options);
        expect(await store.getSource(9999)).toBeUndefined();
        expect(await store.setSourceOptions(9999, { fetchPages: false })).toBeUndefined();
      });
    });

    describe('feeds', () => {
      it('adds by normalised URL and returns the existing feed for another spelling', async () => {
        const first = await store.addFeed({
          url: 'HTTPS://Example.com:443/rss#x',
          title: 'Example',
          folder: 'News',
        });
        expect(first.created).toBe(true);
        expect(first.feed.url).toBe('https://example.com/rss');
        expect(first.feed.folder).toBe('News');
        const again = await store.addFeed({ url: 'https://example.com/rss', title: 'Other' });
        expect(again.created).toBe(false);
        expect(again.feed).toEqual(first.feed);
        expect(await store.getFeed('https://EXAMPLE.com/rss')).toEqual(first.feed);
        expect(await store.getFeed(first.feed.id)).toEqual(first.feed);
        expect(await store.getFeed(12345)).toBeUndefined();
        expect(await store.getFeed('not a url')).toBeUndefined();
        await expect(store.addFeed({ url: 'not a url' })).rejects.toBeInstanceOf(StoreError);
      });

      it('starts with empty polling state due now, and updates it', async () => {
        const { feed } = await store.addFeed({
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
        const updated = await store.updateFeed(feed.id, {
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
        const cleared = await store.updateFeed(feed.id, { lastError: null, lastStatus: 200 });
        expect(cleared?.lastError).toBeNull();
        expect(cleared?.etag).toBe('"abc"');
        expect(await store.updateFeed(999, { lastStatus: 200 })).toBeUndefined();
      });

      it('lists due feeds by next poll, within the limit', async () => {
        const at = (hour: number) => `2026-01-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
        const late = await store.addFeed({ url: 'https://a.org/3', nextPollAt: at(3) });
        const early = await store.addFeed({ url: 'https://a.org/1', nextPollAt: at(1) });
        const middle = await store.addFeed({ url: 'https://a.org/2', nextPollAt: at(2) });
        await store.addFeed({ url: 'https://a.org/9', nextPollAt: at(9) });
        const due = await store.dueFeeds(at(3), 10);
        expect(due.map((f) => f.id)).toEqual([early.feed.id, middle.feed.id, late.feed.id]);
        expect((await store.dueFeeds(new Date(at(3)), 2)).map((f) => f.id)).toEqual([
          early.feed.id,
          middle.feed.id,
        ]);
        expect(await store.dueFeeds(at(0), 10)).toEqual([]);
      });

      it('orders due feeds by time whatever spelling the times were given in', async () => {
        const a = await store.addFeed({ url: 'https://a.org/a', nextPollAt: '2026-01-01T00:00:00.500Z' });
        const b = await store.addFeed({ url: 'https://a.org/b', nextPollAt: '2026-01-01T01:00:00+01:00' });
        expect(b.feed.nextPollAt).toBe('2026-01-01T00:00:00.000Z');
        const due = await store.dueFeeds('2026-01-01T00:00:01Z', 10);
        expect(due.map((f) => f.id)).toEqual([b.feed.id, a.feed.id]);
        await store.updateFeed(a.feed.id, {
          nextPollAt: '2025-12-31T23:00:00Z',
          lastPolledAt: '2025-12-31T22:00:00Z',
        });
        expect((await store.dueFeeds('2026-01-01T00:00:01Z', 1))[0]?.id).toBe(a.feed.id);
        expect((await store.getFeed(a.feed.id))?.lastPolledAt).toBe('2025-12-31T22:00:00.000Z');
        await expect(store.updateFeed(a.feed.id, { nextPollAt: 'soon' })).rejects.toBeInstanceOf(StoreError);
      });

      it('removes a feed by id or URL and keeps its articles', async () => {
        const { feed } = await store.addFeed({ url: 'https://a.org/feed' });
        const other = await store.addFeed({ url: 'https://b.org/feed' });
        const [put] = await store.putArticles([article('x', { feedId: feed.id, guid: 'x' })]);
        expect(await store.removeFeed('HTTPS://A.ORG/feed')).toBe(true);
        expect(await store.removeFeed('https://a.org/feed')).toBe(false);
        expect(await store.removeFeed(other.feed.id)).toBe(true);
        expect(await store.listFeeds()).toEqual([]);
        const kept = await store.getArticle(put?.id ?? -1);
        expect(kept?.feedId).toBeNull();
        expect(kept?.key).toBe('x');
      });

      it('follows a permanent redirect, merging into a feed that already has the URL', async () => {
        const { feed } = await store.addFeed({ url: 'http://a.org/old' });
        const moved = await store.changeFeedUrl(feed.id, 'https://a.org/new');
        expect(moved?.id).toBe(feed.id);
        expect(moved?.url).toBe('https://a.org/new');
        expect(await store.getFeed('http://a.org/old')).toBeUndefined();

        const target = await store.addFeed({ url: 'https://b.org/feed' });
        const [put] = await store.putArticles([article('y', { feedId: feed.id, guid: 'y' })]);
        const merged = await store.changeFeedUrl(feed.id, 'https://B.org/feed');
        expect(merged?.id).toBe(target.feed.id);
        expect(await store.getFeed(feed.id)).toBeUndefined();
        expect((await store.getArticle(put?.id ?? -1))?.feedId).toBe(target.feed.id);
        expect(await store.changeFeedUrl(999, 'https://c.org')).toBeUndefined();
      });
    });

    describe('documents', () => {
      it('returns the raw bytes it was given, large or small, bytes or text', async () => {
        const html = `<html><body>${'<p>Paragraph of news text, repeated.</p>'.repeat(2000)}</body></html>`;
        const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
        const source = await store.ensureSource({ name: 'A', host: 'a.org' });
        const { feed } = await store.addFeed({ url: 'https://a.org/feed', sourceId: source.id });
        const ids = await store.putDocuments([
          {
            kind: 'page',
            url: 'https://a.org/x',
            status: 200,
            contentType: 'text/html; charset=utf-8',
            content: html,
            sourceId: source.id,
            fetchedAt: '2026-01-01T00:00:00.000Z',
          },
          { kind: 'feed', url: 'https://a.org/feed', content: bytes, feedId: feed.id, sourceId: source.id },
          { kind: 'file', url: '/tmp/x.txt', content: 'tiny' },
        ]);
        expect(ids).toHaveLength(3);
        const page = await store.getDocument(ids[0] ?? -1);
        expect(page).toMatchObject({
          kind: 'page',
          url: 'https://a.org/x',
          status: 200,
          contentType: 'text/html; charset=utf-8',
          sourceId: source.id,
          feedId: null,
          fetchedAt: '2026-01-01T00:00:00.000Z',
        });
        expect(Buffer.from(page?.content ?? []).toString('utf8')).toBe(html);
        expect([...((await store.getDocument(ids[1] ?? -1))?.content ?? [])]).toEqual([...bytes]);
        const file = await store.getDocument(ids[2] ?? -1);
        expect(Buffer.from(file?.content ?? []).toString('utf8')).toBe('tiny');
        expect(file?.status).toBeNull();
        expect(await store.getDocument(9999)).toBeUndefined();
      });

      it('iterates one source in id order, page by page', async () => {
        const a = await store.ensureSource({ name: 'A', host: 'a.org' });
        const b = await store.ensureSource({ name: 'B', host: 'b.org' });
        const ids: number[] = [];
        for (let i = 0; i < 7; i++) {
          const sourceId = i % 2 === 0 ? a.id : b.id;
          ids.push(
            await store.putDocument({
              kind: 'page',
              url: `https://x.org/${i}`,
              content: `doc ${i}`,
              sourceId,
            }),
          );
        }
        const seen: number[] = [];
        for await (const document of store.iterateDocuments({ sourceId: a.id }, 2)) seen.push(document.id);
        expect(seen).toEqual(ids.filter((_, i) => i % 2 === 0));
        const all: number[] = [];
        for await (const document of store.iterateDocuments()) all.push(document.id);
        expect(all).toEqual(ids);
        const page = await store.listDocuments({ kind: 'page' }, { afterId: ids[4], limit: 10 });
        expect(page.map((d) => d.id)).toEqual(ids.slice(5));
      });
    });

    describe('articles', () => {
      it('stores every field and assigns increasing integer ids', async () => {
        const source = await store.ensureSource({ name: 'A', host: 'a.org' });
        const { feed } = await store.addFeed({ url: 'https://a.org/feed', sourceId: source.id });
        const feedDocumentId = await store.putDocument({ kind: 'feed', url: feed.url, content: '<rss/>' });
        const input: ArticleInput = {
          key: 'guid-1',
          sourceId: source.id,
          feedId: feed.id,
          url: 'https://a.org/story',
          guid: 'guid-1',
          title: 'Blinken visits Astana',
          byline: 'Simon Lewis',
          credit: 'Reuters',
          published: '2023-02-28T10:00:00Z',
          dateline: 'Astana',
          lang: 'en',
          body: ['ASTANA (Reuters) - The top US diplomat met ...', 'Second paragraph.'],
          boilerplate: [{ text: 'Sign up to read this article', reason: 'subscription' }],
          fetchedAt: '2026-01-01T00:00:00.000Z',
          feedDocumentId,
          engine: new Uint8Array([1, 2, 3]),
          storyId: 's1',
        };
        const results = await store.putArticles([input, article('second')]);
        expect(results.map((r) => r.status)).toEqual(['new', 'new']);
        const [first, second] = results;
        expect(Number.isInteger(first?.id)).toBe(true);
        expect(second?.id ?? 0).toBeGreaterThan(first?.id ?? 0);
        const stored = await store.getArticle(first?.id ?? -1);
        expect(stored).toMatchObject({
          key: 'guid-1',
          sourceId: source.id,
          feedId: feed.id,
          url: 'https://a.org/story',
          guid: 'guid-1',
          title: 'Blinken visits Astana',
          byline: 'Simon Lewis',
          credit: 'Reuters',
          published: '2023-02-28T10:00:00Z',
          dateline: 'Astana',
          lang: 'en',
          body: input.body,
          boilerplate: input.boilerplate,
          fetchedAt: '2026-01-01T00:00:00.000Z',
          feedDocumentId,
          pageDocumentId: null,
          storyId: 's1',
        });
        expect([...(stored?.engine ?? [])]).toEqual([1, 2, 3]);
        expect(stored?.contentHash).toMatch(/^[\w-]{22}$/);
        expect(typeof stored?.updatedAt).toBe('string');
        expect(await store.getArticle(9999)).toBeUndefined();
      });

      it('is idempotent: the same input twice is stored once', async () => {
        const [a] = await store.putArticles([article('k', { url: 'https://a.org/k' })]);
        const [b] = await store.putArticles([article('k', { url: 'https://a.org/k' })]);
        expect(b).toEqual({ id: a?.id, status: 'unchanged' });
        expect(await store.countArticles()).toBe(1);
      });

      it('updates in place when the title or body changes, keeping the id', async () => {
        const { feed } = await store.addFeed({ url: 'https://a.org/feed' });
        const [a] = await store.putArticles([article('g', { feedId: feed.id, guid: 'g' })]);
        const [b] = await store.putArticles([
          article('g', { feedId: feed.id, guid: 'g', body: ['A corrected first paragraph.'] }),
        ]);
        expect(b).toEqual({ id: a?.id, status: 'updated' });
        const [c] = await store.putArticles([
          article('g', {
            feedId: feed.id,
            guid: 'g',
            body: ['A corrected first paragraph.'],
            title: 'New title',
          }),
        ]);
        expect(c).toEqual({ id: a?.id, status: 'updated' });
        const stored = await store.getArticle(a?.id ?? -1);
        expect(stored?.body).toEqual(['A corrected first paragraph.']);
        expect(stored?.title).toBe('New title');
        expect(await store.countArticles()).toBe(1);
      });

      it('refreshes metadata without reporting a change of text', async () => {
        const [a] = await store.putArticles([article('m', { guid: 'm', url: 'https://a.org/m' })]);
        const [b] = await store.putArticles([
          article('m', {
            guid: 'm',
            url: 'https://a.org/m',
            byline: 'Jane Doe',
            engine: new Uint8Array([9]),
          }),
        ]);
        expect(b).toEqual({ id: a?.id, status: 'unchanged' });
        const stored = await store.getArticle(a?.id ?? -1);
        expect(stored?.byline).toBe('Jane Doe');
        expect([...(stored?.engine ?? [])]).toEqual([9]);
        // Omitting engine and storyId keeps what is stored.
        await store.setArticleStory([a?.id ?? -1], 's9');
        await store.putArticles([article('m', { guid: 'm', url: 'https://a.org/m', byline: 'Jane Doe' })]);
        const again = await store.getArticle(a?.id ?? -1);
        expect([...(again?.engine ?? [])]).toEqual([9]);
        expect(again?.storyId).toBe('s9');
      });

      it('matches by guid within a feed or source, not across sources', async () => {
        const s1 = await store.ensureSource({ name: 'One', host: 'one.org' });
        const s2 = await store.ensureSource({ name: 'Two', host: 'two.org' });
        const f1 = (await store.addFeed({ url: 'https://one.org/world', sourceId: s1.id })).feed;
        const f1b = (await store.addFeed({ url: 'https://one.org/business', sourceId: s1.id })).feed;
        const f2 = (await store.addFeed({ url: 'https://two.org/feed', sourceId: s2.id })).feed;
        const results = await store.putArticles([
          article('1', { guid: '1', feedId: f1.id, sourceId: s1.id, body: ['Alpha.'] }),
          article('1', { guid: '1', feedId: f1b.id, sourceId: s1.id, body: ['Alpha.'] }),
          article('1', { guid: '1', feedId: f2.id, sourceId: s2.id, body: ['Beta.'] }),
        ]);
        expect(results.map((r) => r.status)).toEqual(['new', 'unchanged', 'new']);
        expect(results[1]?.id).toBe(results[0]?.id);
        expect(results[2]?.id).not.toBe(results[0]?.id);
      });

      it('matches by normalised URL when there is no guid', async () => {
        const [a] = await store.putArticles([article('u1', { url: 'https://A.org/story#comments' })]);
        const [b] = await store.putArticles([
          article('u2', { url: 'https://a.org/story', body: ['Text with a late correction.'] }),
        ]);
        expect(b).toEqual({ id: a?.id, status: 'updated' });
      });

      it('matches by content hash within a source; the same text from another source stays separate', async () => {
        const s1 = await store.ensureSource({ name: 'One', host: 'one.org' });
        const s2 = await store.ensureSource({ name: 'Two', host: 'two.org' });
        const body = ['WASHINGTON (AP) - The same wire text.', 'Carried by two outlets.'];
        const results = await store.putArticles([
          article('p', { sourceId: s1.id, title: 'Wire', body }),
          article('q', { sourceId: s1.id, title: 'Wire', body: body.map((p) => `  ${p.toUpperCase()} `) }),
          article('r', { sourceId: s2.id, title: 'Wire', body }),
        ]);
        expect(results.map((r) => r.status)).toEqual(['new', 'unchanged', 'new']);
        expect(results[1]?.id).toBe(results[0]?.id);
      });

      it('keeps two items of one feed apart when their guids differ, even with one URL', async () => {
        const { feed } = await store.addFeed({ url: 'https://a.org/feed' });
        const results = await store.putArticles([
          article('1', { feedId: feed.id, guid: '1', url: 'https://a.org/', body: ['One.'] }),
          article('2', { feedId: feed.id, guid: '2', url: 'https://a.org/', body: ['Two.'] }),
        ]);
        expect(results.map((r) => r.status)).toEqual(['new', 'new']);
      });

      it('writes a batch all-or-nothing', async () => {
        await store.putArticles([article('before')]);
        await expect(
          store.putArticles([article('ok'), article('bad', { feedId: 424242 }), article('also ok')]),
        ).rejects.toBeInstanceOf(StoreError);
        expect(await store.countArticles()).toBe(1);
        expect(await store.getArticleByKey('ok')).toBeUndefined();
      });

      it('reads by ids (in the order asked), by key, and in id-ordered pages', async () => {
        const source = await store.ensureSource({ name: 'A', host: 'a.org' });
        const inputs = Array.from({ length: 9 }, (_, i) =>
          article(`k${i}`, i % 3 === 0 ? { sourceId: source.id } : {}),
        );
        const ids = (await store.putArticles(inputs)).map((r) => r.id);
        const wanted = [ids[5] ?? -1, 987654, ids[1] ?? -1];
        expect((await store.getArticles(wanted)).map((a) => a.key)).toEqual(['k5', 'k1']);
        expect((await store.getArticleByKey('k4'))?.id).toBe(ids[4]);
        expect(await store.getArticleByKey('nope')).toBeUndefined();
        const all: number[] = [];
        for await (const a of store.iterateArticles({}, 4)) all.push(a.id);
        expect(all).toEqual(ids);
        const ofSource: string[] = [];
        for await (const a of store.iterateArticles({ sourceId: source.id }, 1)) ofSource.push(a.key);
        expect(ofSource).toEqual(['k0', 'k3', 'k6']);
        expect(await store.countArticles()).toBe(9);
        expect(await store.countArticles({ sourceId: source.id })).toBe(3);
        const page = await store.listArticles({}, { afterId: ids[6], limit: 2 });
        expect(page.map((a) => a.key)).toEqual(['k7', 'k8']);
      });

      it('sets the story and the engine data of many articles at once', async () => {
        const ids = (await store.putArticles([article('a'), article('b'), article('c')])).map((r) => r.id);
        await store.setArticleStory([ids[0] ?? -1, ids[2] ?? -1], 'story-1');
        await store.setArticleEngine([
          { id: ids[1] ?? -1, engine: new Uint8Array([7, 7]) },
          { id: ids[2] ?? -1, engine: null },
        ]);
        const [a, b, c] = await store.getArticles(ids);
        expect([a?.storyId, b?.storyId, c?.storyId]).toEqual(['story-1', null, 'story-1']);
        expect([...(b?.engine ?? [])]).toEqual([7, 7]);
        expect(c?.engine).toBeNull();
        const engines: unknown[] = [];
        for await (const e of store.iterateArticleEngines({}, 2))
          engines.push({ ...e, engine: e.engine && [...e.engine] });
        expect(engines).toEqual([
          { id: ids[0], sourceId: null, storyId: 'story-1', engine: null },
          { id: ids[1], sourceId: null, storyId: null, engine: [7, 7] },
          { id: ids[2], sourceId: null, storyId: 'story-1', engine: null },
        ]);
        expect(await store.listArticleEngines({ sourceId: 12345 })).toEqual([]);
      });
    });

    describe('alignments', () => {
      it('stores pairs as a < b, swapping spans, and finds them from either side', async () => {
        const [x, y, z] = (await store.putArticles([article('x'), article('y'), article('z')])).map(
          (r) => r.id,
        );
        const a = x ?? -1;
        const b = y ?? -1;
        const c = z ?? -1;
        await store.putAlignments([
          { a: b, b: a, passages: [{ a: [10, 20], b: [0, 10], kind: 'verbatim', similarity: 1 }] },
          { a: b, b: c, passages: [{ a: [0, 5], b: [5, 10], kind: 'edited', similarity: 0.8 }] },
        ]);
        const ofA = await store.alignmentsOf([a]);
        expect(ofA).toEqual([
          { a, b, passages: [{ a: [0, 10], b: [10, 20], kind: 'verbatim', similarity: 1 }] },
        ]);
        expect((await store.alignmentsOf([b])).map((r) => [r.a, r.b])).toEqual([
          [a, b],
          [b, c],
        ]);
        expect((await store.alignmentsOf([a, c])).length).toBe(2);
        await store.putAlignments([{ a, b, passages: [] }]);
        expect((await store.alignmentsOf([a]))[0]?.passages).toEqual([]);
        expect(await store.alignmentsOf([])).toEqual([]);
      });
    });

    describe('stories and origins', () => {
      const story = (id: string, independentReports: number, lastPublished: string | null) => ({
        id,
        headline: `Headline ${id}`,
        articleIds: [1, 2],
        originIds: [`${id}-o1`],
        independentReports,
        firstPublished: lastPublished,
        lastPublished,
      });

      it('upserts, reads, and ranks by independent reports and recency', async () => {
        await store.putStories([
          story('old-big', 8, '2026-01-01T00:00:00Z'),
          story('new-small', 1, '2026-01-03T00:00:00Z'),
          story('old-small', 1, '2026-01-01T00:00:00Z'),
          story('old-two', 2, '2026-01-01T00:00:00Z'),
        ]);
        const ranked = (await store.listStories()).map((s) => s.id);
        expect(ranked.indexOf('old-two')).toBeLessThan(ranked.indexOf('old-small'));
        expect(ranked.indexOf('old-big')).toBeLessThan(ranked.indexOf('old-two'));
        expect(ranked.indexOf('new-small')).toBeLessThan(ranked.indexOf('old-small'));
        expect((await store.listStories({ limit: 2, offset: 1 })).map((s) => s.id)).toEqual(
          ranked.slice(1, 3),
        );
        expect(await store.countStories()).toBe(4);

        await store.putStories([{ ...story('old-small', 30, '2026-01-04T00:00:00Z'), headline: 'Now big' }]);
        const updated = await store.getStory('old-small');
        expect(updated).toMatchObject({ headline: 'Now big', independentReports: 30, articleIds: [1, 2] });
        expect((await store.listStories({ limit: 1 }))[0]?.id).toBe('old-small');
        expect(await store.countStories()).toBe(4);
        expect(await store.getStory('missing')).toBeUndefined();
      });

      it('replaces the origins of a story at once', async () => {
        await store.putStories([story('s', 2, null)]);
        await store.replaceOrigins('s', [
          { id: 'o1', label: 'Reuters', articles: [{ articleId: 1, share: 0.9 }] },
          { id: 'o2', label: null, articles: [] },
        ]);
        await store.replaceOrigins('s', [
          { id: 'o2', label: 'AP', articles: [{ articleId: 2, share: 1 }] },
          { id: 'o3', label: null, articles: [{ articleId: 3, share: 0.25 }] },
        ]);
        const origins = await store.originsOf('s');
        expect(origins).toEqual([
          { id: 'o2', storyId: 's', label: 'AP', articles: [{ articleId: 2, share: 1 }] },
          { id: 'o3', storyId: 's', label: null, articles: [{ articleId: 3, share: 0.25 }] },
        ]);
        await expect(
          store.replaceOrigins('no-such-story', [{ id: 'x', label: null, articles: [] }]),
        ).rejects.toThrow(StoreError);
      });

      it("deletes stories with their origins and clears their articles' story", async () => {
        const ids = (await store.putArticles([article('a'), article('b')])).map((r) => r.id);
        await store.putStories([story('s', 1, null), story('t', 1, null)]);
        await store.setArticleStory(ids, 's');
        await store.replaceOrigins('s', [{ id: 'o', label: null, articles: [] }]);
        await store.deleteStories(['s']);
        expect(await store.getStory('s')).toBeUndefined();
        expect(await store.getStory('t')).toBeDefined();
        expect(await store.originsOf('s')).toEqual([]);
        expect((await store.getArticles(ids)).map((a) => a.storyId)).toEqual([null, null]);
      });
    });

    describe('engine state', () => {
      it('returns null when missing and the last bytes written', async () => {
        expect(await store.getState('fold')).toBeNull();
        await store.putState('fold', new Uint8Array([1, 2]));
        await store.putState('fold', new Uint8Array([3, 4, 5]));
        expect([...((await store.getState('fold')) ?? [])]).toEqual([3, 4, 5]);
        const big = new Uint8Array(3_000_000).map((_, i) => i % 251);
        await store.putState('big', big);
        expect(Buffer.from((await store.getState('big')) ?? []).equals(big)).toBe(true);
      });
    });

    describe('transactions', () => {
      it('commits when fn resolves and rolls back when it throws', async () => {
        const value = await store.transaction(async (tx) => {
          await tx.putArticles([article('a')]);
          await tx.putState('k', new Uint8Array([1]));
          return 42;
        });
        expect(value).toBe(42);
        await expect(
          store.transaction(async (tx) => {
            await tx.putArticles([article('b')]);
            await store.putState('k', new Uint8Array([2]));
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.getArticleByKey('b')).toBeUndefined();
        expect([...((await store.getState('k')) ?? [])]).toEqual([1]);
        expect(await store.countArticles()).toBe(1);
      });

      it('serialises concurrent transactions', async () => {
        await store.putState('n', new Uint8Array([0]));
        const increment = () =>
          store.transaction(async (tx) => {
            const n = (await tx.getState('n'))?.[0] ?? 0;
            await delay(5);
            await tx.putState('n', new Uint8Array([n + 1]));
          });
        await Promise.all([increment(), increment(), increment()]);
        expect((await store.getState('n'))?.[0]).toBe(3);
      });

      it('makes outside callers wait, so they never see uncommitted writes', async () => {
        let inside!: () => void;
        const started = new Promise<void>((resolve) => {
          inside = resolve;
        });
        const failing = store.transaction(async (tx) => {
          await tx.putState('k', new Uint8Array([1]));
          inside();
          await delay(20);
          throw new Error('rolled back');
        });
        await started;
        const outside = await store.getState('k');
        expect(outside).toBeNull();
        await expect(failing).rejects.toThrow('rolled back');
      });

      it('iterates inside a transaction, seeing its own writes', async () => {
        await store.putArticles([article('a')]);
        const keys = await store.transaction(async (tx) => {
          await tx.putArticles([article('b'), article('c')]);
          const seen: string[] = [];
          for await (const a of tx.iterateArticles({}, 1)) seen.push(a.key);
          for await (const e of store.iterateArticleEngines({}, 1)) seen.push(String(e.id > 0));
          return seen;
        });
        expect(keys).toEqual(['a', 'b', 'c', 'true', 'true', 'true']);
      });

      it('turns a nested transaction into a savepoint', async () => {
        await store.transaction(async (tx) => {
          await tx.putArticles([article('outer')]);
          await expect(
            tx.transaction(async (inner) => {
              await inner.putArticles([article('inner')]);
              throw new Error('inner fails');
            }),
          ).rejects.toThrow('inner fails');
        });
        expect(await store.getArticleByKey('outer')).toBeDefined();
        expect(await store.getArticleByKey('inner')).toBeUndefined();
      });
    });
  });
}
