/**
 * Rewrites a JSON.parse SyntaxError as a short reason a user understands, with a byte offset:
 * "truncated JSON: unexpected end of input at byte 812", "invalid JSON: expected ':' after
 * property name at byte 5". A parse error at (or past) the end of the text means the input was cut off.
 * Cost: O(position) to turn V8's character position into a byte offset.
 */

const POSITION = /\s+in JSON at position (\d+)/;

export interface JsonProblem {
  reason: string;
  /** 0-based character position of the error in the text, when V8 gives it. */
  position?: number;
}

function byteOffset(text: string, position: number): number {
  return Buffer.byteLength(text.slice(0, position), 'utf8');
}

/**
 * `text` is what was parsed; `bytesBefore` is how many bytes precede it in the file (a BOM, or
 * the earlier lines of a .jsonl) so offsets are file offsets.
 */
export function describeJsonError(error: unknown, text: string, bytesBefore = 0): JsonProblem {
  const message = error instanceof Error ? error.message : String(error);
  const end = text.trimEnd().length;
  const match = POSITION.exec(message);
  const position = match?.[1] === undefined ? undefined : Number(match[1]);
  if (/end of JSON input/i.test(message) || (position !== undefined && position >= end)) {
    return {
      reason: `truncated JSON: unexpected end of input at byte ${bytesBefore + byteOffset(text, end)}`,
      position: end,
    };
  }
  let what = message.replace(POSITION, '').replace(/, ".*" is not valid JSON$/s, '');
  what = what.charAt(0).toLowerCase() + what.slice(1);
  if (position === undefined) return { reason: `invalid JSON: ${what}` };
  return { reason: `invalid JSON: ${what} at byte ${bytesBefore + byteOffset(text, position)}`, position };
}

/** 1-based line of a character position. */
export function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
