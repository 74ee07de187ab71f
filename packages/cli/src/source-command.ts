/** `storyfold source list|set`: the sources (outlets) and their per-source options. */
import { parseArgs } from 'node:util';
import type { SourceOptions } from '@storyfold/store';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS } from './command-options.js';
import { DATA_OPTION, DATA_USAGE, openData } from './data-folder.js';
import { writeJson } from './json-writer.js';

export const SOURCE_USAGE = `Usage: storyfold source <list|set> [arguments] [--data <folder>]

  source list [--json]                       the sources (outlets) with their options
  source set <id> [--pages on|off] [--selector <css>]
                                             per-source options: whether each article's page is
                                             fetched when the feed carries summaries only (on by
                                             default), and a CSS selector for the article's
                                             content on its pages (--selector '' to extract again)

Options:
${DATA_USAGE}`;

export async function sourceCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      json: { type: 'boolean', default: false },
      pages: { type: 'string' },
      selector: { type: 'string' },
      ...COMMON_OPTIONS,
    },
  });
  const [action, id, extra] = positionals;
  if (values.help || action === undefined) {
    process.stdout.write(`${SOURCE_USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const store = await openData(values.data);
  try {
    if (action === 'list') {
      const sources = await store.listSources();
      if (values.json) await writeJson(process.stdout, { sources });
      else {
        const lines = sources.map((source) => {
          const pages = source.options.fetchPages ? 'pages fetched' : 'feed text only';
          const selector = source.options.contentSelector
            ? `, content ${source.options.contentSelector}`
            : '';
          return `${String(source.id).padStart(5)}  ${source.name} (${source.host ?? 'no host'}): ${pages}${selector}`;
        });
        process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'no sources yet\n');
      }
      return 0;
    }
    if (action !== 'set') throw new CliError(`unknown source action "${action}" (list or set)`);
    if (id === undefined || extra !== undefined || !/^\d+$/.test(id)) {
      throw new CliError('source set needs exactly one source id (see storyfold source list)');
    }
    const options: Partial<SourceOptions> = {};
    if (values.pages !== undefined) {
      if (values.pages !== 'on' && values.pages !== 'off')
        throw new CliError(`--pages is on or off, not "${values.pages}"`);
      options.fetchPages = values.pages === 'on';
    }
    if (values.selector !== undefined) options.contentSelector = values.selector.trim() || null;
    if (Object.keys(options).length === 0) throw new CliError('source set needs --pages and/or --selector');
    const source = await store.setSourceOptions(Number(id), options);
    if (!source) throw new CliError(`no source ${id} (see storyfold source list)`);
    process.stdout.write(
      `source ${source.id} (${source.name}): pages ${source.options.fetchPages ? 'on' : 'off'}, selector ${source.options.contentSelector ?? 'none'}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
