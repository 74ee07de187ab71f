/** Store contract: articles. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../records.js';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';
import { article } from './fixtures.js';

export function articleCases(store: () => Store): void {
  describe('articles', () => {
    it('stores every field and assigns increasing integer ids', async () => {
      const source = await store().ensureSource({ name: 'A', host: 'a.org' });
      const { feed } = await store().addFeed({ url: 'https://a.org/feed', sourceId: source.id });
      const feedDocumentId = await store().putDocument({ kind: 'feed', url: feed.url, content: '<rss/>' });
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
      const results = await store().putArticles([input, article('second')]);
      expect(results.map((r) => r.status)).toEqual(['new', 'new']);
      const [first, second] = results;
      expect(Number.isInteger(first?.id)).toBe(true);
      expect(second?.id ?? 0).toBeGreaterThan(first?.id ?? 0);
      const stored = await store().getArticle(first?.id ?? -1);
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
      expect(await store().getArticle(9999)).toBeUndefined();
    });

    it('is idempotent: the same input twice is stored once', async () => {
      const [a] = await store().putArticles([article('k', { url: 'https://a.org/k' })]);
      const [b] = await store().putArticles([article('k', { url: 'https://a.org/k' })]);
      expect(b).toEqual({ id: a?.id, status: 'unchanged' });
      expect(await store().countArticles()).toBe(1);
    });

    it('updates in place when the title or body changes, keeping the id', async () => {
      const { feed } = await store().addFeed({ url: 'https://a.org/feed' });
      const [a] = await store().putArticles([article('g', { feedId: feed.id, guid: 'g' })]);
      const [b] = await store().putArticles([
        article('g', { feedId: feed.id, guid: 'g', body: ['A corrected first paragraph.'] }),
      ]);
      expect(b).toEqual({ id: a?.id, status: 'updated' });
      const [c] = await store().putArticles([
        article('g', {
          feedId: feed.id,
          guid: 'g',
          body: ['A corrected first paragraph.'],
          title: 'New title',
        }),
      ]);
      expect(c).toEqual({ id: a?.id, status: 'updated' });
      const stored = await store().getArticle(a?.id ?? -1);
      expect(stored?.body).toEqual(['A corrected first paragraph.']);
      expect(stored?.title).toBe('New title');
      expect(await store().countArticles()).toBe(1);
    });

    it('refreshes metadata without reporting a change of text', async () => {
      const [a] = await store().putArticles([article('m', { guid: 'm', url: 'https://a.org/m' })]);
      const [b] = await store().putArticles([
        article('m', {
          guid: 'm',
          url: 'https://a.org/m',
          byline: 'Jane Doe',
          engine: new Uint8Array([9]),
        }),
      ]);
      expect(b).toEqual({ id: a?.id, status: 'unchanged' });
      const stored = await store().getArticle(a?.id ?? -1);
      expect(stored?.byline).toBe('Jane Doe');
      expect([...(stored?.engine ?? [])]).toEqual([9]);
      // Omitting engine and storyId keeps what is stored.
      await store().setArticleStory([a?.id ?? -1], 's9');
      await store().putArticles([article('m', { guid: 'm', url: 'https://a.org/m', byline: 'Jane Doe' })]);
      const again = await store().getArticle(a?.id ?? -1);
      expect([...(again?.engine ?? [])]).toEqual([9]);
      expect(again?.storyId).toBe('s9');
    });

    it('matches by guid within a feed or source, not across sources', async () => {
      const s1 = await store().ensureSource({ name: 'One', host: 'one.org' });
      const s2 = await store().ensureSource({ name: 'Two', host: 'two.org' });
      const f1 = (await store().addFeed({ url: 'https://one.org/world', sourceId: s1.id })).feed;
      const f1b = (await store().addFeed({ url: 'https://one.org/business', sourceId: s1.id })).feed;
      const f2 = (await store().addFeed({ url: 'https://two.org/feed', sourceId: s2.id })).feed;
      const results = await store().putArticles([
        article('1', { guid: '1', feedId: f1.id, sourceId: s1.id, body: ['Alpha.'] }),
        article('1', { guid: '1', feedId: f1b.id, sourceId: s1.id, body: ['Alpha.'] }),
        article('1', { guid: '1', feedId: f2.id, sourceId: s2.id, body: ['Beta.'] }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['new', 'unchanged', 'new']);
      expect(results[1]?.id).toBe(results[0]?.id);
      expect(results[2]?.id).not.toBe(results[0]?.id);
    });

    it('matches by normalised URL when there is no guid', async () => {
      const [a] = await store().putArticles([article('u1', { url: 'https://A.org/story#comments' })]);
      const [b] = await store().putArticles([
        article('u2', { url: 'https://a.org/story', body: ['Text with a late correction.'] }),
      ]);
      expect(b).toEqual({ id: a?.id, status: 'updated' });
    });

    it('matches by content hash within a source; the same text from another source stays separate', async () => {
      const s1 = await store().ensureSource({ name: 'One', host: 'one.org' });
      const s2 = await store().ensureSource({ name: 'Two', host: 'two.org' });
      const body = ['WASHINGTON (AP) - The same wire text.', 'Carried by two outlets.'];
      const results = await store().putArticles([
        article('p', { sourceId: s1.id, title: 'Wire', body }),
        article('q', { sourceId: s1.id, title: 'Wire', body: body.map((p) => `  ${p.toUpperCase()} `) }),
        article('r', { sourceId: s2.id, title: 'Wire', body }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['new', 'unchanged', 'new']);
      expect(results[1]?.id).toBe(results[0]?.id);
    });

    it('keeps two items of one feed apart when their guids differ, even with one URL', async () => {
      const { feed } = await store().addFeed({ url: 'https://a.org/feed' });
      const results = await store().putArticles([
        article('1', { feedId: feed.id, guid: '1', url: 'https://a.org/', body: ['One.'] }),
        article('2', { feedId: feed.id, guid: '2', url: 'https://a.org/', body: ['Two.'] }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['new', 'new']);
    });

    it('rewrites an article in place (reprocessing), keeping its id, key and provenance', async () => {
      const [put] = await store().putArticles([article('r1', { url: 'https://example.com/r1', guid: 'g' })]);
      const engine = Uint8Array.of(1, 2, 3);
      await store().updateArticles([
        { id: put!.id, title: 'Cleaner title', body: ['Only the news.'], boilerplate: [], engine },
        { id: 999_999, body: ['no such article'] },
      ]);
      const stored = await store().getArticle(put!.id);
      expect(stored).toMatchObject({
        key: 'r1',
        guid: 'g',
        title: 'Cleaner title',
        body: ['Only the news.'],
      });
      expect([...(stored!.engine ?? [])]).toEqual([...engine]);
      expect(await store().countArticles()).toBe(1);
      const [again] = await store().putArticles([
        article('r1', { title: 'Cleaner title', body: ['Only the news.'], guid: 'g' }),
      ]);
      expect(again).toEqual({ id: put!.id, status: 'unchanged' });
    });

    it('writes a batch all-or-nothing', async () => {
      await store().putArticles([article('before')]);
      await expect(
        store().putArticles([article('ok'), article('bad', { feedId: 424242 }), article('also ok')]),
      ).rejects.toBeInstanceOf(StoreError);
      expect(await store().countArticles()).toBe(1);
      expect(await store().getArticleByKey('ok')).toBeUndefined();
    });

    it('reads by ids (in the order asked), by key, and in id-ordered pages', async () => {
      const source = await store().ensureSource({ name: 'A', host: 'a.org' });
      const inputs = Array.from({ length: 9 }, (_, i) =>
        article(`k${i}`, i % 3 === 0 ? { sourceId: source.id } : {}),
      );
      const ids = (await store().putArticles(inputs)).map((r) => r.id);
      const wanted = [ids[5] ?? -1, 987654, ids[1] ?? -1];
      expect((await store().getArticles(wanted)).map((a) => a.key)).toEqual(['k5', 'k1']);
      expect((await store().getArticleByKey('k4'))?.id).toBe(ids[4]);
      expect(await store().getArticleByKey('nope')).toBeUndefined();
      const all: number[] = [];
      for await (const a of store().iterateArticles({}, 4)) all.push(a.id);
      expect(all).toEqual(ids);
      const ofSource: string[] = [];
      for await (const a of store().iterateArticles({ sourceId: source.id }, 1)) ofSource.push(a.key);
      expect(ofSource).toEqual(['k0', 'k3', 'k6']);
      expect(await store().countArticles()).toBe(9);
      expect(await store().countArticles({ sourceId: source.id })).toBe(3);
      const page = await store().listArticles({}, { afterId: ids[6], limit: 2 });
      expect(page.map((a) => a.key)).toEqual(['k7', 'k8']);
    });

    it('sets the story and the engine data of many articles at once', async () => {
      const ids = (await store().putArticles([article('a'), article('b'), article('c')])).map((r) => r.id);
      await store().setArticleStory([ids[0] ?? -1, ids[2] ?? -1], 'story-1');
      await store().setArticleEngine([
        { id: ids[1] ?? -1, engine: new Uint8Array([7, 7]) },
        { id: ids[2] ?? -1, engine: null },
      ]);
      const [a, b, c] = await store().getArticles(ids);
      expect([a?.storyId, b?.storyId, c?.storyId]).toEqual(['story-1', null, 'story-1']);
      expect([...(b?.engine ?? [])]).toEqual([7, 7]);
      expect(c?.engine).toBeNull();
      const engines: unknown[] = [];
      for await (const e of store().iterateArticleEngines({}, 2))
        engines.push({ ...e, engine: e.engine && [...e.engine] });
      expect(engines).toEqual([
        { id: ids[0], sourceId: null, storyId: 'story-1', engine: null },
        { id: ids[1], sourceId: null, storyId: null, engine: [7, 7] },
        { id: ids[2], sourceId: null, storyId: 'story-1', engine: null },
      ]);
      expect(await store().listArticleEngines({ sourceId: 12345 })).toEqual([]);
    });
  });
}
