import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDS_DIR, type FeedServer, startFeedServer } from '../testing/feed-server.js';
import { forbiddenRange } from './address-policy.js';
import { USER_AGENT } from './defaults.js';
import type { FailedOutcome, FetchedOutcome, FetchOutcome } from './fetch-outcome.js';
import { fetchResource } from './fetch-resource.js';
import type { AddressGuard, Resolve } from './guarded-lookup.js';
import { createHostLimiter } from './host-limiter.js';

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
});

afterAll(async () => {
  await server.close();
});

function fetched(outcome: FetchOutcome): FetchedOutcome {
  if (outcome.kind !== 'fetched') throw new Error(`expected fetched, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function failedWith(outcome: FetchOutcome): FailedOutcome {
  if (outcome.kind !== 'failed') throw new Error(`expected failed, got ${outcome.kind}`);
  return outcome;
}

const guardian = readFileSync(join(FEEDS_DIR, 'guardian.rss'));

describe('fetchResource: documents and validators', () => {
  it('fetches a real feed with an honest User-Agent, feed Accept and validators', async () => {
    const outcome = fetched(await fetchResource(server.url('/feeds/guardian.rss')));
    expect(outcome.status).toBe(200);
    expect(Buffer.from(outcome.body).equals(guardian)).toBe(true);
    expect(outcome.text()).toBe(guardian.toString('utf8'));
    expect(outcome.mediaType).toBe('application/rss+xml');
    expect(outcome.etag).toMatch(/^"[0-9a-f]+"$/);
    expect(outcome.lastModified).toBeDefined();
    expect(outcome.permanentUrl).toBeUndefined();
    const request = server.requests.at(-1)!;
    expect(request.headers['user-agent']).toBe(USER_AGENT);
    expect(request.headers['user-agent']).toMatch(/^Storyfold\/\d+\.\d+\.\d+ \(\+https?:\/\/.+\)$/);
    expect(request.headers.accept).toMatch(/^application\/rss\+xml/);
    expect(request.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('asks for HTML when fetching a page', async () => {
    const outcome = fetched(await fetchResource(server.url('/pages/001'), {}, { accept: 'page' }));
    expect(outcome.mediaType).toBe('text/html');
    expect(server.requests.at(-1)!.headers.accept).toMatch(/^text\/html/);
  });

  it('gets 304 Not Modified back when the ETag matches, keeping the validators', async () => {
    const first = fetched(await fetchResource(server.url('/feeds/heise.atom')));
    const second = await fetchResource(server.url('/feeds/heise.atom'), {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second.kind).toBe('not-modified');
    if (second.kind !== 'not-modified') return;
    expect(second.etag).toBe(first.etag);
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(first.etag);
    expect(server.requests.at(-1)!.status).toBe(304);
  });

  it('gets 304 from If-Modified-Since alone', async () => {
    const first = fetched(await fetchResource(server.url('/feeds/narro.rss')));
    const second = await fetchResource(server.url('/feeds/narro.rss'), { lastModified: first.lastModified });
    expect(second.kind).toBe('not-modified');
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe(first.lastModified);
  });

  it('fetches again with a new ETag when the document changed', async () => {
    const path = '/changing-etag/feeds/narro.rss';
    const first = fetched(await fetchResource(server.url(path)));
    const second = fetched(await fetchResource(server.url(path), { etag: first.etag }));
    expect(second.etag).not.toBe(first.etag);
    expect(second.text()).not.toBe(first.text());
  });

  it('reports Cache-Control max-age', async () => {
    const outcome = fetched(await fetchResource(server.url('/max-age/1800/feeds/narro.rss')));
    expect(outcome.maxAgeSeconds).toBe(1800);
  });

  it('serves a feed whose items lack GUIDs', async () => {
    const outcome = fetched(await fetchResource(server.url('/no-guid/feeds/guardian.rss')));
    expect(outcome.text()).not.toContain('<guid');
    expect(outcome.text().match(/<item>/g)?.length).toBe(guardian.toString().match(/<item>/g)?.length);
  });

  it('returns a truncated document as fetched (parsing is the next layer)', async () => {
    const outcome = fetched(await fetchResource(server.url('/truncated/feeds/guardian.rss')));
    expect(outcome.body.length).toBe(Math.floor(guardian.length * 0.6));
    expect(outcome.text()).not.toContain('</rss>');
  });

  it('returns an HTML page served as a feed with the declared type', async () => {
    const outcome = fetched(await fetchResource(server.url('/as-feed/pages/001')));
    expect(outcome.mediaType).toBe('application/rss+xml');
    expect(outcome.text()).toMatch(/<html/i);
  });
});

describe('fetchResource: encodings and charsets', () => {
  for (const encoding of ['gzip', 'deflate', 'br']) {
    it(`decodes a ${encoding}-compressed body`, async () => {
      const outcome = fetched(await fetchResource(server.url(`/${encoding}/feeds/guardian.rss`)));
      expect(Buffer.from(outcome.body).equals(guardian)).toBe(true);
    });
  }

  it('decodes a feed served as ISO-8859-1 by the HTTP charset', async () => {
    const outcome = fetched(await fetchResource(server.url('/latin1/feeds/guardian.rss')));
    expect(outcome.contentType).toBe('application/rss+xml; charset=ISO-8859-1');
    const text = outcome.text();
    expect(text).toContain('Comín');
    expect(text).not.toContain('\uFFFD');
    expect(text.length).toBe(outcome.body.length);
  });

  it('decodes a real Latin-1 feed by its XML declaration', async () => {
    const outcome = fetched(await fetchResource(server.url('/feeds/encoding.rss')));
    expect(outcome.text()).toContain('Jornal de Notícias - Últimas Notícias');
  });

  it('decodes a real Latin-1 feed that declares nothing (windows-1252 fallback)', async () => {
    const outcome = fetched(await fetchResource(server.url('/feeds/uolNoticias.rss')));
    expect(outcome.text()).toContain('UOL Noticias - Últimas Notícias');
  });
});

describe('fetchResource: redirects', () => {
  it('follows a 301 and reports the permanent URL', async () => {
    const outcome = fetched(await fetchResource(server.url('/redirect/301/feeds/narro.rss')));
    expect(outcome.url).toBe(server.url('/feeds/narro.rss'));
    expect(outcome.permanentUrl).toBe(server.url('/feeds/narro.rss'));
    expect(outcome.redirects.map((hop) => hop.status)).toEqual([301]);
  });

  it('follows a 302 without a permanent URL', async () => {
    const outcome = fetched(await fetchResource(server.url('/redirect/302/feeds/narro.rss')));
    expect(outcome.url).toBe(server.url('/feeds/narro.rss'));
    expect(outcome.permanentUrl).toBeUndefined();
  });

  it('needs every hop permanent (301 then 308 yes, 301 then 307 no)', async () => {
    const both = fetched(await fetchResource(server.url('/redirect/301/redirect/308/feeds/narro.rss')));
    expect(both.permanentUrl).toBe(server.url('/feeds/narro.rss'));
    const mixed = fetched(await fetchResource(server.url('/redirect/301/redirect/307/feeds/narro.rss')));
    expect(mixed.permanentUrl).toBeUndefined();
  });

  it('reports a permanent URL with a 304 too', async () => {
    const first = fetched(await fetchResource(server.url('/feeds/narro.rss')));
    const again = await fetchResource(server.url('/redirect/308/feeds/narro.rss'), { etag: first.etag });
    expect(again.kind).toBe('not-modified');
    if (again.kind === 'not-modified') expect(again.permanentUrl).toBe(server.url('/feeds/narro.rss'));
  });

  it('gives up after 5 redirects', async () => {
    const outcome = failedWith(await fetchResource(server.url('/loop/0')));
    expect(outcome.failure).toBe('redirect');
    expect(outcome.reason).toMatch(/^more than 5 redirects/);
    expect(outcome.redirects).toHaveLength(5);
  });
});

describe('fetchResource: failures in words', () => {
  it('429 with Retry-After in seconds', async () => {
    const outcome = failedWith(await fetchResource(server.url('/retry-after/120/status/429')));
    expect(outcome.status).toBe(429);
    expect(outcome.retryAfterSeconds).toBe(120);
    expect(outcome.reason).toBe('the server answered 429 Too Many Requests; it asks us to wait 2 min');
  });

  it('503 with Retry-After as an HTTP date', async () => {
    const outcome = failedWith(await fetchResource(server.url('/retry-after/date+3600/status/503')));
    expect(outcome.status).toBe(503);
    expect(outcome.retryAfterSeconds).toBeGreaterThanOrEqual(3598);
    expect(outcome.retryAfterSeconds).toBeLessThanOrEqual(3601);
    expect(outcome.reason).toMatch(
      /^the server answered 503 Service Unavailable; it asks us to wait (59 min|1 h)/,
    );
  });

  it('500 and 404', async () => {
    expect(failedWith(await fetchResource(server.url('/status/500'))).reason).toBe(
      'the server answered 500 Internal Server Error',
    );
    const missing = failedWith(await fetchResource(server.url('/feeds/nothing-here.rss')));
    expect(missing.status).toBe(404);
    expect(missing.reason).toBe('the server answered 404 Not Found');
  });

  it('times out when the headers come too late', async () => {
    const started = performance.now();
    const outcome = failedWith(
      await fetchResource(server.url('/slow-headers/5000/feeds/narro.rss'), {}, { timeoutMs: 300 }),
    );
    expect(outcome.failure).toBe('timeout');
    expect(outcome.reason).toBe('no answer within 300 ms');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('times out when the body comes too late (the timeout covers the body)', async () => {
    const outcome = failedWith(
      await fetchResource(server.url('/slow-body/5000/feeds/guardian.rss'), {}, { timeoutMs: 1000 }),
    );
    expect(outcome.failure).toBe('timeout');
    expect(outcome.reason).toBe('the document did not finish arriving within 1 s');
  });

  it('refuses a 50 MB body announced by Content-Length without reading it', async () => {
    const outcome = failedWith(await fetchResource(server.url('/huge/50')));
    expect(outcome.failure).toBe('too-large');
    expect(outcome.reason).toBe('the document (50 MB) is larger than 5 MB');
  });

  it('stops reading a streamed 50 MB body once it passes the limit', async () => {
    const started = performance.now();
    const outcome = failedWith(
      await fetchResource(server.url('/huge-chunked/50'), {}, { maxBytes: 1024 * 1024 }),
    );
    expect(outcome.failure).toBe('too-large');
    expect(outcome.reason).toBe('the document is larger than 1 MB');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('applies the size limit after decompression', async () => {
    const outcome = failedWith(
      await fetchResource(server.url('/gzip/feeds/guardian.rss'), {}, { maxBytes: 100_000 }),
    );
    expect(outcome.failure).toBe('too-large');
  });

  it('reports a connection cut in the middle of the body', async () => {
    const outcome = failedWith(await fetchResource(server.url('/cut-connection/feeds/guardian.rss')));
    expect(outcome.failure).toBe('network');
    expect(outcome.reason).toMatch(
      /^the connection to 127\.0\.0\.1:\d+ broke while the document was arriving/,
    );
  });

  it('reports a refused connection with the host', async () => {
    const gone = await startFeedServer();
    const url = gone.url('/feeds/narro.rss');
    await gone.close();
    const outcome = failedWith(await fetchResource(url));
    expect(outcome.failure).toBe('network');
    expect(outcome.reason).toBe(`could not reach ${new URL(url).host}: connection refused`);
  });

  it('reports an invalid address', async () => {
    expect(failedWith(await fetchResource('not a url')).failure).toBe('invalid-url');
    expect(failedWith(await fetchResource('ftp://example.com/feed')).reason).toBe(
      'refused: only http and https URLs can be fetched (this one is ftp:)',
    );
  });

  it('ends as aborted when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchResource(
      server.url('/slow-headers/5000/feeds/narro.rss'),
      {},
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 50);
    expect(failedWith(await pending).failure).toBe('aborted');
  });
});

describe('fetchResource: with a host limiter', () => {
  it('never has more than 2 requests in flight at the server for one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const counted = await startFeedServer({
      '/counted': (_request, response) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        setTimeout(() => {
          inFlight--;
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          response.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
        }, 20);
      },
    });
    try {
      const limiter = createHostLimiter({ perHost: 2, total: 8 });
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => fetchResource(counted.url('/counted'), {}, { limiter })),
      );
      expect(outcomes.every((outcome) => outcome.kind === 'fetched')).toBe(true);
      expect(peak).toBe(2);
      expect(limiter.peak.perHost).toBe(2);
    } finally {
      await counted.close();
    }
  });
});

describe('fetchResource: SSRF guard (allowPrivate: false)', () => {
  const refused = (outcome: FetchOutcome): string => {
    const failure = failedWith(outcome);
    expect(failure.failure).toBe('refused');
    return failure.reason;
  };

  it('refuses a real server on 127.0.0.1 without sending it a request, and fetches it when allowed', async () => {
    const before = server.requests.length;
    const outcome = failedWith(
      await fetchResource(server.url('/feeds/narro.rss'), {}, { allowPrivate: false }),
    );
    expect(outcome).toMatchObject({
      failure: 'refused',
      reason: 'refused: 127.0.0.1 is a loopback address (this computer)',
      url: server.url('/feeds/narro.rss'),
    });
    expect(server.requests.length).toBe(before);
    expect(
      fetched(await fetchResource(server.url('/feeds/narro.rss'), {}, { allowPrivate: true })).status,
    ).toBe(200);
    // The default is allowed (the CLI's case).
    expect(fetched(await fetchResource(server.url('/feeds/narro.rss'))).status).toBe(200);
  });

  it('refuses a host name that the system resolver maps to this computer (the real guard)', async (context) => {
    // This machine's own name resolves to a loopback or private address on most systems (here via
    // /etc/hosts); the default guard must refuse it at connect time, with no name rule involved.
    const name = hostname();
    const { address } = await lookup(name).catch(() => ({ address: '' }));
    if (forbiddenRange(address) === undefined) context.skip();
    const before = server.requests.length;
    const url = `http://${name}:${new URL(server.origin).port}/feeds/narro.rss`;
    const outcome = failedWith(await fetchResource(url, {}, { allowPrivate: false }));
    expect(outcome.failure).toBe('refused');
    expect(outcome.reason).toBe(
      `refused: ${name.toLowerCase()} resolves to ${address}, ${forbiddenRange(address)?.description}`,
    );
    expect(server.requests.length).toBe(before);
    expect(fetched(await fetchResource(url, {}, { allowPrivate: true })).status).toBe(200);
  });

  it('refuses localhost by name and 127.0.0.1 in its other spellings', async () => {
    const port = new URL(server.origin).port;
    const spellings: Array<[string, string]> = [
      [`http://localhost:${port}/feeds/narro.rss`, 'refused: localhost is this computer (a localhost name)'],
      [`http://127.1:${port}/feeds/narro.rss`, 'refused: 127.0.0.1 is a loopback address (this computer)'],
      [
        `http://2130706433:${port}/feeds/narro.rss`,
        'refused: 127.0.0.1 is a loopback address (this computer)',
      ],
      [`http://[::ffff:127.0.0.1]:${port}/`, 'refused: ::ffff:7f00:1 is a loopback address (this computer)'],
      [`http://0.0.0.0:${port}/`, 'refused: 0.0.0.0 is an unspecified address (it reaches this computer)'],
      ['http://169.254.169.254/latest/meta-data/', 'refused: 169.254.169.254 is a link-local address'],
      ['https://10.0.0.5/feed', 'refused: 10.0.0.5 is a private network address'],
      ['http://[fd00::1]/', 'refused: fd00::1 is a unique local (private) IPv6 address'],
    ];
    for (const [url, reason] of spellings)
      expect(refused(await fetchResource(url, {}, { allowPrivate: false }))).toBe(reason);
  });

  it('refuses file:, data:, javascript: and ftp: URLs, allowed or not', async () => {
    for (const allowPrivate of [false, true]) {
      for (const url of [
        'file:///etc/passwd',
        'data:text/html,<script>alert(1)</script>',
        'javascript:alert(1)',
        'ftp://example.com/feed',
      ]) {
        const outcome = failedWith(await fetchResource(url, {}, { allowPrivate }));
        expect(outcome.failure).toBe('invalid-url');
        expect(outcome.reason).toMatch(
          /^refused: only http and https URLs can be fetched \(this one is [a-z]+:\)$/,
        );
      }
    }
  });

  /**
   * A test guard for hops that must be allowed: the real policy, except that 127.0.0.1 (where the
   * test servers listen) counts as a public server, and names resolved by a table.
   */
  function testGuard(names: Record<string, string[]>): AddressGuard {
    const resolve: Resolve = (hostname, _options, callback) => {
      const addresses = names[hostname];
      if (addresses === undefined) callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
      else
        callback(
          null,
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        );
    };
    return {
      forbidden: (address) => (address === '127.0.0.1' ? undefined : forbiddenRange(address)),
      resolve,
    };
  }

  it('checks every redirect hop: an allowed host redirecting to this computer is refused', async () => {
    const port = new URL(server.origin).port;
    const targets: Record<string, string> = {
      '/to-mapped': `http://[::ffff:127.0.0.1]:${port}/feeds/narro.rss`,
      '/to-localhost': `http://localhost:${port}/feeds/narro.rss`,
      '/to-internal-name': `http://internal.example:${port}/feeds/narro.rss`,
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
    };
    const redirecting = await startFeedServer(
      Object.fromEntries(
        Object.entries(targets).map(([path, location]) => [
          path,
          (_request, response) => {
            response.writeHead(302, { location });
            response.end();
          },
        ]),
      ),
    );
    try {
      const guard = testGuard({ 'public.example': ['127.0.0.1'], 'internal.example': ['127.0.0.2'] });
      const before = server.requests.length;
      const from = `public.example:${new URL(redirecting.origin).port}`;
      const start = (path: string): string => `http://${from}${path}`;
      // The first hop is allowed and answers.
      expect(
        fetched(await fetchResource(start('/feeds/narro.rss'), {}, { allowPrivate: false, guard })).status,
      ).toBe(200);
      const reasons: Record<string, string> = {
        '/to-mapped': `refused: ::ffff:7f00:1 is a loopback address (this computer) (a redirect from ${from})`,
        '/to-localhost': `refused: localhost is this computer (a localhost name) (a redirect from ${from})`,
        '/to-internal-name': `refused: internal.example resolves to 127.0.0.2, a loopback address (this computer) (a redirect from ${from})`,
        '/to-metadata': `refused: 169.254.169.254 is a link-local address (a redirect from ${from})`,
      };
      for (const [path, reason] of Object.entries(reasons)) {
        const outcome = failedWith(await fetchResource(start(path), {}, { allowPrivate: false, guard }));
        expect(outcome.failure).toBe('refused');
        expect(outcome.reason).toBe(reason);
        expect(outcome.redirects).toEqual([
          { from: start(path), to: new URL(targets[path]!).href, status: 302 },
        ]);
      }
      // Nothing but the allowed hops reached a server: the main server saw none of the refused ones.
      expect(server.requests.length).toBe(before);
      expect(redirecting.requests.map((request) => request.path)).toEqual([
        '/feeds/narro.rss',
        ...Object.keys(reasons),
      ]);
    } finally {
      await redirecting.close();
    }
  });

  it('judges the address each new connection really goes to (DNS rebinding)', async () => {
    const closing = await startFeedServer({
      '/close': (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml', connection: 'close' });
        response.end('<rss version="2.0"><channel><title>t</title></channel></rss>');
      },
    });
    try {
      let lookups = 0;
      const guard: AddressGuard = {
        ...testGuard({}),
        resolve: (_hostname, _options, callback) => {
          lookups++;
          // A public answer first (what a check before fetching would see), then this computer.
          callback(null, [{ address: lookups === 1 ? '127.0.0.1' : '127.0.0.3', family: 4 }]);
        },
      };
      const url = `http://rebind.example:${new URL(closing.origin).port}/close`;
      expect(fetched(await fetchResource(url, {}, { allowPrivate: false, guard })).status).toBe(200);
      expect(refused(await fetchResource(url, {}, { allowPrivate: false, guard }))).toBe(
        'refused: rebind.example resolves to 127.0.0.3, a loopback address (this computer)',
      );
      expect(lookups).toBe(2);
      expect(closing.requests).toHaveLength(1);
    } finally {
      await closing.close();
    }
  });

  it('keeps the public addresses of a host that also has private ones', async () => {
    const guard = testGuard({ 'mixed.example': ['10.0.0.5', '127.0.0.1'] });
    const url = `http://mixed.example:${new URL(server.origin).port}/feeds/narro.rss`;
    expect(fetched(await fetchResource(url, {}, { allowPrivate: false, guard })).status).toBe(200);
  });

  it('still decodes, streams, limits and redirects through the guarded dispatcher', async () => {
    const guard = testGuard({ 'public.example': ['127.0.0.1'] });
    const at = (path: string): string => `http://public.example:${new URL(server.origin).port}${path}`;
    const options = { allowPrivate: false, guard };
    const br = fetched(await fetchResource(at('/br/feeds/guardian.rss'), {}, options));
    expect(Buffer.from(br.body).equals(guardian)).toBe(true);
    expect(fetched(await fetchResource(at('/redirect/301/feeds/narro.rss'), {}, options)).permanentUrl).toBe(
      at('/feeds/narro.rss'),
    );
    expect(
      failedWith(await fetchResource(at('/huge-chunked/50'), {}, { ...options, maxBytes: 1024 * 1024 }))
        .failure,
    ).toBe('too-large');
    expect(
      failedWith(
        await fetchResource(at('/slow-headers/5000/feeds/narro.rss'), {}, { ...options, timeoutMs: 200 }),
      ).failure,
    ).toBe('timeout');
  });
});
