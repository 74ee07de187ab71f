import { mulberry32 } from '@storyfold/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_MAX_INTERVAL_SECONDS,
  DEFAULT_MIN_INTERVAL_SECONDS,
  MAX_RETRY_AFTER_SECONDS,
} from './defaults.js';
import {
  adaptiveIntervalSeconds,
  hintIntervalSeconds,
  initialPollState,
  type PollHints,
  type PollOutcome,
  type PollState,
  schedulePoll,
} from './schedule.js';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const MINUTE = 60;
const HOUR = 3600;
const FAST_CHECK = { seed: 20261123, numRuns: 300 };

const failure: PollOutcome = { kind: 'failed', reason: 'the server answered 500 Internal Server Error' };
const success: PollOutcome = { kind: 'fetched' };

function itemsEvery(seconds: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => NOW - i * seconds * 1000);
}

describe('schedulePoll: success', () => {
  it('adapts to half the median gap between items, within the bounds', () => {
    const state = initialPollState(NOW);
    const hourly = schedulePoll(
      state,
      success,
      { itemTimes: itemsEvery(2 * HOUR, 10) },
      { now: NOW, random: () => 0 },
    );
    expect(hourly.state.intervalSeconds).toBe(HOUR);
    expect(hourly.rule).toBe('adaptive');
    const busy = schedulePoll(
      state,
      success,
      { itemTimes: itemsEvery(MINUTE, 10) },
      { now: NOW, random: () => 0 },
    );
    expect(busy.state.intervalSeconds).toBe(DEFAULT_MIN_INTERVAL_SECONDS);
    expect(busy.rule).toBe('min');
    const quiet = schedulePoll(
      state,
      success,
      { itemTimes: itemsEvery(7 * 24 * HOUR, 5) },
      { now: NOW, random: () => 0 },
    );
    expect(quiet.state.intervalSeconds).toBe(DEFAULT_MAX_INTERVAL_SECONDS);
    expect(quiet.rule).toBe('max');
  });

  it('keeps the previous interval when items carry no usable dates (e.g. after a 304)', () => {
    const state = { ...initialPollState(NOW), intervalSeconds: 3 * HOUR };
    const decision = schedulePoll(state, { kind: 'not-modified' }, {}, { now: NOW, random: () => 0 });
    expect(decision.state.intervalSeconds).toBe(3 * HOUR);
    expect(decision.rule).toBe('previous');
  });

  it('treats max-age, ttl and sy:update* as lower bounds', () => {
    const state = initialPollState(NOW);
    const fast: PollHints = { itemTimes: itemsEvery(MINUTE, 10) };
    const options = { now: NOW, random: () => 0 };
    expect(
      schedulePoll(state, { kind: 'fetched', maxAgeSeconds: 2 * HOUR }, fast, options).state.intervalSeconds,
    ).toBe(2 * HOUR);
    expect(schedulePoll(state, success, { ...fast, ttlMinutes: 180 }, options).state.intervalSeconds).toBe(
      3 * HOUR,
    );
    const syndication = { ...fast, updatePeriod: 'daily', updateFrequency: 4 };
    const decision = schedulePoll(state, success, syndication, options);
    expect(decision.state.intervalSeconds).toBe(6 * HOUR);
    expect(decision.rule).toBe('hint');
    // A hint above the user's maximum is honoured only up to the maximum.
    expect(schedulePoll(state, success, { ttlMinutes: 7 * 24 * 60 }, options).state.intervalSeconds).toBe(
      DEFAULT_MAX_INTERVAL_SECONDS,
    );
  });

  it('resets failures and the error', () => {
    const broken: PollState = {
      intervalSeconds: HOUR,
      consecutiveFailures: 4,
      backoffSeconds: 8 * HOUR,
      nextPollAt: NOW,
      error: 'x',
    };
    const decision = schedulePoll(broken, success, {}, { now: NOW, random: () => 0.5 });
    expect(decision.state.consecutiveFailures).toBe(0);
    expect(decision.state.backoffSeconds).toBe(0);
    expect(decision.state.error).toBeUndefined();
  });
});

