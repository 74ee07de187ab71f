/** `storyfold feed add|list|remove|import|export`: the feeds the store subscribes to. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FeedError, feedsOpml, parseOpml, SubscribeError, subscribe } from '@storyfold/ingest';
import type { FeedRecord, Store } from '@storyfold/store';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { writeJson } from './json-writer.js';

export const FEED_USAGE = `Usage: storyfold feed <add|list|remove|import|export> [arguments] [--data <folder>]

  feed add <url> [--folder <name>]   subscribe to a feed, or to the feed a site names
  feed list [--json]                 the feeds, with their last status, error and next poll
  feed remove <id|url>               unsubscribe (the feed's articles stay)
  feed import <file.opml>            subscribe to every feed of an OPML file, keeping folders
  feed export                        print the feeds as OPML

Options:
${DATA_USAGE}`;

export async function feedCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      json: { type: 'boolean', default: false },
      folder: { type: 'string' },
      ...COMMON_OPTIONS,
    },
  });
  const [action, argument, extra] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(`${FEED_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const needs = (what: string): string => {
    if (argument === undefined || extra !== undefined)
      throw new CliError(`feed ${action} needs exactly one ${what}`);
    return argument;
  };
  const store = await openData(values.data);
  try {
    switch (action) {
      case 'add':
        return await add(store, needs('URL'), values.folder);
      case 'list':
        return await list(store, values.json);
      case 'remove': {
        const target = needs('feed id or URL');
        const removed = await store.removeFeed(/^\d+$/.test(target) ? Number(target) : target);
        if (!removed) throw new CliError(`no feed "${target}" (see storyfold feed list)`);
        process.stdout.write(`removed feed ${target}; its articles stay\n`);
        return 0;
      }
      case 'import':
        return await importOpml(store, needs('OPML file'));
      case 'export': {
        process.stdout.write(feedsOpml(await store.listFeeds()));
        return 0;
      }
      default:
        throw new CliError(`unknown feed action "${action}" (add, list, remove, import or export)`);
    }
  } finally {
    await store.close();
  }
}

async function add(store: Store, url: string, folder: string | undefined): Promise<number> {
  try {
    const { feed, created, foundOn } = await subscribe(store, url, { folder });
    const found = foundOn ? ` (found on ${foundOn})` : '';
    process.stdout.write(
      `${created ? 'subscribed to' : 'already subscribed to'} feed ${feed.id}: ${feed.title ?? feed.url}${found}\n  ${feed.url}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SubscribeError) throw new CliError(error.message);
    throw error;
  }
}

async function list(store: Store, json: boolean): Promise<number> {
  const feeds = await store.listFeeds();
  if (json) {
    await writeJson(process.stdout, { feeds });
    return 0;
  }
  if (feeds.length === 0) {
    process.stdout.write('no feeds yet (storyfold feed add <url>, or feed import <file.opml>)\n');
    return 0;
  }
  process.stdout.write(`${feeds.map(describeFeed).join('\n')}\n`);
  return 0;
}

function describeFeed(feed: FeedRecord): string {
  const status =
    feed.lastPolledAt === null
      ? 'not polled yet'
      : feed.lastError === null
        ? `ok (${feed.lastStatus ?? '-'}) at ${feed.lastPolledAt.slice(0, 16)}`
        : `failing: ${feed.lastError}`;
  const folder = feed.folder ? ` [${feed.folder}]` : '';
  return `${String(feed.id).padStart(5)}  ${feed.title ?? '(untitled)'}${folder}\n       ${feed.url}\n       ${status}; next poll ${feed.nextPollAt.slice(0, 16)}`;
}

async function importOpml(store: Store, path: string): Promise<number> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let opml: ReturnType<typeof parseOpml>;
  try {
    opml = parseOpml(text);
  } catch (error) {
    if (error instanceof FeedError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
  let added = 0;
  let known = 0;
  for (const entry of opml.feeds) {
    const host = new URL(entry.siteUrl ?? entry.url).host;
    const source = await store.ensureSource({ name: entry.title ?? host, host });
    const { created } = await store.addFeed({
      url: entry.url,
      title: entry.title,
      siteUrl: entry.siteUrl,
      folder: entry.folder,
      sourceId: source.id,
    });
    if (created) added++;
    else known++;
  }
  for (const skipped of opml.skipped) {
    process.stderr.write(
      `storyfold: ${path}:${skipped.line}: skipped ${skipped.title ?? 'an outline'}: ${skipped.reason}\n`,
    );
  }
  process.stdout.write(
    `${added} feed(s) added, ${known} already subscribed, ${opml.skipped.length} skipped\n`,
  );
  return opml.skipped.length > 0 ? 1 : 0;
}
