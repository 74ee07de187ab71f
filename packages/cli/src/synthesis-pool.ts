/**
 * Synthesises many stories (analyze --json) on worker threads, one per core. Stories go out in
 * batches, each to the first worker that is free, so that a few large stories do not leave a
 * thread idle; the syntheses come back in story order.
 *
 * Invariants: the result equals `inputs.map((input) => synthesise(input, options))` (synthesise
 * is a pure function); workers are always terminated, also when one fails.
 * Cost: the synthesis divided by the number of workers, plus one structured copy of each story's
 * articles and alignments to a worker and of its synthesis back; small inputs (under
 * POOL_MIN_STORIES stories) stay on the calling thread, where a worker's start (≈200 ms, loading
 * the engine) would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Synthesis, type SynthesisInput, type SynthesisOptions, synthesise } from '@storyfold/engine';
import type { SynthesisRequest } from './synthesis-worker.js';

/** Stories per message: small enough to balance stories of very different sizes, large enough that messaging is cheap. */
const BATCH = 32;
/** Fewer stories than this are synthesised on the calling thread. */
export const POOL_MIN_STORIES = 300;

interface SynthesisAnswer {
  batch: number;
  syntheses: Synthesis[];
}

/**
 * Each input's synthesis, in order, on `workers` threads (default one per core; 0, or fewer than
 * POOL_MIN_STORIES inputs: on this thread). `onProgress` hears the stories done so far.
 */
export async function synthesiseAll(
  inputs: readonly SynthesisInput[],
  options: SynthesisOptions,
  workers: number = availableParallelism(),
  onProgress?: (done: number, total: number) => void,
): Promise<Synthesis[]> {
  const total = inputs.length;
  if (workers === 0 || total < POOL_MIN_STORIES) {
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
      for (let k = 0; k < Math.min(workers, Math.ceil(total / BATCH)); k++) {
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
