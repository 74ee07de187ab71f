/** Tunables of origin grouping, each with what it controls and why that value. */
export interface OriginOptions {
  /**
   * A pair of articles is a copy link when its alignments cover at least this share of either
   * body. 0.25: a copy that keeps half an original, or a mix that takes a few paragraphs of a
   * report, clears it; two independent reports that share a quote or a sentence do not.
   */
  minLinkShare: number;
  /** ...and at least this many characters, so that two very short bodies need real shared text. */
  minLinkChars: number;
  /**
   * Two neighbours of an article belong to one group (one source text) when their coverages of
   * that article overlap by at least this share of the smaller coverage.
   */
  minGroupOverlap: number;
  /**
   * A group is "contained" in the article when the article covers at least this share of each of
   * the group's members: the article is then a fuller version of them, not a mix of them.
   */
  containedShare: number;
  /** A mixed article's second source must cover at least this share of it. */
  minMixShare: number;
  /** The label of an origin needs at least this share of its members' credit votes. */
  minLabelVote: number;
}

export const ORIGIN_DEFAULTS: OriginOptions = {
  minLinkShare: 0.25,
  minLinkChars: 150,
  minGroupOverlap: 0.3,
  containedShare: 0.8,
  minMixShare: 0.15,
  minLabelVote: 0.5,
};
