/**
 * Prepares articles (clean, alignment text, signature) on worker threads, one per core, while
 * the main thread only hands out batches and collects results; the fold stays on the main thread
 * because it depends on publication order.
 *
 * Invariants: the result is in input order and equal to `raws.map(r => prepareArticle(r, f))`;
 * the workers are always terminated, also when one fails.
 * Cost: the preparation divided by the number of workers, plus copying the raw text to the
 * workers (the prepared typed arrays come back transferred, not copied).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Furniture, type PreparedArticle, prepareArticle, type RawArticle } from '@storyfold/engine';
import type { PrepareRequest } from './prepare-worker.js';

/** Articles per message: large enough that messaging costs little, small enough to balance the load. */
const BATCH = 128;
/** Below this many articles, starting workers (≈30 ms each) costs more than it saves. */
export const POOL_MIN_ARTICLES = 1_000;

export interface PrepareOptions {
  /** Worker threads; 0 prepares on the calling thread. Default: one per core for large inputs. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Worker threads used for `count` articles by default. */
export function defaultWorkers(count: number): number {
  return count >= POOL_MIN_ARTICLES ? availableParallelism() : 0;
}

export async function prepareAll(
  raws: readonly RawArticle[],
  furniture: Furniture,
  options: PrepareOptions = {},
): Promise<PreparedArticle[]> {
  const workers = Math.min(options.workers ?? defaultWorkers(raws.length), Math.ceil(raws.length / BATCH));
  if (workers <= 0) {
    return raws.map((raw, i) => {
      options.onProgress?.(i + 1, raws.length);
      return prepareArticle(raw, furniture);
    });
  }
  const prepared: PreparedArticle[] = new Array(raws.length);
  const snapshot = furniture.snapshot();
  const pool = Array.from(
    { length: workers },
    () => new Worker(new URL('./prepare-worker.js', import.meta.url), { workerData: snapshot }),
  );
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker): void => {
        if (next >= raws.length) return;
        const request: PrepareRequest = { batch: next, raws: raws.slice(next, next + BATCH) };
        next += BATCH;
        worker.postMessage(request);
      };
      for (const worker of pool) {
        worker.on(
          'message',
          ({ batch, prepared: batchPrepared }: { batch: number; prepared: PreparedArticle[] }) => {
            for (let k = 0; k < batchPrepared.length; k++) prepared[batch + k] = batchPrepared[k]!;
            done += batchPrepared.length;
            options.onProgress?.(done, raws.length);
            if (done === raws.length) resolve();
            else send(worker);
          },
        );
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < raws.length) reject(new Error(`a prepare worker stopped (exit code ${code})`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return prepared;
}
