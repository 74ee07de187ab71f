export { type ForbiddenRange, forbiddenRange, hostRefusal, isLocalhostName } from './address-policy.js';
export { type BodyText, type CharsetSource, decodeBody } from './body-text.js';
export {
  ACCEPT_FEED,
  ACCEPT_PAGE,
  DEFAULT_ALLOW_PRIVATE,
  DEFAULT_MAX_BYTES,
  DEFAULT_PER_HOST_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_TOTAL_CONCURRENCY,
  USER_AGENT,
} from './defaults.js';
export { describeDuration } from './describe-duration.js';
export type {
  FailedOutcome,
  FailureKind,
  FetchedOutcome,
  FetchOutcome,
  NotModifiedOutcome,
  Redirect,
  Validators,
} from './fetch-outcome.js';
export { type FetchOptions, fetchResource } from './fetch-resource.js';
export {
  type AddressGuard,
  DEFAULT_GUARD,
  RefusedAddressError,
  type Resolve,
} from './guarded-lookup.js';
export { createHostLimiter, type HostLimiter, type HostLimiterOptions, hostOf } from './host-limiter.js';
