/**
 * The scheduler inside the server: a first polling round shortly after start, then one every
 * period; each round polls the feeds that are due (ingest's schedule decides when a feed is due).
 * Invariants: rounds never overlap (RefreshRunner); after `stop()` resolves no round runs and none
 * will start.
 */
import type { RefreshRunner } from './refresh-runner.js';

export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly runner: RefreshRunner,
    private readonly periodMs: number,
  ) {}

  /** Starts the loop; the first round runs after `firstDelayMs`. */
  start(firstDelayMs: number): void {
    this.stopped = false;
    this.schedule(firstDelayMs);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runner.start(false).round.finally(() => this.schedule(this.periodMs));
    }, delayMs);
    // The loop alone does not keep the process alive.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.runner.idle();
  }
}
