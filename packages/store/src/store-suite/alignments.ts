/** Store contract: alignments. Registered by describeStore (../store-suite.ts). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import { article } from './fixtures.js';

export function alignmentCases(store: () => Store): void {
  describe('alignments', () => {
    it('stores pairs as a < b, swapping spans, and finds them from either side', async () => {
      const [x, y, z] = (await store().putArticles([article('x'), article('y'), article('z')])).map(
        (r) => r.id,
      );
      const a = x ?? -1;
      const b = y ?? -1;
      const c = z ?? -1;
      await store().putAlignments([
        { a: b, b: a, passages: [{ a: [10, 20], b: [0, 10], kind: 'verbatim', similarity: 1 }] },
        { a: b, b: c, passages: [{ a: [0, 5], b: [5, 10], kind: 'edited', similarity: 0.8 }] },
      ]);
      const ofA = await store().alignmentsOf([a]);
      expect(ofA).toEqual([
        { a, b, passages: [{ a: [0, 10], b: [10, 20], kind: 'verbatim', similarity: 1 }] },
      ]);
      expect((await store().alignmentsOf([b])).map((r) => [r.a, r.b])).toEqual([
        [a, b],
        [b, c],
      ]);
      expect((await store().alignmentsOf([a, c])).length).toBe(2);
      await store().putAlignments([{ a, b, passages: [] }]);
      expect((await store().alignmentsOf([a]))[0]?.passages).toEqual([]);
      expect(await store().alignmentsOf([])).toEqual([]);
    });
  });
}
