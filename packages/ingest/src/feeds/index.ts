export { COMMON_FEED_PATHS, commonFeedUrls, discoverFeeds } from './discover-feeds.js';
export { FeedError } from './feed-error.js';
export { resolveUrl } from './feed-url.js';
export { type FullTextJudgement, isFullText, judgeFullText } from './full-text.js';
export { parseFeed } from './parse-feed.js';
export type { FeedFormat, FeedHints, FeedItem, ParsedFeed } from './parsed-feed.js';
