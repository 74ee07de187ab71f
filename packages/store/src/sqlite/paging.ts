/**
 * Page sizes for list queries: the caller's limit clamped to [0, MAX_PAGE_SIZE], default
 * DEFAULT_PAGE_SIZE.
 */
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../defaults.js';

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.max(0, Math.min(MAX_PAGE_SIZE, Math.floor(limit)));
}
