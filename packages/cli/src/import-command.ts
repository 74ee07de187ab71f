/** `storyfold import <path>...`: articles from files and folders into the store, folded into stories. */
import { parseArgs } from 'node:util';
import { Aggregator, importFiles } from '@storyfold/ingest';
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
    const totals = await importFiles(store, aggregator, positionals, {
      maxBytes,
      onError: (error) => {
        const where = error.line === undefined ? error.path : `${error.path}:${error.line}`;
        process.stderr.write(`storyfold: ${where}: ${error.reason}\n`);
      },
      onProgress: (done) => progress.update(done, done, 'importing'),
    });
    const stories = new Set(totals.stories);
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
