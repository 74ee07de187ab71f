/** What every command's arguments share: --debug and --help, and the checks of common values. */
import { CliError } from './cli-error.js';

export const COMMON_OPTIONS = {
  debug: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** `--max-bytes`: a positive whole number of bytes, or undefined for the default. */
export function maxBytesOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = Number(value);
  if (!(Number.isInteger(bytes) && bytes > 0)) {
    throw new CliError(`--max-bytes must be a positive whole number of bytes, not "${value}"`);
  }
  return bytes;
}

/** Refuses positional arguments for a command that takes none. */
export function noArguments(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) throw new CliError(`${command} takes no arguments (got "${positionals[0]}")`);
}
