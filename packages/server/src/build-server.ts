/**
 * buildServer: the Fastify application over one store — the JSON API under /api (TypeBox schemas
 * on every route, so requests are validated and /api/openapi.json describes them), the one error
 * shape, security headers, the web interface, the event bus and the polling scheduler (started
 * when the server is ready, stopped when it closes). The caller owns the store: closing the
 * server does not close it.
 */
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Aggregator } from '@storyfold/ingest';
import type { Store } from '@storyfold/store';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { App } from './app.js';
import { defaultConfig, type ServerConfig } from './config.js';
import { registerErrorHandlers } from './errors.js';
import { EventBus } from './event-bus.js';
import { SEEDS_DIR, WEB_DIST_DIR } from './paths.js';
import { RefreshRunner } from './refresh-runner.js';
import { registerRequestChecks } from './request-origin.js';
import { ResponseCache } from './response-cache.js';
import { articleOriginalRoutes } from './routes/article-original.js';
import { articlesRoutes } from './routes/articles.js';
import { compareRoutes } from './routes/compare.js';
import { demoRoutes } from './routes/demo.js';
import { eventsRoutes } from './routes/events.js';
import { feedsRoutes } from './routes/feeds.js';
import { feedsOpmlRoutes } from './routes/feeds-opml.js';
import { refreshRoutes } from './routes/refresh.js';
import { searchRoutes } from './routes/search.js';
import { sourcesRoutes } from './routes/sources.js';
import { statusRoutes } from './routes/status.js';
import { storiesRoutes } from './routes/stories.js';
import { webRoutes } from './routes/web.js';
import { Scheduler } from './scheduler.js';
import { registerSecurityHeaders } from './security-headers.js';
import type { ServerContext } from './server-context.js';
import { SourceNames } from './source-names.js';
import { SERVER_VERSION } from './version.js';

export interface BuildServerOptions {
  store: Store;
  /** Missing fields take their defaults (see config.ts). */
  config?: Partial<ServerConfig> | undefined;
  /** The web interface's build (default: packages/web/dist). */
  webRoot?: string | undefined;
  /** The example corpus for POST /api/demo (default: examples/seeds at the repository root). */
  seedsDir?: string | undefined;
  /** A logger to use instead of Fastify's pino at config.logLevel. */
  logger?: FastifyBaseLogger | undefined;
}

export interface StoryfoldServer {
  app: App;
  context: ServerContext;
}

export async function buildServer(options: BuildServerOptions): Promise<StoryfoldServer> {
  const config: ServerConfig = { ...defaultConfig(), ...options.config };
  const app: App = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: { level: config.logLevel } }),
    bodyLimit: config.maxBodyBytes,
    // On close, every open connection is cut (keep-alive sockets and event streams whose client
    // went away would otherwise hold the close until the client's own keep-alive timeout).
    forceCloseConnections: true,
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const bus = new EventBus();
  // Whoever folded them (a polling round, a feed added, the demo import), new stories reach the bus.
  const aggregator = await Aggregator.open(options.store, {
    onStories: (stories) => bus.publish('stories', { stories }),
  });
  const sources = new SourceNames(options.store);
  const refresher = new RefreshRunner(options.store, aggregator, bus, app.log, {
    timeoutMs: config.fetchTimeoutMs,
    minIntervalSeconds: config.pollMinIntervalSeconds,
    maxIntervalSeconds: config.pollMaxIntervalSeconds,
    maxBytes: config.fetchMaxBytes,
    allowPrivate: config.allowPrivateAddresses,
    onRound: () => sources.invalidate(),
  });
  const responses = new ResponseCache();
  bus.subscribe(() => responses.clear());
  const context: ServerContext = {
    store: options.store,
    aggregator,
    config,
    bus,
    sources,
    refresher,
    responses,
    log: app.log,
    seedsDir: options.seedsDir ?? SEEDS_DIR,
  };

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Storyfold API',
        version: SERVER_VERSION,
        description: 'Every story once: stories, their origins and articles, feeds and search.',
      },
      tags: [
        { name: 'stories', description: 'Stories, ranked, with origins and alignments' },
        { name: 'articles', description: 'Articles, originals, comparison and search' },
        { name: 'feeds', description: 'Sources, feeds, OPML' },
        { name: 'status', description: 'Polling, status, events, example corpus' },
      ],
    },
  });
  registerErrorHandlers(app);
  registerSecurityHeaders(app);
  registerRequestChecks(app, config.host);

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  for (const routes of [
    storiesRoutes,
    articlesRoutes,
    articleOriginalRoutes,
    compareRoutes,
    searchRoutes,
    sourcesRoutes,
    feedsRoutes,
    feedsOpmlRoutes,
    refreshRoutes,
    statusRoutes,
    eventsRoutes,
    demoRoutes,
  ])
    routes(app, context);
  await webRoutes(app, options.webRoot ?? WEB_DIST_DIR);

  const scheduler = new Scheduler(refresher, config.refreshPeriodSeconds * 1000);
  if (config.refreshFirstDelaySeconds > 0)
    app.addHook('onReady', async () => scheduler.start(config.refreshFirstDelaySeconds * 1000));
  app.addHook('onClose', async () => {
    await scheduler.stop();
    await refresher.close();
  });
  return { app, context };
}
