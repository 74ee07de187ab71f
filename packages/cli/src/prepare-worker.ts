/**
 * A worker thread of the prepare pool: prepares the batches of raw articles it is sent.
 *
 * workerData is the batch's FurnitureSnapshot; each message is { batch, raws } and is answered
 * with { batch, prepared }, the typed arrays of the result transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Furniture, type FurnitureSnapshot, prepareArticle, type RawArticle } from '@storyfold/engine';
import { ownBuffers } from './transfer.js';

export interface PrepareRequest {
  batch: number;
  raws: RawArticle[];
}

const port = parentPort;
if (port === null) throw new Error('prepare-worker must run in a worker thread');
const furniture = Furniture.fromSnapshot(workerData as FurnitureSnapshot);
port.on('message', ({ batch, raws }: PrepareRequest) => {
  const prepared = raws.map((raw) => prepareArticle(raw, furniture));
  port.postMessage({ batch, prepared }, ownBuffers(prepared));
});
