import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyText } from './article.js';
import { signature } from './fingerprint/index.js';
import { prepareArticle } from './prepare.js';

const ECBPLUS = new URL('../../../../shared/datasets/clustering/ecbplus_docs.jsonl', import.meta.url);

describe('prepareArticle', () => {
  it('signs the words it indexed for alignment exactly as fingerprinting the body text does', () => {
    const docs = readFileSync(ECBPLUS, 'utf8')
      .trim()
      .split('\n')
      .slice(0, 300)
      .map((line) => JSON.parse(line) as { doc_id: string; text: string });
    for (const doc of docs) {
      const prepared = prepareArticle({ id: doc.doc_id, text: doc.text });
      expect(prepared.signature).toEqual(signature(bodyText(prepared.article)));
      expect(prepared.length).toBe(bodyText(prepared.article).length);
    }
  });
});
