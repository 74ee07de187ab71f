/**
 * Publishes `stories` on the bus whenever the server's aggregator folds a batch that started or
 * changed stories, whoever asked for it (a polling round, the demo import), by wrapping that one
 * aggregator's `ingest`. (Ingest's refresh reports only a count of stories, not their ids.)
 */
import type { Aggregator } from '@storyfold/ingest';
import type { EventBus } from './event-bus.js';

export function watchIngest(aggregator: Aggregator, bus: EventBus): void {
  const ingest = aggregator.ingest.bind(aggregator);
  aggregator.ingest = async (items) => {
    const summary = await ingest(items);
    if (summary.stories.length > 0) bus.publish('stories', { stories: summary.stories });
    return summary;
  };
}
