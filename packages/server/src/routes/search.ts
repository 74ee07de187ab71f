/** GET /api/search?q=: full-text search over articles' titles and bodies (SQLite FTS5), best first. */
import type { App } from '../app.js';
import { SearchQuerySchema, SearchResultsSchema } from '../schemas/articles.js';
import { errors } from '../schemas/common.js';
import type { ServerContext } from '../server-context.js';
import { articleHead } from '../views/article-view.js';

export function searchRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/search',
    {
      schema: {
        tags: ['articles'],
        summary: 'Full-text search over articles (words, "phrases", prefix*)',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultsSchema, ...errors(400) },
      },
    },
    async (request) => {
      const { q, limit = 50, offset = 0 } = request.query;
      const [result, sourceRef] = await Promise.all([
        ctx.store.searchArticles(q, { limit, offset }),
        ctx.sources.refs(),
      ]);
      const heads = await ctx.store.getArticleHeads(result.hits.map((hit) => hit.articleId));
      const headOf = new Map(heads.map((head) => [head.id, head]));
      const hits = result.hits.flatMap((hit) => {
        const head = headOf.get(hit.articleId);
        return head === undefined ? [] : [{ article: articleHead(head, sourceRef), snippet: hit.snippet }];
      });
      return { query: q, hits, total: result.total, limit, offset };
    },
  );
}
