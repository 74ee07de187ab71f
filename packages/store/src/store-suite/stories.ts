/** Store contract: stories and origins. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';
import { article } from './fixtures.js';

export function storyCases(store: () => Store): void {
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
      await store().putStories([
        story('old-big', 8, '2026-01-01T00:00:00Z'),
        story('new-small', 1, '2026-01-03T00:00:00Z'),
        story('old-small', 1, '2026-01-01T00:00:00Z'),
        story('old-two', 2, '2026-01-01T00:00:00Z'),
      ]);
      const ranked = (await store().listStories()).map((s) => s.id);
      expect(ranked.indexOf('old-two')).toBeLessThan(ranked.indexOf('old-small'));
      expect(ranked.indexOf('old-big')).toBeLessThan(ranked.indexOf('old-two'));
      expect(ranked.indexOf('new-small')).toBeLessThan(ranked.indexOf('old-small'));
      expect((await store().listStories({ limit: 2, offset: 1 })).map((s) => s.id)).toEqual(
        ranked.slice(1, 3),
      );
      expect(await store().countStories()).toBe(4);

      await store().putStories([{ ...story('old-small', 30, '2026-01-04T00:00:00Z'), headline: 'Now big' }]);
      const updated = await store().getStory('old-small');
      expect(updated).toMatchObject({ headline: 'Now big', independentReports: 30, articleIds: [1, 2] });
      expect((await store().listStories({ limit: 1 }))[0]?.id).toBe('old-small');
      expect(await store().countStories()).toBe(4);
      expect(await store().getStory('missing')).toBeUndefined();
    });

    it('replaces the origins of a story at once', async () => {
      await store().putStories([story('s', 2, null)]);
      await store().replaceOrigins('s', [
        { id: 'o1', label: 'Reuters', articles: [{ articleId: 1, share: 0.9 }] },
        { id: 'o2', label: null, articles: [] },
      ]);
      await store().replaceOrigins('s', [
        { id: 'o2', label: 'AP', articles: [{ articleId: 2, share: 1 }] },
        { id: 'o3', label: null, articles: [{ articleId: 3, share: 0.25 }] },
      ]);
      const origins = await store().originsOf('s');
      expect(origins).toEqual([
        { id: 'o2', storyId: 's', label: 'AP', articles: [{ articleId: 2, share: 1 }] },
        { id: 'o3', storyId: 's', label: null, articles: [{ articleId: 3, share: 0.25 }] },
      ]);
      await expect(
        store().replaceOrigins('no-such-story', [{ id: 'x', label: null, articles: [] }]),
      ).rejects.toThrow(StoreError);
    });

    it("deletes stories with their origins and clears their articles' story", async () => {
      const ids = (await store().putArticles([article('a'), article('b')])).map((r) => r.id);
      await store().putStories([story('s', 1, null), story('t', 1, null)]);
      await store().setArticleStory(ids, 's');
      await store().replaceOrigins('s', [{ id: 'o', label: null, articles: [] }]);
      await store().deleteStories(['s']);
      expect(await store().getStory('s')).toBeUndefined();
      expect(await store().getStory('t')).toBeDefined();
      expect(await store().originsOf('s')).toEqual([]);
      expect((await store().getArticles(ids)).map((a) => a.storyId)).toEqual([null, null]);
    });

    it('clears every story, origin and alignment at once, keeping the articles', async () => {
      const ids = (await store().putArticles([article('c1'), article('c2')])).map((result) => result.id);
      await store().putStories([{ ...story('c', 1, null), articleIds: ids }]);
      await store().replaceOrigins('c', [
        { id: 'c-o1', label: null, articles: [{ articleId: ids[0]!, share: 1 }] },
      ]);
      await store().setArticleStory(ids, 'c');
      await store().putAlignments([{ a: ids[0]!, b: ids[1]!, passages: [] }]);
      await store().clearStories();
      expect(await store().countStories()).toBe(0);
      expect(await store().originsOf('c')).toEqual([]);
      expect(await store().alignmentsOf(ids)).toEqual([]);
      expect((await store().getArticles(ids)).map((a) => a.storyId)).toEqual([null, null]);
    });
  });
}
