import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, formatSpan } from './relative-time.js';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MIN = 60_000;

describe('formatRelative', () => {
  it('reads recent times relative to now', () => {
    expect(formatRelative(ago(10_000), now)).toBe('just now');
    expect(formatRelative(ago(5 * MIN), now)).toBe('5 min ago');
    expect(formatRelative(ago(3 * 60 * MIN + 59 * MIN), now)).toBe('3 h ago');
    expect(formatRelative(ago(2 * 24 * 60 * MIN), now)).toBe('2 d ago');
    expect(formatRelative(ago(-MIN), now)).toBe('just now');
  });
  it('shows older times as dates, with the year only when it differs', () => {
    expect(formatRelative('2026-01-28T09:00:00Z', now, 'UTC')).toBe('28 Jan');
    expect(formatRelative('2023-02-28T09:00:00Z', now, 'UTC')).toBe('28 Feb 2023');
    expect(formatRelative('2027-02-28T09:00:00Z', now, 'UTC')).toBe('28 Feb 2027');
  });
  it('shows an unparseable time as given', () => {
    expect(formatRelative('Tuesday morning', now)).toBe('Tuesday morning');
  });
});

describe('formatSpan', () => {
  it('joins two different ends and collapses equal ones', () => {
    expect(formatSpan(ago(3 * 60 * MIN), ago(5 * MIN), now)).toBe('3 h ago – 5 min ago');
    expect(formatSpan('2023-02-28T09:00:00Z', '2023-02-28T18:00:00Z', now, 'UTC')).toBe('28 Feb 2023');
    expect(formatSpan(null, ago(5 * MIN), now)).toBe('5 min ago');
    expect(formatSpan(null, null, now)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('formats a full date and time', () => {
    expect(formatDateTime('2023-02-28T14:05:00Z', 'UTC')).toBe('28 Feb 2023, 14:05');
    expect(formatDateTime('2023-02-28', 'Pacific/Honolulu')).toBe('28 Feb 2023');
  });
});
