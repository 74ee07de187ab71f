/**
 * `storyfold serve`: the reader — the API and web interface on 127.0.0.1:8080 by default, with the
 * polling scheduler inside — until SIGINT or SIGTERM, then the server, scheduler and store close
 * cleanly. Options come from the server's one config table (flag, else STORYFOLD_* variable, else
 * default); `--demo` imports the example corpus first when the store is empty.
 */
import { parseArgs } from 'node:util';
import { CONFIG_OPTIONS, ConfigError, readConfig, startServer } from '@storyfold/server';
import { CliError } from './cli-error.js';
import { COMMON_OPTIONS, noArguments } from './command-options.js';
import { openData } from './data-folder.js';

const OPTION_LINES = CONFIG_OPTIONS.map((option) => {
  const flag =
    option.kind === 'boolean'
      ? `--${option.flag}`
      : `--${option.flag} <${option.kind === 'integer' ? 'n' : 'value'}>`;
  return `  ${flag.padEnd(30)}${option.description}\n  ${''.padEnd(30)}(${option.env}; default ${String(option.default)})`;
}).join('\n');

export const SERVE_USAGE = `Usage: storyfold serve [--data <folder>] [--port <n>] [--host <addr>] [--demo]

Runs Storyfold as a reader: the web interface and the API at http://127.0.0.1:8080 (by default),
polling the feeds when they are due and folding new articles into stories, until Ctrl-C.

Options:
  --demo                        import the example corpus first when the store is empty
${OPTION_LINES}`;

const FLAG_OPTIONS = Object.fromEntries(
  CONFIG_OPTIONS.map((option) => [
    option.flag,
    { type: option.kind === 'boolean' ? 'boolean' : 'string' } as const,
  ]),
) as Record<string, { type: 'string' | 'boolean' }>;

/** Resolves once a signal closed the server; `signals` is for tests. */
export async function serveCommand(
  argv: string[],
  signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'],
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...FLAG_OPTIONS, demo: { type: 'boolean', default: false }, ...COMMON_OPTIONS },
  });
  if (values.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  noArguments('serve', positionals);
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(values as Record<string, string | boolean | undefined>, process.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const store = await openData(config.dataDir);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(config, { store, demo: values.demo === true });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`${config.host}:${config.port} is in use (try --port <n>)`);
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES')
      throw new CliError(`cannot listen on ${config.host}:${config.port} (${code})`);
    throw error;
  }
  process.stdout.write(`Storyfold at ${server.url}\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      for (const signal of signals) process.off(signal, stop);
      done();
    };
    for (const signal of signals) process.on(signal, stop);
  });
  process.stdout.write('storyfold: stopping\n');
  try {
    await server.close();
  } finally {
    await store.close();
  }
  return 0;
}
