/**
 * Fetches one feed or page politely and says how it ended: a conditional GET (If-None-Match,
 * If-Modified-Since) with an honest User-Agent, redirects followed by hand so that the caller
 * learns the final URL and whether every hop was permanent, one timeout over the whole exchange
 * (all hops, headers and body), and a size limit enforced while the body streams in.
 *
 * Reference: RFC 9110 (conditional requests §13, redirects §15.4, Retry-After §10.2.3), RFC 9111
 * (max-age), WHATWG Fetch as implemented by undici (which decodes gzip, deflate and br); the SSRF
 * guard follows OWASP's SSRF Prevention Cheat Sheet (address-policy.ts, guarded-lookup.ts).
 * SSRF guard: unless `allowPrivate`, every hop's host is judged before its request (a literal IP
 * in a forbidden range or a localhost name is refused) and every connection's resolved address as
 * it connects (guarded-lookup.ts), so redirects and DNS rebinding cannot reach this computer or
 * its networks. Only http and https are ever fetched, allowed or not.
 * Invariants: never throws for a network or server fault, only returns a FetchOutcome; never holds
 * more than `maxBytes` (+ one network chunk) of body; at most `maxRedirects` hops; `permanentUrl`
 * is set only when every hop was 301/308. Cost: one request per hop; O(body) time and memory.
 */
import { fetch, type Response } from 'undici';
import { hostRefusal } from './address-policy.js';
import { decodeBody } from './body-text.js';
import { freshnessSeconds, retryAfterSeconds } from './cache-headers.js';
import {
  ACCEPT_ENCODING,
  ACCEPT_FEED,
  ACCEPT_PAGE,
  DEFAULT_ALLOW_PRIVATE,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  MAX_REDIRECTS,
  USER_AGENT,
} from './defaults.js';
import { networkReason, statusReason, timeoutReason, tooLargeReason } from './failure-reason.js';
import type {
  FailedOutcome,
  FailureKind,
  FetchOutcome,
  NotModifiedOutcome,
  Redirect,
  Validators,
} from './fetch-outcome.js';
import { type AddressGuard, DEFAULT_GUARD, dispatcherFor, REFUSED_CODE } from './guarded-lookup.js';
import { type HostLimiter, hostOf } from './host-limiter.js';

export interface FetchOptions {
  /** What we ask for: 'feed' (feed media types first) or 'page' (HTML). Default 'feed'. */
  accept?: 'feed' | 'page';
  /** Time for the whole exchange, redirects and body included (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Largest body accepted after decompression (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Redirects followed at most (default MAX_REDIRECTS). */
  maxRedirects?: number;
  /** User-Agent header (default USER_AGENT). */
  userAgent?: string;
  /** Cancels the fetch from outside (e.g. on shutdown); it then ends as failed, 'aborted'. */
  signal?: AbortSignal;
  /** When given, the exchange waits for a slot of the URL's host; the timeout starts with the slot. */
  limiter?: HostLimiter;
  /** Clock for HTTP dates without a Date header (default Date.now). */
  now?: () => number;
  /**
   * May the fetch reach this computer and private networks (loopback, RFC 1918, link-local,
   * unique-local, CGNAT, localhost names …)? Default DEFAULT_ALLOW_PRIVATE (true): the CLI is a
   * local tool fetching what its user typed, and a user's own intranet feed is legitimate there.
   * A server fetching URLs given through its API must pass false (SSRF): hosts and every
   * connection's address are then checked on every redirect hop, and refusals end as failed,
   * 'refused', with the reason in words.
   */
  allowPrivate?: boolean;
  /** What is refused when private addresses are not allowed (default DEFAULT_GUARD); for tests. */
  guard?: AddressGuard;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_STATUSES = new Set([301, 308]);

interface Exchange {
  requestedUrl: string;
  url: string;
  redirects: Redirect[];
  allPermanent: boolean;
  started: number;
}

function base(exchange: Exchange): {
  requestedUrl: string;
  url: string;
  redirects: Redirect[];
  elapsedMs: number;
} {
  return {
    requestedUrl: exchange.requestedUrl,
    url: exchange.url,
    redirects: exchange.redirects,
    elapsedMs: Math.round(performance.now() - exchange.started),
  };
}

function permanent(exchange: Exchange): { permanentUrl?: string } {
  return exchange.redirects.length > 0 && exchange.allPermanent ? { permanentUrl: exchange.url } : {};
}

function failed(
  exchange: Exchange,
  failure: FailureKind,
  reason: string,
  extra: { status?: number; retryAfterSeconds?: number } = {},
): FailedOutcome {
  return { kind: 'failed', ...base(exchange), failure, reason, ...extra };
}

function requestHeaders(validators: Validators, options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: options.accept === 'page' ? ACCEPT_PAGE : ACCEPT_FEED,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The connection is already gone; nothing to free.
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

type BodyRead =
  | { ok: true; body: Uint8Array }
  | { ok: false; error: unknown }
  | { ok: false; tooLarge: true };

async function readLimited(response: Response, maxBytes: number, abort: () => void): Promise<BodyRead> {
  if (response.body === null) return { ok: true, body: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        abort();
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, error };
  }
  return { ok: true, body: concat(chunks, total) };
}

/**
 * The guard's refusal in the chain of causes of a fetch error, if that is why it failed (by its
 * code, so that a second copy of this module, e.g. src and dist in one process, is recognised too).
 */
function refusedCause(error: unknown): { message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (candidate.code === REFUSED_CODE && typeof candidate.message === 'string')
      return { message: candidate.message };
    current = candidate.cause;
  }
  return undefined;
}

