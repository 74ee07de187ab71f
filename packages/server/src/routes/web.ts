/**
 * The web interface: the files of packages/web/dist (Vite's build) with an SPA fallback (any GET
 * outside /api answers index.html, so /stories/abc can be reloaded). When the interface is not
 * built, `/` and the fallback answer a short page saying how to build it. Unknown /api paths
 * answer the JSON 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../app.js';
import { apiNotFound } from '../errors.js';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storyfold</title></head>
<body><main><h1>Storyfold</h1>
<p>The web interface is not built yet. Run <code>npm run build -w @storyfold/web</code>, then reload.</p>
<p>The API answers under <a href="/api/status">/api</a>; its description is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</main></body></html>
`;

export async function webRoutes(app: App, webRoot: string): Promise<void> {
  const built = existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(NOT_BUILT),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (
      path === '/api' ||
      path.startsWith('/api/') ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    )
      return apiNotFound(request, reply);
    // A missing file (a stale asset name) is a plain 404, not the interface.
    if (/\.[a-z0-9]+$/i.test(path))
      return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
