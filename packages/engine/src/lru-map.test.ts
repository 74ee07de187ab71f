import { describe, expect, it } from 'vitest';
import { LruMap } from './lru-map.js';

describe('LruMap', () => {
  it('drops the least recently used entry beyond its capacity; get refreshes, has does not', () => {
    const map = new LruMap<string, number | null>(2);
    map.set('a', 1);
    map.set('b', null);
    expect(map.get('a')).toBe(1);
    expect(map.has('b')).toBe(true);
    map.set('c', 3);
    expect(map.has('b')).toBe(false);
    expect([map.get('a'), map.get('c'), map.size]).toEqual([1, 3, 2]);
    map.set('d', 4);
    expect(map.has('a')).toBe(false);
  });

  it('keeps a null value as a value, distinct from a missing key', () => {
    const map = new LruMap<string, null>(1);
    map.set('x', null);
    expect(map.get('x')).toBeNull();
    expect(map.get('y')).toBeUndefined();
    map.clear();
    expect(map.size).toBe(0);
  });
});
