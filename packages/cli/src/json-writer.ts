/**
 * Writes an analysis as one JSON document to a stream, one array element at a time, so that a
 * 100,000-article analysis never becomes one giant string in memory. Honours back-pressure.
 */
import type { Writable } from 'node:stream';

export async function writeJson(stream: Writable, document: Record<string, unknown[]>): Promise<void> {
  const write = (chunk: string): Promise<void> | undefined =>
    stream.write(chunk) ? undefined : new Promise((resolve) => stream.once('drain', resolve));
  await write('{');
  let firstKey = true;
  for (const [key, values] of Object.entries(document)) {
    await write(`${firstKey ? '' : ','}\n${JSON.stringify(key)}: [`);
    firstKey = false;
    for (let i = 0; i < values.length; i++) {
      await write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(values[i])}`);
    }
    await write(values.length > 0 ? '\n]' : ']');
  }
  await write('\n}\n');
}
