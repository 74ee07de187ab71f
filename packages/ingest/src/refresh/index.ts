export { type FeedReport, type RefreshOptions, type RefreshSummary, refresh } from './refresh.js';
export { SubscribeError, type SubscribeOptions, type Subscription, subscribe } from './subscribe.js';
