/**
 * Prepares articles (clean, alignment text, signature, story features) on worker threads, one per
 * core. Batches of raw articles go to the workers as they are read; the workers compute their
 * furniture line keys at once, and the main thread only counts them (in batch order, so the
 * furniture learnt is exactly what observing the articles in input order learns). When the input is read, the
 * furniture is sent to every worker and each prepares the batches it holds. The fold stays on
 * the main thread because it depends on publication order.
 *
 * Invariants: `prepare` resolves to the articles in input order, equal to observing every raw
 * article and then `prepareArticle(raw, furniture)` for each; workers are always terminated.
 * Cost: the preparation divided by the number of workers, plus one copy of each raw text to a
 * worker and of each alignment text back (one buffer, ≈17 µs per article; typed arrays that own
 * their buffer are transferred). Measured on a 2-core machine like CI's: two workers prepare 20k
 * articles in 7.8 s against 9.9 s on one thread, as each worker's per-article cost rises ~1.8×
 * when both run (likely shared caches and memory bandwidth).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Furniture, type PreparedArticle, prepareArticle, type RawArticle } from '@storyfold/engine';
import type { PoolRequest } from './prepare-worker.js';

/** Articles per message: large enough that messaging costs little, small enough to balance the load. */
const BATCH = 128;
/**
 * Workers start once this many articles are added: a worker is ready ≈200 ms after it starts
 * (measured: mostly loading the engine), about what preparing 400 articles takes on one thread.
 */
const POOL_MIN_ARTICLES = 1_000;

type PoolAnswer =
  | { type: 'keys'; batch: number; keys: Uint32Array[] }
  | { type: 'prepared'; batch: number; prepared: PreparedArticle[] };

/** What `prepare` waits on, once called. */
interface Waiting {
  /** Sends the learnt furniture to the workers, once every batch's keys are counted. */
  keysCounted: () => void;
  prepared: (answer: Extract<PoolAnswer, { type: 'prepared' }>) => void;
  failed: (error: Error) => void;
}

/**
 * Articles added one at a time, prepared on `workers` threads (0: on the calling thread). The
 * threads start once POOL_MIN_ARTICLES articles are added; smaller inputs are prepared here.
 */
export class PreparePool {
  readonly furniture = new Furniture();
  readonly #workerCount: number;
  #workers: Worker[] = [];
  /** Articles not yet sent (all of them when there are no workers). */
  readonly #raws: RawArticle[] = [];
  /** Per batch sent, the sources of its articles, to count its keys under. */
  readonly #sources: (string | undefined)[][] = [];
  /** Per batch sent, the input position of its first article. */
  readonly #offsets: number[] = [];
  #sent = 0;
  /** Keys that arrived before an earlier batch's keys. */
  readonly #early = new Map<number, Uint32Array[]>();
  #counted = 0;
  #added = 0;
  #failure: Error | null = null;
  #waiting: Waiting | null = null;
  #closing = false;

  /** `workers`: by default one per core. */
  constructor(workers: number = availableParallelism()) {
    this.#workerCount = workers;
  }

  #start(): void {
    this.#workers = Array.from({ length: this.#workerCount }, () => {
      const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), {
        workerData: this.furniture.options,
      });
      worker.on('message', (answer: PoolAnswer) => this.#receive(answer));
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => this.#fail(new Error(`a prepare worker stopped (exit code ${code})`)));
      return worker;
    });
  }

  /** Articles added so far. */
  get size(): number {
    return this.#added;
  }

  add(raw: RawArticle): void {
    this.#added++;
    this.#raws.push(raw);
    if (this.#workers.length > 0) {
      if (this.#raws.length === BATCH) this.#send();
    } else if (this.#workerCount > 0 && this.#raws.length === POOL_MIN_ARTICLES) {
      this.#start();
      while (this.#raws.length > 0) this.#send();
    }
  }

  /** Every article added, prepared, in the order added. The pool is closed afterwards. */
  async prepare(onProgress?: (done: number, total: number) => void): Promise<PreparedArticle[]> {
    const total = this.#added;
    if (this.#workers.length === 0) {
      for (const raw of this.#raws) this.furniture.observe(raw);
      return this.#raws.map((raw, i) => {
        onProgress?.(i + 1, total);
        return prepareArticle(raw, this.furniture);
      });
    }
    this.#send();
    const prepared: PreparedArticle[] = new Array(total);
    try {
      await new Promise<void>((resolve, reject) => {
        let done = 0;
        this.#waiting = {
          keysCounted: () => {
            const furniture = this.furniture.snapshot();
            for (const worker of this.#workers) {
              worker.postMessage({ type: 'prepare', furniture } satisfies PoolRequest);
            }
          },
          prepared: ({ batch, prepared: some }) => {
            const offset = this.#offsets[batch]!;
            for (let k = 0; k < some.length; k++) prepared[offset + k] = some[k]!;
            done += some.length;
            onProgress?.(done, total);
            if (done === total) resolve();
          },
          failed: reject,
        };
        if (this.#failure) reject(this.#failure);
        else if (this.#counted === this.#sources.length) this.#waiting.keysCounted();
      });
    } finally {
      await this.close();
    }
    return prepared;
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #send(): void {
    if (this.#raws.length === 0) return;
    const batch = this.#sources.length;
    const raws = this.#raws.splice(0, BATCH);
    this.#sources.push(raws.map((raw) => raw.source));
    this.#offsets.push(this.#sent);
    this.#sent += raws.length;
    const worker = this.#workers[batch % this.#workers.length]!;
    worker.postMessage({ type: 'read', batch, raws } satisfies PoolRequest);
  }

  #receive(answer: PoolAnswer): void {
    if (answer.type === 'prepared') {
      this.#waiting?.prepared(answer);
      return;
    }
    // Counted in batch order, so that the furniture learnt does not depend on thread timing.
    this.#early.set(answer.batch, answer.keys);
    for (let keys = this.#early.get(this.#counted); keys; keys = this.#early.get(this.#counted)) {
      this.#early.delete(this.#counted);
      const sources = this.#sources[this.#counted]!;
      for (let k = 0; k < sources.length; k++) {
        const source = sources[k];
        if (source) this.furniture.observeKeys(source, keys[k]!);
      }
      this.#counted++;
    }
    if (this.#counted === this.#sources.length) this.#waiting?.keysCounted();
  }

  #fail(error: Error): void {
    if (this.#closing) return;
    this.#failure ??= error;
    this.#waiting?.failed(error);
  }
}
