/** GET /api/articles/:id: one article's metadata, body and removed boilerplate. */
import type { App } from '../app.js';
import { notFound } from '../errors.js';
import { ArticleDetailSchema } from '../schemas/articles.js';
import { errors, IdParams } from '../schemas/common.js';
import type { ServerContext } from '../server-context.js';
import { articleWithBody } from '../views/article-view.js';

export function articlesRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article: metadata, body and the boilerplate removed from it',
        params: IdParams,
        response: { 200: ArticleDetailSchema, ...errors(400, 404) },
      },
    },
    async (request) => {
      const [record, sourceRef] = await Promise.all([
        ctx.store.getArticle(request.params.id),
        ctx.sources.refs(),
      ]);
      if (record === undefined) throw notFound(`article ${request.params.id}`);
      return { article: articleWithBody(record, sourceRef) };
    },
  );
}
