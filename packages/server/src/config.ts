/**
 * The server's configuration: ONE typed table. Each option has its environment variable
 * (STORYFOLD_*), its command-line flag, a description and its default; the README lists them from
 * this table (`CONFIG_OPTIONS`). Flags win over environment variables, which win over defaults.
 * Values are checked when read; a bad value throws `ConfigError` saying which option and why.
 */

import { DEFAULT_MAX_INTERVAL_SECONDS, DEFAULT_MIN_INTERVAL_SECONDS } from '@storyfold/ingest';

export interface ServerConfig {
  /** TCP port to listen on (0 = any free port). */
  port: number;
  /** Address to bind; 127.0.0.1 keeps the server on this machine. */
  host: string;
  /** The store's folder. */
  dataDir: string;
  /** Seconds between two scheduler rounds (each polls the feeds that are due). */
  refreshPeriodSeconds: number;
  /** Seconds after start before the first scheduler round; 0 disables the scheduler. */
  refreshFirstDelaySeconds: number;
  /** Shortest interval between two polls of one feed, in seconds (a feed's own bound wins). */
  pollMinIntervalSeconds: number;
  /** Longest interval between two polls of one feed, in seconds (a feed's own bound wins). */
  pollMaxIntervalSeconds: number;
  /** Timeout of one outgoing request (feed or page), in milliseconds. */
  fetchTimeoutMs: number;
  /** Largest feed or page fetched, in bytes. */
  fetchMaxBytes: number;
  /** Largest request body the API accepts, in bytes (JSON bodies and OPML documents). */
  maxBodyBytes: number;
  /** Allow feeds and pages on private, loopback and link-local addresses (off: SSRF guard). */
  allowPrivateAddresses: boolean;
  /** Log level of the structured (pino) logs: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

type Kind = 'integer' | 'string' | 'boolean';

export interface ConfigOption<K extends keyof ServerConfig = keyof ServerConfig> {
  key: K;
  /** The environment variable. */
  env: string;
  /** The command-line flag, without the leading dashes. */
  flag: string;
  kind: Kind;
  default: ServerConfig[K];
  /** One line for the README and --help. */
  description: string;
  /** Smallest allowed value of an integer option. */
  min?: number;
}

/** The table: every option, its env var, flag, default and meaning. */
export const CONFIG_OPTIONS: readonly ConfigOption[] = [
  {
    key: 'port',
    env: 'STORYFOLD_PORT',
    flag: 'port',
    kind: 'integer',
    default: 8080,
    min: 0,
    description: 'TCP port of the web interface and API (0 picks a free port).',
  },
  {
    key: 'host',
    env: 'STORYFOLD_HOST',
    flag: 'host',
    kind: 'string',
    default: '127.0.0.1',
    description: 'Address to bind; the default keeps Storyfold reachable from this machine only.',
  },
  {
    key: 'dataDir',
    env: 'STORYFOLD_DATA',
    flag: 'data',
    kind: 'string',
    default: 'data',
    description: "The store's folder (created on first start).",
  },
  {
    key: 'refreshPeriodSeconds',
    env: 'STORYFOLD_REFRESH_PERIOD',
    flag: 'refresh-period',
    kind: 'integer',
    // One minute: due feeds wait at most a minute past their time (feeds are polled every 15
    // minutes or more), and a round with nothing due costs one indexed query.
    default: 60,
    min: 1,
    description: 'Seconds between two polling rounds (each polls the feeds that are due).',
  },
  {
    key: 'refreshFirstDelaySeconds',
    env: 'STORYFOLD_REFRESH_FIRST_DELAY',
    flag: 'refresh-first-delay',
    kind: 'integer',
    // Shortly after start, so the interface is up before the first round competes for the CPU.
    default: 5,
    min: 0,
    description: 'Seconds after start before the first polling round (0 disables the scheduler).',
  },
  {
    key: 'pollMinIntervalSeconds',
    env: 'STORYFOLD_POLL_MIN_INTERVAL',
    flag: 'poll-min-interval',
    kind: 'integer',
    default: DEFAULT_MIN_INTERVAL_SECONDS,
    min: 1,
    description: "Shortest time between two polls of one feed, in seconds, whatever the feed's hints say.",
  },
  {
    key: 'pollMaxIntervalSeconds',
    env: 'STORYFOLD_POLL_MAX_INTERVAL',
    flag: 'poll-max-interval',
    kind: 'integer',
    default: DEFAULT_MAX_INTERVAL_SECONDS,
    min: 1,
    description: 'Longest time between two polls of one feed that keeps answering, in seconds.',
  },
  {
    key: 'fetchTimeoutMs',
    env: 'STORYFOLD_FETCH_TIMEOUT',
    flag: 'fetch-timeout',
    kind: 'integer',
    default: 10_000,
    min: 1,
    description: 'Timeout of one outgoing request (feed or page), in milliseconds.',
  },
  {
    key: 'fetchMaxBytes',
    env: 'STORYFOLD_FETCH_MAX_BYTES',
    flag: 'fetch-max-bytes',
    kind: 'integer',
    default: 5 * 1024 * 1024,
    min: 1,
    description: 'Largest feed or page fetched, in bytes.',
  },
  {
    key: 'maxBodyBytes',
    env: 'STORYFOLD_MAX_BODY_BYTES',
    flag: 'max-body-bytes',
    kind: 'integer',
    // 1 MiB: a JSON request is a few hundred bytes; an OPML file of 5,000 feeds is about 1 MB.
    default: 1024 * 1024,
    min: 1,
    description: 'Largest request body the API accepts, in bytes (JSON and OPML uploads).',
  },
  {
    key: 'allowPrivateAddresses',
    env: 'STORYFOLD_ALLOW_PRIVATE_ADDRESSES',
    flag: 'allow-private-addresses',
    kind: 'boolean',
    default: false,
    description:
      'Allow feeds on private, loopback and link-local addresses (off by default: a protection against SSRF).',
  },
  {
    key: 'logLevel',
    env: 'STORYFOLD_LOG_LEVEL',
    flag: 'log-level',
    kind: 'string',
    default: 'info',
    description: 'Log level: fatal, error, warn, info, debug, trace or silent.',
  },
];

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** The defaults of every option. */
export function defaultConfig(): ServerConfig {
  return Object.fromEntries(
    CONFIG_OPTIONS.map((option) => [option.key, option.default]),
  ) as unknown as ServerConfig;
}

