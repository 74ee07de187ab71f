import { describe, expect, it } from 'vitest';
import type { Alignment, Passage } from '../analysis.js';
import { groupOrigins, type OriginArticle } from './origins.js';

const article = (id: string, length: number, credit: string | null = null): OriginArticle => ({
  id,
  length,
  credit,
  mentions: [],
});
const passage = (a: [number, number], b: [number, number]): Passage => ({
  a,
  b,
  kind: 'verbatim',
  similarity: 1,
});
const align = (x: string, y: string, ...passages: Passage[]): Alignment => ({ articles: [x, y], passages });

describe('groupOrigins', () => {
  it('keeps an unaligned article as its own origin with the whole share', () => {
    const { origins, shares } = groupOrigins([article('a', 1000), article('b', 800)], []);
    expect(origins.map((o) => o.articles)).toEqual([['a'], ['b']]);
    expect(shares.get('a')).toEqual([{ origin: 'o1', share: 1 }]);
  });

  it('splits a mix of two reports between both origins without merging them', () => {
    // r: a Reuters report, c: its copy; p: an AP report; m: first half from r, second from p.
    const articles = [
      article('r', 1000, 'Reuters'),
      article('c', 1000, 'Reuters'),
      article('p', 1000, 'The Associated Press'),
      article('m', 1000),
    ];
    const alignments = [
      align('r', 'c', passage([0, 1000], [0, 1000])),
      align('r', 'm', passage([0, 500], [0, 500])),
      align('c', 'm', passage([0, 500], [0, 500])),
      align('p', 'm', passage([200, 650], [500, 950])),
    ];
    const { origins, shares } = groupOrigins(articles, alignments);
    expect(origins).toEqual([
      { id: 'o1', label: 'Reuters', articles: ['r', 'c', 'm'] },
      { id: 'o2', label: 'The Associated Press', articles: ['p', 'm'] },
    ]);
    expect(shares.get('m')).toEqual([
      { origin: 'o1', share: 0.5 },
      { origin: 'o2', share: 0.45 },
    ]);
  });

  it('keeps partial copies of one original in one origin', () => {
    // o: an original; x keeps its first half, y its second half: o contains both, so it is no mix.
    const articles = [article('o', 1000), article('x', 500), article('y', 500)];
    const alignments = [
      align('o', 'x', passage([0, 500], [0, 500])),
      align('o', 'y', passage([500, 1000], [0, 500])),
    ];
    const { origins } = groupOrigins(articles, alignments);
    expect(origins.map((o) => o.articles)).toEqual([['o', 'x', 'y']]);
  });

  it('does not link articles that share only a short passage', () => {
    const articles = [article('a', 3000), article('b', 3000)];
    const { origins } = groupOrigins(articles, [align('a', 'b', passage([0, 120], [0, 120]))]);
    expect(origins).toHaveLength(2);
  });

  it("labels an origin by its members' majority credit", () => {
    const articles = [article('a', 1000, 'Reuters'), article('b', 1000, 'AFP')];
    const { origins } = groupOrigins(articles, [align('a', 'b', passage([0, 1000], [0, 1000]))]);
    expect(origins[0]?.label).toBe('AFP'); // ties go to the alphabetically first label...
    const three = [...articles, article('c', 1000, 'Reuters')];
    const alignments = [
      align('a', 'b', passage([0, 1000], [0, 1000])),
      align('a', 'c', passage([0, 1000], [0, 1000])),
    ];
    expect(groupOrigins(three, alignments).origins[0]?.label).toBe('Reuters'); // ...majorities win
  });

  it('splits two copies of the same mix between both origins (a near duplicate glues no sources)', () => {
    // r and p: two reports; m1 and m2: the same mix of r (first half) and p (second half).
    const articles = [article('r', 1000), article('p', 1000), article('m1', 1000), article('m2', 1000)];
    const alignments = [
      align('r', 'm1', passage([0, 500], [0, 500])),
      align('p', 'm1', passage([0, 500], [500, 1000])),
      align('r', 'm2', passage([0, 500], [0, 500])),
      align('p', 'm2', passage([0, 500], [500, 1000])),
      align('m1', 'm2', passage([0, 1000], [0, 1000])),
    ];
    const { origins } = groupOrigins(articles, alignments);
    expect(origins.map((o) => o.articles)).toEqual([
      ['r', 'm1', 'm2'],
      ['p', 'm1', 'm2'],
    ]);
  });

  it('does not link independent reports through loosely paraphrased sentences', () => {
    const articles = [article('a', 700), article('b', 650)];
    const loose: Passage = { a: [0, 200], b: [0, 210], kind: 'translated', similarity: 0.5 };
    const edited: Passage = { a: [300, 420], b: [320, 440], kind: 'edited', similarity: 0.58 };
    const { origins } = groupOrigins(articles, [align('a', 'b', loose, edited)]);
    expect(origins).toHaveLength(2);
  });
});
