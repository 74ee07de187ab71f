/** Store contract: documents. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';

export function documentCases(store: () => Store): void {
  describe('documents', () => {
    it('returns the raw bytes it was given, large or small, bytes or text', async () => {
      const html = `<html><body>${'<p>Paragraph of news text, repeated.</p>'.repeat(2000)}</body></html>`;
      const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
      const source = await store().ensureSource({ name: 'A', host: 'a.org' });
      const { feed } = await store().addFeed({ url: 'https://a.org/feed', sourceId: source.id });
      const ids = await store().putDocuments([
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
      const page = await store().getDocument(ids[0] ?? -1);
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
      expect([...((await store().getDocument(ids[1] ?? -1))?.content ?? [])]).toEqual([...bytes]);
      const file = await store().getDocument(ids[2] ?? -1);
      expect(Buffer.from(file?.content ?? []).toString('utf8')).toBe('tiny');
      expect(file?.status).toBeNull();
      expect(await store().getDocument(9999)).toBeUndefined();
    });

    it('iterates one source in id order, page by page', async () => {
      const a = await store().ensureSource({ name: 'A', host: 'a.org' });
      const b = await store().ensureSource({ name: 'B', host: 'b.org' });
      const ids: number[] = [];
      for (let i = 0; i < 7; i++) {
        const sourceId = i % 2 === 0 ? a.id : b.id;
        ids.push(
          await store().putDocument({
            kind: 'page',
            url: `https://x.org/${i}`,
            content: `doc ${i}`,
            sourceId,
          }),
        );
      }
      const seen: number[] = [];
      for await (const document of store().iterateDocuments({ sourceId: a.id }, 2)) seen.push(document.id);
      expect(seen).toEqual(ids.filter((_, i) => i % 2 === 0));
      const all: number[] = [];
      for await (const document of store().iterateDocuments()) all.push(document.id);
      expect(all).toEqual(ids);
      const page = await store().listDocuments({ kind: 'page' }, { afterId: ids[4], limit: 10 });
      expect(page.map((d) => d.id)).toEqual(ids.slice(5));
    });
  });
}
