/**
 * When to poll a feed next, from its polling state, how the last fetch ended and what the feed
 * says about itself. After a success the interval adapts to how often the feed publishes (a share
 * of the median gap between its recent items) within the user's bounds, and the publisher's hints
 * (Cache-Control max-age, RSS ttl, sy:updatePeriod / sy:updateFrequency) are lower bounds on it.
 * After a failure the delay backs off exponentially with jitter, capped, and a Retry-After on the
 * failure is obeyed; the failure count and delay are kept in the state so the UI can show them.
 *
 * Reference: AWS Architecture Blog, "Exponential Backoff and Jitter" (Brooker, 2015: full and
 * decorrelated jitter); RFC 9110 §10.2.3 (Retry-After), RFC 9111 §5.2.2.1 (max-age); RSS 2.0
 * <ttl>; RSS 1.0 Syndication module (sy:updatePeriod, sy:updateFrequency).
 * Invariants (checked by property tests): pure and deterministic for a given `random`; the next
 * poll is always after `now`; after a success the interval and delay lie in [min, max]; after a
 * failure the delay lies in [interval, max(cap, Retry-After ≤ MAX_RETRY_AFTER_SECONDS)] and its
 * ceiling grows with each failure until the cap; a success resets the failure count to 0.
 * Cost: O(k log k) for the k ≤ ADAPTIVE_RECENT_ITEMS item times, O(1) otherwise.
 */
import { describeDuration } from '../fetch/describe-duration.js';
import {
  ADAPTIVE_GAP_SHARE,
  ADAPTIVE_RECENT_ITEMS,
  DECORRELATED_GROWTH,
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_JITTER,
  DEFAULT_MAX_BACKOFF_SECONDS,
  DEFAULT_MAX_INTERVAL_SECONDS,
  DEFAULT_MIN_INTERVAL_SECONDS,
  MAX_RETRY_AFTER_SECONDS,
  SUCCESS_JITTER_SHARE,
  UPDATE_PERIOD_SECONDS,
} from './defaults.js';

/** What the store keeps per feed to schedule it. */
export interface PollState {
  /** The regular interval between polls (seconds), set by the last success. */
  intervalSeconds: number;
  /** Failed polls in a row; 0 after a success. */
  consecutiveFailures: number;
  /** The delay chosen after the last failure (seconds), 0 after a success: the visible backoff. */
  backoffSeconds: number;
  /** When the feed is due next, in ms since the epoch. */
  nextPollAt: number;
  /** The last failure and what we do about it, in words; undefined after a success. */
  error: string | undefined;
}

/** What the feed says about its own pace (each may be missing). */
export interface PollHints {
  /** RSS <ttl>, minutes. */
  ttlMinutes?: number | null | undefined;
  /** sy:updatePeriod: hourly, daily, weekly, monthly or yearly. */
  updatePeriod?: string | null | undefined;
  /** sy:updateFrequency: times per period (default 1). */
  updateFrequency?: number | null | undefined;
  /** Publication times of the feed's items, ms since the epoch, any order. */
  itemTimes?: readonly number[] | undefined;
}

/** The part of a FetchOutcome the schedule needs (a FetchOutcome fits). */
export type PollOutcome =
  | { kind: 'fetched' | 'not-modified'; maxAgeSeconds?: number | undefined }
  | { kind: 'failed'; reason: string; retryAfterSeconds?: number | undefined };

export type Jitter = 'full' | 'decorrelated';

export interface ScheduleOptions {
  /** The current time, ms since the epoch. */
  now: number;
  /** Uniform in [0, 1); pass a seeded generator for reproducible schedules. */
  random: () => number;
  minIntervalSeconds?: number;
  maxIntervalSeconds?: number;
  maxBackoffSeconds?: number;
  jitter?: Jitter;
}

/** Which rule set the delay. */
export type ScheduleRule = 'adaptive' | 'previous' | 'hint' | 'min' | 'max' | 'backoff' | 'retry-after';

export interface ScheduleDecision {
  state: PollState;
  /** Seconds from `now` to the next poll. */
  delaySeconds: number;
  rule: ScheduleRule;
}

interface Bounds {
  min: number;
  max: number;
  cap: number;
}

function boundsOf(options: Partial<ScheduleOptions>): Bounds {
  const min = options.minIntervalSeconds ?? DEFAULT_MIN_INTERVAL_SECONDS;
  const max = options.maxIntervalSeconds ?? DEFAULT_MAX_INTERVAL_SECONDS;
  const cap = options.maxBackoffSeconds ?? DEFAULT_MAX_BACKOFF_SECONDS;
  if (!(min >= 1)) throw new RangeError(`minIntervalSeconds must be ≥ 1, got ${min}`);
  if (!(max >= min))
    throw new RangeError(`maxIntervalSeconds (${max}) must be ≥ minIntervalSeconds (${min})`);
  if (!(cap >= max)) throw new RangeError(`maxBackoffSeconds (${cap}) must be ≥ maxIntervalSeconds (${max})`);
  return { min, max, cap };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A new feed's state: due now, with the default interval. */
export function initialPollState(now: number, options: Partial<ScheduleOptions> = {}): PollState {
  const { min, max } = boundsOf(options);
  return {
    intervalSeconds: clamp(DEFAULT_INTERVAL_SECONDS, min, max),
    consecutiveFailures: 0,
    backoffSeconds: 0,
    nextPollAt: now,
    error: undefined,
  };
}

/**
 * ADAPTIVE_GAP_SHARE of the median gap between the most recent distinct item times, or undefined
 * with fewer than two distinct times. Items published together count once.
 */
export function adaptiveIntervalSeconds(itemTimes: readonly number[] | undefined): number | undefined {
  if (itemTimes === undefined) return undefined;
  const distinct = [...new Set(itemTimes.filter((time) => Number.isFinite(time)))].sort((a, b) => b - a);
  const recent = distinct.slice(0, ADAPTIVE_RECENT_ITEMS);
  if (recent.length < 2) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < recent.length; i++) gaps.push((recent[i - 1]! - recent[i]!) / 1000);
  gaps.sort((a, b) => a - b);
  const middle = gaps.length >> 1;
  const median = gaps.length % 2 === 1 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
  return ADAPTIVE_GAP_SHARE * median;
}

