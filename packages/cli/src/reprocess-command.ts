/** `storyfold reprocess`: extraction, cleaning and folding again over the stored raw documents. */
import { parseArgs } from 'node:util';
import { reprocess } from '@storyfold/ingest';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS, noArguments } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { progressBar } from './progress.js';

export const REPROCESS_USAGE = `Usage: storyfold reprocess [--source <id>] [--data <folder>]

Extracts and cleans the stored articles again from the raw documents kept (pages, feeds, imported
files), rewrites them in place, and folds every story again. Use it after upgrading Storyfold.

Options:
  --source <id>     only this source's articles are extracted and cleaned again
${DATA_USAGE}`;

export async function reprocessCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      source: { type: 'string' },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${REPROCESS_USAGE}\n`);
    return 0;
  }
  noArguments('reprocess', positionals);
  const sourceId = values.source === undefined ? undefined : Number(values.source);
  if (sourceId !== undefined && !Number.isInteger(sourceId)) {
    throw new CliError(`--source must be a source id (a whole number), not "${values.source}"`);
  }
  const store = await openData(values.data);
  const progress = progressBar();
  try {
    if (sourceId !== undefined && (await store.getSource(sourceId)) === undefined) {
      throw new CliError(`no source ${sourceId} in this store`);
    }
    const summary = await reprocess(store, {
      sourceId,
      onProgress: (done, total, stage) => progress.update(done, total, stage),
    });
    progress.done();
    const kept = summary.kept > 0 ? `; ${summary.kept} kept as stored (their raw documents are gone)` : '';
    process.stdout.write(
      `reprocessed ${summary.articles} article(s) into ${summary.stories} stories${kept}\n`,
    );
    return 0;
  } finally {
    progress.done();
    await store.close();
  }
}
