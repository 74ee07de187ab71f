import { describe, expect, it } from 'vitest';
import { StoreError } from './store-error.js';
import { toTimestamp, toTimestampOrNull } from './timestamps.js';

describe('toTimestamp', () => {
  it('writes every spelling of one time the same way, so text order is time order', () => {
    expect(toTimestamp('2026-01-01T00:00:00Z')).toBe('2026-01-01T00:00:00.000Z');
    expect(toTimestamp('2026-01-01T01:00:00+01:00')).toBe('2026-01-01T00:00:00.000Z');
    expect(toTimestamp(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01T00:00:00.000Z');
    const sorted = ['2026-01-01T00:00:00.5Z', '2026-01-01T00:00:00Z'].map(toTimestamp).sort();
    expect(sorted).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.500Z']);
  });

  it('passes null through and refuses what is not a time', () => {
    expect(toTimestampOrNull(null)).toBeNull();
    expect(() => toTimestamp('soon')).toThrow(StoreError);
  });
});
