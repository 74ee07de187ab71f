/**
 * Store contract: story filters (`listStories` / `countStories`), stories' sources, and articles'
 * heads. Registered by describeStore (../store-suite.ts).
 */
import { describe, expect, it } from 'vitest';
import type { StoryFilter } from '../records.js';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';
import { article } from './fixtures.js';

interface World {
  sources: { s1: number; s2: number; s3: number };
}

/**
 * Four stories:
 * - a: 2023-02-01..02-03, two articles from s1 (feed in "News") and one from s2 (no feed), "Astana summit"
 * - b: 2023-02-10 12:00, one article from s2 (feed in "News/World"), "Müller election"
 * - c: 2023-03-01..03-05, one article from s3 (feed in "Newsletters"), "Astana digest"
 * - d: no published time, updated 2023-02-20, one article from s1 (no feed), "Weather report"
 */
async function world(store: Store): Promise<World> {
  const s1 = (await store.ensureSource({ name: 'One', host: 'one.org' })).id;
  const s2 = (await store.ensureSource({ name: 'Two', host: 'two.org' })).id;
  const s3 = (await store.ensureSource({ name: 'Three', host: 'three.org' })).id;
  const news = (await store.addFeed({ url: 'https://one.org/feed', sourceId: s1, folder: 'News' })).feed.id;
  const world = (await store.addFeed({ url: 'https://two.org/feed', sourceId: s2, folder: 'News/World' }))
    .feed.id;
  const letters = (
    await store.addFeed({ url: 'https://three.org/feed', sourceId: s3, folder: 'Newsletters' })
  ).feed.id;
  const put = await store.putArticles([
    article('a1', { sourceId: s1, feedId: news, title: 'Astana summit', body: ['Leaders met in Astana.'] }),
    article('a2', { sourceId: s1, feedId: news, title: 'Summit ends', body: ['The Astana talks ended.'] }),
    article('a3', { sourceId: s2, title: 'Summit', body: ['Ministers met.'] }),
    article('b1', { sourceId: s2, feedId: world, title: 'Müller election', body: ['Müller won.'] }),
    article('c1', { sourceId: s3, feedId: letters, title: 'Astana digest', body: ['Weekly notes.'] }),
    article('d1', { sourceId: s1, title: 'Weather report', body: ['Rain.'] }),
  ]);
  const [a1, a2, a3, b1, c1, d1] = put.map((result) => result.id);
  const story = (
    id: string,
    articleIds: (number | undefined)[],
    first: string | null,
    last: string | null,
  ) => ({
    id,
    headline: id,
    articleIds: articleIds.filter((x): x is number => x !== undefined),
    originIds: [],
    independentReports: 1,
    firstPublished: first,
    lastPublished: last,
  });
  await store.putStories([
    story('a', [a1, a2, a3], '2023-02-01T08:00:00Z', '2023-02-03T08:00:00Z'),
    story('b', [b1], '2023-02-10T12:00:00+00:00', '2023-02-10T12:00:00+00:00'),
    story('c', [c1], '2023-03-01', '2023-03-05'),
    { ...story('d', [d1], null, null), updatedAt: '2023-02-20T00:00:00.000Z' },
  ]);
  for (const [ids, storyId] of [
    [[a1, a2, a3], 'a'],
    [[b1], 'b'],
    [[c1], 'c'],
    [[d1], 'd'],
  ] as const) {
    await store.setArticleStory(
      ids.filter((x): x is number => x !== undefined),
      storyId,
    );
  }
  return { sources: { s1, s2, s3 } };
}

/** The ids listStories returns for `filter` (sorted), checked against countStories and the rank order. */
async function storyIds(store: Store, filter: StoryFilter): Promise<string[]> {
  const ranked = (await store.listStories()).map((s) => s.id);
  const listed = (await store.listStories({}, filter)).map((s) => s.id);
  expect(listed, JSON.stringify(filter)).toEqual(ranked.filter((id) => listed.includes(id)));
  expect(await store.countStories(filter), JSON.stringify(filter)).toBe(listed.length);
  return [...listed].sort();
}

