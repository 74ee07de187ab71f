/**
 * Runs polling rounds (ingest's `refresh`) one at a time, for the scheduler, POST /api/refresh and
 * a feed just added alike: asking for a round while one runs does not start a second one beside
 * it but one more after it (so a feed added during a round is polled right after, not a period
 * later).
 * After each round it publishes `feeds` (the feeds polled) on the bus; the stories a round folds
 * are published as they are folded (the aggregator's `onStories`, see build-server.ts).
 * Invariants: at most one round runs; a round that throws is logged and the next one still runs.
 */
import { type Aggregator, createHostLimiter, type RefreshOptions, refresh } from '@storyfold/ingest';
import type { Store } from '@storyfold/store';
import type { FastifyBaseLogger } from 'fastify';
import type { EventBus } from './event-bus.js';

export interface RefreshRunnerOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Bounds of every feed's polling interval (see ServerConfig.pollMinIntervalSeconds). */
  minIntervalSeconds: number;
  maxIntervalSeconds: number;
  /** May polling reach private and loopback addresses (see ServerConfig.allowPrivateAddresses)? */
  allowPrivate: boolean;
  /** Called after every round (the source names cache is dropped: rounds may add sources). */
  onRound?: (() => void) | undefined;
}

export class RefreshRunner {
  private current: Promise<void> | undefined;
  /** A round was asked for while one ran: run one more after it (with all, if any asked for all). */
  private pending: { all: boolean } | undefined;
  private closed = false;
  private last: string | null = null;
  private readonly limiter = createHostLimiter();

  constructor(
    private readonly store: Store,
    private readonly aggregator: Aggregator,
    private readonly bus: EventBus,
    private readonly log: FastifyBaseLogger,
    private readonly options: RefreshRunnerOptions,
  ) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  /** When the last round ended (ISO), or null. */
  get lastRefreshAt(): string | null {
    return this.last;
  }

  /**
   * Starts a round unless one runs (then one more runs after it); says whether this call started
   * one. `round` settles when the round running now ends.
   */
  start(all: boolean): { started: boolean; round: Promise<void> } {
    if (this.closed) return { started: false, round: this.current ?? Promise.resolve() };
    if (this.current) {
      this.pending = { all: all || (this.pending?.all ?? false) };
      return { started: false, round: this.current };
    }
    const round = this.run(all).finally(() => {
      this.current = undefined;
      const next = this.pending;
      this.pending = undefined;
      if (next) this.start(next.all);
    });
    this.current = round;
    return { started: true, round };
  }

  /** Resolves when no round runs (nor one asked for meanwhile). */
  async idle(): Promise<void> {
    while (this.current) await this.current;
  }

  /** No round starts from now on; resolves when the running one ended. */
  async close(): Promise<void> {
    this.closed = true;
    this.pending = undefined;
    await this.idle();
  }

  private async run(all: boolean): Promise<void> {
    const startedAt = Date.now();
    const options: Partial<RefreshOptions> = {
      all,
      limiter: this.limiter,
      timeoutMs: this.options.timeoutMs,
      maxBytes: this.options.maxBytes,
      minIntervalSeconds: this.options.minIntervalSeconds,
      maxIntervalSeconds: this.options.maxIntervalSeconds,
      allowPrivate: this.options.allowPrivate,
    };
    try {
      const summary = await refresh(this.store, this.aggregator, options);
      const failed = summary.feeds.filter((report) => report.outcome === 'failed').length;
      const articles = summary.feeds.reduce((sum, report) => sum + report.articles.new, 0);
      this.log.info(
        {
          feeds: summary.feeds.length,
          failed,
          articles,
          stories: summary.stories,
          ms: Date.now() - startedAt,
        },
        'polling round done',
      );
      if (summary.feeds.length > 0)
        this.bus.publish('feeds', { feeds: summary.feeds.map((report) => report.feed.id) });
    } catch (error) {
      this.log.error({ err: error }, 'polling round failed');
    } finally {
      this.last = new Date().toISOString();
      this.options.onRound?.();
    }
  }
}