describe('schedulePoll: failure', () => {
  it('records the reason, the count and the next try in words', () => {
    const decision = schedulePoll(initialPollState(NOW), failure, {}, { now: NOW, random: () => 1 - 1e-12 });
    expect(decision.state.consecutiveFailures).toBe(1);
    expect(decision.state.error).toBe(
      'the server answered 500 Internal Server Error (first failure; next try in 1 h 59 min)',
    );
  });

  it('obeys Retry-After on 429/503, up to a week', () => {
    const state = initialPollState(NOW);
    const options = { now: NOW, random: () => 0 };
    const asked = schedulePoll(
      state,
      { kind: 'failed', reason: 'r', retryAfterSeconds: 5 * HOUR },
      {},
      options,
    );
    expect(asked.delaySeconds).toBe(5 * HOUR);
    expect(asked.rule).toBe('retry-after');
    expect(asked.state.nextPollAt).toBe(NOW + 5 * HOUR * 1000);
    const absurd = schedulePoll(
      state,
      { kind: 'failed', reason: 'r', retryAfterSeconds: 10 ** 9 },
      {},
      options,
    );
    expect(absurd.delaySeconds).toBe(MAX_RETRY_AFTER_SECONDS);
    const short = schedulePoll(state, { kind: 'failed', reason: 'r', retryAfterSeconds: 5 }, {}, options);
    expect(short.delaySeconds).toBe(DEFAULT_INTERVAL_SECONDS);
  });

  it('backs off exponentially to the cap (full jitter at its ceiling)', () => {
    let state = initialPollState(NOW);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const decision = schedulePoll(state, failure, {}, { now: NOW, random: () => 1 - 1e-12 });
      delays.push(Math.round(decision.delaySeconds));
      state = decision.state;
    }
    expect(delays).toEqual([2, 4, 8, 16, 24, 24, 24, 24].map((hours) => hours * HOUR));
  });
});

// Property tests (fixed seed).
const arbitraryHints: fc.Arbitrary<PollHints> = fc.record(
  {
    ttlMinutes: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    updatePeriod: fc.option(fc.constantFrom('hourly', 'daily', 'weekly', 'monthly', 'yearly', 'bogus'), {
      nil: undefined,
    }),
    updateFrequency: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    itemTimes: fc.option(
      fc.array(fc.integer({ min: NOW - 400 * 86_400_000, max: NOW + 86_400_000 }), { maxLength: 40 }),
      {
        nil: undefined,
      },
    ),
  },
  { requiredKeys: [] },
);

const arbitraryOutcome: fc.Arbitrary<PollOutcome> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('fetched' as const, 'not-modified' as const),
    maxAgeSeconds: fc.option(fc.integer({ min: 0, max: 10 ** 8 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('failed' as const),
    reason: fc.constant('the server answered 503 Service Unavailable'),
    retryAfterSeconds: fc.option(fc.integer({ min: 0, max: 10 ** 9 }), { nil: undefined }),
  }),
);

const arbitraryBounds = fc
  .tuple(
    fc.integer({ min: 1, max: 86_400 }),
    fc.integer({ min: 0, max: 86_400 * 7 }),
    fc.integer({ min: 0, max: 86_400 * 7 }),
  )
  .map(([min, extra, capExtra]) => ({
    minIntervalSeconds: min,
    maxIntervalSeconds: min + extra,
    maxBackoffSeconds: min + extra + capExtra,
  }));

