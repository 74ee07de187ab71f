import { describe, expect, it } from 'vitest';
import { STORY_RANK_DOUBLING_SECONDS } from './defaults.js';
import { storyRank } from './story-rank.js';

const now = '2026-01-02T00:00:00.000Z';

describe('storyRank', () => {
  it('never falls with more independent reports or a later time', () => {
    let previous = Number.NEGATIVE_INFINITY;
    for (const reports of [0, 1, 2, 3, 8, 40]) {
      const rank = storyRank({ independentReports: reports, lastPublished: '2026-01-01' }, now);
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
    const early = storyRank({ independentReports: 2, lastPublished: '2026-01-01T00:00:00Z' }, now);
    const late = storyRank({ independentReports: 2, lastPublished: '2026-01-01T06:00:00Z' }, now);
    expect(late).toBeGreaterThan(early);
  });

  it('values one doubling of independent reports like STORY_RANK_DOUBLING_SECONDS of recency', () => {
    const t = Date.parse('2026-01-01T00:00:00Z');
    const later = new Date(t + STORY_RANK_DOUBLING_SECONDS * 1000).toISOString();
    const a = storyRank({ independentReports: 4, lastPublished: new Date(t).toISOString() }, now);
    const b = storyRank({ independentReports: 2, lastPublished: later }, now);
    expect(a).toBeCloseTo(b, 9);
  });

  it('falls back to the update time when the published time is missing or unreadable', () => {
    const a = storyRank({ independentReports: 1, lastPublished: null }, now);
    const b = storyRank({ independentReports: 1, lastPublished: 'yesterday' }, now);
    expect(a).toBe(b);
    expect(a).toBeCloseTo(Date.parse(now) / 1000 / STORY_RANK_DOUBLING_SECONDS, 9);
  });
});
