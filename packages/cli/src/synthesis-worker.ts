/**
 * A worker thread of the synthesis pool (synthesis-pool.ts): it is sent batches of stories'
 * synthesis inputs and answers each batch with their syntheses, in the same order.
 */
import { parentPort } from 'node:worker_threads';
import { type SynthesisInput, type SynthesisOptions, synthesise } from '@storyfold/engine';

export interface SynthesisRequest {
  batch: number;
  inputs: SynthesisInput[];
  options: SynthesisOptions;
}

const port = parentPort;
if (port === null) throw new Error('synthesis-worker must run in a worker thread');

port.on('message', ({ batch, inputs, options }: SynthesisRequest) => {
  port.postMessage({ batch, syntheses: inputs.map((input) => synthesise(input, options)) });
});
