/**
 * Refresh: one polling round — fetches the feeds that are due (or all), politely; stores every
 * document fetched; reads each feed's new items; fetches and extracts their pages when the feed
 * does not carry the full text; stores the articles and folds them into stories; and records on
 * each feed its outcome, validators, errors in words and its next poll.
 *
 * Politeness: conditional GET with the stored validators, a per-host concurrency limit shared by
 * feeds and pages, timeouts and a size limit (fetch-resource.ts), and the schedule's rules
 * (schedule.ts: max-age, ttl, sy:update*, Retry-After, capped backoff with jitter, adaptive
 * interval within the feed's bounds).
 * Invariants: a feed that fails (network, HTTP status, not a feed, cut off) records why and
 * backs off, and every other feed goes on; nothing stored is removed; each feed's articles are
 * stored with the feed document they came from in one transaction.
 * Cost: one request per due feed, one per new item without full text; folding as in Aggregator.
 */
import type { DocumentInput, FeedRecord, SourceRecord, Store } from '@storyfold/store';
import type { Aggregator, IncomingArticle, IngestSummary } from '../aggregate/index.js';
import { extractHtml } from '../extract/index.js';
import { FeedError, type FeedItem, isFullText, type ParsedFeed, parseFeed } from '../feeds/index.js';
import {
  type AddressGuard,
  createHostLimiter,
  type FetchedOutcome,
  type FetchOptions,
  type FetchOutcome,
  fetchResource,
  type HostLimiter,
} from '../fetch/index.js';
import {
  DEFAULT_MAX_BACKOFF_SECONDS,
  DEFAULT_MAX_INTERVAL_SECONDS,
  type PollOutcome,
  type PollState,
  type ScheduleOptions,
  schedulePoll,
} from '../poll/index.js';
import { feedArticle, withPage } from './feed-article.js';

export interface RefreshOptions {
  /** Poll every feed now, not only the due ones (validators are still sent). */
  all: boolean;
  /** Clock, ms since the epoch. */
  now: () => number;
  /** Uniform in [0, 1), for the backoff's jitter. */
  random: () => number;
  limiter: HostLimiter;
  timeoutMs?: number | undefined;
  maxBytes?: number | undefined;
  /** Bounds of every feed's polling interval (a feed's own bounds win); default the scheduler's. */
  minIntervalSeconds?: number | undefined;
  maxIntervalSeconds?: number | undefined;
  /**
   * May feed and page fetches reach this computer and private networks (FetchOptions.allowPrivate;
   * default true, the CLI's case)? The server passes false: a feed could otherwise link its items
   * to internal addresses.
   */
  allowPrivate?: boolean | undefined;
  /** What the SSRF guard refuses when private addresses are not allowed (default DEFAULT_GUARD). */
  guard?: AddressGuard | undefined;
  /** Called once per feed when it is done. */
  onFeed?: ((report: FeedReport) => void) | undefined;
}

export interface FeedReport {
  feed: FeedRecord;
  outcome: 'fetched' | 'not-modified' | 'failed';
  /** What the feed's items did to the store (zero when not fetched). */
  articles: Pick<IngestSummary, 'new' | 'updated' | 'unchanged'>;
  /** The error recorded on the feed, in words, or null. */
  error: string | null;
}

export interface RefreshSummary {
  feeds: FeedReport[];
  /** Stories started or changed. */
  stories: number;
}

/** Feeds polled per round at most (the rest stay due for the next round). */
const ROUND_LIMIT = 100_000;

export async function refresh(
  store: Store,
  aggregator: Aggregator,
  options: Partial<RefreshOptions> = {},
): Promise<RefreshSummary> {
  const opts: RefreshOptions = {
    all: false,
    now: Date.now,
    random: Math.random,
    limiter: createHostLimiter(),
    ...options,
  };
  const feeds = opts.all ? await store.listFeeds() : await store.dueFeeds(new Date(opts.now()), ROUND_LIMIT);
  const stories = new Set<string>();
  const reports = await Promise.all(
    feeds.map(async (feed) => {
      const report = await pollFeed(store, aggregator, feed, opts, stories);
      opts.onFeed?.(report);
      return report;
    }),
  );
  return { feeds: reports, stories: stories.size };
}

