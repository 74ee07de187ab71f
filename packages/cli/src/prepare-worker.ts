/**
 * A worker thread of the prepare pool. It is sent batches of raw articles while the input is
 * read, keeps them, and answers each with the furniture line keys of its articles; once the
 * whole batch's furniture is learnt it is sent the furniture and prepares every batch it holds.
 * Typed arrays in answers that own their whole buffer are transferred rather than copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  Furniture,
  type FurnitureOptions,
  type FurnitureSnapshot,
  prepareArticle,
  type RawArticle,
} from '@storyfold/engine';
import { ownBuffers } from './transfer.js';

export type PoolRequest =
  | { type: 'read'; batch: number; raws: RawArticle[] }
  | { type: 'prepare'; furniture: FurnitureSnapshot };

const port = parentPort;
if (port === null) throw new Error('prepare-worker must run in a worker thread');
const keyer = new Furniture(workerData as FurnitureOptions);
const held = new Map<number, RawArticle[]>();
const NONE = new Uint32Array(0);

port.on('message', (request: PoolRequest) => {
  if (request.type === 'read') {
    held.set(request.batch, request.raws);
    const keys = request.raws.map((raw) => (raw.source ? keyer.lineKeys(raw.text) : NONE));
    port.postMessage({ type: 'keys', batch: request.batch, keys }, ownBuffers(keys));
    return;
  }
  const furniture = Furniture.fromSnapshot(request.furniture);
  for (const [batch, raws] of held) {
    held.delete(batch);
    const prepared = raws.map((raw) => prepareArticle(raw, furniture));
    port.postMessage({ type: 'prepared', batch, prepared }, ownBuffers(prepared));
  }
});
