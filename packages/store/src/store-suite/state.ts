/** Store contract: engine state. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';

export function stateCases(store: () => Store): void {
  describe('engine state', () => {
    it('returns null when missing and the last bytes written', async () => {
      expect(await store().getState('fold')).toBeNull();
      await store().putState('fold', new Uint8Array([1, 2]));
      await store().putState('fold', new Uint8Array([3, 4, 5]));
      expect([...((await store().getState('fold')) ?? [])]).toEqual([3, 4, 5]);
      const big = new Uint8Array(3_000_000).map((_, i) => i % 251);
      await store().putState('big', big);
      expect(Buffer.from((await store().getState('big')) ?? []).equals(big)).toBe(true);
    });
  });
}