describe('schedulePoll: properties', () => {
  it('the next poll is in the future and within the bounds, for any sequence of outcomes', () => {
    fc.assert(
      fc.property(
        arbitraryBounds,
        fc.array(fc.tuple(arbitraryOutcome, arbitraryHints), { minLength: 1, maxLength: 30 }),
        fc.integer(),
        fc.constantFrom('full' as const, 'decorrelated' as const),
        (bounds, steps, seed, jitter) => {
          const random = mulberry32(seed);
          let now = NOW;
          let state = initialPollState(now, bounds);
          for (const [outcome, hints] of steps) {
            const decision = schedulePoll(state, outcome, hints, { ...bounds, now, random, jitter });
            expect(decision.state.nextPollAt).toBeGreaterThan(now);
            if (outcome.kind === 'failed') {
              const retry = Math.min(outcome.retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS);
              expect(decision.delaySeconds).toBeGreaterThanOrEqual(bounds.minIntervalSeconds);
              expect(decision.delaySeconds).toBeLessThanOrEqual(Math.max(bounds.maxBackoffSeconds, retry));
              expect(decision.state.consecutiveFailures).toBe(state.consecutiveFailures + 1);
              expect(decision.state.error).toContain(outcome.reason);
            } else {
              expect(decision.state.intervalSeconds).toBeGreaterThanOrEqual(bounds.minIntervalSeconds);
              expect(decision.state.intervalSeconds).toBeLessThanOrEqual(bounds.maxIntervalSeconds);
              expect(decision.delaySeconds).toBeGreaterThanOrEqual(decision.state.intervalSeconds);
              expect(decision.delaySeconds).toBeLessThanOrEqual(bounds.maxIntervalSeconds);
              expect(decision.state.consecutiveFailures).toBe(0);
              expect(decision.state.error).toBeUndefined();
            }
            state = decision.state;
            now = decision.state.nextPollAt;
          }
        },
      ),
      FAST_CHECK,
    );
  });

  it('the backoff grows with each failure, then stays at the cap (any fixed draw)', () => {
    fc.assert(
      fc.property(
        arbitraryBounds,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom('full' as const, 'decorrelated' as const),
        (bounds, draw, jitter) => {
          let state = initialPollState(NOW, bounds);
          let previous = 0;
          for (let i = 0; i < 40; i++) {
            const decision = schedulePoll(
              state,
              failure,
              {},
              { ...bounds, now: NOW, random: () => draw, jitter },
            );
            expect(decision.delaySeconds).toBeGreaterThanOrEqual(previous);
            expect(decision.delaySeconds).toBeLessThanOrEqual(bounds.maxBackoffSeconds);
            previous = decision.delaySeconds;
            state = decision.state;
          }
          // With the largest draw the backoff reaches the cap.
          let top = initialPollState(NOW, bounds);
          for (let i = 0; i < 60; i++) {
            top = schedulePoll(
              top,
              failure,
              {},
              { ...bounds, now: NOW, random: () => 1 - 1e-15, jitter },
            ).state;
          }
          expect(top.backoffSeconds).toBeCloseTo(bounds.maxBackoffSeconds, 0);
        },
      ),
      FAST_CHECK,
    );
  });

  it('one success after any run of failures resets the count and the error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer(), (failures, seed) => {
        const random = mulberry32(seed);
        let state = initialPollState(NOW);
        for (let i = 0; i < failures; i++)
          state = schedulePoll(state, failure, {}, { now: NOW, random }).state;
        expect(state.consecutiveFailures).toBe(failures);
        const after = schedulePoll(state, success, {}, { now: NOW, random }).state;
        expect(after.consecutiveFailures).toBe(0);
        expect(after.backoffSeconds).toBe(0);
        expect(after.error).toBeUndefined();
      }),
      FAST_CHECK,
    );
  });
});

describe('schedule helpers', () => {
  it('adaptiveIntervalSeconds ignores duplicates, needs two distinct times, uses the recent ones', () => {
    expect(adaptiveIntervalSeconds(undefined)).toBeUndefined();
    expect(adaptiveIntervalSeconds([NOW, NOW, NOW])).toBeUndefined();
    expect(adaptiveIntervalSeconds([NOW, NOW, NOW - 3_600_000])).toBe(1800);
    const old = itemsEvery(86_400, 100).slice(30);
    expect(adaptiveIntervalSeconds([...itemsEvery(600, 20), ...old])).toBe(300);
  });

  it('hintIntervalSeconds takes the largest hint', () => {
    expect(hintIntervalSeconds({}, undefined)).toBe(0);
    expect(hintIntervalSeconds({ ttlMinutes: 60, updatePeriod: 'hourly', updateFrequency: 2 }, 7200)).toBe(
      7200,
    );
    expect(hintIntervalSeconds({ updatePeriod: 'weekly' }, undefined)).toBe(7 * 86_400);
  });

  it('refuses inconsistent bounds', () => {
    expect(() => initialPollState(NOW, { minIntervalSeconds: 100, maxIntervalSeconds: 10 })).toThrow(
      RangeError,
    );
    expect(() => initialPollState(NOW, { maxBackoffSeconds: 10 })).toThrow(RangeError);
  });
});
