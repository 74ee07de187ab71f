/** `storyfold import <path>...`: articles from files and folders into the store, folded into stories. */
import { parseArgs } from 'node:util';
import { Aggregator, type IncomingArticle, readInputs } from '@storyfold/ingest';
import type { DocumentInput } from '@storyfold/store';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS, maxBytesOf } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { progressBar } from './progress.js';

export const IMPORT_USAGE = `Usage: storyfold import <path>... [--data <folder>] [--max-bytes <n>]

Reads articles from files and folders (.txt, .html, .htm, .json, .jsonl, as analyze does), stores
them (an article seen before is stored once, and updated when its text changed) and folds the new
ones into the stored stories.

Options:
${DATA_USAGE}
  --max-bytes <n>   skip input files larger than n bytes (default 20000000)`;

/** Articles stored and folded per transaction. */
const BATCH = 500;

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      'max-bytes': { type: 'string' },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new CliError('import needs at least one file or folder (see --help)');
  const maxBytes = maxBytesOf(values['max-bytes']);
  const store = await openData(values.data);
  const progress = progressBar();
  try {
    const aggregator = await Aggregator.open(store, {
      onRestore: (done, total) => progress.update(done, total, 'restoring'),
    });
    const totals = { new: 0, updated: 0, unchanged: 0, failed: 0 };
    const stories = new Set<string>();
    let batch: { item: IncomingArticle; document: DocumentInput }[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      // The raw inputs and the articles made from them are stored together, or not at all.
      const summary = await store.transaction(async () => {
        const documents = await store.putDocuments(batch.map((entry) => entry.document));
        return aggregator.ingest(batch.map((entry, i) => ({ ...entry.item, pageDocumentId: documents[i] })));
      });
      totals.new += summary.new;
      totals.updated += summary.updated;
      totals.unchanged += summary.unchanged;
      for (const story of summary.stories) stories.add(story);
      batch = [];
      const done = totals.new + totals.updated + totals.unchanged;
      progress.update(done, done, 'importing');
    };
    for await (const result of readInputs(positionals, maxBytes === undefined ? {} : { maxBytes })) {
      if (result.kind === 'error') {
        totals.failed++;
        const where = result.line === undefined ? result.path : `${result.path}:${result.line}`;
        process.stderr.write(`storyfold: ${where}: ${result.reason}\n`);
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
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    progress.done();
    const total = await store.countStories();
    process.stdout.write(
      `imported ${totals.new} new, ${totals.updated} updated and ${totals.unchanged} unchanged article(s); ` +
        `${stories.size} stor${stories.size === 1 ? 'y' : 'ies'} changed, ${total} in the store\n`,
    );
    if (totals.failed > 0) {
      process.stderr.write(
        `storyfold: ${totals.failed} input(s) could not be read; the rest were imported\n`,
      );
    }
    return totals.failed > 0 ? 1 : 0;
  } finally {
    progress.done();
    await store.close();
  }
}
