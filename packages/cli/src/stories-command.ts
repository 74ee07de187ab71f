/** `storyfold stories [--json]`: the stored stories, ranked (most independent reports and most recent first). */
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS, noArguments } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { writeJson } from './json-writer.js';

export const STORIES_USAGE = `Usage: storyfold stories [--json] [--limit <n>] [--data <folder>]

Lists the current stories, ranked by independent reports and recency.

Options:
  --json            print the stories as JSON
  --limit <n>       at most n stories (default 30)
${DATA_USAGE}`;

export async function storiesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '30' },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${STORIES_USAGE}\n`);
    return 0;
  }
  noArguments('stories', positionals);
  const limit = Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0))
    throw new CliError(`--limit must be a positive whole number, not "${values.limit}"`);
  const store = await openData(values.data);
  try {
    const stories = await store.listStories({ limit });
    if (values.json) {
      await writeJson(process.stdout, { stories });
      return 0;
    }
    if (stories.length === 0) {
      process.stdout.write(
        'no stories yet (add feeds with `storyfold feed add`, or `storyfold import` files)\n',
      );
      return 0;
    }
    const total = await store.countStories();
    const lines = stories.map((story) => {
      const reports = `${story.independentReports} report${story.independentReports === 1 ? '' : 's'}`;
      const articles = `${story.articleIds.length} article${story.articleIds.length === 1 ? '' : 's'}`;
      const when = story.lastPublished ? `, ${story.lastPublished.slice(0, 10)}` : '';
      return `${story.id.padStart(8)}  ${story.headline ?? '(no headline)'}\n          ${reports}, ${articles}${when}`;
    });
    process.stdout.write(`${lines.join('\n')}\n${stories.length} of ${total} stories\n`);
    return 0;
  } finally {
    await store.close();
  }
}
