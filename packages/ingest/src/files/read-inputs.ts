/**
 * Reads articles from any mix of files and folders, yielding each article or bad input as it goes.
 *
 * Invariants: one result per file (per line for .jsonl), in listing order (see list-inputs.ts);
 * bad input is a result with a reason, never an exception, and reading goes on; a file over
 * maxBytes is refused from its size alone, before reading; .jsonl is streamed line by line.
 * Cost: O(total bytes read), plus HTML extraction per page.
 */
import { DEFAULT_ID_FIELD, DEFAULT_MAX_BYTES, DEFAULT_TEXT_FIELD } from './defaults.js';
import { overLimitReason } from './format-bytes.js';
import type { InputResult, ReadOptions } from './input-result.js';
import { listInputs } from './list-inputs.js';
import { readWholeFile } from './read-file.js';
import { readJsonl } from './read-jsonl.js';

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: DEFAULT_MAX_BYTES,
  textField: DEFAULT_TEXT_FIELD,
  idField: DEFAULT_ID_FIELD,
};

/** Articles (or reasons they could not be read) from files and folders: .txt, .html/.htm, .json, .jsonl. */
export async function* readInputs(
  paths: readonly string[],
  options: Partial<ReadOptions> = {},
): AsyncGenerator<InputResult> {
  const settings: ReadOptions = { ...DEFAULT_READ_OPTIONS, ...options };
  if (!(Number.isFinite(settings.maxBytes) && settings.maxBytes > 0)) {
    throw new RangeError(`readInputs: maxBytes must be a positive number, not ${settings.maxBytes}`);
  }
  for await (const input of listInputs(paths)) {
    if (input.kind === 'error') {
      yield input;
    } else if (input.extension === '.jsonl') {
      yield* readJsonl(input.path, settings);
    } else if (input.size > settings.maxBytes) {
      yield {
        kind: 'error',
        path: input.path,
        reason: overLimitReason('file', input.size, settings.maxBytes),
      };
    } else {
      yield await readWholeFile(input.path, input.extension, settings);
    }
  }
}