/**
 * The configuration from flags (by flag name, as parseArgs returns them), then environment
 * variables, then defaults.
 */
export function readConfig(
  flags: Readonly<Record<string, string | boolean | undefined>> = {},
  env: Readonly<Record<string, string | undefined>> = {},
): ServerConfig {
  const config: Record<string, unknown> = {};
  for (const option of CONFIG_OPTIONS) {
    const flag = flags[option.flag];
    const fromEnv = env[option.env];
    let value: unknown = option.default;
    if (flag !== undefined) value = parseValue(option, flag, `--${option.flag}`);
    else if (fromEnv !== undefined && fromEnv !== '') value = parseValue(option, fromEnv, option.env);
    config[option.key] = value;
  }
  const result = config as unknown as ServerConfig;
  if (result.pollMaxIntervalSeconds < result.pollMinIntervalSeconds)
    throw new ConfigError(
      `the longest polling interval (${result.pollMaxIntervalSeconds} s) is shorter than the shortest (${result.pollMinIntervalSeconds} s)`,
    );
  if (!LOG_LEVELS.has(result.logLevel))
    throw new ConfigError(`log level must be one of ${[...LOG_LEVELS].join(', ')}, not "${result.logLevel}"`);
  return result;
}

function parseValue(option: ConfigOption, raw: string | boolean, where: string): unknown {
  if (option.kind === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    throw new ConfigError(`${where} must be true or false, not "${raw}"`);
  }
  if (typeof raw === 'boolean') throw new ConfigError(`${where} needs a value`);
  if (option.kind === 'string') {
    if (raw.trim() === '') throw new ConfigError(`${where} must not be empty`);
    return raw;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (option.min ?? Number.NEGATIVE_INFINITY))
    throw new ConfigError(
      `${where} must be a whole number${option.min === undefined ? '' : ` of at least ${option.min}`}, not "${raw}"`,
    );
  if (option.key === 'port' && value > 65_535)
    throw new ConfigError(`${where} must be at most 65535, not "${raw}"`);
  return value;
}

/** The table as Markdown (variable, flag, default, description), for the README. */
export function configMarkdown(): string {
  const rows = CONFIG_OPTIONS.map(
    (option) =>
      `| \`${option.env}\` | \`--${option.flag}\` | \`${String(option.default)}\` | ${option.description} |`,
  );
  return ['| variable | flag | default | what it sets |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
