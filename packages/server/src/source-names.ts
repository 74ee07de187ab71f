/**
 * The sources by id, read once and kept until something may have added or renamed one (a feed
 * added, an OPML import, a polling round, the demo import): every list of stories and articles
 * names its sources, and reading them all each time would be a query per request.
 */
import type { SourceRecord, Store } from '@storyfold/store';
import type { SourceRef } from './api/types.js';

export class SourceNames {
  private cache: Promise<Map<number, SourceRecord>> | undefined;

  constructor(private readonly store: Store) {}

  all(): Promise<Map<number, SourceRecord>> {
    this.cache ??= this.store
      .listSources()
      .then((sources) => new Map(sources.map((source) => [source.id, source])));
    // A failed read is not kept.
    this.cache.catch(() => {
      this.cache = undefined;
    });
    return this.cache;
  }

  invalidate(): void {
    this.cache = undefined;
  }

  /** The sources of these ids (missing ones read again once: a source created since the cache). */
  async refs(): Promise<(id: number | null) => SourceRef | null> {
    const sources = await this.all();
    return (id) => {
      if (id === null) return null;
      const source = sources.get(id);
      if (source === undefined) {
        this.invalidate();
        return { id, name: `source ${id}` };
      }
      return { id: source.id, name: source.name };
    };
  }
}
