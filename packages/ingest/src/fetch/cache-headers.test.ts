import { describe, expect, it } from 'vitest';
import { freshnessSeconds, retryAfterSeconds } from './cache-headers.js';
import { describeDuration } from './describe-duration.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const date = (offsetSeconds: number) => new Date(NOW + offsetSeconds * 1000).toUTCString();

describe('freshnessSeconds', () => {
  it('reads max-age, which wins over Expires', () => {
    expect(freshnessSeconds('public, max-age=600', date(60), date(0), NOW)).toBe(600);
    expect(freshnessSeconds('max-age="90"', null, null, NOW)).toBe(90);
  });
  it('uses Expires minus Date without max-age', () => {
    expect(freshnessSeconds(null, date(3600), date(0), NOW)).toBe(3600);
    expect(freshnessSeconds(undefined, date(120), null, NOW)).toBe(120);
    expect(freshnessSeconds(null, '0', date(0), NOW)).toBe(0);
  });
  it('gives 0 for no-cache and undefined when nothing is said', () => {
    expect(freshnessSeconds('no-cache', null, null, NOW)).toBe(0);
    expect(freshnessSeconds(null, null, null, NOW)).toBeUndefined();
    expect(freshnessSeconds('public', null, null, NOW)).toBeUndefined();
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterSeconds('120', null, NOW)).toBe(120);
    expect(retryAfterSeconds(date(300), date(0), NOW)).toBe(300);
    expect(retryAfterSeconds(date(-30), date(0), NOW)).toBe(0);
    expect(retryAfterSeconds('soon', null, NOW)).toBeUndefined();
    expect(retryAfterSeconds(null, null, NOW)).toBeUndefined();
  });
});

describe('describeDuration', () => {
  it('uses two units at most', () => {
    expect(describeDuration(0)).toBe('0 s');
    expect(describeDuration(45)).toBe('45 s');
    expect(describeDuration(120)).toBe('2 min');
    expect(describeDuration(7500)).toBe('2 h 5 min');
    expect(describeDuration(7205)).toBe('2 h');
    expect(describeDuration(86_400 + 3 * 3600)).toBe('1 day 3 h');
    expect(describeDuration(7 * 86_400)).toBe('7 days');
  });
});
