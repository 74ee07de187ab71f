import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.js';

describe('ResponseCache', () => {
  it('serves an entry until it is older than the TTL', () => {
    let now = 0;
    const cache = new ResponseCache(1_000, 10, () => now);
    cache.set('/a', '{"a":1}');
    now = 1_000;
    expect(cache.get('/a')).toBe('{"a":1}');
    now = 1_001;
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used entry beyond its capacity, and everything on clear', () => {
    const cache = new ResponseCache(1_000, 2, () => 0);
    cache.set('/a', 'a');
    cache.set('/b', 'b');
    expect(cache.get('/a')).toBe('a');
    cache.set('/c', 'c');
    expect(cache.get('/b')).toBeUndefined();
    expect([cache.get('/a'), cache.get('/c')]).toEqual(['a', 'c']);
    cache.clear();
    expect(cache.get('/a')).toBeUndefined();
  });
});
