/** GET /api/status: counts, whether a polling round runs, and whether the store is empty. */
import type { App } from '../app.js';
import { StatusSchema } from '../schemas/status.js';
import type { ServerContext } from '../server-context.js';
import { SERVER_VERSION } from '../version.js';

export function statusRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/status',
    {
      schema: {
        tags: ['status'],
        summary: "The store's counts and the polling state",
        response: { 200: StatusSchema },
      },
    },
    async () => {
      const [articles, stories, feeds] = await Promise.all([
        ctx.store.countArticles(),
        ctx.store.countStories(),
        ctx.store.listFeeds(),
      ]);
      return {
        version: SERVER_VERSION,
        articles,
        stories,
        feeds: feeds.length,
        refreshing: ctx.refresher.running,
        lastRefreshAt: ctx.refresher.lastRefreshAt,
        empty: articles === 0,
      };
    },
  );
}
