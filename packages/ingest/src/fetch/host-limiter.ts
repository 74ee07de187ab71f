/**
 * Limits how many tasks (requests) run at once per host and in total, starting waiting tasks in
 * the order they arrived (FIFO), skipping over a waiting task only when its own host is full.
 *
 * Reference: RFC 9112 §9.4 (a client should limit simultaneous connections to one server); the
 * per-host queue of browsers and feed readers.
 * Invariants: at no moment do more than `perHost` tasks of one host or `total` tasks overall run;
 * two tasks of the same host start in the order `run` was called; a task's rejection reaches its
 * caller and frees its slot. Cost: O(1) to start or queue; a release scans the waiting list
 * from its head until the total limit is reached (O(waiting) worst case, O(1) when one host is
 * the only one waiting).
 */
import { DEFAULT_PER_HOST_CONCURRENCY, DEFAULT_TOTAL_CONCURRENCY } from './defaults.js';

export interface HostLimiterOptions {
  /** Tasks of one host running at once (default DEFAULT_PER_HOST_CONCURRENCY). */
  perHost?: number;
  /** Tasks running at once overall (default DEFAULT_TOTAL_CONCURRENCY). */
  total?: number;
}

export interface HostLimiterPeak {
  /** Most tasks seen running at once overall. */
  total: number;
  /** Most tasks of a single host seen running at once. */
  perHost: number;
}

export interface HostLimiter {
  /** Runs `task` when `host` and the total have a free slot; resolves or rejects as the task does. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
  readonly peak: HostLimiterPeak;
}

/** The host a URL's requests count against: host name and port, lower-cased. */
export function hostOf(url: string | URL): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return String(url);
  }
}

interface Waiter {
  host: string;
  start: () => void;
}

class QueueHostLimiter implements HostLimiter {
  readonly #perHost: number;
  readonly #total: number;
  readonly #activeByHost = new Map<string, number>();
  readonly #waiting: Waiter[] = [];
  readonly #waitingByHost = new Map<string, number>();
  #active = 0;
  #peakTotal = 0;
  #peakPerHost = 0;

  constructor(perHost: number, total: number) {
    this.#perHost = perHost;
    this.#total = total;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  get peak(): HostLimiterPeak {
    return { total: this.#peakTotal, perHost: this.#peakPerHost };
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.#acquire(host);
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => this.#release(host));
      };
      if (!this.#waitingByHost.has(host) && this.#hasRoom(host)) {
        start();
      } else {
        this.#waiting.push({ host, start });
        this.#waitingByHost.set(host, (this.#waitingByHost.get(host) ?? 0) + 1);
      }
    });
  }

  #hasRoom(host: string): boolean {
    return this.#active < this.#total && (this.#activeByHost.get(host) ?? 0) < this.#perHost;
  }

  #acquire(host: string): void {
    const forHost = (this.#activeByHost.get(host) ?? 0) + 1;
    this.#activeByHost.set(host, forHost);
    this.#active++;
    if (this.#active > this.#peakTotal) this.#peakTotal = this.#active;
    if (forHost > this.#peakPerHost) this.#peakPerHost = forHost;
  }

  #release(host: string): void {
    const forHost = (this.#activeByHost.get(host) ?? 1) - 1;
    if (forHost === 0) this.#activeByHost.delete(host);
    else this.#activeByHost.set(host, forHost);
    this.#active--;
    // Start the earliest waiters that fit; a host whose head waiter is blocked keeps its order
    // because every later waiter of that host is blocked too.
    for (let i = 0; i < this.#waiting.length && this.#active < this.#total; ) {
      const waiter = this.#waiting[i]!;
      if (this.#hasRoom(waiter.host)) {
        this.#waiting.splice(i, 1);
        const left = (this.#waitingByHost.get(waiter.host) ?? 1) - 1;
        if (left === 0) this.#waitingByHost.delete(waiter.host);
        else this.#waitingByHost.set(waiter.host, left);
        waiter.start();
      } else {
        i++;
      }
    }
  }
}

/** A limiter with `perHost` and `total` slots; throws on limits below 1 (programmer error). */
export function createHostLimiter(options: HostLimiterOptions = {}): HostLimiter {
  const perHost = options.perHost ?? DEFAULT_PER_HOST_CONCURRENCY;
  const total = options.total ?? DEFAULT_TOTAL_CONCURRENCY;
  if (!Number.isInteger(perHost) || perHost < 1) throw new RangeError(`perHost must be ≥ 1, got ${perHost}`);
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`total must be ≥ 1, got ${total}`);
  return new QueueHostLimiter(perHost, total);
}
