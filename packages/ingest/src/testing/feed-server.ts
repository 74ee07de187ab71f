/**
 * A real HTTP server on 127.0.0.1 (a free port) for tests and benchmarks of fetching and polling:
 * it serves REAL feeds and article pages from the shared datasets, with misbehaviours chosen by
 * the path. A path is a chain of modifiers followed by one document:
 *
 *   documents   /feeds/<file>             a feed of rss-parser's test inputs, as stored
 *               /pages/<case>             a Readability test page (source.html), as text/html
 *               /many/<i>.xml             a real feed picked by i (for 1,000-feed refreshes)
 *               /status/<code>            that status with a short text body
 *               /huge/<MB>                a generated RSS body of that size, streamed, with
 *                                         Content-Length; /huge-chunked/<MB> without it
 *               /loop/<n>                 302 to /loop/<n+1>, for ever
 *   modifiers   /redirect/<3xx>/<rest>    redirects to /<rest> (chains: /redirect/301/redirect/308/…)
 *               /gzip/ /deflate/ /br/     compresses the body (when Accept-Encoding allows it)
 *               /slow-headers/<ms>/       waits before sending the headers
 *               /slow-body/<ms>/          sends the headers and half the body, waits, then the rest
 *               /cut-connection/          announces the full length, sends half, closes the socket
 *               /max-age/<s>/             Cache-Control: max-age=<s>
 *               /retry-after/<v>/         Retry-After: <v> seconds, or date+<s> for an HTTP date
 *                                         <s> seconds ahead
 *               /changing-etag/           a new ETag (and a revision comment) on every request
 *               /no-validators/           no ETag and no Last-Modified
 *               /latin1/                  the document re-encoded as ISO-8859-1 (characters outside
 *                                         it as numeric character references), declared in the
 *                                         Content-Type charset and the XML declaration
 *               /no-guid/                 every <guid> element removed
 *               /truncated/               the document cut at 60% (a complete, short response)
 *               /as-feed/                 Content-Type application/rss+xml whatever the document
 *
 * Documents get a strong ETag (a hash of the bytes sent) and Last-Modified (the file's mtime),
 * and a 304 when If-None-Match (or, without it, If-Modified-Since) matches. Extra routes given to
 * startFeedServer (exact paths) take precedence. Every request is logged with its status.
 * Test support only: reads the datasets by path relative to the repository root (the working
 * directory of tests), never copies them.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

/** Real feeds (rss-parser's test inputs), relative to the repository root. */
export const FEEDS_DIR = '../shared/datasets/feeds/rss-parser/test/input';
/** Real article pages (Readability's test pages), relative to the repository root. */
export const PAGES_DIR = '../shared/datasets/extraction/readability/pages';

/** Feeds served under /many/<i>.xml: every real feed of FEEDS_DIR except the one that is not a feed. */
export function manyFeedFiles(): string[] {
  return readdirSync(FEEDS_DIR)
    .filter((name) => name !== 'unrecognized.rss')
    .sort();
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The status answered, once the response has ended (undefined while in flight or cut). */
  status?: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface FeedServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** URLs /many/0.xml … /many/<count-1>.xml: `count` feed URLs, each serving a real feed. */
  manyUrls(count: number): string[];
  /** Every request received, in arrival order. */
  requests: LoggedRequest[];
  /** Stops listening, cuts open connections and cancels pending slow responses. */
  close(): Promise<void>;
}

interface Document {
  status: number;
  body: Buffer;
  contentType: string;
  lastModified?: Date;
  /** Streamed generated body instead of `body`. */
  generated?: { bytes: number; withLength: boolean };
}

interface Behaviour {
  encoding?: 'gzip' | 'deflate' | 'br';
  slowHeadersMs?: number;
  slowBodyMs?: number;
  cutConnection?: boolean;
  maxAge?: string;
  retryAfter?: string;
  changingEtag?: boolean;
  noValidators?: boolean;
  latin1?: boolean;
  noGuid?: boolean;
  truncated?: boolean;
  asFeed?: boolean;
}

