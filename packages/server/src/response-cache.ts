/**
 * Rendered JSON of the hot GET responses (the stories list and story pages), keyed by URL: under
 * load, the same few pages are asked for again and again between two changes of the store, and
 * building one (several store reads, a few thousand objects) costs milliseconds of the one
 * thread that answers every client.
 * Invariants: an entry is dropped on every change the server makes or hears of (any event on the
 * bus: articles folded, feeds changed) and at the latest RESPONSE_CACHE_TTL_MS after it was made,
 * which bounds how stale a page can be when another process (the CLI) writes to the same store.
 * A page whose build spans a change is sent but not kept.
 * At most RESPONSE_CACHE_ENTRIES entries, least recently used dropped first.
 * Cost: one Map lookup per request; memory ≤ entries × response size (a 50-story page is ~27 KB).
 */
import { LruMap } from '@storyfold/engine';
import type { FastifyReply } from 'fastify';
import { RESPONSE_CACHE_ENTRIES, RESPONSE_CACHE_TTL_MS } from './defaults.js';

export class ResponseCache {
  private readonly entries: LruMap<string, { json: string; at: number }>;
  /** Counts clears: a page whose build began before the latest clear may predate that change. */
  private generation = 0;

  constructor(
    private readonly ttlMs = RESPONSE_CACHE_TTL_MS,
    capacity = RESPONSE_CACHE_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {
    this.entries = new LruMap(capacity);
  }

  /**
   * Sends the cached JSON for `key`, else computes the payload, serialises it with the route's
   * response schema, keeps it and sends it. `compute` returning undefined sends nothing (the
   * caller answers, e.g. 404) and keeps nothing; nor is a payload kept when the cache was cleared
   * while it was computed (it may have read the store before the change), though it is sent.
   */
  async send<T>(reply: FastifyReply, key: string, compute: () => Promise<T | undefined>): Promise<boolean> {
    let json = this.get(key);
    if (json === undefined) {
      const generation = this.generation;
      const payload = await compute();
      if (payload === undefined) return false;
      const serialised = reply.serialize(payload);
      json =
        typeof serialised === 'string' ? serialised : Buffer.from(serialised as Uint8Array).toString('utf8');
      if (generation === this.generation) this.set(key, json);
    }
    await reply.type('application/json; charset=utf-8').send(json);
    return true;
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.now() - entry.at <= this.ttlMs) return entry.json;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, json: string): void {
    this.entries.set(key, { json, at: this.now() });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
