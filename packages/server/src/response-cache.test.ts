import type { FastifyReply } from 'fastify';
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

  it('does not keep a page built while a change cleared the cache (it may predate the change)', async () => {
    const cache = new ResponseCache(1_000, 10, () => 0);
    const sent: string[] = [];
    const reply = {
      serialize: (payload: unknown) => JSON.stringify(payload),
      type() {
        return this;
      },
      send(json: string) {
        sent.push(json);
        return this;
      },
    } as unknown as FastifyReply;
    await cache.send(reply, '/stories', async () => {
      cache.clear(); // a polling round folds new articles while this page is being read
      return { stories: ['before the change'] };
    });
    expect(sent).toEqual(['{"stories":["before the change"]}']);
    expect(cache.get('/stories')).toBeUndefined();
    await cache.send(reply, '/stories', async () => ({ stories: ['after'] }));
    expect(cache.get('/stories')).toBe('{"stories":["after"]}');
  });
});
