/**
 * Tunables of when to poll a feed again, in one place. Each says what it controls and why it has
 * that value. The bounds are the user's defaults; a user may set others per installation.
 */

/**
 * Shortest regular interval between two polls of one feed. 15 minutes is the floor most feed
 * readers and publishers agree on (Feedly, Miniflux's default scheduler, many feeds' own ttl);
 * news rarely needs fresher, and it keeps 1,000 feeds under ~1.1 requests/s.
 */
export const DEFAULT_MIN_INTERVAL_SECONDS = 15 * 60;

/** Longest regular interval: a feed is looked at at least daily, however quiet it is. */
export const DEFAULT_MAX_INTERVAL_SECONDS = 24 * 60 * 60;

/**
 * Interval of a new feed, or of one whose items carry no dates to adapt to: one hour, a middle
 * ground between news sites (many items an hour) and blogs (a few a week).
 */
export const DEFAULT_INTERVAL_SECONDS = 60 * 60;

/**
 * Share of the median gap between a feed's recent items used as its interval. One half polls on
 * average twice per new item (sampling at twice the rate of change), so an item waits about a
 * quarter of the gap before we see it, without polling much more than the feed changes.
 */
export const ADAPTIVE_GAP_SHARE = 0.5;

/**
 * How many of the most recent items' publication times the adaptive interval looks at. Twenty
 * covers a news feed's last hours and a blog's last months: recent enough to follow changes of
 * pace, enough gaps for the median to ignore a burst or a holiday.
 */
export const ADAPTIVE_RECENT_ITEMS = 20;

/**
 * Longest delay after failures (the backoff cap). One day: a feed that has been broken for a
 * while is still retried daily, so it recovers on its own once the site is fixed.
 */
export const DEFAULT_MAX_BACKOFF_SECONDS = 24 * 60 * 60;

/**
 * Longest Retry-After we obey. A server may ask for any delay; a week covers real maintenance
 * windows while a mistaken header (a year) cannot silence a feed for good.
 */
export const MAX_RETRY_AFTER_SECONDS = 7 * 24 * 60 * 60;

/**
 * Up to this share of the interval is added at random to each regular poll, so that feeds added
 * together (an OPML import) drift apart instead of hitting a host at the same second for ever.
 */
export const SUCCESS_JITTER_SHARE = 0.1;

/**
 * Growth factor of decorrelated jitter: the next delay is drawn between the base and this many
 * times the previous delay (AWS Architecture Blog, "Exponential Backoff and Jitter", 2015).
 */
export const DECORRELATED_GROWTH = 3;

/**
 * Jitter used by default for failure backoff. Full jitter (a uniform draw under an exponential
 * ceiling) spreads retries best and does the least work in the AWS comparison.
 */
export const DEFAULT_JITTER: 'full' | 'decorrelated' = 'full';

/** Seconds in each sy:updatePeriod (RSS 1.0 Syndication module; a month as 30 days). */
export const UPDATE_PERIOD_SECONDS: Readonly<Record<string, number>> = {
  hourly: 60 * 60,
  daily: 24 * 60 * 60,
  weekly: 7 * 24 * 60 * 60,
  monthly: 30 * 24 * 60 * 60,
  yearly: 365 * 24 * 60 * 60,
};