const TYPES: Record<string, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  xml: 'application/xml',
  json: 'application/feed+json',
};

class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const fileCache = new Map<string, { body: Buffer; mtime: Date }>();

function readCached(path: string): { body: Buffer; mtime: Date } {
  let entry = fileCache.get(path);
  if (entry === undefined) {
    try {
      entry = { body: readFileSync(path), mtime: statSync(path).mtime };
    } catch {
      throw new HttpAnswer(404, `no such document: ${path}`);
    }
    fileCache.set(path, entry);
  }
  return entry;
}

function safeName(name: string | undefined): string {
  if (name === undefined || name === '' || name.includes('..') || name.includes('/')) {
    throw new HttpAnswer(404, 'no such document');
  }
  return decodeURIComponent(name);
}

function feedDocument(file: string): Document {
  const { body, mtime } = readCached(join(FEEDS_DIR, file));
  const extension = file.split('.').pop() ?? '';
  return { status: 200, body, contentType: TYPES[extension] ?? 'application/xml', lastModified: mtime };
}

function pageDocument(name: string): Document {
  const { body, mtime } = readCached(join(PAGES_DIR, name, 'source.html'));
  return { status: 200, body, contentType: 'text/html', lastModified: mtime };
}

function toLatin1(text: string): Buffer {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code <= 0xff ? char : `&#${code};`;
  }
  out = out.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, '$1ISO-8859-1$2');
  return Buffer.from(out, 'latin1');
}

function transform(document: Document, behaviour: Behaviour, revision: number): Document {
  let { body, contentType } = document;
  if (behaviour.noGuid)
    body = Buffer.from(body.toString('utf8').replace(/\s*<guid\b[^>]*?(?:\/>|>[\s\S]*?<\/guid>)/g, ''));
  if (behaviour.latin1) {
    body = toLatin1(body.toString('utf8'));
    contentType = `${contentType}; charset=ISO-8859-1`;
  }
  if (behaviour.truncated) body = body.subarray(0, Math.floor(body.length * 0.6));
  if (behaviour.changingEtag) body = Buffer.concat([body, Buffer.from(`\n<!-- revision ${revision} -->\n`)]);
  if (behaviour.asFeed) contentType = 'application/rss+xml';
  return { ...document, body, contentType };
}

const hashCache = new WeakMap<Buffer, string>();

