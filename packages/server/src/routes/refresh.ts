/** POST /api/refresh: starts a polling round in the background (202); one round runs at a time. */
import type { App } from '../app.js';
import { errors } from '../schemas/common.js';
import { RefreshRequestSchema, RefreshStartedSchema } from '../schemas/status.js';
import type { ServerContext } from '../server-context.js';

export function refreshRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/refresh',
    {
      schema: {
        tags: ['status'],
        summary: 'Poll the due feeds now (every feed with all: true), in the background',
        body: RefreshRequestSchema,
        response: { 202: RefreshStartedSchema, ...errors(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const { started } = ctx.refresher.start(request.body?.all ?? false);
      return reply.code(202).send({ started, running: ctx.refresher.running });
    },
  );
}
