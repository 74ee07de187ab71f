/** `storyfold refresh`: one polling round now; waits until it is done and prints a summary. */
import { parseArgs } from 'node:util';
import { Aggregator, refresh } from '@storyfold/ingest';
import { COMMON_OPTIONS, noArguments } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { progressBar } from './progress.js';

export const REFRESH_USAGE = `Usage: storyfold refresh [--all] [--data <folder>]

Polls the feeds that are due (every feed with --all), politely: conditional requests, per-host
limits, backoff for failing feeds. Stores new articles (fetching their pages when a feed carries
summaries only) and folds them into stories. Prints one line per feed that failed or brought news.

Options:
  --all             poll every feed now, not only the due ones
${DATA_USAGE}`;

export async function refreshCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      all: { type: 'boolean', default: false },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${REFRESH_USAGE}\n`);
    return 0;
  }
  noArguments('refresh', positionals);
  const store = await openData(values.data);
  const progress = progressBar();
  try {
    const aggregator = await Aggregator.open(store, {
      onRestore: (done, total) => progress.update(done, total, 'restoring'),
    });
    const total = values.all ? (await store.listFeeds()).length : undefined;
    let done = 0;
    const summary = await refresh(store, aggregator, {
      all: values.all,
      onFeed: () => {
        done++;
        if (total !== undefined) progress.update(done, total, 'polling');
      },
    });
    progress.done();
    const counts = { fetched: 0, 'not-modified': 0, failed: 0 };
    let articles = 0;
    for (const report of summary.feeds) {
      counts[report.outcome]++;
      articles += report.articles.new;
      const name = report.feed.title ?? report.feed.url;
      if (report.error !== null) process.stdout.write(`  failed  ${name}: ${report.error}\n`);
      else if (report.articles.new > 0)
        process.stdout.write(`  ${String(report.articles.new).padStart(6)}  new from ${name}\n`);
    }
    process.stdout.write(
      `polled ${summary.feeds.length} feed(s): ${counts.fetched} fetched, ${counts['not-modified']} not modified, ` +
        `${counts.failed} failed; ${articles} new article(s), ${summary.stories} stor${summary.stories === 1 ? 'y' : 'ies'} changed\n`,
    );
    return 0;
  } finally {
    progress.done();
    await store.close();
  }
}
