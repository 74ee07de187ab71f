/**
 * The feeds: GET /api/feeds (with folders and polling status), POST /api/feeds (a feed or site
 * URL, its feed discovered), PATCH /api/feeds/:id (folder, title), DELETE /api/feeds/:id (the
 * articles stay). OPML lives in feeds-opml.ts.
 * A URL is checked before anything is fetched (feed-url-check.ts); fetches then go through
 * ingest's guard with allowPrivate as configured.
 */
import { normaliseFolder, SubscribeError, subscribe } from '@storyfold/ingest';
import type { FeedRecord } from '@storyfold/store';
import type { App } from '../app.js';
import { HttpError, notFound } from '../errors.js';
import { feedUrlRefusal } from '../feed-url-check.js';
import { errors, IdParams } from '../schemas/common.js';
import {
  FeedAddRequestSchema,
  FeedAddResponseSchema,
  FeedListSchema,
  FeedUpdateRequestSchema,
  FeedViewSchema,
} from '../schemas/feeds.js';
import type { ServerContext } from '../server-context.js';
import { feedView } from '../views/feed-view.js';

export function feedsRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/feeds',
    {
      schema: {
        tags: ['feeds'],
        summary: 'The feeds, their folders and polling status',
        response: { 200: FeedListSchema },
      },
    },
    async () => {
      const [feeds, sourceRef] = await Promise.all([ctx.store.listFeeds(), ctx.sources.refs()]);
      const folders = [
        ...new Set(feeds.map((feed) => feed.folder).filter((folder): folder is string => folder !== null)),
      ];
      return { feeds: feeds.map((feed) => feedView(feed, sourceRef)), folders: folders.sort() };
    },
  );

  app.post(
    '/api/feeds',
    {
      schema: {
        tags: ['feeds'],
        summary: 'Subscribe to a feed URL, or to the feed a site URL names',
        body: FeedAddRequestSchema,
        response: { 200: FeedAddResponseSchema, 201: FeedAddResponseSchema, ...errors(400, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      const url = request.body.url.trim();
      const refusal = feedUrlRefusal(url, ctx.config.allowPrivateAddresses);
      if (refusal) throw new HttpError(400, refusal.code, refusal.message);
      const folder = normaliseFolder(request.body.folder);
      let feed: FeedRecord;
      let created: boolean;
      try {
        ({ feed, created } = await subscribe(ctx.store, url, {
          folder,
          timeoutMs: ctx.config.fetchTimeoutMs,
          allowPrivate: ctx.config.allowPrivateAddresses,
        }));
      } catch (error) {
        if (error instanceof SubscribeError) throw new HttpError(422, 'not_a_feed', error.message);
        throw error;
      }
      if (!created && folder !== null && feed.folder !== folder)
        feed = (await ctx.store.updateFeed(feed.id, { folder })) ?? feed;
      ctx.sources.invalidate();
      ctx.bus.publish('feeds', { feeds: [feed.id] });
      // A new feed is polled at once, so its articles appear without waiting for the scheduler.
      if (created) ctx.refresher.start(false);
      const sourceRef = await ctx.sources.refs();
      return reply.code(created ? 201 : 200).send({ feed: feedView(feed, sourceRef), created });
    },
  );

  app.patch(
    '/api/feeds/:id',
    {
      schema: {
        tags: ['feeds'],
        summary: "Change a feed's folder or title",
        params: IdParams,
        body: FeedUpdateRequestSchema,
        response: { 200: FeedViewSchema, ...errors(400, 404, 413, 415) },
      },
    },
    async (request) => {
      const { folder, title } = request.body;
      const update = {
        ...(folder === undefined ? {} : { folder: normaliseFolder(folder) }),
        ...(title === undefined
          ? {}
          : { title: title === null || title.trim() === '' ? null : title.trim() }),
      };
      const feed = await ctx.store.updateFeed(request.params.id, update);
      if (feed === undefined) throw notFound(`feed ${request.params.id}`);
      ctx.bus.publish('feeds', { feeds: [feed.id] });
      return feedView(feed, await ctx.sources.refs());
    },
  );

  app.delete(
    '/api/feeds/:id',
    {
      schema: {
        tags: ['feeds'],
        summary: 'Unsubscribe from a feed (its articles stay)',
        params: IdParams,
        response: { 204: { type: 'null', description: 'removed' }, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const removed = await ctx.store.removeFeed(request.params.id);
      if (!removed) throw notFound(`feed ${request.params.id}`);
      ctx.bus.publish('feeds', { feeds: [request.params.id] });
      return reply.code(204).send(null);
    },
  );
}
