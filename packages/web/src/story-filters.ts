/**
 * The story list's filters (folder, source, time range) as they live in the URL query, so a
 * filtered list survives a reload and can be linked, and as the API's StoriesQuery.
 * Invariants: parsing ignores unknown or malformed values (falls back to "all"); writing omits
 * defaults, so the unfiltered list is plain "/"; round trip is exact. Cost: O(1).
 */
import type { StoriesQuery } from '@storyfold/server/api';

export type TimeRange = '24h' | '7d' | 'all';

export interface StoryFilters {
  folder: string | null;
  source: number | null;
  time: TimeRange;
}

export const TIME_RANGES: readonly { value: TimeRange; label: string; ms: number | null }[] = [
  { value: 'all', label: 'All time', ms: null },
  { value: '7d', label: 'Last 7 days', ms: 7 * 24 * 3600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 24 * 3600_000 },
];

export function filtersFromSearch(params: URLSearchParams): StoryFilters {
  const folder = params.get('folder');
  const sourceText = params.get('source');
  const source = sourceText !== null && /^\d+$/.test(sourceText) ? Number(sourceText) : null;
  const timeText = params.get('time');
  const time = TIME_RANGES.find((range) => range.value === timeText)?.value ?? 'all';
  return { folder: folder === null || folder === '' ? null : folder, source, time };
}

export function filtersToSearch(filters: StoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.folder !== null) params.set('folder', filters.folder);
  if (filters.source !== null) params.set('source', String(filters.source));
  if (filters.time !== 'all') params.set('time', filters.time);
  return params;
}

export function hasFilters(filters: StoryFilters): boolean {
  return filters.folder !== null || filters.source !== null || filters.time !== 'all';
}

/** The API query for one page of the filtered list; `since` is computed from `now`. */
export function storiesQuery(
  filters: StoryFilters,
  now: number,
  limit: number,
  offset: number,
): StoriesQuery {
  const query: StoriesQuery = { limit, offset };
  if (filters.folder !== null) query.folder = filters.folder;
  if (filters.source !== null) query.source = filters.source;
  const range = TIME_RANGES.find((r) => r.value === filters.time);
  if (range?.ms != null) query.since = new Date(now - range.ms).toISOString();
  return query;
}
