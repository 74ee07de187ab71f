/**
 * Two checks on every request, against other web sites using the reader's browser to reach a
 * server that trusts whoever can connect to it (it has no accounts):
 * - DNS rebinding: a server listening on a loopback address answers only requests whose Host
 *   names this computer (localhost, 127.0.0.1, [::1] or the configured host, any port). A hostile
 *   site whose name was re-pointed at 127.0.0.1 sends its own name and is refused.
 * - Cross-site writes: a POST, PUT, PATCH or DELETE whose Origin names another site than the Host
 *   is refused (browsers send Origin with cross-site requests, including plain form posts that
 *   need no preflight). Requests without Origin (curl, the CLI) pass.
 * Both answer 403 in the API's error shape. Cost: a few string operations per request.
 */
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The host part of a Host header or URL host, lower-cased, without port or IPv6 brackets. */
function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.toLowerCase();
}

function isLoopback(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    (isIP(name) === 4 && name.startsWith('127.'))
  );
}

export function registerRequestChecks(app: FastifyInstance, listenHost: string): void {
  const guarded = isLoopback(hostName(listenHost));
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host ?? '';
    if (guarded && !isLoopback(hostName(host)))
      throw new HttpError(
        403,
        'forbidden_host',
        `this server answers requests for this computer only (localhost, 127.0.0.1), not for "${hostName(host)}"`,
      );
    const origin = request.headers.origin;
    if (origin !== undefined && WRITES.has(request.method)) {
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        // "null" (sandboxed frames, file: pages) and malformed values are another site.
      }
      if (originHost.toLowerCase() !== host.toLowerCase())
        throw new HttpError(
          403,
          'cross_site',
          `changes are accepted from this server's own pages only, not from ${origin}`,
        );
    }
  });
}
