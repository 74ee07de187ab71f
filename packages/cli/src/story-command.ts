/** `storyfold story <id> [--json]`: one stored story, in the shape of `storyfold analyze`. */
import { parseArgs } from 'node:util';
import { storyAnalysis } from '@storyfold/ingest';
import { formatAnalysis } from './analysis-report.js';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { writeJson } from './json-writer.js';

export const STORY_USAGE = `Usage: storyfold story <id> [--json] [--data <folder>]

Shows one story: its origins, each article's origin shares and removed boilerplate, and (with
--json) the passages each article shares with the others, as \`storyfold analyze --json\` prints.

Options:
  --json            print the story as JSON
${DATA_USAGE}`;

export async function storyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      json: { type: 'boolean', default: false },
      ...COMMON_OPTIONS,
    },
  });
  if (values.help) {
    process.stdout.write(`${STORY_USAGE}\n`);
    return 0;
  }
  const [id, extra] = positionals;
  if (id === undefined || extra !== undefined)
    throw new CliError('story needs exactly one story id (see storyfold stories)');
  const store = await openData(values.data);
  try {
    const analysis = await storyAnalysis(store, id);
    if (analysis === undefined) throw new CliError(`no story "${id}" in this store (see storyfold stories)`);
    if (values.json) {
      const { articles, origins, stories, alignments } = analysis;
      await writeJson(process.stdout, { articles, origins, stories, alignments });
    } else process.stdout.write(formatAnalysis(analysis));
    return 0;
  } finally {
    await store.close();
  }
}
