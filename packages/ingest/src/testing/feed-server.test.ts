import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDS_DIR, type FeedServer, manyFeedFiles, startFeedServer } from './feed-server.js';

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/custom': (_request, response) => {
      response.writeHead(418, { 'content-type': 'text/plain' });
      response.end('custom');
    },
  });
});

afterAll(async () => {
  await server.close();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain node:http GET (no automatic decompression), to see exactly what the server sends. */
function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(server.url(path), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

const narro = readFileSync(join(FEEDS_DIR, 'narro.rss'));

describe('startFeedServer', () => {
  it('serves a real feed with validators and answers 304 on a match', async () => {
    const first = await get('/feeds/narro.rss');
    expect(first.status).toBe(200);
    expect(first.body.equals(narro)).toBe(true);
    expect(first.headers['content-type']).toBe('application/rss+xml');
    const etag = String(first.headers.etag);
    expect((await get('/feeds/narro.rss', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/feeds/narro.rss', { 'if-none-match': '"other"' })).status).toBe(200);
    const since = String(first.headers['last-modified']);
    expect((await get('/feeds/narro.rss', { 'if-modified-since': since })).status).toBe(304);
  });

  it('logs every request with its status', async () => {
    await get('/feeds/nothing.rss');
    const last = server.requests.at(-1)!;
    expect(last.path).toBe('/feeds/nothing.rss');
    expect(last.status).toBe(404);
  });

  it('compresses only when the client accepts it', async () => {
    const gzipped = await get('/gzip/feeds/narro.rss', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(narro)).toBe(true);
    const plain = await get('/gzip/feeds/narro.rss');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(narro)).toBe(true);
  });

  it('serves N real feeds under /many/<i>.xml, cycling through the files', async () => {
    const files = manyFeedFiles();
    const urls = server.manyUrls(3);
    expect(urls[2]).toBe(server.url('/many/2.xml'));
    const second = await get(`/many/${files.length + 1}.xml`);
    expect(second.body.equals(readFileSync(join(FEEDS_DIR, files[1]!)))).toBe(true);
    expect((await get('/many/x.xml')).status).toBe(404);
  });

  it('re-encodes a feed as ISO-8859-1 with the charset in the header and the declaration', async () => {
    const latin1 = await get('/latin1/feeds/guardian.rss');
    expect(latin1.headers['content-type']).toBe('application/rss+xml; charset=ISO-8859-1');
    expect(latin1.body.subarray(0, 60).toString('latin1')).toMatch(/encoding="ISO-8859-1"/);
    expect(latin1.body.includes(Buffer.from('Com\xedn', 'latin1'))).toBe(true);
    expect(latin1.body.toString('latin1')).toMatch(/&#8217;/);
  });

  it('removes GUIDs and truncates documents', async () => {
    const original = readFileSync(join(FEEDS_DIR, 'guardian.rss'), 'utf8');
    const noGuid = (await get('/no-guid/feeds/guardian.rss')).body.toString('utf8');
    expect(noGuid).not.toMatch(/<guid/);
    expect(noGuid.match(/<item>/g)?.length).toBe(original.match(/<item>/g)?.length);
    const truncated = await get('/truncated/feeds/narro.rss');
    expect(truncated.body.length).toBe(Math.floor(narro.length * 0.6));
  });

  it('streams a generated body of the asked size, with or without Content-Length', async () => {
    const withLength = await get('/huge/1');
    expect(withLength.headers['content-length']).toBe(String(1024 * 1024));
    expect(withLength.body.length).toBe(1024 * 1024);
    expect(withLength.body.toString('utf8')).toMatch(/<\/rss>\n$/);
    const chunked = await get('/huge-chunked/0.5');
    expect(chunked.headers['content-length']).toBeUndefined();
    expect(chunked.body.length).toBe(512 * 1024);
  });

  it('redirects, scripts statuses and Retry-After, and lets custom routes win', async () => {
    const redirect = await get('/redirect/308/feeds/narro.rss');
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe('/feeds/narro.rss');
    const busy = await get('/retry-after/120/status/429');
    expect(busy.status).toBe(429);
    expect(busy.headers['retry-after']).toBe('120');
    expect((await get('/custom')).status).toBe(418);
  });

  it('serves a Readability page as HTML, or as a feed', async () => {
    expect((await get('/pages/001')).headers['content-type']).toBe('text/html');
    expect((await get('/as-feed/pages/001')).headers['content-type']).toBe('application/rss+xml');
  });
});