function etagOf(body: Buffer, encoding: string | undefined): string {
  let hash = hashCache.get(body);
  if (hash === undefined) {
    hash = createHash('sha1').update(body).digest('hex').slice(0, 20);
    hashCache.set(body, hash);
  }
  return `"${hash}${encoding === undefined ? '' : `-${encoding}`}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

function notModified(
  request: IncomingMessage,
  etag: string | undefined,
  lastModified: Date | undefined,
): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return etag !== undefined && matchesEtag(ifNoneMatch, etag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  if (lastModified === undefined || Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

function accepts(request: IncomingMessage, encoding: string): boolean {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && header.toLowerCase().includes(encoding);
}

const compressedCache = new Map<string, Buffer>();

/** Compressed bodies are cached by content hash, so benchmarks measure the client, not zlib. */
function compress(body: Buffer, encoding: 'gzip' | 'deflate' | 'br'): Buffer {
  const key = `${encoding}:${createHash('sha1').update(body).digest('hex')}`;
  let compressed = compressedCache.get(key);
  if (compressed === undefined) {
    if (encoding === 'gzip') compressed = gzipSync(body);
    else if (encoding === 'deflate') compressed = deflateSync(body);
    else compressed = brotliCompressSync(body);
    compressedCache.set(key, compressed);
  }
  return compressed;
}

const GENERATED_HEAD =
  '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Generated</title>' +
  '<link>http://127.0.0.1/</link><description>A generated large feed</description>\n';
const GENERATED_TAIL = '</channel></rss>\n';
const GENERATED_ITEM =
  '<item><title>Generated item</title><link>http://127.0.0.1/item</link>' +
  '<description>Filler text to make a large document for size-limit tests.</description></item>\n';
const BLOCK_BYTES = 64 * 1024;
const GENERATED_BLOCK = (() => {
  const items = GENERATED_ITEM.repeat(Math.floor(BLOCK_BYTES / GENERATED_ITEM.length));
  return Buffer.from(items + ' '.repeat(BLOCK_BYTES - items.length));
})();

export async function startFeedServer(routes: Record<string, RouteHandler> = {}): Promise<FeedServer> {
  const requests: LoggedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const revisions = new Map<string, number>();
  let closed = false;

  const wait = (ms: number, response: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(!closed && !response.destroyed);
      }, ms);
      timers.add(timer);
      response.once('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(false);
      });
    });

  async function streamGenerated(response: ServerResponse, bytes: number): Promise<void> {
    const head = Buffer.from(GENERATED_HEAD);
    const tail = Buffer.from(GENERATED_TAIL);
    let left = Math.max(0, bytes - head.length - tail.length);
    const chunks = [head];
    for (;;) {
      for (const chunk of chunks) {
        if (closed || response.destroyed) return;
        if (!response.write(chunk)) {
          // The losing wait is aborted, so no listener is left behind per chunk.
          const waits = new AbortController();
          const { signal } = waits;
          const [drained] = await Promise.race([
            once(response, 'drain', { signal }).then(() => [true]),
            once(response, 'close', { signal }).then(() => [false]),
          ]).finally(() => waits.abort());
          if (!drained) return;
        }
      }
      chunks.length = 0;
      if (left === 0) break;
      const size = Math.min(left, BLOCK_BYTES);
      chunks.push(size === BLOCK_BYTES ? GENERATED_BLOCK : Buffer.alloc(size, 0x20));
      left -= size;
    }
    response.end(tail);
  }

  async function serve(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const url = new URL(path, 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter((part) => part !== '');
    const behaviour: Behaviour = {};
    const revisionKey = url.pathname;
    let document: Document | undefined;

    while (document === undefined) {
      const step = parts.shift();
      switch (step) {
        case 'redirect': {
          const status = Number(parts.shift());
          if (![301, 302, 303, 307, 308].includes(status)) throw new HttpAnswer(400, 'bad redirect status');
          response.writeHead(status, { location: `/${parts.join('/')}${url.search}` });
          response.end();
          return;
        }
        case 'loop': {
          const n = Number(parts.shift() ?? 0);
          response.writeHead(302, { location: `/loop/${n + 1}` });
          response.end();
          return;
        }
        case 'gzip':
        case 'deflate':
        case 'br':
          behaviour.encoding = step;
          break;
        case 'slow-headers':
          behaviour.slowHeadersMs = Number(parts.shift());
          break;
        case 'slow-body':
          behaviour.slowBodyMs = Number(parts.shift());
          break;
        case 'cut-connection':
          behaviour.cutConnection = true;
          break;
        case 'max-age':
          behaviour.maxAge = parts.shift();
          break;
        case 'retry-after':
          behaviour.retryAfter = parts.shift();
          break;
        case 'changing-etag':
          behaviour.changingEtag = true;
          break;
        case 'no-validators':
          behaviour.noValidators = true;
          break;
        case 'latin1':
          behaviour.latin1 = true;
          break;
        case 'no-guid':
          behaviour.noGuid = true;
          break;
        case 'truncated':
          behaviour.truncated = true;
          break;
        case 'as-feed':
          behaviour.asFeed = true;
          break;
        case 'feeds':
          document = feedDocument(safeName(parts.shift()));
          break;
        case 'pages':
          document = pageDocument(safeName(parts.shift()));
          break;
        case 'many': {
          const files = manyFeedFiles();
          const index = Number.parseInt(parts.shift() ?? '', 10);
          if (!Number.isInteger(index) || index < 0) throw new HttpAnswer(404, 'no such feed');
          document = feedDocument(files[index % files.length]!);
          break;
        }
        case 'status': {
          const status = Number(parts.shift());
          if (!Number.isInteger(status) || status < 200 || status > 599)
            throw new HttpAnswer(400, 'bad status');
          document = { status, body: Buffer.from(`status ${status}\n`), contentType: 'text/plain' };
          behaviour.noValidators = true;
          break;
        }
        case 'huge':
        case 'huge-chunked': {
          const megabytes = Number(parts.shift());
          if (!(megabytes > 0)) throw new HttpAnswer(400, 'bad size');
          const bytes = Math.round(megabytes * 1024 * 1024);
          document = {
            status: 200,
            body: Buffer.alloc(0),
            contentType: 'application/rss+xml',
            generated: { bytes, withLength: step === 'huge' },
          };
          behaviour.noValidators = true;
          break;
        }
        default:
          throw new HttpAnswer(404, `no such path: ${url.pathname}`);
      }
    }

    const revision = (revisions.get(revisionKey) ?? 0) + 1;
    revisions.set(revisionKey, revision);
    if (behaviour.slowHeadersMs !== undefined && !(await wait(behaviour.slowHeadersMs, response))) return;

    const headers: Record<string, string | number> = { 'content-type': document.contentType };
    if (behaviour.maxAge !== undefined) headers['cache-control'] = `max-age=${behaviour.maxAge}`;
    if (behaviour.retryAfter !== undefined) {
      const value = behaviour.retryAfter;
      headers['retry-after'] = value.startsWith('date+')
        ? new Date(Date.now() + Number(value.slice(5)) * 1000).toUTCString()
        : value;
    }

    if (document.generated !== undefined) {
      if (document.generated.withLength) headers['content-length'] = document.generated.bytes;
      response.writeHead(document.status, headers);
      await streamGenerated(response, document.generated.bytes);
      return;
    }

    const sent = transform(document, behaviour, revision);
    headers['content-type'] = sent.contentType;
    const encoding =
      behaviour.encoding !== undefined && accepts(request, behaviour.encoding)
        ? behaviour.encoding
        : undefined;
    if (!behaviour.noValidators && sent.status === 200) {
      const etag = etagOf(sent.body, encoding);
      headers.etag = behaviour.changingEtag ? `"r${revision}-${etag.slice(1)}` : etag;
      if (sent.lastModified !== undefined) headers['last-modified'] = sent.lastModified.toUTCString();
      if (notModified(request, String(headers.etag), sent.lastModified)) {
        delete headers['content-type'];
        response.writeHead(304, headers);
        response.end();
        return;
      }
    }
    let body = sent.body;
    if (encoding !== undefined) {
      body = compress(body, encoding);
      headers['content-encoding'] = encoding;
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(sent.status, headers);

    if (behaviour.cutConnection) {
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      setImmediate(() => response.socket?.destroy());
      return;
    }
    if (behaviour.slowBodyMs !== undefined) {
      const half = Math.floor(body.length / 2);
      response.write(body.subarray(0, half));
      if (!(await wait(behaviour.slowBodyMs, response))) return;
      response.end(body.subarray(half));
      return;
    }
    response.end(body);
  }

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const entry: LoggedRequest = {
      method: request.method ?? 'GET',
      path,
      headers: request.headers,
      at: Date.now(),
    };
    requests.push(entry);
    response.once('finish', () => {
      entry.status = response.statusCode;
    });
    const custom = routes[new URL(path, 'http://127.0.0.1').pathname];
    const handled = custom === undefined ? serve(request, response, path) : custom(request, response);
    Promise.resolve(handled).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const status = error instanceof HttpAnswer ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(`${message}\n`);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path: string) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    manyUrls: (count: number) => Array.from({ length: count }, (_, i) => `${origin}/many/${i}.xml`),
    requests,
    close: async () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
    },
  };
}
