import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeFoldData,
  decodeFoldHead,
  encodeFoldData,
  FOLD_DATA_VERSION,
  preparedFrom,
} from './fold-data.js';
import { prepareArticle } from './prepare.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const prepared = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => prepareArticle({ id: name.slice(0, -4), text: readFileSync(new URL(name, SEEDS), 'utf8') }));

describe('fold data', () => {
  it('decodes to exactly what was encoded, and prepares the seeds again as prepareArticle did', () => {
    for (const item of prepared) {
      const { article, text, ...data } = item;
      const bytes = encodeFoldData(data);
      expect(decodeFoldData(bytes)).toEqual(data);
      expect(decodeFoldHead(bytes)).toEqual({ signature: data.signature, day: data.features.day });
      // As a database driver hands it back: a view at an odd offset of a larger buffer.
      const pooled = new Uint8Array(bytes.length + 3);
      pooled.set(bytes, 3);
      expect(decodeFoldData(pooled.subarray(3))).toEqual(data);
      expect(preparedFrom(article, decodeFoldData(bytes))).toEqual(item);
      expect(bytes.length).toBeLessThan(8_000);
    }
  });

  it('refuses another format version and a body that does not match', () => {
    const { article, text, ...data } = prepared[0]!;
    const bytes = encodeFoldData(data);
    new DataView(bytes.buffer).setUint32(0, FOLD_DATA_VERSION + 1, true);
    expect(() => decodeFoldData(bytes)).toThrow(/version/);
    expect(() => preparedFrom({ ...article, body: ['short'] }, data)).toThrow(/does not match/);
  });
});
