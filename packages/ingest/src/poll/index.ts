export {
  DEFAULT_MAX_BACKOFF_SECONDS,
  DEFAULT_MAX_INTERVAL_SECONDS,
  DEFAULT_MIN_INTERVAL_SECONDS,
} from './defaults.js';
export {
  initialPollState,
  type Jitter,
  type PollHints,
  type PollOutcome,
  type PollState,
  type ScheduleDecision,
  type ScheduleOptions,
  type ScheduleRule,
  schedulePoll,
} from './schedule.js';