/** The longest wait the publisher asks for: max-age, ttl, updatePeriod / updateFrequency (0 if none). */
export function hintIntervalSeconds(hints: PollHints, maxAgeSeconds: number | undefined): number {
  let lower = maxAgeSeconds !== undefined && maxAgeSeconds > 0 ? maxAgeSeconds : 0;
  if (hints.ttlMinutes != null && hints.ttlMinutes > 0) lower = Math.max(lower, hints.ttlMinutes * 60);
  const period =
    hints.updatePeriod == null ? undefined : UPDATE_PERIOD_SECONDS[hints.updatePeriod.trim().toLowerCase()];
  if (period !== undefined) {
    const frequency = hints.updateFrequency != null && hints.updateFrequency > 0 ? hints.updateFrequency : 1;
    lower = Math.max(lower, period / frequency);
  }
  return lower;
}

/** The exponential ceiling after `failures` failures in a row: base · 2^failures, at most `cap`. */
export function backoffCeilingSeconds(failures: number, baseSeconds: number, capSeconds: number): number {
  return Math.min(capSeconds, baseSeconds * 2 ** Math.min(failures, 60));
}

function succeed(
  state: PollState,
  outcome: { maxAgeSeconds?: number | undefined },
  hints: PollHints,
  bounds: Bounds,
  options: ScheduleOptions,
): ScheduleDecision {
  const adaptive = adaptiveIntervalSeconds(hints.itemTimes);
  let rule: ScheduleRule = adaptive === undefined ? 'previous' : 'adaptive';
  const wanted = adaptive ?? state.intervalSeconds;
  let interval = clamp(wanted, bounds.min, bounds.max);
  if (interval > wanted) rule = 'min';
  else if (interval < wanted) rule = 'max';
  // The publisher's hints are lower bounds, honoured up to the user's maximum.
  const hint = Math.min(hintIntervalSeconds(hints, outcome.maxAgeSeconds), bounds.max);
  if (hint > interval) {
    interval = hint;
    rule = 'hint';
  }
  const delay = Math.min(bounds.max, interval * (1 + SUCCESS_JITTER_SHARE * options.random()));
  return {
    state: {
      intervalSeconds: interval,
      consecutiveFailures: 0,
      backoffSeconds: 0,
      nextPollAt: options.now + Math.round(delay * 1000),
      error: undefined,
    },
    delaySeconds: delay,
    rule,
  };
}

function fail(
  state: PollState,
  outcome: { reason: string; retryAfterSeconds?: number | undefined },
  bounds: Bounds,
  options: ScheduleOptions,
): ScheduleDecision {
  const failures = state.consecutiveFailures + 1;
  const base = clamp(state.intervalSeconds, bounds.min, bounds.max);
  let delay: number;
  if ((options.jitter ?? DEFAULT_JITTER) === 'decorrelated') {
    const previous = Math.max(base, state.backoffSeconds);
    const upper = Math.max(base, previous * DECORRELATED_GROWTH);
    delay = Math.min(bounds.cap, base + options.random() * (upper - base));
  } else {
    const ceiling = backoffCeilingSeconds(failures, base, bounds.cap);
    delay = base + options.random() * (ceiling - base);
  }
  let rule: ScheduleRule = 'backoff';
  const retryAfter = outcome.retryAfterSeconds;
  if (retryAfter !== undefined && Math.min(retryAfter, MAX_RETRY_AFTER_SECONDS) > delay) {
    delay = Math.min(retryAfter, MAX_RETRY_AFTER_SECONDS);
    rule = 'retry-after';
  }
  const times = failures === 1 ? 'first failure' : `${failures} failures in a row`;
  return {
    state: {
      intervalSeconds: state.intervalSeconds,
      consecutiveFailures: failures,
      backoffSeconds: delay,
      nextPollAt: options.now + Math.round(delay * 1000),
      error: `${outcome.reason} (${times}; next try in ${describeDuration(delay)})`,
    },
    delaySeconds: delay,
    rule,
  };
}

/**
 * The feed's next state after a poll that ended in `outcome`, with `hints` from the feed (pass
 * the last known hints and item times after a 304). Throws only on invalid options.
 */
export function schedulePoll(
  state: PollState,
  outcome: PollOutcome,
  hints: PollHints,
  options: ScheduleOptions,
): ScheduleDecision {
  const bounds = boundsOf(options);
  return outcome.kind === 'failed'
    ? fail(state, outcome, bounds, options)
    : succeed(state, outcome, hints, bounds, options);
}
