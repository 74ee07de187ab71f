/**
 * POST /api/demo: imports the bundled example corpus (the five seeds) through the same path as
 * `storyfold import` (ingest's importFiles), so a new user sees a real story at once, offline.
 * Only into an empty store: otherwise 409 "not_empty".
 */
import { importFiles } from '@storyfold/ingest';
import type { App } from '../app.js';
import { HttpError } from '../errors.js';
import { errors } from '../schemas/common.js';
import { DemoImportResultSchema } from '../schemas/status.js';
import type { ServerContext } from '../server-context.js';

export function demoRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/demo',
    {
      schema: {
        tags: ['status'],
        summary: 'Import the bundled example corpus into an empty store',
        response: { 200: DemoImportResultSchema, ...errors(409) },
      },
    },
    async () => importDemo(ctx),
  );
}

/** The import running for a server, if any (two clicks at once must not both find the store empty). */
const running = new WeakMap<ServerContext, Promise<unknown>>();

/** Imports the seeds when the store holds no article; throws HttpError 409 otherwise. */
export async function importDemo(ctx: ServerContext): Promise<{ articles: number; stories: number }> {
  for (let busy = running.get(ctx); busy; busy = running.get(ctx)) await busy.catch(() => undefined);
  const run = (async () => {
    if ((await ctx.store.countArticles()) > 0)
      throw new HttpError(
        409,
        'not_empty',
        'the store already holds articles; the example corpus goes into an empty store only',
      );
    const summary = await importFiles(ctx.store, ctx.aggregator, [ctx.seedsDir], {
      onError: (error) =>
        ctx.log.warn({ path: error.path, reason: error.reason }, 'example article not read'),
    });
    ctx.sources.invalidate();
    return {
      articles: summary.new + summary.updated + summary.unchanged,
      stories: await ctx.store.countStories(),
    };
  })();
  running.set(ctx, run);
  try {
    return await run;
  } finally {
    if (running.get(ctx) === run) running.delete(ctx);
  }
}
