import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@storyfold/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type StoryfoldServer } from './build-server.js';
import { MAX_UNREAD_BYTES } from './routes/events.js';
import { errorOf, useTestServer } from './server.test-helper.js';

/** Every API route the contract names, as OpenAPI paths. */
const ROUTES: [string, string][] = [
  ['get', '/api/stories'],
  ['get', '/api/stories/{id}'],
  ['get', '/api/articles/{id}'],
  ['get', '/api/articles/{id}/original'],
  ['get', '/api/compare'],
  ['get', '/api/search'],
  ['get', '/api/sources'],
  ['get', '/api/feeds'],
  ['post', '/api/feeds'],
  ['patch', '/api/feeds/{id}'],
  ['delete', '/api/feeds/{id}'],
  ['get', '/api/feeds/opml'],
  ['post', '/api/feeds/opml'],
  ['post', '/api/refresh'],
  ['get', '/api/status'],
  ['get', '/api/events'],
  ['post', '/api/demo'],
];

describe('the server without a web build', () => {
  const t = useTestServer();

  it('describes every route in /api/openapi.json, with parameters and responses', async () => {
    const response = await t.api('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: unknown[]; responses?: Record<string, unknown> }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    for (const [method, path] of ROUTES) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
      expect(
        Object.keys(doc.paths[path]?.[method]?.responses ?? {}).length,
        `${method} ${path}`,
      ).toBeGreaterThan(0);
    }
    expect(doc.paths['/api/stories']?.get?.parameters?.length).toBeGreaterThanOrEqual(7);
  });

  it('sends security headers, and answers unknown API paths with the JSON 404', async () => {
    const response = await t.api('/api/nothing-here');
    expect(await errorOf(response)).toMatchObject({ status: 404, code: 'not_found' });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await errorOf(await t.api('/api/stories', { method: 'DELETE' }))).toMatchObject({ status: 404 });
  });

  it('says how to build the interface when it is not built', async () => {
    for (const path of ['/', '/stories/abc']) {
      const response = await t.api(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('npm run build -w @storyfold/web');
    }
  });

  it('ends an event stream’s subscription when the client goes away', async () => {
    const { bus } = t.server.context;
    const before = bus.size;
    const controller = new AbortController();
    const response = await t.api('/api/events', { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    expect(bus.size).toBe(before + 1);
    controller.abort();
    await expect.poll(() => bus.size).toBe(before);
  });

  it('closes the event stream of a client that stopped reading, instead of buffering for it', async () => {
    const { bus } = t.server.context;
    const before = bus.size;
    const { host, port } = new URL(t.url);
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    socket.write(`GET /api/events HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    await expect.poll(() => bus.size).toBe(before + 1);
    socket.pause();
    // 100 KB events until the socket buffers fill and the unread bytes pass the bound (at most 64 MiB).
    const stories = Array.from({ length: 10_000 }, (_, i) => `story-${i}`);
    for (let sent = 0; bus.size > before && sent < 64 * MAX_UNREAD_BYTES; sent += 100_000) {
      bus.publish('stories', { stories });
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(bus.size).toBe(before);
    socket.destroy();
  });
});

describe('the server with a web build', () => {
  let dir = '';
  let store: Store;
  let server: StoryfoldServer;
  let url = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storyfold-web-'));
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Storyfold UI</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("hi")');
    store = await openStore({ dataDir: join(dir, 'data') });
    server = await buildServer({
      store,
      webRoot: web,
      config: { logLevel: 'silent', refreshFirstDelaySeconds: 0 },
    });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const address = server.app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    // An open event stream must not keep the server from closing.
    const controller = new AbortController();
    await fetch(`${url}/api/events`, { signal: controller.signal });
    await server.app.close();
    controller.abort();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the build, falls back to index.html for the interface’s paths, not for missing files', async () => {
    const index = await fetch(`${url}/`);
    expect(await index.text()).toContain('Storyfold UI');
    const asset = await fetch(`${url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const deep = await fetch(`${url}/stories/some-story?x=1`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('Storyfold UI');
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect(await errorOf(await fetch(`${url}/api/missing`))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
