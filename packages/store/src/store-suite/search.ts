/** Store contract: full-text search over articles. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { article } from './fixtures.js';

/** The ids of every hit for `query` (one large page). */
async function found(store: Store, query: string): Promise<number[]> {
  return (await store.searchArticles(query, { limit: 100 })).hits.map((hit) => hit.articleId);
}

export function searchCases(store: () => Store): void {
  describe('full-text search', () => {
    it('folds case and accents in both directions', async () => {
      const [muller, plain] = await store().putArticles([
        article('m', { title: 'Müller wins', body: ['Jürgen MÜLLER won the vote in Zürich.'] }),
        article('p', { title: 'Other news', body: ['Zurich voted on Sunday.'] }),
      ]);
      expect(await found(store(), 'muller')).toEqual([muller?.id]);
      expect(await found(store(), 'MÜLLER')).toEqual([muller?.id]);
      expect((await found(store(), 'zurich')).sort()).toEqual([muller?.id, plain?.id].sort());
      expect(await found(store(), 'zürich sunday')).toEqual([plain?.id]);
    });

    it('matches quoted phrases as phrases and every bare word anywhere', async () => {
      const [adjacent, apart] = await store().putArticles([
        article('a', { body: ['The foreign minister met his counterpart.'] }),
        article('b', { body: ['The minister of foreign affairs met the press.'] }),
      ]);
      expect(await found(store(), '"foreign minister"')).toEqual([adjacent?.id]);
      expect((await found(store(), 'foreign minister')).sort()).toEqual([adjacent?.id, apart?.id].sort());
      expect(await found(store(), '"minister of foreign" press')).toEqual([apart?.id]);
      expect(await found(store(), '"foreign minister" press')).toEqual([]);
    });

    it('treats a trailing * as a prefix and nothing else as one', async () => {
      const [kz] = await store().putArticles([article('k', { body: ['Blinken arrived in Kazakhstan.'] })]);
      expect(await found(store(), 'Kazakh*')).toEqual([kz?.id]);
      expect(await found(store(), 'kazakh')).toEqual([]);
      expect(await found(store(), '"arrived in Kaz" *')).toEqual([]);
      expect(await found(store(), 'arriv* kaz*')).toEqual([kz?.id]);
    });

    it('never fails on hostile or empty queries', async () => {
      const [a] = await store().putArticles([
        article('h', { title: 'Astana talks', body: ['Talks NOT held NEAR Astana, AND more.'] }),
      ]);
      const hostile = [
        '"',
        '""',
        '"unclosed phrase',
        'AND OR NOT',
        '*',
        '**',
        'col:x',
        'title:astana',
        'NEAR(',
        'NEAR(astana talks, 2)',
        '(',
        ')',
        '^astana',
        '+',
        '-astana',
        "'",
        '\\',
        '{title body}: astana',
        'astana AND',
        'OR',
        '\u0000',
        '«»',
      ];
      for (const query of hostile) {
        const result = await store().searchArticles(query);
        expect(Array.isArray(result.hits), query).toBe(true);
        expect(result.total, query).toBe(result.hits.length);
      }
      // Operators are plain words: the article holds "NOT", "NEAR" and "AND" as words.
      expect(await found(store(), 'AND NOT NEAR(')).toEqual([a?.id]);
      expect(await found(store(), '^astana')).toEqual([a?.id]);
      for (const empty of ['', '   ', '"', '*', '" "']) {
        expect(await store().searchArticles(empty)).toEqual({ hits: [], total: 0 });
      }
    });

    it('ranks a title match first, counts every match, and pages', async () => {
      const [inBody, inTitle, other] = await store().putArticles([
        article('body', {
          title: 'Regional meeting',
          body: ['Ministers met on Tuesday.', 'Later they flew to Astana for a dinner with officials.'],
        }),
        article('title', { title: 'Astana summit', body: ['Ministers met on Tuesday for talks.'] }),
        article('other', { title: 'Weather', body: ['Rain in Astana today and snow tomorrow.'] }),
      ]);
      const all = await store().searchArticles('astana');
      expect(all.total).toBe(3);
      expect(all.hits[0]?.articleId).toBe(inTitle?.id);
      expect(new Set(all.hits.map((hit) => hit.articleId))).toEqual(
        new Set([inBody?.id, inTitle?.id, other?.id]),
      );
      const second = await store().searchArticles('astana', { limit: 1, offset: 1 });
      expect(second.total).toBe(3);
      expect(second.hits.map((hit) => hit.articleId)).toEqual([all.hits[1]?.articleId]);
      expect((await store().searchArticles('astana', { limit: 2, offset: 5 })).hits).toEqual([]);
    });

    it('makes a short snippet from the body with the matched terms marked', async () => {
      const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
      words.splice(30, 0, 'Astana');
      await store().putArticles([article('s', { body: ['Opening paragraph.', words.join(' ')] })]);
      const [hit] = (await store().searchArticles('astana')).hits;
      expect(hit?.snippet).toContain('«Astana»');
      expect(hit?.snippet.startsWith('…')).toBe(true);
      expect(hit?.snippet.endsWith('…')).toBe(true);
      expect(hit?.snippet.split(/\s+/).length).toBeLessThanOrEqual(14);
    });

    it('finds the new text and not the old after an in-place rewrite', async () => {
      const [put] = await store().putArticles([
        article('r', { url: 'https://a.org/r', title: 'Early version', body: ['Blinken landed in Astana.'] }),
      ]);
      const [again] = await store().putArticles([
        article('r', {
          url: 'https://a.org/r',
          title: 'Later version',
          body: ['Blinken met leaders in Tashkent.'],
        }),
      ]);
      expect(again).toEqual({ id: put?.id, status: 'updated' });
      expect(await found(store(), 'astana')).toEqual([]);
      expect(await found(store(), 'early')).toEqual([]);
      expect(await found(store(), 'tashkent later')).toEqual([put?.id]);
      expect((await store().searchArticles('tashkent')).hits[0]?.snippet).toContain('«Tashkent»');

      await store().updateArticles([
        { id: put?.id ?? -1, title: 'Reprocessed', body: ['Talks in Bishkek.'] },
      ]);
      expect(await found(store(), 'tashkent')).toEqual([]);
      expect(await found(store(), 'later')).toEqual([]);
      expect(await found(store(), 'bishkek reprocessed')).toEqual([put?.id]);

      // Metadata-only changes leave the index as it is.
      await store().setArticleStory([put?.id ?? -1], 's');
      await store().updateArticles([
        { id: put?.id ?? -1, title: 'Reprocessed', body: ['Talks in Bishkek.'], byline: 'A. Writer' },
      ]);
      expect(await found(store(), 'bishkek')).toEqual([put?.id]);
      expect((await store().searchArticles('bishkek')).total).toBe(1);
    });
  });
}