export function storyFilterCases(store: () => Store): void {
  describe('story filters', () => {
    it('filters by time span: since, until (a date-only until holds the whole day), both', async () => {
      await world(store());
      expect(await storyIds(store(), {})).toEqual(['a', 'b', 'c', 'd']);
      expect(await storyIds(store(), { since: '2023-02-10' })).toEqual(['b', 'c', 'd']);
      expect(await storyIds(store(), { since: '2023-02-10T12:00:00.001Z' })).toEqual(['c', 'd']);
      expect(await storyIds(store(), { until: '2023-02-10' })).toEqual(['a', 'b']);
      expect(await storyIds(store(), { until: '2023-02-10T11:59:59Z' })).toEqual(['a']);
      expect(await storyIds(store(), { since: '2023-02-04', until: '2023-02-25' })).toEqual(['b', 'd']);
      // A span that covers the window overlaps it.
      expect(await storyIds(store(), { since: '2023-02-02', until: '2023-02-02' })).toEqual(['a']);
      expect(await storyIds(store(), { since: '2023-03-03', until: '2023-03-04' })).toEqual(['c']);
      // Offsets are compared as times, not as text.
      expect(await storyIds(store(), { until: '2023-02-10T13:00:00+02:00' })).toEqual(['a']);
      expect(await storyIds(store(), { since: '2024-01-01' })).toEqual([]);
      await expect(store().listStories({}, { since: 'not a time' })).rejects.toThrow(StoreError);
    });

    it('filters by source', async () => {
      const { sources } = await world(store());
      expect(await storyIds(store(), { sourceId: sources.s1 })).toEqual(['a', 'd']);
      expect(await storyIds(store(), { sourceId: sources.s2 })).toEqual(['a', 'b']);
      expect(await storyIds(store(), { sourceId: sources.s3 })).toEqual(['c']);
      expect(await storyIds(store(), { sourceId: 999_999 })).toEqual([]);
    });

    it('filters by folder: the folder and its sub-folders, nothing that only starts alike', async () => {
      await world(store());
      expect(await storyIds(store(), { folder: 'News' })).toEqual(['a', 'b']);
      expect(await storyIds(store(), { folder: 'News/' })).toEqual(['a', 'b']);
      expect(await storyIds(store(), { folder: 'News/World' })).toEqual(['b']);
      expect(await storyIds(store(), { folder: 'Newsletters' })).toEqual(['c']);
      expect(await storyIds(store(), { folder: 'New' })).toEqual([]);
      expect(await storyIds(store(), { folder: 'News/Wor' })).toEqual([]);
      expect(await storyIds(store(), { folder: 'News/World/Asia' })).toEqual([]);
      expect(await storyIds(store(), { folder: 'Other' })).toEqual([]);
      expect(await storyIds(store(), { folder: '%' })).toEqual([]);
    });

    it('filters by text, folding case and accents; blank text is no condition', async () => {
      await world(store());
      expect(await storyIds(store(), { text: 'astana' })).toEqual(['a', 'c']);
      expect(await storyIds(store(), { text: 'MULLER' })).toEqual(['b']);
      expect(await storyIds(store(), { text: '"astana talks"' })).toEqual(['a']);
      expect(await storyIds(store(), { text: 'summ*' })).toEqual(['a']);
      expect(await storyIds(store(), { text: 'NEAR( AND' })).toEqual([]);
      expect(await storyIds(store(), { text: '*' })).toEqual([]);
      expect(await storyIds(store(), { text: '  ' })).toEqual(['a', 'b', 'c', 'd']);
    });

    it('ANDs every condition and pages the filtered list', async () => {
      const { sources } = await world(store());
      expect(await storyIds(store(), { text: 'astana', folder: 'News' })).toEqual(['a']);
      expect(await storyIds(store(), { text: 'astana', until: '2023-02-05' })).toEqual(['a']);
      expect(await storyIds(store(), { text: 'astana', sourceId: sources.s3, since: '2023-03-01' })).toEqual([
        'c',
      ]);
      expect(await storyIds(store(), { text: 'astana', sourceId: sources.s2 })).toEqual(['a']);
      expect(await storyIds(store(), { folder: 'News/World', sourceId: sources.s1 })).toEqual([]);
      expect(await storyIds(store(), { sourceId: sources.s1, since: '2023-02-15' })).toEqual(['d']);
      expect(
        await storyIds(store(), {
          since: '2023-01-01',
          until: '2023-12-31',
          sourceId: sources.s2,
          folder: 'News',
          text: 'müller',
        }),
      ).toEqual(['b']);
      const filter = { since: '2023-02-02' };
      const all = (await store().listStories({}, filter)).map((s) => s.id);
      const page = (await store().listStories({ limit: 2, offset: 1 }, filter)).map((s) => s.id);
      expect(page).toEqual(all.slice(1, 3));
    });

    it("keeps filters in step with articles' story and folder changes", async () => {
      const { sources } = await world(store());
      const d1 = (await store().getArticleByKey('d1'))?.id ?? -1;
      await store().setArticleStory([d1], 'b');
      expect(await storyIds(store(), { sourceId: sources.s1 })).toEqual(['a', 'b']);
      const feed = await store().getFeed('https://three.org/feed');
      await store().updateFeed(feed?.id ?? -1, { folder: 'News/Letters' });
      expect(await storyIds(store(), { folder: 'News' })).toEqual(['a', 'b', 'c']);
    });
  });

  describe("stories' sources", () => {
    it('counts articles per source, most first then by source id, for the given stories only', async () => {
      const { sources } = await world(store());
      const counts = await store().storySources(['a', 'b', 'd', 'missing']);
      expect([...counts.keys()].sort()).toEqual(['a', 'b', 'd']);
      expect(counts.get('a')).toEqual([
        { sourceId: sources.s1, articles: 2 },
        { sourceId: sources.s2, articles: 1 },
      ]);
      expect(counts.get('b')).toEqual([{ sourceId: sources.s2, articles: 1 }]);
      expect(await store().storySources([])).toEqual(new Map());
    });

    it('breaks ties by source id, skips articles without a source, and takes long id lists', async () => {
      const s1 = (await store().ensureSource({ name: 'X', host: 'x.org' })).id;
      const s2 = (await store().ensureSource({ name: 'Y', host: 'y.org' })).id;
      const ids = (
        await store().putArticles([
          article('t1', { sourceId: s2 }),
          article('t2', { sourceId: s1 }),
          article('t3'),
          article('u1'),
        ])
      ).map((r) => r.id);
      await store().setArticleStory(ids.slice(0, 3), 't');
      await store().setArticleStory(ids.slice(3), 'u');
      const many = Array.from({ length: 700 }, (_, i) => `story-${i}`);
      many.splice(350, 0, 't', 'u');
      many.push('t');
      const counts = await store().storySources(many);
      expect([...counts.entries()]).toEqual([
        [
          't',
          [
            { sourceId: Math.min(s1, s2), articles: 1 },
            { sourceId: Math.max(s1, s2), articles: 1 },
          ],
        ],
      ]);
    });
  });

  describe("articles' heads", () => {
    it('returns metadata and the first paragraph, in the given order, skipping unknown ids', async () => {
      const source = await store().ensureSource({ name: 'H', host: 'h.org' });
      const [one, empty, two] = await store().putArticles([
        article('h1', {
          sourceId: source.id,
          url: 'https://h.org/1',
          byline: 'A. Writer',
          published: '2023-02-28',
          body: ['Lead paragraph, with "quotes" and ünïcode.', 'Second.'],
          boilerplate: [{ text: 'Sign up', reason: 'subscription' }],
          engine: new Uint8Array([9]),
          storyId: 's',
        }),
        article('h2', { body: [] }),
        article('h3', { title: null }),
      ]);
      const heads = await store().getArticleHeads([two?.id ?? -1, 123_456, one?.id ?? -1, empty?.id ?? -1]);
      expect(heads.map((h) => h.id)).toEqual([two?.id, one?.id, empty?.id]);
      const meta: Record<string, unknown> = { ...(await store().getArticle(one?.id ?? -1)) };
      for (const omitted of ['body', 'boilerplate', 'engine', 'contentHash']) delete meta[omitted];
      expect(meta.sourceId).toBe(source.id);
      expect(heads[1]).toEqual({ ...meta, lead: 'Lead paragraph, with "quotes" and ünïcode.' });
      expect(heads[1]).not.toHaveProperty('body');
      expect(heads[2]?.lead).toBeNull();
      expect(heads[0]).toMatchObject({ title: null, lead: 'First paragraph of h3.' });
      expect(await store().getArticleHeads([])).toEqual([]);

      await store().updateArticles([{ id: one?.id ?? -1, body: ['New lead.'] }]);
      expect((await store().getArticleHeads([one?.id ?? -1]))[0]?.lead).toBe('New lead.');
    });
  });
}
