/**
 * PreparedCache: the most recently used prepared articles, by store id (least recently used
 * evicted first).
 * Invariants: holds at most `capacity` articles; `get` refreshes recency.
 * Cost: O(1) per get and set (a Map keeps insertion order).
 */
import type { PreparedArticle } from '@storyfold/engine';

export class PreparedCache {
  private readonly items = new Map<number, PreparedArticle>();

  constructor(private readonly capacity: number) {}

  get(id: number): PreparedArticle | undefined {
    const item = this.items.get(id);
    if (item !== undefined) {
      this.items.delete(id);
      this.items.set(id, item);
    }
    return item;
  }

  has(id: number): boolean {
    return this.items.has(id);
  }

  set(id: number, item: PreparedArticle): void {
    this.items.delete(id);
    this.items.set(id, item);
    if (this.items.size > this.capacity) {
      const oldest = this.items.keys().next();
      if (!oldest.done) this.items.delete(oldest.value);
    }
  }
}
