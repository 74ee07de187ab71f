import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filtersToSearch, hasFilters, storiesQuery } from './story-filters.js';

describe('story filters', () => {
  it('round-trips through the URL query and omits defaults', () => {
    const filters = { folder: 'World/Asia', source: 12, time: '24h' as const };
    const params = filtersToSearch(filters);
    expect(params.toString()).toBe('folder=World%2FAsia&source=12&time=24h');
    expect(filtersFromSearch(params)).toEqual(filters);
    expect(filtersToSearch({ folder: null, source: null, time: 'all' }).toString()).toBe('');
  });
  it('ignores malformed values', () => {
    const filters = filtersFromSearch(new URLSearchParams('source=abc&time=year&folder='));
    expect(filters).toEqual({ folder: null, source: null, time: 'all' });
    expect(hasFilters(filters)).toBe(false);
  });
  it('turns a time range into `since`', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(storiesQuery({ folder: null, source: 3, time: '7d' }, now, 50, 100)).toEqual({
      limit: 50,
      offset: 100,
      source: 3,
      since: '2026-03-03T12:00:00.000Z',
    });
    expect(storiesQuery({ folder: 'x', source: null, time: 'all' }, now, 10, 0)).toEqual({
      limit: 10,
      offset: 0,
      folder: 'x',
    });
  });
});
