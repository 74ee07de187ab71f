import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { errorOf, useTestServer } from './server.test-helper.js';

/** A raw request (fetch may not set Host), answered with its status and body. */
function raw(
  url: string,
  method: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('requests from other sites', () => {
  const t = useTestServer();

  it('answers a Host naming this computer, refuses another name (DNS rebinding)', async () => {
    const port = new URL(t.url).port;
    expect((await raw(`${t.url}/api/status`, 'GET', { host: `localhost:${port}` })).status).toBe(200);
    const rebound = await raw(`${t.url}/api/status`, 'GET', { host: `evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: 'forbidden_host' } });
  });

  it("refuses a change posted from another site's page, accepts one from its own", async () => {
    const hostile = await t.api('/api/refresh', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(await errorOf(hostile)).toMatchObject({ status: 403, code: 'cross_site' });
    const own = await t.api('/api/refresh', { method: 'POST', headers: { origin: t.url } });
    expect(own.status).toBe(202);
    // Reading is not a change: another site's Origin on a GET is answered (the browser keeps the answer from it).
    expect((await t.api('/api/status', { headers: { origin: 'https://evil.example' } })).status).toBe(200);
  });
});
