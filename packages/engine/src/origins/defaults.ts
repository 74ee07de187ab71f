/** Tunables of origin grouping, each with what it controls and why that value. */
export interface OriginOptions {
  /**
   * A pair of articles is a copy link when its shared runs (verbatim and edited passages) cover
   * at least this share of either body. 0.25: a copy that keeps half an original, or a mix that
   * takes a few paragraphs of a report, clears it; two independent reports that share a quote or
   * a sentence do not.
   */
  minLinkShare: number;
  /** ...and at least this many characters, so that two very short bodies need real shared text. */
  minLinkChars: number;
  /**
   * A pair whose shared runs fall short is still a copy link when all its passages, translated
   * ones included, cover at least this share of both bodies. Translated passages are sentence
   * paraphrases, and independent reports of one event paraphrase each other a sentence here and
   * there: on the copy benchmark (real ECB+ reports) they cover up to 0.4 of both bodies only in
   * short articles, while a translated copy covers most of both (seeds 001 and 003: 0.71 and
   * 0.63).
   */
  minTranslatedLinkShare: number;
  /**
   * ...and at least this many characters on each side: four or five translated sentences. Short
   * independent reports of one event (300–700 characters) match two or three sentences.
   */
  minTranslatedLinkChars: number;
  /**
   * An edited passage counts as a shared run only when its similarity (matched words over
   * passage words) is at least this; below, it is paraphrase-level evidence like a translated
   * passage. Edited copies (2–10% of words changed) measure 0.85 and more; independent reports of
   * one event chain two short common phrases across a gap at 0.55–0.7 ("was walking in a
   * crosswalk outside the … around 7 p.m"). 0.6 keeps the back-translated AP paragraphs of seed
   * 004 (0.65–0.77) as runs.
   */
  minRunSimilarity: number;
  /**
   * Two neighbours of an article belong to one group (one source text) when their coverages of
   * that article overlap by at least this share of the larger coverage (of the smaller, a copy
   * of a whole mix would join each part of the mix to it).
   */
  minGroupOverlap: number;
  /**
   * A group is "contained" in the article when the article covers at least this share of each of
   * the group's members: the article is then a fuller version of them, not a mix of them. Two
   * articles that each cover this share of the other are near duplicates, left out of each
   * other's grouping. 0.9: a mix keeping 0.8 of one report (copy benchmark) is not a fuller
   * version of it, while a partial copy of the article is covered almost entirely.
   */
  containedShare: number;
  /**
   * A mixed article's second source must cover at least this share of it: a mix keeping a fifth
   * of a short report (a paragraph) still splits, while the link itself already needs real
   * shared text (minLinkShare of either body).
   */
  minMixShare: number;
  /** The label of an origin needs at least this share of its members' credit votes. */
  minLabelVote: number;
}

export const ORIGIN_DEFAULTS: OriginOptions = {
  minLinkShare: 0.25,
  minLinkChars: 150,
  minTranslatedLinkShare: 0.4,
  minTranslatedLinkChars: 600,
  minRunSimilarity: 0.6,
  minGroupOverlap: 0.3,
  containedShare: 0.9,
  minMixShare: 0.1,
  minLabelVote: 0.5,
};
