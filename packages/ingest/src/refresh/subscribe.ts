/**
 * Subscribe: turns a feed or site URL into a stored feed. A URL that serves a feed is the feed; a
 * page is searched for the feeds it names (<link rel="alternate">), then the common feed paths of
 * its site are tried; the first that parses as a feed is subscribed, its source (the outlet, by
 * host) created when new.
 * Invariants: subscribing a URL whose normalised form is already a feed returns that feed; a URL
 * that yields no feed throws SubscribeError saying what was tried.
 * Cost: one request for a feed URL; for a page, one per candidate until a feed answers.
 */

import type { FeedRecord, Store } from '@storyfold/store';
import { commonFeedUrls, discoverFeeds, FeedError, type ParsedFeed, parseFeed } from '../feeds/index.js';
import { type AddressGuard, createHostLimiter, fetchResource, type HostLimiter } from '../fetch/index.js';
import { normaliseFolder } from '../opml/index.js';

export class SubscribeError extends Error {
  override readonly name = 'SubscribeError';
}

export interface Subscription {
  feed: FeedRecord;
  /** False when the feed was already subscribed. */
  created: boolean;
  /** The page the feed was found from, when the URL given was not the feed itself. */
  foundOn: string | null;
}

export interface SubscribeOptions {
  limiter: HostLimiter;
  timeoutMs?: number | undefined;
  folder?: string | null | undefined;
  /**
   * May the URL, its redirects and the feeds discovered on it be on this computer or a private
   * network (FetchOptions.allowPrivate; default true, the CLI's case)? The server passes false.
   */
  allowPrivate?: boolean | undefined;
  /** What the SSRF guard refuses when private addresses are not allowed (default DEFAULT_GUARD). */
  guard?: AddressGuard | undefined;
}

export async function subscribe(
  store: Store,
  url: string,
  options: Partial<SubscribeOptions> = {},
): Promise<Subscription> {
  const known = await store.getFeed(url);
  if (known) return { feed: known, created: false, foundOn: null };
  const fetchOptions = {
    limiter: options.limiter ?? createHostLimiter(),
    timeoutMs: options.timeoutMs,
    allowPrivate: options.allowPrivate,
    guard: options.guard,
  };
  const first = await fetchResource(url, {}, { ...fetchOptions, accept: 'feed' });
  if (first.kind === 'failed') throw new SubscribeError(`${url}: ${first.reason}`);
  if (first.kind === 'not-modified')
    throw new SubscribeError(`${url}: the server answered 304 to a plain request`);
  const text = first.text();
  const direct = tryParse(text, first.url);
  if (direct) return add(store, first.permanentUrl ?? url, direct, null, options.folder);
  const candidates = [...new Set([...discoverFeeds(text, first.url), ...commonFeedUrls(first.url)])];
  for (const candidate of candidates) {
    const outcome = await fetchResource(candidate, {}, { ...fetchOptions, accept: 'feed' });
    if (outcome.kind !== 'fetched') continue;
    const parsed = tryParse(outcome.text(), outcome.url);
    if (parsed) return add(store, outcome.url, parsed, url, options.folder);
  }
  throw new SubscribeError(
    `${url} is not a feed, and no feed was found on it (tried ${candidates.length} link(s) and common feed paths)`,
  );
}

function tryParse(text: string, url: string): ParsedFeed | undefined {
  try {
    return parseFeed(text, url);
  } catch (error) {
    if (error instanceof FeedError) return undefined;
    throw error;
  }
}

async function add(
  store: Store,
  url: string,
  parsed: ParsedFeed,
  foundOn: string | null,
  folder: string | null | undefined,
): Promise<Subscription> {
  const host = new URL(parsed.siteUrl ?? url).host;
  const source = await store.ensureSource({ name: parsed.title ?? host, host });
  const { feed, created } = await store.addFeed({
    url,
    sourceId: source.id,
    title: parsed.title,
    siteUrl: parsed.siteUrl,
    folder: normaliseFolder(folder),
  });
  return { feed, created, foundOn };
}
