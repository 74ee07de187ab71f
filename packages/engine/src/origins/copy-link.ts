/**
 * Copy links: whether the passages two articles share make one a copy of the other.
 *
 * Computes, from the passages of one pair of articles (possibly from several alignments), two
 * kinds of evidence: text found by shared word runs (verbatim passages, and edited ones with at
 * least minRunSimilarity of their words matched), and text found only by paraphrase (translated
 * passages, loosely edited ones). Shared runs are strong evidence:
 * a copy link needs them to cover a real share of either body (minLinkShare) and minLinkChars.
 * Paraphrase alone is weak evidence: independent reports of one event restate the same facts
 * sentence by sentence ("The cause of death was not immediately known" / "The cause of his death
 * was unknown"), so a link resting on translated passages needs them, with the runs, to cover a
 * large share of both bodies (minTranslatedLinkShare) and minTranslatedLinkChars on each side, as
 * a translated copy does.
 * Reference: none beyond the coverage thresholds of text-reuse detection (passim, Smith et al.
 * 2015); the split of evidence by passage kind is Storyfold's.
 * Invariants: symmetric in the two articles; more covered text never removes a link.
 * Cost: O(p log p) for p passages.
 */
import type { Passage } from '../analysis.js';
import { ORIGIN_DEFAULTS, type OriginOptions } from './defaults.js';
import { type Span, spansLength, unionSpans } from './spans.js';

export type LinkOptions = Pick<
  OriginOptions,
  'minLinkChars' | 'minLinkShare' | 'minTranslatedLinkShare' | 'minTranslatedLinkChars' | 'minRunSimilarity'
>;

/** Characters covered on one side of a pair: by every passage, and by runs alone (verbatim, edited). */
export interface LinkCoverage {
  all: number;
  runs: number;
}

/**
 * Whether two articles whose alignments cover `coveredA` of `lengthA` and `coveredB` of `lengthB`
 * characters with shared runs are a copy link: enough shared text, making up a real share of
 * either body.
 */
export function isCopyLink(
  coveredA: number,
  lengthA: number,
  coveredB: number,
  lengthB: number,
  options: Pick<OriginOptions, 'minLinkChars' | 'minLinkShare'> = ORIGIN_DEFAULTS,
): boolean {
  return (
    Math.max(coveredA, coveredB) >= options.minLinkChars &&
    Math.max(coveredA / Math.max(1, lengthA), coveredB / Math.max(1, lengthB)) >= options.minLinkShare
  );
}

/** Whether coverage with translated passages is a translated copy: most of both bodies, and no short text. */
export function isTranslatedLink(
  coveredA: number,
  lengthA: number,
  coveredB: number,
  lengthB: number,
  options: Pick<OriginOptions, 'minTranslatedLinkChars' | 'minTranslatedLinkShare'> = ORIGIN_DEFAULTS,
): boolean {
  return (
    Math.min(coveredA, coveredB) >= options.minTranslatedLinkChars &&
    Math.min(coveredA / Math.max(1, lengthA), coveredB / Math.max(1, lengthB)) >=
      options.minTranslatedLinkShare
  );
}

/** The copy-link rule on per-side coverages split by evidence (see the header). */
export function isLinkedCoverage(
  a: LinkCoverage,
  lengthA: number,
  b: LinkCoverage,
  lengthB: number,
  options: LinkOptions = ORIGIN_DEFAULTS,
): boolean {
  return (
    isCopyLink(a.runs, lengthA, b.runs, lengthB, options) ||
    isTranslatedLink(a.all, lengthA, b.all, lengthB, options)
  );
}

/** Whether one alignment's passages between bodies of `lengthA` and `lengthB` characters make a copy link. */
export function isCopyAlignment(
  passages: readonly Passage[],
  lengthA: number,
  lengthB: number,
  options: Partial<LinkOptions> = {},
): boolean {
  const opts = { ...ORIGIN_DEFAULTS, ...options };
  return isLinkedCoverage(
    linkCoverage(passages, 'a', opts.minRunSimilarity),
    lengthA,
    linkCoverage(passages, 'b', opts.minRunSimilarity),
    lengthB,
    opts,
  );
}

/** Whether a passage is a shared run (strong evidence): verbatim, or edited with enough words matched. */
export function isRunPassage(passage: Passage, minRunSimilarity = ORIGIN_DEFAULTS.minRunSimilarity): boolean {
  return passage.kind === 'verbatim' || (passage.kind === 'edited' && passage.similarity >= minRunSimilarity);
}

/** Coverage of one side of a pair's passages, split by evidence. */
export function linkCoverage(
  passages: readonly Passage[],
  side: 'a' | 'b',
  minRunSimilarity = ORIGIN_DEFAULTS.minRunSimilarity,
): LinkCoverage {
  const all: Span[] = [];
  const runs: Span[] = [];
  for (const passage of passages) {
    all.push(passage[side]);
    if (isRunPassage(passage, minRunSimilarity)) runs.push(passage[side]);
  }
  return { all: spansLength(unionSpans(all)), runs: spansLength(unionSpans(runs)) };
}
