/** Store contract: sources. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';

export function sourceCases(store: () => Store): void {
  describe('sources', () => {
    it('gets or creates by host (case-insensitive), else by name', async () => {
      const a = await store().ensureSource({ name: 'Reuters', host: 'www.reuters.com' });
      const b = await store().ensureSource({ name: 'Reuters (again)', host: 'WWW.Reuters.com' });
      const c = await store().ensureSource({ name: 'Local files' });
      const d = await store().ensureSource({ name: 'Local files' });
      expect(b.id).toBe(a.id);
      expect(b.name).toBe('Reuters');
      expect(d.id).toBe(c.id);
      expect(c.id).not.toBe(a.id);
      expect((await store().listSources()).map((s) => s.id)).toEqual([a.id, c.id]);
    });

    it('keeps options, with defaults and partial updates', async () => {
      const source = await store().ensureSource({ name: 'AP', host: 'apnews.com' });
      expect(source.options).toEqual({ fetchPages: true, contentSelector: null });
      await store().setSourceOptions(source.id, { contentSelector: 'article .body' });
      const updated = await store().setSourceOptions(source.id, { fetchPages: false });
      expect(updated?.options).toEqual({ fetchPages: false, contentSelector: 'article .body' });
      const same = await store().setSourceOptions(source.id, { contentSelector: undefined });
      expect(same?.options.contentSelector).toBe('article .body');
      expect((await store().getSource(source.id))?.options).toEqual(updated?.options);
      expect(await store().getSource(9999)).toBeUndefined();
      expect(await store().setSourceOptions(9999, { fetchPages: false })).toBeUndefined();
    });
  });
}