async function pollFeed(
  store: Store,
  aggregator: Aggregator,
  feed: FeedRecord,
  opts: RefreshOptions,
  stories: Set<string>,
): Promise<FeedReport> {
  const fetchOptions: PollFetchOptions = {
    limiter: opts.limiter,
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    allowPrivate: opts.allowPrivate,
    guard: opts.guard,
  };
  const outcome = await fetchResource(
    feed.url,
    { etag: feed.etag ?? undefined, lastModified: feed.lastModified ?? undefined },
    { ...fetchOptions, accept: 'feed' },
  );
  const polledAt = opts.now();
  const articles = { new: 0, updated: 0, unchanged: 0 };
  let parsed: ParsedFeed | undefined;
  let pollOutcome: PollOutcome = outcome;
  if (outcome.kind === 'fetched') {
    try {
      parsed = parseFeed(outcome.text(), outcome.url);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      pollOutcome = { kind: 'failed', reason: error.message };
    }
  }

  let current = feed;
  if (outcome.permanentUrl !== undefined)
    current = (await store.changeFeedUrl(feed.id, outcome.permanentUrl)) ?? feed;
  const source = current.sourceId === null ? undefined : await store.getSource(current.sourceId);
  if (outcome.kind === 'fetched') {
    const items = parsed ? await newItems(store, current, parsed, source, fetchOptions) : [];
    const summary = await store.transaction(async () => {
      const document = await store.putDocument(documentOf('feed', outcome, current));
      return items.length === 0
        ? undefined
        : aggregator.ingest(items.map((item) => ({ ...item, feedDocumentId: document })));
    });
    if (summary) {
      articles.new = summary.new;
      articles.updated = summary.updated;
      articles.unchanged = summary.unchanged;
      for (const story of summary.stories) stories.add(story);
    }
  }

  const decision = schedulePoll(
    pollState(current, polledAt),
    pollOutcome,
    {
      ...parsed?.hints,
      itemTimes: parsed?.items.map((item) => Date.parse(item.published ?? '')).filter(Number.isFinite),
    },
    {
      now: polledAt,
      random: opts.random,
      ...intervalBounds(
        current.minIntervalSeconds ?? opts.minIntervalSeconds,
        current.maxIntervalSeconds ?? opts.maxIntervalSeconds,
      ),
    },
  );
  const error = decision.state.error ?? null;
  const updated = await store.updateFeed(current.id, {
    ...validators(outcome, current),
    lastStatus: 'status' in outcome && outcome.status !== undefined ? outcome.status : null,
    lastError: error,
    lastPolledAt: new Date(polledAt).toISOString(),
    nextPollAt: new Date(decision.state.nextPollAt).toISOString(),
    consecutiveFailures: decision.state.consecutiveFailures,
    intervalSeconds: decision.state.intervalSeconds,
    ...(parsed && current.title === null ? { title: parsed.title } : {}),
    ...(parsed && current.siteUrl === null ? { siteUrl: parsed.siteUrl } : {}),
  });
  return {
    feed: updated ?? current,
    outcome: pollOutcome.kind,
    articles,
    error,
  };
}

/** The fetch options shared by a feed's own fetch and its pages' fetches. */
type PollFetchOptions = Pick<FetchOptions, 'limiter' | 'timeoutMs' | 'maxBytes' | 'allowPrivate' | 'guard'>;

