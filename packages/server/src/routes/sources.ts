/** GET /api/sources: the sources (outlets) with how many articles each has and its options. */
import type { App } from '../app.js';
import { SourceListSchema } from '../schemas/feeds.js';
import type { ServerContext } from '../server-context.js';

export function sourcesRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/sources',
    {
      schema: {
        tags: ['feeds'],
        summary: 'The sources, with their article counts',
        response: { 200: SourceListSchema },
      },
    },
    async () => {
      const sources = [...(await ctx.sources.all()).values()];
      const counts = await Promise.all(
        sources.map((source) => ctx.store.countArticles({ sourceId: source.id })),
      );
      return {
        sources: sources.map((source, i) => ({
          id: source.id,
          name: source.name,
          host: source.host,
          articleCount: counts[i] ?? 0,
          fetchPages: source.options.fetchPages,
          contentSelector: source.options.contentSelector,
        })),
      };
    },
  );
}