/** A URL shortened for a message (a data: URL can be megabytes long). */
function clip(url: string): string {
  return url.length <= 200 ? url : `${url.slice(0, 200)}…`;
}

/** A refusal after redirects names the host that sent us there. */
function viaRedirect(reason: string, state: Exchange): string {
  const last = state.redirects.at(-1);
  return last === undefined ? reason : `${reason} (a redirect from ${new URL(last.from).host})`;
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === undefined || type === '' ? undefined : type;
}

async function exchange(url: string, validators: Validators, options: FetchOptions): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const now = options.now ?? Date.now;
  const state: Exchange = {
    requestedUrl: url,
    url,
    redirects: [],
    allPermanent: true,
    started: performance.now(),
  };

  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return failed(state, 'invalid-url', `"${url}" is not a valid web address`);
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') {
    return failed(
      state,
      'invalid-url',
      `refused: only http and https URLs can be fetched (this one is ${current.protocol})`,
    );
  }
  if (options.signal?.aborted) return failed(state, 'aborted', 'the fetch was cancelled');

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = (): void => controller.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const headers = requestHeaders(validators, options);
  const allowPrivate = options.allowPrivate ?? DEFAULT_ALLOW_PRIVATE;
  const guard = options.guard ?? DEFAULT_GUARD;
  const dispatcher = dispatcherFor(allowPrivate, guard);
  const interrupted = (gotHeaders: boolean): FailedOutcome | undefined => {
    if (timedOut) return failed(state, 'timeout', timeoutReason(timeoutMs, gotHeaders));
    if (options.signal?.aborted) return failed(state, 'aborted', 'the fetch was cancelled');
    return undefined;
  };

  try {
    for (;;) {
      const refusal = allowPrivate ? undefined : hostRefusal(current.hostname, guard.forbidden);
      if (refusal !== undefined) return failed(state, 'refused', viaRedirect(`refused: ${refusal}`, state));
      let response: Response;
      try {
        response = await fetch(current, {
          method: 'GET',
          headers,
          redirect: 'manual',
          signal: controller.signal,
          dispatcher,
        });
      } catch (error) {
        const refused = refusedCause(error);
        if (refused !== undefined) return failed(state, 'refused', viaRedirect(refused.message, state));
        return interrupted(false) ?? failed(state, 'network', networkReason(current.host, error, false));
      }

      if (REDIRECT_STATUSES.has(response.status)) {
        const location = response.headers.get('location');
        await discard(response);
        if (location === null || location.trim() === '') {
          return failed(
            state,
            'redirect',
            `the server redirected (${response.status}) without saying where to`,
            { status: response.status },
          );
        }
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return failed(state, 'redirect', `the server redirected to an invalid address "${clip(location)}"`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return failed(
            state,
            'redirect',
            `the server redirected to "${clip(next.href)}"; only http and https URLs can be fetched`,
          );
        }
        if (state.redirects.length >= maxRedirects) {
          return failed(
            state,
            'redirect',
            `more than ${maxRedirects} redirects (the last to ${next.href}); the address may loop`,
          );
        }
        state.redirects.push({ from: current.href, to: next.href, status: response.status });
        if (!PERMANENT_STATUSES.has(response.status)) state.allPermanent = false;
        current = next;
        state.url = next.href;
        continue;
      }

      const dateHeader = response.headers.get('date');
      const maxAgeSeconds = freshnessSeconds(
        response.headers.get('cache-control'),
        response.headers.get('expires'),
        dateHeader,
        now(),
      );

      if (response.status === 304) {
        await discard(response);
        const notModified: NotModifiedOutcome = {
          kind: 'not-modified',
          status: 304,
          ...base(state),
          ...permanent(state),
          etag: response.headers.get('etag') ?? validators.etag,
          lastModified: response.headers.get('last-modified') ?? validators.lastModified,
          maxAgeSeconds,
        };
        return notModified;
      }

      if (response.status < 200 || response.status > 299) {
        await discard(response);
        const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), dateHeader, now());
        return failed(state, 'http-status', statusReason(response.status, retryAfter), {
          status: response.status,
          ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
        });
      }

      const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        controller.abort();
        await discard(response);
        return failed(state, 'too-large', tooLargeReason(maxBytes, declaredLength), {
          status: response.status,
        });
      }

      const read = await readLimited(response, maxBytes, () => controller.abort());
      if (!read.ok) {
        if ('tooLarge' in read) {
          return failed(state, 'too-large', tooLargeReason(maxBytes), { status: response.status });
        }
        return (
          interrupted(true) ??
          failed(state, 'network', networkReason(current.host, read.error, true), { status: response.status })
        );
      }

      const body = read.body;
      const contentType = response.headers.get('content-type') ?? undefined;
      let decoded: string | undefined;
      return {
        kind: 'fetched',
        status: response.status,
        ...base(state),
        ...permanent(state),
        body,
        text: () => {
          decoded ??= decodeBody(body, contentType).text;
          return decoded;
        },
        contentType,
        mediaType: mediaTypeOf(contentType),
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
        maxAgeSeconds,
      };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Fetches `url` with a conditional GET from `validators` and returns how it ended (see
 * FetchOutcome). With `options.limiter`, waits for a slot of the URL's host first.
 */
export function fetchResource(
  url: string,
  validators: Validators = {},
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const limiter = options.limiter;
  if (limiter === undefined) return exchange(url, validators, options);
  return limiter.run(hostOf(url), () => exchange(url, validators, options));
}
