/** Store contract: transactions. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { article, delay } from './fixtures.js';

export function transactionCases(store: () => Store): void {
  describe('transactions', () => {
    it('commits when fn resolves and rolls back when it throws', async () => {
      const value = await store().transaction(async (tx) => {
        await tx.putArticles([article('a')]);
        await tx.putState('k', new Uint8Array([1]));
        return 42;
      });
      expect(value).toBe(42);
      await expect(
        store().transaction(async (tx) => {
          await tx.putArticles([article('b')]);
          await store().putState('k', new Uint8Array([2]));
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store().getArticleByKey('b')).toBeUndefined();
      expect([...((await store().getState('k')) ?? [])]).toEqual([1]);
      expect(await store().countArticles()).toBe(1);
    });

    it('serialises concurrent transactions', async () => {
      await store().putState('n', new Uint8Array([0]));
      const increment = () =>
        store().transaction(async (tx) => {
          const n = (await tx.getState('n'))?.[0] ?? 0;
          await delay(5);
          await tx.putState('n', new Uint8Array([n + 1]));
        });
      await Promise.all([increment(), increment(), increment()]);
      expect((await store().getState('n'))?.[0]).toBe(3);
    });

    it('makes outside callers wait, so they never see uncommitted writes', async () => {
      let inside!: () => void;
      const started = new Promise<void>((resolve) => {
        inside = resolve;
      });
      const failing = store().transaction(async (tx) => {
        await tx.putState('k', new Uint8Array([1]));
        inside();
        await delay(20);
        throw new Error('rolled back');
      });
      await started;
      const outside = await store().getState('k');
      expect(outside).toBeNull();
      await expect(failing).rejects.toThrow('rolled back');
    });

    it('iterates inside a transaction, seeing its own writes', async () => {
      await store().putArticles([article('a')]);
      const keys = await store().transaction(async (tx) => {
        await tx.putArticles([article('b'), article('c')]);
        const seen: string[] = [];
        for await (const a of tx.iterateArticles({}, 1)) seen.push(a.key);
        for await (const e of store().iterateArticleEngines({}, 1)) seen.push(String(e.id > 0));
        return seen;
      });
      expect(keys).toEqual(['a', 'b', 'c', 'true', 'true', 'true']);
    });

    it('turns a nested transaction into a savepoint', async () => {
      await store().transaction(async (tx) => {
        await tx.putArticles([article('outer')]);
        await expect(
          tx.transaction(async (inner) => {
            await inner.putArticles([article('inner')]);
            throw new Error('inner fails');
          }),
        ).rejects.toThrow('inner fails');
      });
      expect(await store().getArticleByKey('outer')).toBeDefined();
      expect(await store().getArticleByKey('inner')).toBeUndefined();
    });
  });
}
