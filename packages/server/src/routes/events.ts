/**
 * GET /api/events: server-sent events (text/event-stream). `event: stories` with StoriesChanged
 * after new articles were folded, `event: feeds` with FeedsChanged after feeds changed; a comment
 * line every HEARTBEAT_MS keeps proxies and the browser from closing an idle stream. A client's
 * subscription ends when it disconnects, or when it stops reading and more than MAX_UNREAD_BYTES
 * wait for it (a browser that comes back reconnects by itself); all streams end when the server
 * closes.
 */
import type { ServerResponse } from 'node:http';
import type { App } from '../app.js';
import type { BusEvent } from '../event-bus.js';
import type { ServerContext } from '../server-context.js';

/** 15 s: well under the 30–60 s idle timeouts of common proxies and load balancers. */
export const HEARTBEAT_MS = 15_000;

/** The browser reconnects after this many milliseconds when the stream drops. */
const RETRY_MS = 3_000;

/**
 * 1 MiB: events are a few hundred bytes, so a client this far behind has stopped reading (a
 * suspended tab, a stuck proxy); its stream is closed rather than buffered without bound.
 */
export const MAX_UNREAD_BYTES = 1 << 20;

export function eventsRoutes(app: App, ctx: ServerContext): void {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const response of open) response.end();
    open.clear();
  });

  app.get(
    '/api/events',
    {
      schema: {
        tags: ['status'],
        summary: 'Server-sent events: "stories" (stories changed) and "feeds" (feeds changed)',
        produces: ['text/event-stream'],
      },
    },
    (request, reply) => {
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
        // Tells nginx-style proxies not to buffer the stream.
        'x-accel-buffering': 'no',
      });
      response.write(`retry: ${RETRY_MS}\n: connected\n\n`);
      open.add(response);
      const write = (text: string): void => {
        response.write(text);
        if (response.writableLength > MAX_UNREAD_BYTES) response.destroy();
      };
      const send = (event: BusEvent): void =>
        write(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
      const unsubscribe = ctx.bus.subscribe(send);
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      const cleanUp = (): void => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(response);
        if (!response.writableEnded) response.end();
      };
      request.raw.on('close', cleanUp);
      response.on('close', cleanUp);
    },
  );
}
