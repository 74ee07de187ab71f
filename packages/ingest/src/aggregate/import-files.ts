/**
 * importFiles: articles from files and folders into a store, folded into its stories — what
 * `storyfold import` and the server's demo import do. Each input is kept raw as a 'file' document
 * (the raw article read from it, as JSON); each batch of documents and the articles made from them
 * is stored in one transaction, then folded (Aggregator.ingest).
 * Invariants: an unreadable input is reported through `onError` and the rest go on; an article
 * seen before is stored once (and rewritten when its text changed).
 * Cost: reading the inputs plus Aggregator.ingest per batch.
 */
import type { DocumentInput, Store } from '@storyfold/store';
import { type InputError, type ReadOptions, readInputs } from '../files/index.js';
import type { Aggregator, IncomingArticle } from './aggregator.js';
import { IMPORT_BATCH } from './defaults.js';

export interface ImportFilesOptions {
  /** Largest input file read, in bytes (default: readInputs' default). */
  maxBytes?: number | undefined;
  /** Called for each input that could not be read. */
  onError?: ((error: InputError) => void) | undefined;
  /** Called after each batch with the articles stored so far. */
  onProgress?: ((done: number) => void) | undefined;
}

export interface ImportSummary {
  new: number;
  updated: number;
  unchanged: number;
  /** Inputs that could not be read. */
  failed: number;
  /** The stories the import started or changed. */
  stories: string[];
}

export async function importFiles(
  store: Store,
  aggregator: Aggregator,
  paths: readonly string[],
  options: ImportFilesOptions = {},
): Promise<ImportSummary> {
  const totals = { new: 0, updated: 0, unchanged: 0, failed: 0 };
  const stories = new Set<string>();
  let batch: { item: IncomingArticle; document: DocumentInput }[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const entries = batch;
    batch = [];
    // The raw inputs and the articles made from them are stored together, or not at all.
    const summary = await store.transaction(async () => {
      const documents = await store.putDocuments(entries.map((entry) => entry.document));
      return aggregator.ingest(entries.map((entry, i) => ({ ...entry.item, pageDocumentId: documents[i] })));
    });
    totals.new += summary.new;
    totals.updated += summary.updated;
    totals.unchanged += summary.unchanged;
    for (const story of summary.stories) stories.add(story);
    options.onProgress?.(totals.new + totals.updated + totals.unchanged);
  };
  const read: Partial<ReadOptions> = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  for await (const result of readInputs([...paths], read)) {
    if (result.kind === 'error') {
      totals.failed++;
      options.onError?.(result);
      continue;
    }
    batch.push({
      item: { raw: result.article, lang: result.lang },
      document: {
        kind: 'file',
        url: result.line === undefined ? result.path : `${result.path}#${result.line}`,
        contentType: 'application/json',
        content: JSON.stringify(result.article),
      },
    });
    if (batch.length >= IMPORT_BATCH) await flush();
  }
  await flush();
  return { ...totals, stories: [...stories] };
}
