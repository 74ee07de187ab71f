import { describe, expect, it } from 'vitest';
import { fieldMatches } from './metadata-match.js';

describe('fieldMatches', () => {
  it('folds case, whitespace and typographic quotes', () => {
    expect(fieldMatches('title', ' Facebook Is  Tracking Me’ ', "facebook is tracking me'")).toBe(true);
    expect(fieldMatches('title', 'Other', 'Title')).toBe(false);
  });

  it('does not score unlabelled fields and fails a missing value', () => {
    expect(fieldMatches('byline', 'Someone', '')).toBeUndefined();
    expect(fieldMatches('byline', null, 'Someone')).toBe(false);
  });

  it('reads bylines with any name separator', () => {
    expect(fieldMatches('byline', 'By Ann A, Bo B', 'Ann A; Bo B')).toBe(true);
    expect(fieldMatches('byline', 'Ann A and Bo B', 'Ann A; Bo B')).toBe(true);
  });

  it('matches dates by instant, or by day when a side has no zone', () => {
    expect(fieldMatches('published', '2018-04-05T06:00:00', '2018-04-05T06:00')).toBe(true);
    expect(fieldMatches('published', '2018-04-05T04:00:00Z', '2018-04-05T06:00+02:00')).toBe(true);
    expect(fieldMatches('published', '2018-04-05T10:00:00Z', '2018-04-05')).toBe(true);
    expect(fieldMatches('published', '2018-04-06', '2018-04-05')).toBe(false);
  });

  it('reads language tags with either separator', () => {
    expect(fieldMatches('lang', 'en_US', 'en-us')).toBe(true);
    expect(fieldMatches('lang', 'en', 'en-US')).toBe(false);
  });
});

describe('title matching', () => {
  it('ignores one site-name affix set off by a spaced separator', () => {
    expect(fieldMatches('title', 'New Zealand - Wikipedia', 'New Zealand')).toBe(true);
    expect(fieldMatches('title', 'New Zealand', 'New Zealand | Wikipedia')).toBe(true);
    expect(fieldMatches('title', "Gregory's Home | Mercurial's Journey", "Mercurial's Journey")).toBe(true);
    expect(fieldMatches('title', 'New Zealander', 'New Zealand')).toBe(false);
    expect(fieldMatches('title', 'New Zealand flag', 'New Zealand')).toBe(false);
  });
});
