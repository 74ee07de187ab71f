import { describe, expect, it } from 'vitest';
import { termIndex } from './term-index.js';
import { type SentenceUnit, termsOf } from './units.js';

function unitsOf(texts: readonly string[]): SentenceUnit[] {
  return texts.map((text, index) => {
    const { terms, words } = termsOf(text);
    return {
      index,
      article: `a${index % 3}`,
      articleIndex: index % 3,
      position: index,
      relative: 0,
      text,
      span: [0, text.length],
      words,
      terms,
      origins: [],
    };
  });
}

describe('termIndex', () => {
  const units = unitsOf([
    'Blinken met Tokayev in Astana on Tuesday.',
    'Tokayev thanked Blinken for the visit to Astana.',
    'Uzbekistan abstained at the United Nations.',
    '',
    'Blinken travels to Uzbekistan later on Tuesday.',
  ]);
  const index = termIndex(units);

  it('gives every unit its terms’ ids, in the order of its terms', () => {
    for (const unit of units) {
      const ids = Array.from(
        index.unitTerms.subarray(index.unitStart[unit.index], index.unitStart[unit.index + 1]),
      );
      expect(ids).toEqual(Array.from(unit.terms, (term) => index.idOf(term)));
    }
  });

  it('lists each term’s units once, ascending, exactly the units holding it', () => {
    const distinct = new Set(units.flatMap((unit) => Array.from(unit.terms)));
    expect(index.size).toBe(distinct.size);
    for (const term of distinct) {
      const id = index.idOf(term);
      const posting = Array.from(index.postings.subarray(index.postingStart[id], index.postingStart[id + 1]));
      expect(posting).toEqual(units.filter((unit) => unit.terms.includes(term)).map((unit) => unit.index));
    }
  });

  it('answers -1 for a term no unit holds, and is computed once per unit list', () => {
    const absent = termsOf('zebra').terms[0]!;
    expect(index.idOf(absent)).toBe(-1);
    expect(termIndex(units)).toBe(index);
  });
});
