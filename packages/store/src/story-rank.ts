/**
 * The rank that orders stories in `listStories`, computed once when a story is written:
 *
 *   rank = log2(max(independentReports, 1)) + t / STORY_RANK_DOUBLING_SECONDS
 *
 * where t is the story's last published time (else its update time) in Unix seconds. It follows
 * the "hot" ranking of link aggregators (Reddit's log-votes plus time): a time-invariant score, so
 * it can be stored and indexed instead of recomputed at every read, and newer stories rise without
 * older scores decaying. One doubling of independent reports is worth STORY_RANK_DOUBLING_SECONDS
 * of recency. Invariants: more independent reports never lowers the rank; a later time never
 * lowers it. Cost: O(1).
 */
import { STORY_RANK_DOUBLING_SECONDS } from './defaults.js';

export function storyRank(
  story: { independentReports: number; lastPublished: string | null },
  updatedAt: string,
): number {
  const published = story.lastPublished === null ? Number.NaN : Date.parse(story.lastPublished);
  const time = Number.isFinite(published) ? published : Date.parse(updatedAt);
  const seconds = Number.isFinite(time) ? time / 1000 : 0;
  return Math.log2(Math.max(story.independentReports, 1)) + seconds / STORY_RANK_DOUBLING_SECONDS;
}
