/** A stored feed as the API shows it, with its status in words. */
import type { FeedRecord } from '@storyfold/store';
import type { FeedView } from '../api/types.js';
import type { SourceRefOf } from './article-view.js';

export function feedView(feed: FeedRecord, sourceRef: SourceRefOf): FeedView {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    siteUrl: feed.siteUrl,
    folder: feed.folder,
    source: sourceRef(feed.sourceId),
    addedAt: feed.addedAt,
    status: feed.lastPolledAt === null ? 'new' : feed.lastError === null ? 'ok' : 'failing',
    lastStatus: feed.lastStatus,
    lastError: feed.lastError,
    lastPolledAt: feed.lastPolledAt,
    nextPollAt: feed.nextPollAt,
    consecutiveFailures: feed.consecutiveFailures,
    intervalSeconds: feed.intervalSeconds,
  };
}
