import { type AnalysedArticle, articleWith } from '@storyfold/engine';
import { describe, expect, it } from 'vitest';
import type { ArticleTruth, NaturalLink } from './generate.js';
import { scoreAnalysis } from './score.js';

function truth(
  id: string,
  role: ArticleTruth['role'],
  event: string,
  topic: string,
  ancestors: [string, number][],
  operations: ArticleTruth['operations'] = [],
): ArticleTruth {
  return { id, role, event, topic, ancestors: ancestors.map(([doc, kept]) => ({ doc, kept })), operations };
}

function article(id: string, origins: string[]): AnalysedArticle {
  return {
    ...articleWith({ id, body: [] }),
    origins: origins.map((origin) => ({ origin, share: 1 / origins.length })),
  };
}

const items: ArticleTruth[] = [
  truth('o1', 'original', 'e1', 't1', [['d1', 1]]),
  truth('c1', 'copy', 'e1', 't1', [['d1', 0.9]], ['wrap']),
  truth('c2', 'copy', 'e1', 't1', [['d1', 0.3]], ['excerpt']),
  truth('c3', 'copy', 'e1', 't1', [['d1', 0.6]], ['edit']),
  truth('x1', 'distractor', 'e1', 't1', [['d2', 1]]),
  truth('x2', 'distractor', 'e2', 't1', [['d3', 1]]),
  truth('u', 'distractor', 'e3', 't2', [['d4', 1]]),
  truth('n5', 'distractor', 'e4', 't3', [['d5', 1]]),
  truth('n6', 'distractor', 'e4', 't3', [['d6', 1]]),
];
const natural: NaturalLink[] = [{ a: 'd5', b: 'd6', shared: 40, required: true }];

describe('scoreAnalysis', () => {
  it('gives the hand-computed precision, recall, groups and false-positive kinds', () => {
    const analysis = {
      articles: [
        article('o1', ['O1']),
        article('c1', ['O1']),
        article('c2', ['O1']),
        article('x1', ['O1']),
        article('c3', ['O3']),
        article('u', ['O2']),
        article('x2', ['O2']),
        article('n5', ['O4']),
        article('n6', ['O4', 'O2']),
      ],
    };
    // Predicted pairs: O1 gives 6, O2 gives u–x2, u–n6, x2–n6, O4 gives n5–n6: 10 pairs.
    // Correct: o1–c1 (required), o1–c2 and c1–c2 (excerpt: allowed), n5–n6 (natural, required).
    // False: o1–x1, c1–x1, c2–x1 (same event); u–x2 (unrelated: other topic); u–n6, x2–n6 (unrelated).
    // Required: o1–c1, o1–c3, c1–c3, n5–n6; found o1–c1 and n5–n6.
    const score = scoreAnalysis({ truth: items, natural }, analysis);
    expect(score.predicted).toBe(10);
    expect(score.correct).toBe(4);
    expect(score.precision).toBeCloseTo(0.4);
    expect(score.required).toBe(4);
    expect(score.found).toBe(2);
    expect(score.recall).toBeCloseTo(0.5);
    expect(score.f1).toBeCloseTo(0.4444, 3);
    expect(score.falseKinds).toEqual({ 'same event': 3, 'same topic': 0, unrelated: 3 });
    expect(score.groups.get('wrap')).toEqual({ required: 2, found: 1 });
    expect(score.groups.get('edit')).toEqual({ required: 2, found: 0 });
    expect(score.groups.get('copy–original')).toEqual({ required: 2, found: 1 });
    expect(score.groups.get('copy–copy')).toEqual({ required: 1, found: 0 });
    expect(score.groups.get('natural')).toEqual({ required: 1, found: 1 });
    expect(score.groups.has('excerpt')).toBe(false);
  });

  it('scores a perfect analysis 1/1 and counts same-topic false positives', () => {
    const perfect = {
      articles: [
        ...['o1', 'c1', 'c2', 'c3'].map((id) => article(id, ['A'])),
        article('x1', ['B']),
        article('x2', ['C']),
        article('u', ['D']),
        article('n5', ['E']),
        article('n6', ['E']),
      ],
    };
    const score = scoreAnalysis({ truth: items, natural }, perfect);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
    const twin = scoreAnalysis(
      { truth: items, natural },
      { articles: [article('x1', ['Z']), article('x2', ['Z'])] },
    );
    expect(twin.falseKinds['same topic']).toBe(1);
    expect(twin.precision).toBe(0);
  });
});
