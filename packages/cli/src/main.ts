/** The `storyfold` command: dispatches to one file per command; one line per error. */
import { analyzeCommand } from './analyze-command.js';
import { CliError } from './cli-error.js';
import { feedCommand } from './feed-command.js';
import { importCommand } from './import-command.js';
import { refreshCommand } from './refresh-command.js';
import { reprocessCommand } from './reprocess-command.js';
import { serveCommand } from './serve-command.js';
import { sourceCommand } from './source-command.js';
import { storiesCommand } from './stories-command.js';
import { storyCommand } from './story-command.js';

const USAGE = `Usage: storyfold <command> [options]

Commands:
  analyze <path>...   fold articles from files and folders into stories (see analyze --help)
  feed <action>       add, list, remove, import (OPML) or export the feeds (see feed --help)
  source <action>     list the sources, or set one's options (page fetching, content selector)
  refresh             poll the due feeds now and fold their new articles into stories
  import <path>...    store articles from files and folders, folded into the stored stories
  reprocess           extract, clean and fold the stored articles again from their raw documents
  serve               the reader: web interface and API on http://127.0.0.1:8080, polling the feeds
  stories             the stored stories, ranked
  story <id>          one stored story: origins, shares, passages

Every command that uses the store takes --data <folder> (default: $STORYFOLD_DATA, else ./data).

Options:
  --help      show this help
  --version   print the version
  --debug     print stack traces for unexpected errors`;

const VERSION = '0.1.0';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  analyze: analyzeCommand,
  feed: feedCommand,
  import: importCommand,
  refresh: refreshCommand,
  reprocess: reprocessCommand,
  serve: serveCommand,
  source: sourceCommand,
  stories: storiesCommand,
  story: storyCommand,
};

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return name === undefined ? 2 : 0;
    }
    if (name === '--version') {
      process.stdout.write(`storyfold ${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new CliError(`unknown command "${name}" (try storyfold --help)`);
    return await command(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const expected = error instanceof CliError || isArgumentError(error);
    process.stderr.write(`storyfold: ${expected ? '' : 'unexpected error: '}${message}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    else if (!expected) process.stderr.write('storyfold: run again with --debug for details\n');
    return expected ? 2 : 1;
  }
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for bad options. */
function isArgumentError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
