/**
 * OPML: POST /api/feeds/opml takes an OPML document as the raw body (text/x-opml, application/xml
 * or text/xml, at most maxBodyBytes) and subscribes to every feed in it, keeping folders; entries
 * whose URL is refused (scheme, private address) or unreadable are reported, the rest go on.
 * GET /api/feeds/opml answers the subscriptions as an OPML attachment.
 */
import { FeedError, feedsOpml, normaliseFolder, parseOpml } from '@storyfold/ingest';
import { Type } from 'typebox';
import type { App } from '../app.js';
import { HttpError } from '../errors.js';
import { feedUrlRefusal } from '../feed-url-check.js';
import { errors } from '../schemas/common.js';
import { OpmlImportResultSchema } from '../schemas/feeds.js';
import type { ServerContext } from '../server-context.js';

export const OPML_TYPES = ['text/x-opml', 'application/xml', 'text/xml'];

export function feedsOpmlRoutes(app: App, ctx: ServerContext): void {
  app.addContentTypeParser(
    OPML_TYPES,
    { parseAs: 'string', bodyLimit: ctx.config.maxBodyBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/feeds/opml',
    {
      schema: {
        tags: ['feeds'],
        summary: 'Subscribe to every feed of an OPML document (the raw body), keeping folders',
        consumes: OPML_TYPES,
        body: Type.String({ description: 'the OPML document' }),
        response: { 200: OpmlImportResultSchema, ...errors(400, 413, 415) },
      },
    },
    async (request) => {
      let opml: ReturnType<typeof parseOpml>;
      try {
        opml = parseOpml(request.body);
      } catch (error) {
        if (error instanceof FeedError)
          throw new HttpError(400, 'bad_opml', `not an OPML document: ${error.message}`);
        throw error;
      }
      let added = 0;
      let existing = 0;
      const failed: { url: string; error: string }[] = opml.skipped.map((skipped) => ({
        url: skipped.title ?? `line ${skipped.line}`,
        error: `line ${skipped.line}: ${skipped.reason}`,
      }));
      const addedIds: number[] = [];
      await ctx.store.transaction(async (store) => {
        for (const entry of opml.feeds) {
          const refusal = feedUrlRefusal(entry.url, ctx.config.allowPrivateAddresses);
          if (refusal) {
            failed.push({ url: entry.url, error: refusal.message });
            continue;
          }
          const host = new URL(entry.siteUrl ?? entry.url).host;
          const source = await store.ensureSource({ name: entry.title ?? host, host });
          const result = await store.addFeed({
            url: entry.url,
            title: entry.title,
            siteUrl: entry.siteUrl,
            folder: normaliseFolder(entry.folder),
            sourceId: source.id,
          });
          if (result.created) {
            added++;
            addedIds.push(result.feed.id);
          } else existing++;
        }
      });
      ctx.sources.invalidate();
      if (addedIds.length > 0) {
        ctx.bus.publish('feeds', { feeds: addedIds });
        ctx.refresher.start(false);
      }
      return { added, existing, failed };
    },
  );

  app.get(
    '/api/feeds/opml',
    {
      schema: {
        tags: ['feeds'],
        summary: 'The subscriptions as an OPML document (attachment)',
        produces: ['application/xml'],
        response: { 200: Type.String({ description: 'OPML 2.0' }) },
      },
    },
    async (_request, reply) => {
      const xml = feedsOpml(await ctx.store.listFeeds());
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="storyfold-feeds.opml"')
        .send(xml);
    },
  );
}
