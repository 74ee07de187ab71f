import { describe, expect, it } from 'vitest';
import type { AnalysedArticle } from '../analysis.js';
import { articleWith } from '../article.js';
import { seedsInput } from './seeds.test-helper.js';
import { storyInput } from './story-input.test-helper.js';
import { instantOf, timeline } from './timeline.js';

function article(id: string, published: string | null, origins: [string, number][]): AnalysedArticle {
  return {
    ...articleWith({ id, body: ['text'], published }),
    origins: origins.map(([origin, share]) => ({ origin, share })),
  };
}

describe('instantOf', () => {
  it('reads a missing offset as UTC, whatever the host time zone', () => {
    expect(instantOf('2023-02-28T01:59')).toBe(Date.UTC(2023, 1, 28, 1, 59));
    expect(instantOf('2023-02-28T01:59:00Z')).toBe(Date.UTC(2023, 1, 28, 1, 59));
  });
  it('applies an offset', () => {
    expect(instantOf('2023-02-28T06:59+05:00')).toBe(Date.UTC(2023, 1, 28, 1, 59));
    expect(instantOf('2023-02-27T20:59-0500')).toBe(Date.UTC(2023, 1, 28, 1, 59));
  });
  it('puts a date alone at the end of its day', () => {
    const day = instantOf('2023-02-28')!;
    expect(day).toBeGreaterThan(instantOf('2023-02-28T23:59')!);
    expect(day).toBeLessThan(instantOf('2023-03-01T00:00')!);
  });
  it('refuses what is not an ISO date', () => {
    expect(instantOf('Tuesday')).toBeUndefined();
    expect(instantOf('2023-13-01')).toBeUndefined();
  });
});

describe('timeline', () => {
  it('marks the first article of each origin and the rest as updates, unknown dates last', () => {
    const input = storyInput([
      article('late', '2023-03-01T10:00Z', [['o1', 0.9]]),
      article('unknown', null, [['o2', 0.8]]),
      article('first', '2023-02-28T08:00Z', [['o1', 1]]),
      article('mix', '2023-02-28T09:00+00:00', [
        ['o1', 0.4],
        ['o2', 0.6],
      ]),
    ]);
    expect(timeline(input)).toEqual([
      { at: '2023-02-28T08:00Z', kind: 'origin', article: 'first', origin: 'o1' },
      { at: '2023-02-28T09:00+00:00', kind: 'origin', article: 'mix', origin: 'o2' },
      { at: '2023-03-01T10:00Z', kind: 'update', article: 'late', origin: 'o1' },
      { at: null, kind: 'update', article: 'unknown', origin: 'o2' },
    ]);
  });

  it('gives an article without origin shares a null origin, and an unreadable date null', () => {
    const input = storyInput([article('a', 'sometime', []), article('b', '2020-01-01', [['o1', 1]])]);
    expect(timeline(input)).toEqual([
      { at: '2020-01-01', kind: 'origin', article: 'b', origin: 'o1' },
      { at: null, kind: 'update', article: 'a', origin: null },
    ]);
  });

  it('on the seeds: AP appears with 002 (01:59), Reuters with the dated mix 004, undated copies last', () => {
    const input = seedsInput();
    const entries = timeline(input);
    expect(entries.map((e) => [e.kind, e.article.slice(0, 3)])).toEqual([
      ['origin', '002'],
      ['origin', '004'],
      ['update', '000'],
      ['update', '001'],
      ['update', '003'],
    ]);
    expect(entries.every((e, i) => i < 2 || e.at === null)).toBe(true);
    expect(new Set(entries.filter((e) => e.kind === 'origin').map((e) => e.origin)).size).toBe(
      input.origins.length,
    );
  });
});