/** A fetched feed or page as the raw document the store keeps, with the feed it came through. */
function documentOf(kind: 'feed' | 'page', outcome: FetchedOutcome, feed: FeedRecord): DocumentInput {
  return {
    kind,
    url: outcome.url,
    status: outcome.status,
    contentType: outcome.contentType ?? null,
    content: outcome.body,
    sourceId: feed.sourceId,
    feedId: feed.id,
  };
}

/** The feed's polling state as the schedule reads it (the backoff is the last delay after a failure). */
function pollState(feed: FeedRecord, now: number): PollState {
  const next = Date.parse(feed.nextPollAt);
  const last = feed.lastPolledAt === null ? now : Date.parse(feed.lastPolledAt);
  return {
    intervalSeconds: feed.intervalSeconds,
    consecutiveFailures: feed.consecutiveFailures,
    backoffSeconds: feed.consecutiveFailures > 0 ? Math.max(0, (next - last) / 1000) : 0,
    nextPollAt: next,
    error: feed.lastError ?? undefined,
  };
}

/** The validators to keep: the answer's when it had them; a failure keeps the stored ones. */
function validators(
  outcome: FetchOutcome,
  feed: FeedRecord,
): { etag: string | null; lastModified: string | null } {
  if (outcome.kind === 'failed') return { etag: feed.etag, lastModified: feed.lastModified };
  return { etag: outcome.etag ?? null, lastModified: outcome.lastModified ?? null };
}

/**
 * The feed's items not stored yet, as articles: the feed's own content when it is the full text,
 * else the extracted page when it says more (both documents are kept raw).
 */
async function newItems(
  store: Store,
  feed: FeedRecord,
  parsed: ParsedFeed,
  source: SourceRecord | undefined,
  fetchOptions: PollFetchOptions,
): Promise<IncomingArticle[]> {
  const fresh: FeedItem[] = [];
  for (const item of parsed.items)
    if ((await store.getArticleByKey(item.key)) === undefined) fresh.push(item);
  return Promise.all(
    fresh.map(async (item): Promise<IncomingArticle> => {
      const raw = feedArticle(item, {
        id: item.key,
        ...(item.url ? { url: item.url } : {}),
        ...(source ? { source: source.name } : {}),
      });
      const base: IncomingArticle = {
        raw,
        sourceId: feed.sourceId,
        feedId: feed.id,
        guid: item.guid,
        lang: item.language,
      };
      const fetchPages = source?.options.fetchPages ?? true;
      if (!fetchPages || item.url === null || isFullText(item)) return base;
      const page = await fetchResource(item.url, {}, { ...fetchOptions, accept: 'page' });
      if (page.kind !== 'fetched') return base;
      const pageDocumentId = await store.putDocument(documentOf('page', page, feed));
      const extracted = extractHtml(page.text(), page.url, {
        contentSelector: source?.options.contentSelector ?? undefined,
      });
      const better = withPage(raw, extracted);
      if (better === undefined) return { ...base, pageDocumentId };
      return { ...base, pageDocumentId, lang: item.language ?? extracted.lang, raw: better };
    }),
  );
}

/**
 * The scheduler's bounds for one feed; unset ones keep the scheduler's defaults. A longest interval
 * below the shortest (a feed's own shortest over the installation's longest) is raised to it, as
 * the scheduler refuses it (it had failed the whole round). A failing feed backs off up to the
 * longest interval at least (a cap below it would be refused).
 */
function intervalBounds(
  min: number | undefined,
  givenMax: number | undefined,
): Pick<ScheduleOptions, 'minIntervalSeconds' | 'maxIntervalSeconds' | 'maxBackoffSeconds'> {
  const max = min === undefined || min <= (givenMax ?? DEFAULT_MAX_INTERVAL_SECONDS) ? givenMax : min;
  return {
    ...(min === undefined ? {} : { minIntervalSeconds: min }),
    ...(max === undefined
      ? {}
      : { maxIntervalSeconds: max, maxBackoffSeconds: Math.max(max, DEFAULT_MAX_BACKOFF_SECONDS) }),
  };
}
