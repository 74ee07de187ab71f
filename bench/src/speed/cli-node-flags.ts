/**
 * The Node flags the `storyfold` command runs with, read from its launcher's first line
 * (`#!/usr/bin/env -S node <flags>` in packages/cli/bin/storyfold.js), so that every benchmark
 * that measures the product in a child process (extraction, analyze, the API) runs it as a user
 * does, and the flags are written in one place.
 */
import { readFileSync } from 'node:fs';

export const CLI_BIN = 'packages/cli/bin/storyfold.js';

/** The flags after `node` on a `#!/usr/bin/env [-S] node …` line; [] for any other first line. */
export function nodeFlagsOf(firstLine: string): string[] {
  const match = /^#!\s*\S*env\s+(?:-S\s+)?node((?:\s+--\S+)*)\s*$/.exec(firstLine);
  return match?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
}

export function cliNodeFlags(bin: string = CLI_BIN): string[] {
  return nodeFlagsOf(readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '');
}
