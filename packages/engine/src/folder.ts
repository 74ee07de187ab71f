/**
 * Folder: folds articles into stories one at a time, as they arrive — the incremental core of
 * `fold()` and of the aggregator.
 *
 * Each new article is matched against the LSH index of earlier articles, aligned with its
 * candidates, added to the story index (joining the story of an article it copies), and then
 * aligned with earlier members of its story that LSH did not propose (translated and heavily
 * edited copies). The folder keeps only the indexes (signatures and story weights); an earlier
 * article's alignment text comes from the caller's `lookup`, so a store can keep texts on disk and
 * hand over the few the folder asks for. An article the lookup cannot provide is not aligned.
 * After a restart, `restore` rebuilds the indexes from each stored article's signature, features
 * and story, in the order they were added, without deciding anything again; `restoreMembership`
 * re-adds older articles by signature and story only, at a fraction of the cost.
 * Invariants: deterministic for a given order; each article is added once; every alignment pairs
 * the new article with an earlier one (earlier article first) and is aligned once.
 * Cost per add: one LSH query and insert (near-constant), one story-index add, and at most
 * candidates + storyAlignLimit alignments.
 */
import { align } from './align/index.js';
import type { Alignment } from './analysis.js';
import { ANALYZE_DEFAULTS, type AnalyzeOptions } from './defaults.js';
import type { Signature } from './fingerprint/index.js';
import { LshIndex } from './match/index.js';
import { isLinkedCoverage, linkCoverage } from './origins/index.js';
import type { PreparedArticle } from './prepare.js';
import {
  type ArticleFeatures,
  DEFAULT_STORY_OPTIONS,
  StoryIndex,
  type StoryIndexOptions,
} from './stories/index.js';

/** The prepared article added under an index, or undefined when it can no longer be had. */
export type PreparedLookup = (index: number) => PreparedArticle | undefined;

export interface FolderOptions extends Omit<AnalyzeOptions, 'onProgress'> {
  /** Expected number of articles: sizes the LSH index up front (it grows past it). */
  capacity: number;
}

export interface FoldStep {
  /** The story the article joined or started (a story's id is the id of its first article). */
  story: string;
  /** The reported alignments of the article with earlier ones, the earlier article first. */
  alignments: Alignment[];
}

/**
 * Days after a story's last article beyond which no article can join it by similarity: the time
 * damping alone (0.5 per half-life past the grace days) keeps even a perfect score of 1 under the
 * threshold. With the defaults, 3 + 7 × log2(1 / 0.26) ≈ 16.6 days. An article without a day is
 * not damped, so it is not bound by this.
 */
export function joinableGapDays(
  options: Pick<
    StoryIndexOptions,
    'threshold' | 'timeGraceDays' | 'timeHalfLifeDays'
  > = DEFAULT_STORY_OPTIONS,
): number {
  return options.timeGraceDays + options.timeHalfLifeDays * Math.log2(1 / options.threshold);
}

/** The story members whose weights a story's score uses (its most recent ones): see StoryIndex. */
export const STORY_WINDOW_MEMBERS = DEFAULT_STORY_OPTIONS.membersCompared;

export class Folder {
  private readonly options: FolderOptions;
  private readonly lsh: LshIndex;
  private readonly stories = new StoryIndex();
  private readonly indexOf = new Map<string, number>();

  constructor(
    private readonly lookup: PreparedLookup,
    options: Partial<FolderOptions> = {},
  ) {
    this.options = { ...ANALYZE_DEFAULTS, capacity: 1024, ...options };
    this.lsh = new LshIndex({ capacity: this.options.capacity });
  }

  /** Articles added or restored so far. */
  get size(): number {
    return this.indexOf.size;
  }

  /** Folds a new article, added under `index` (the key `lookup` will find it by). */
  add(index: number, item: PreparedArticle): FoldStep {
    const id = item.article.id;
    this.claim(id, index);
    const alignments: Alignment[] = [];
    const tried = new Set<number>();
    /** Aligns with earlier article j once; its id when the alignment makes a copy link. */
    const tryAlign = (j: number): string | undefined => {
      if (tried.has(j)) return undefined;
      tried.add(j);
      const earlier = this.lookup(j);
      if (earlier === undefined) return undefined;
      const passages = align(earlier.text, item.text);
      const onEarlier = linkCoverage(passages, 'a');
      const onItem = linkCoverage(passages, 'b');
      const min = this.options.minAlignmentChars;
      if (onEarlier.all < min || onItem.all < min) return undefined;
      alignments.push({ articles: [earlier.article.id, id], passages });
      return isLinkedCoverage(onEarlier, earlier.length, onItem, item.length)
        ? earlier.article.id
        : undefined;
    };

    const links: string[] = [];
    for (const j of this.lsh.query(item.signature)) {
      const link = j === index ? undefined : tryAlign(j);
      if (link !== undefined) links.push(link);
    }
    this.lsh.insert(index, item.signature);
    const story = this.stories.add(item.article, { links, features: item.features });
    const members = this.stories.membersOf(story);
    let budget = this.options.storyAlignLimit;
    for (let k = members.length - 1; k >= 0 && budget > 0; k--) {
      const j = this.indexOf.get(members[k]!);
      if (j === undefined || j === index) continue;
      budget--;
      tryAlign(j);
    }
    return { story, alignments };
  }

  /** The earlier articles LSH proposes for a signature (what `add` will look up first). */
  candidates(signature: Signature): number[] {
    return this.lsh.query(signature);
  }

  /** Re-adds an article folded before a restart into `story`, in the order it was first added. */
  restore(index: number, id: string, signature: Signature, features: ArticleFeatures, story: string): void {
    this.claim(id, index);
    this.lsh.insert(index, signature);
    this.stories.restore(id, story, features);
  }

  /**
   * Re-adds an older article by its signature and story only: LSH still proposes it and a copy of
   * it still joins its story, but the story index keeps no weights for it (see
   * StoryIndex.restoreMembership). `day` is its publication day (fold data), or null.
   */
  restoreMembership(
    index: number,
    id: string,
    signature: Signature,
    story: string,
    day: number | null,
  ): void {
    this.claim(id, index);
    this.lsh.insert(index, signature);
    this.stories.restoreMembership(id, story, day);
  }

  /** The id of the story holding an article, or undefined. */
  storyOf(id: string): string | undefined {
    return this.stories.storyOf(id);
  }

  /** The articles of a story in the order they joined. */
  membersOf(story: string): readonly string[] {
    return this.stories.membersOf(story);
  }

  /** Every story with its articles, in the order stories were started. */
  allStories(): { id: string; articles: string[] }[] {
    return this.stories.stories();
  }

  private claim(id: string, index: number): void {
    if (this.indexOf.has(id)) throw new Error(`Folder: article ${id} was already added`);
    this.indexOf.set(id, index);
  }
}
