/**
 * Restore plan: which stored articles a restarted aggregator restores into the story index with
 * their story weights, the others by signature and story only (Folder.restoreMembership).
 *
 * Weighted: the most recent `window` articles, and, of every story an article can still join by
 * similarity, its most recent `storyMembers` members (the only members a story's score uses). A
 * story can still be joined when it has no known day (no time damping) or its last day is within
 * `horizonDays` of the newest stored day (past it, the time damping alone keeps a perfect score
 * under the threshold: Folder's `joinableGapDays`).
 * Why: restoring only the most recent articles left every older story without weights or postings,
 * so a later article of it started a new story (ECB+ in shuffled orders, restart after half, window
 * 100: B-cubed F1 0.838 → 0.761–0.780; bench/src/eval/restart).
 * Invariants: a story's weighted members are its last ones, so its restored window equals the one
 * it had; an undated store restores every story's window; the plan depends only on the entries.
 * Cost: O(entries) time, one id set of at most window + stories × storyMembers entries. The
 * aggregator reads the stored fold data twice for it (a first pass for stories and days); what it
 * restores with weights is bounded by the articles of the last horizon of days (about 17), not by
 * the store's size. Bench corpus at 30k articles (15 days, so every story is in the horizon),
 * noisy lower bounds: restore 11.0 s with the window of 20,000 alone, 17.6 s with story windows,
 * 14.9 s with every article weighted in one pass.
 */

/** A stored article as the plan sees it: its id, story and publication day (or null), in id order. */
export interface RestoreEntry {
  id: number;
  story: string;
  day: number | null;
}

export interface RestorePlanOptions {
  /** The most recent articles restored with their weights whatever their story. */
  window: number;
  /** Per story, its most recent members restored with their weights. */
  storyMembers: number;
  /** Stories whose last day is older than the newest day by more than this keep no weights. */
  horizonDays: number;
}

/** The ids of the entries to restore with their story weights (see header). */
export function weightedRestores(entries: readonly RestoreEntry[], options: RestorePlanOptions): Set<number> {
  const weighted = new Set<number>();
  const from = entries.length - options.window;
  let newest = Number.NEGATIVE_INFINITY;
  const stories = new Map<string, { members: number[]; lastDay: number }>();
  entries.forEach((entry, k) => {
    if (k >= from) weighted.add(entry.id);
    let story = stories.get(entry.story);
    if (story === undefined) {
      story = { members: [], lastDay: Number.NEGATIVE_INFINITY };
      stories.set(entry.story, story);
    }
    story.members.push(entry.id);
    if (story.members.length > options.storyMembers) story.members.shift();
    if (entry.day !== null) {
      story.lastDay = Math.max(story.lastDay, entry.day);
      newest = Math.max(newest, entry.day);
    }
  });
  for (const story of stories.values()) {
    const undated = !Number.isFinite(story.lastDay);
    if (!undated && story.lastDay < newest - options.horizonDays) continue;
    for (const id of story.members) weighted.add(id);
  }
  return weighted;
}
