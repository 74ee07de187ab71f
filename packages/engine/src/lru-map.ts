/**
 * LruMap: a map that keeps at most `capacity` entries, dropping the least recently used first
 * (the aggregator's prepared articles, the server's syntheses and rendered pages).
 * Invariants: `get` and `set` make an entry the most recent; `has` does not.
 * Cost: O(1) per operation (a Map keeps insertion order).
 */
export class LruMap<K, V> {
  private readonly items = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    if (!this.items.has(key)) return undefined;
    const item = this.items.get(key) as V;
    this.items.delete(key);
    this.items.set(key, item);
    return item;
  }

  has(key: K): boolean {
    return this.items.has(key);
  }

  set(key: K, item: V): void {
    this.items.delete(key);
    this.items.set(key, item);
    if (this.items.size > this.capacity) {
      const oldest = this.items.keys().next();
      if (!oldest.done) this.items.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  get size(): number {
    return this.items.size;
  }
}
