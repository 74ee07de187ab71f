import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../article.js';
import { clean } from './clean.js';
import { Furniture } from './furniture.js';

function article(source: string | undefined, i: number, extra: string[] = []): RawArticle {
  const lines = [
    'Exclusive offer for loyal readers',
    `Headline number ${i} about the council vote`,
    `The council voted ${i} times on Tuesday to approve the budget for the coming year, officials said.`,
    ...extra,
    'Exclusive offer for loyal readers',
    'Follow the Daily Planet everywhere you go',
  ];
  return { id: `${source ?? 'none'}-${i}`, source, text: lines.join('\n\n') };
}

describe('Furniture', () => {
  it('survives a snapshot through structured cloning (as sent to a worker thread)', () => {
    const furniture = new Furniture();
    for (let i = 0; i < 20; i++) furniture.observe(article('planet', i));
    const copy = Furniture.fromSnapshot(structuredClone(furniture.snapshot()));
    expect(copy.isFurniture('planet', 'Follow the Daily Planet everywhere you go')).toBe(true);
    expect(copy.isFurniture('planet', 'Headline number 3 about the council vote')).toBe(false);
    expect(copy.articleCount('planet')).toBe(20);
    copy.observe(article('planet', 20));
    expect(furniture.articleCount('planet')).toBe(20);
  });

  it('learns lines that recur across many articles of one source, and only for that source', () => {
    const furniture = new Furniture();
    for (let i = 0; i < 20; i++) {
      furniture.observe(
        article('planet', i, i < 3 ? ['A rare line seen in only three articles of the source'] : []),
      );
    }
    expect(furniture.articleCount('planet')).toBe(20);
    expect(furniture.isFurniture('planet', 'Follow the Daily Planet everywhere you go')).toBe(true);
    // Case, spacing and punctuation do not matter.
    expect(furniture.isFurniture('planet', '  FOLLOW the daily planet — everywhere you go! ')).toBe(true);
    expect(furniture.isFurniture('other', 'Follow the Daily Planet everywhere you go')).toBe(false);
    expect(furniture.isFurniture(undefined, 'Follow the Daily Planet everywhere you go')).toBe(false);
    expect(furniture.isFurniture('planet', 'A rare line seen in only three articles of the source')).toBe(
      false,
    );
    expect(furniture.isFurniture('planet', 'Headline number 3 about the council vote')).toBe(false);

    const cleaned = clean(article('planet', 99), { furniture });
    expect(cleaned.body).toEqual([
      'The council voted 99 times on Tuesday to approve the budget for the coming year, officials said.',
    ]);
    expect(cleaned.boilerplate.filter((b) => b.reason === 'furniture').map((b) => b.text)).toEqual([
      'Exclusive offer for loyal readers',
      'Exclusive offer for loyal readers',
      'Follow the Daily Planet everywhere you go',
    ]);
    const elsewhere = clean(article('other', 1), { furniture });
    expect(elsewhere.body).toContain('Follow the Daily Planet everywhere you go');
  });

  it('counts a line repeated inside one article once, and learns nothing without a source', () => {
    const furniture = new Furniture({ minArticles: 2, minShare: 0.5 });
    furniture.observe({ id: 'a', source: 's', text: 'Repeated line\nRepeated line\nRepeated line' });
    furniture.observe({ id: 'b', source: 's', text: 'Something else' });
    expect(furniture.isFurniture('s', 'Repeated line')).toBe(false);
    furniture.observe({ id: 'c', text: 'Repeated line' });
    expect(furniture.articleCount('')).toBe(0);
    furniture.observe({ id: 'd', source: 's', text: 'Repeated line' });
    expect(furniture.isFurniture('s', 'Repeated line')).toBe(true);
  });

  it('never counts long lines, so a news paragraph cannot become furniture', () => {
    const furniture = new Furniture({ minArticles: 1, minShare: 0.1 });
    const long = `${'The ministers met again on Tuesday to discuss the pipeline. '.repeat(4)}`;
    for (let i = 0; i < 10; i++) furniture.observe({ id: String(i), source: 's', text: long });
    expect(furniture.isFurniture('s', long)).toBe(false);
  });

  it('keeps memory bounded while a source streams many distinct lines', () => {
    const furniture = new Furniture({ maxLinesPerSource: 5_000 });
    for (let i = 0; i < 3_000; i++) {
      furniture.observe({
        id: String(i),
        source: 's',
        text: `Menu\nUnique line ${i} a\nUnique line ${i} b\nFooter`,
      });
    }
    expect(furniture.lineCount('s')).toBeLessThanOrEqual(5_000);
    expect(furniture.lineCount('s')).toBeLessThan(400); // lossy counting forgets one-off lines
    expect(furniture.isFurniture('s', 'Menu')).toBe(true);
    expect(furniture.isFurniture('s', 'Footer')).toBe(true);
  });

  it('rejects invalid options', () => {
    expect(() => new Furniture({ minShare: 0 })).toThrow(RangeError);
    expect(() => new Furniture({ minShare: 0.3, errorBound: 0.5 })).toThrow(RangeError);
  });
});
