/**
 * Streams a .jsonl file (one article object per line) and yields an article or an error per line.
 *
 * Reference: JSON Lines (jsonlines.org): UTF-8, one JSON value per line, "\n" separated ("\r\n"
 * accepted). Invariants: memory is bounded by the chunk size plus the longest line (never the
 * whole file); blank lines are skipped; a bad line is an error for that line only and reading goes
 * on; a last line cut off mid-record is reported as truncated; invalid UTF-8 stops the file at the
 * line it is on (a decoder cannot resynchronise reliably). Cost: O(bytes) time.
 */

import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { TextDecoder } from 'node:util';
import { recordToArticle } from './article-record.js';
import { detectBom, firstInvalidUtf8, invalidUtf8Reason, sniffBinary } from './decode-text.js';
import { overLimitReason } from './format-bytes.js';
import type { InputResult, ReadOptions } from './input-result.js';
import { describeJsonError } from './json-reason.js';
import { fsReason } from './list-inputs.js';

/** The id of a line without one: "<file name without extension>:<line>". */
function lineId(path: string, line: number): string {
  return `${basename(path, extname(path))}:${line}`;
}

function parseLine(
  path: string,
  text: string,
  line: number,
  isLast: boolean,
  options: ReadOptions,
): InputResult {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    const problem = describeJsonError(error, text);
    const truncated = problem.reason.startsWith('truncated');
    const reason =
      truncated && isLast
        ? 'truncated last line: the file ends in the middle of a record'
        : truncated
          ? 'invalid JSON: the line ends in the middle of a record'
          : problem.reason.replace(/ at byte (\d+)$/, (_, n: string) => ` at column ${Number(n) + 1}`);
    return { kind: 'error', path, line, reason };
  }
  const result = recordToArticle(record, lineId(path, line), options, 'line');
  if (!result.ok) return { kind: 'error', path, line, reason: result.reason };
  const found: InputResult = { kind: 'article', article: result.article, path, line, fields: result.fields };
  if (result.lang !== undefined) found.lang = result.lang;
  return found;
}

export async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<InputResult> {
  const stream = createReadStream(path);
  let decoder: TextDecoder | undefined;
  let carry = '';
  let line = 0;
  /** Characters of the current line dropped because it is over maxBytes (0: not over). */
  let dropped = 0;
  let sawText = false;

  const lines = function* (text: string, final: boolean): Generator<InputResult> {
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline === -1) break;
      let piece = carry + text.slice(start, newline);
      carry = '';
      start = newline + 1;
      line++;
      if (dropped > 0 || piece.length > options.maxBytes) {
        const size = dropped + piece.length;
        dropped = 0;
        sawText = true;
        yield { kind: 'error', path, line, reason: overLimitReason('line', size, options.maxBytes) };
        continue;
      }
      if (piece.endsWith('\r')) piece = piece.slice(0, -1);
      if (piece.trim().length === 0) continue;
      sawText = true;
      yield parseLine(path, piece, line, false, options);
    }
    carry += text.slice(start);
    if (dropped + carry.length > options.maxBytes) {
      dropped += carry.length;
      carry = '';
    }
    if (final && (carry.trim().length > 0 || dropped > 0)) {
      line++;
      sawText = true;
      yield dropped > 0
        ? {
            kind: 'error',
            path,
            line,
            reason: overLimitReason('line', dropped + carry.length, options.maxBytes),
          }
        : parseLine(path, carry.trimEnd(), line, true, options);
      carry = '';
      dropped = 0;
    }
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = chunk;
      if (decoder === undefined) {
        const binary = sniffBinary(bytes);
        if (binary !== undefined) {
          yield { kind: 'error', path, reason: binary };
          return;
        }
        const bom = detectBom(bytes);
        decoder = new TextDecoder(bom?.encoding ?? 'utf-8', { fatal: true });
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        const offset = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes, true) : -1;
        if (offset > 0) {
          bytes = bytes.subarray(0, offset);
          decoder = new TextDecoder(decoder.encoding, { fatal: true });
          yield* lines(decoder.decode(bytes), false);
        }
        yield {
          kind: 'error',
          path,
          line: line + 1,
          reason:
            offset >= 0
              ? `${invalidUtf8Reason(chunk[offset], stream.bytesRead - chunk.length + offset)}; the rest of the file is skipped`
              : 'not valid text in its encoding; the rest of the file is skipped',
        };
        return;
      }
      yield* lines(text, false);
    }
    let rest = '';
    try {
      rest = decoder?.decode() ?? '';
    } catch {
      yield {
        kind: 'error',
        path,
        line: line + 1,
        reason: 'truncated: the file ends in the middle of a character',
      };
      return;
    }
    yield* lines(rest, true);
  } catch (error) {
    yield { kind: 'error', path, reason: fsReason(error) };
    return;
  } finally {
    stream.destroy();
  }
  if (!sawText)
    yield {
      kind: 'error',
      path,
      reason: decoder === undefined ? 'file is empty' : 'file is empty (only whitespace)',
    };
}
