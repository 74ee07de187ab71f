/**
 * Synthesises many stories (analyze --json) on worker threads, one per core. Stories go out in
 * batches, each to the first worker that is free, so that a few large stories do not leave a
 * thread idle; the syntheses come back in story order.
 *
 * Invariants: the result equals `inputs.map((input) => synthesise(input, options))` (synthesise
 * is a pure function); workers are always terminated, also when one fails.
 * Cost: the synthesis divided by the number of workers, plus one structured copy of each story's
 * articles and alignments to a worker and of its synthesis back, and each worker compiling the
 * synthesis code again. With the default thread count, inputs under POOL_MIN_STORIES stories stay
 * on the calling thread, where that start-up costs more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Synthesis, type SynthesisInput, type SynthesisOptions, synthesise } from '@storyfold/engine';
import type { SynthesisRequest } from './synthesis-worker.js';

/** Stories per message: small enough to balance stories of very different sizes, large enough that messaging is cheap. */
const BATCH = 32;
/**
 * With the default thread count, fewer stories than this are synthesised on the calling thread.
 * Measured with `analyze --json` on the speed corpus (2 cores): ≈700 stories, 5.0 s on workers
 * against 3.7 s on one thread; 3,472 stories, 10.6 against 10.7 s; ≈14k stories, 40 against 51 s.
 */
export const POOL_MIN_STORIES = 4_000;

interface SynthesisAnswer {
  batch: number;
  syntheses: Synthesis[];
}

/**
 * Each input's synthesis, in order, on `workers` threads (undefined: one per core from
 * POOL_MIN_STORIES inputs, else this thread; 0: this thread; n: n threads whatever the number of
 * inputs). `onProgress` hears the stories done so far.
 */
export async function synthesiseAll(
  inputs: readonly SynthesisInput[],
  options: SynthesisOptions,
  workers: number | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<Synthesis[]> {
  const total = inputs.length;
  const count = workers ?? (total < POOL_MIN_STORIES ? 0 : availableParallelism());
  if (count === 0) {
    return inputs.map((input, i) => {
      onProgress?.(i + 1, total);
      return synthesise(input, options);
    });
  }
  const syntheses: Synthesis[] = new Array(total);
  const threads: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const send = (worker: Worker): void => {
        if (next >= total) return;
        const batch = next;
        next += BATCH;
        worker.postMessage({
          batch,
          inputs: inputs.slice(batch, batch + BATCH),
          options,
        } satisfies SynthesisRequest);
      };
      for (let k = 0; k < Math.min(count, Math.ceil(total / BATCH)); k++) {
        const worker = new Worker(new URL('./synthesis-worker.js', import.meta.url));
        threads.push(worker);
        worker.on('message', ({ batch, syntheses: some }: SynthesisAnswer) => {
          for (let i = 0; i < some.length; i++) syntheses[batch + i] = some[i]!;
          done += some.length;
          onProgress?.(done, total);
          if (done === total) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a synthesis worker stopped (exit code ${code})`)));
        send(worker);
      }
    });
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
  return syntheses;
}
