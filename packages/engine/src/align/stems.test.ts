/**
 * stemOfWord() (read from code units) against its definition stemHash(foldWord(word)), on the
 * words of the real seed articles and on words built to reach every branch: stop words in any
 * case and with accents, marks, digits, short words, non-Latin scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWord, tokenize } from '../tokens.js';
import { stemHash, stemOfWord } from './stems.js';

const SEEDS = '../shared/seeds';

function mismatches(text: string): string[] {
  const tokens = tokenize(text);
  const wrong: string[] = [];
  for (let k = 0; k < tokens.count; k++) {
    const word = text.slice(tokens.starts[k]!, tokens.ends[k]!);
    const expected = stemHash(foldWord(word));
    if (stemOfWord(text, tokens.starts[k]!, tokens.ends[k]!, tokens.hashes[k]!) !== expected)
      wrong.push(word);
  }
  return wrong;
}

describe('stemOfWord', () => {
  it('equals stemHash(foldWord(word)) on every word of the seed articles', () => {
    const text = readdirSync(SEEDS)
      .map((name) => readFileSync(`${SEEDS}/${name}`, 'utf8'))
      .join('\n');
    expect(tokenize(text).count).toBeGreaterThan(1000);
    expect(mismatches(text)).toEqual([]);
  });

  it('equals stemHash(foldWord(word)) on stop words, marks, digits and other scripts', () => {
    const text = [
      'The THE thé Thè thé AND And ándd Although WHICH which-way whose whoseever',
      'a an ab Ab 1 12 1991 1992 123456789 ١٢٣ 3rd 2020s',
      'Élysée ÉLYSÉE élysée naïve café Kazakh Kazakhstan supports supported',
      'e\u0301lyse\u0301e \u0301abc ﬁne İstanbul straße Ǆemal Ωμέγα ΩΜΈΓΑ Москва 数字 한국어',
      'x\u0301\u0301\u0301yz the\u0301 yourself yourselves themselves',
    ].join('\n');
    expect(mismatches(text)).toEqual([]);
  });

  it('gives 0 exactly for stop words and short words', () => {
    const text = 'the said Said SAID tokayev of us 7';
    const tokens = tokenize(text);
    const stems = Array.from({ length: tokens.count }, (_, k) =>
      stemOfWord(text, tokens.starts[k]!, tokens.ends[k]!, tokens.hashes[k]!),
    );
    expect(stems.map((stem) => stem === 0)).toEqual([true, true, true, true, false, true, true, false]);
  });
});
