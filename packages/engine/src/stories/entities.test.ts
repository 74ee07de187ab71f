import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities.js';
import { hashKey } from './words.js';

/** The candidate keys (as written) that the text mentions as entities. */
const CANDIDATES = [
  'the',
  'angels',
  'mark',
  'teixeira',
  'mark teixeira',
  'monday',
  'critics',
  'bank of america',
  'of',
  'cia',
  'us',
  'usaf',
  '6.1',
  '6.1 magnitude',
  '12',
  '12 people',
  '160',
  '160 million',
  '3',
  '3.5 percent',
  '1000',
  '1000 jobs',
  'elysee palace',
];
const keys = (text: string): string[] => {
  const found = extractEntities(text);
  return CANDIDATES.filter((key) => found.has(hashKey(key)));
};

describe('extractEntities', () => {
  it('finds names inside sentences, with their parts and the whole run', () => {
    const found = keys('The Angels made an offer to first baseman Mark Teixeira on Monday.');
    expect(found).toEqual(expect.arrayContaining(['angels', 'mark', 'teixeira', 'mark teixeira']));
    expect(found).not.toContain('the');
    expect(found).not.toContain('monday');
  });

  it('keeps a sentence opener only when the name recurs inside a sentence', () => {
    expect(keys('Teixeira signed. Critics doubted it.')).not.toContain('teixeira');
    expect(keys('Teixeira signed. Critics doubted Teixeira.')).toContain('teixeira');
    expect(keys('Critics doubted it.')).not.toContain('critics');
  });

  it('joins names through "of" without making "of" a name', () => {
    const found = keys('He works for the Bank of America in Texas.');
    expect(found).toContain('bank of america');
    expect(found).not.toContain('of');
  });

  it('finds acronyms, dotted or not, even at a sentence start', () => {
    const found = keys('CIA officials met U.S. envoys and the USAF.');
    expect(found).toEqual(expect.arrayContaining(['cia', 'us', 'usaf']));
  });

  it('finds numbers with their units and drops lone single digits', () => {
    const found = keys('A 6.1 magnitude quake killed 12 people; the deal is worth $160 million and 3 more.');
    expect(found).toEqual(
      expect.arrayContaining(['6.1', '6.1 magnitude', '12', '12 people', '160', '160 million']),
    );
    expect(found).not.toContain('3');
  });

  it('reads thousands separators and percentages', () => {
    const found = keys('Shares fell 3.5 % after 1,000 jobs went.');
    expect(found).toEqual(expect.arrayContaining(['3.5 percent', '1000', '1000 jobs']));
  });

  it('folds case and accents', () => {
    expect(keys('They met President Macron at the Élysée Palace.')).toContain('elysee palace');
  });
});
