/**
 * scanWords() against its definitions: tokenize() for the words and hashes, stemHash(foldWord())
 * for the stems, the first character for the initials; on the words of the real seed articles
 * and on words built to reach every branch: stop words in any case and with accents, marks,
 * digits, short words, non-Latin scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWord, tokenize } from '../tokens.js';
import { stemHash } from './stems.js';
import { INITIAL_DIGIT, INITIAL_UPPER, scanWords } from './word-scan.js';

const SEEDS = '../shared/seeds';

/** Words where scanWords() differs from its definitions (and a note when the words differ). */
function mismatches(text: string): string[] {
  const tokens = tokenize(text);
  const scanned = scanWords(text);
  const wrong: string[] = [];
  if (scanned.count !== tokens.count) return [`count ${scanned.count} != ${tokens.count}`];
  for (let k = 0; k < tokens.count; k++) {
    const word = text.slice(tokens.starts[k]!, tokens.ends[k]!);
    const first = word.charAt(0);
    const initial =
      (/[0-9]/.test(first) ? INITIAL_DIGIT : 0) | (first !== first.toLowerCase() ? INITIAL_UPPER : 0);
    if (
      scanned.hashes[k] !== tokens.hashes[k] ||
      scanned.starts[k] !== tokens.starts[k] ||
      scanned.ends[k] !== tokens.ends[k] ||
      scanned.stems[k] !== stemHash(foldWord(word)) ||
      scanned.initials[k] !== initial
    )
      wrong.push(word);
  }
  return wrong;
}

describe('scanWords', () => {
  it('equals tokenize() and stemHash(foldWord(word)) on every word of the seed articles', () => {
    const text = readdirSync(SEEDS)
      .map((name) => readFileSync(`${SEEDS}/${name}`, 'utf8'))
      .join('\n');
    expect(tokenize(text).count).toBeGreaterThan(1000);
    expect(mismatches(text)).toEqual([]);
  });

  it('equals them on stop words, marks, digits, other scripts, and at the ends of the text', () => {
    const text = [
      'The THE thé Thè thé AND And ándd Although WHICH which-way whose whoseever',
      'a an ab Ab 1 12 1991 1992 123456789 ١٢٣ 3rd 2020s',
      'Élysée ÉLYSÉE élysée naïve café Kazakh Kazakhstan supports supported',
      'e\u0301lyse\u0301e \u0301abc ﬁne İstanbul straße Ǆemal Ωμέγα ΩΜΈΓΑ Москва 数字 한국어',
      'x\u0301\u0301\u0301yz the\u0301 yourself yourselves themselves \ud83d\ude00abc',
    ].join('\n');
    expect(mismatches(text)).toEqual([]);
    expect(mismatches(`  ${text}.`)).toEqual([]);
    expect(mismatches('')).toEqual([]);
    expect(mismatches('\u0301')).toEqual([]);
    expect(mismatches(text)).toEqual([]);
  });

  it('gives 0 exactly for stop words and short words', () => {
    const { stems } = scanWords('the said Said SAID tokayev of us 7');
    expect(Array.from(stems, (stem) => stem === 0)).toEqual([
      true,
      true,
      true,
      true,
      false,
      true,
      true,
      false,
    ]);
  });
});
