/**
 * What every route works with: the store, the one aggregator that folds articles into its
 * stories, the configuration, the event bus, the source names, the polling runner and the paths of
 * the bundled files.
 */
import type { Aggregator } from '@storyfold/ingest';
import type { Store } from '@storyfold/store';
import type { FastifyBaseLogger } from 'fastify';
import type { ServerConfig } from './config.js';
import type { EventBus } from './event-bus.js';
import type { RefreshRunner } from './refresh-runner.js';
import type { ResponseCache } from './response-cache.js';
import type { SourceNames } from './source-names.js';

export interface ServerContext {
  store: Store;
  aggregator: Aggregator;
  config: ServerConfig;
  bus: EventBus;
  sources: SourceNames;
  refresher: RefreshRunner;
  /** Rendered stories pages and story pages, dropped on every bus event (response-cache.ts). */
  responses: ResponseCache;
  log: FastifyBaseLogger;
  /** The example corpus POST /api/demo imports. */
  seedsDir: string;
}
