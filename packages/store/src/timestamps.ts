/**
 * Store-kept timestamps in one canonical form, ISO 8601 UTC with milliseconds
 * (`Date.prototype.toISOString`), so that text order is time order in every implementation
 * ("…00Z" and "…00.000Z" would otherwise sort wrongly against each other).
 */
import type { Timestamp } from './records.js';
import { StoreError } from './store-error.js';

/** The canonical form of a time; throws StoreError when it is not a readable time. */
export function toTimestamp(time: Timestamp | Date): Timestamp {
  const date = typeof time === 'string' ? new Date(time) : time;
  if (Number.isNaN(date.getTime())) throw new StoreError(`store: not a time: ${JSON.stringify(time)}`);
  return date.toISOString();
}

/** `toTimestamp`, passing null through. */
export function toTimestampOrNull(time: Timestamp | Date | null): Timestamp | null {
  return time === null ? null : toTimestamp(time);
}
