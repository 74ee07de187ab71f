import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { putArticles } from './article-put.js';
import { searchArticles } from './article-search.js';
import { openDatabase } from './open-database.js';
import { StatementCache } from './statement-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'storyfold-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('searchArticles beyond the ranked window', () => {
  it('ranks the most recent matches, then pages through older ones newest first, never overlapping', () => {
    const sql = new StatementCache(openDatabase(join(dir, 'w.db')));
    // Ten matches; article i mentions "astana" i times in the body, so bm25 prefers higher i,
    // except article 1, whose title holds it.
    const inputs = Array.from({ length: 10 }, (_, i) => ({
      key: `k${i + 1}`,
      title: i === 0 ? 'Astana' : `Story ${i + 1}`,
      body: [`${'Astana talks. '.repeat(i + 1)}Filler words here.`],
    }));
    const ids = putArticles(
      sql,
      [...inputs, { key: 'other', body: ['Nothing here.'] }],
      '2026-01-01T00:00:00.000Z',
    ).map((r) => r.id);
    const exact = searchArticles(sql, 'astana', { limit: 100 }, { rankedWindow: 100 });
    expect(exact.total).toBe(10);
    expect(exact.hits[0]?.articleId).toBe(ids[0]);

    const windowed = searchArticles(sql, 'astana', { limit: 100 }, { rankedWindow: 4 });
    expect(windowed.total).toBe(10);
    const order = windowed.hits.map((hit) => hit.articleId);
    // The 4 newest matches (ids 7..10) first, ranked by bm25 among themselves, then 6, 5, …, 1.
    const newest = ids.slice(6, 10);
    expect(new Set(order.slice(0, 4))).toEqual(new Set(newest));
    expect(order.slice(0, 4)).toEqual(
      exact.hits.map((hit) => hit.articleId).filter((id) => newest.includes(id)),
    );
    expect(order.slice(4)).toEqual(ids.slice(0, 6).reverse());

    const paged: number[] = [];
    for (let offset = 0; offset < 12; offset += 3) {
      const page = searchArticles(sql, 'astana', { limit: 3, offset }, { rankedWindow: 4 });
      expect(page.total).toBe(10);
      paged.push(...page.hits.map((hit) => hit.articleId));
    }
    expect(paged).toEqual(order);
    expect(searchArticles(sql, 'astana', { limit: 0 }, { rankedWindow: 4 })).toEqual({ hits: [], total: 10 });
    sql.db.close();
  });
});
