import type { SentenceUnit } from './units.js';

/**
 * Tunables of story synthesis (summary, facts, headline). Each says what it controls and why
 * that value. The additions/discrepancies/entities/timeline part keeps its own beside its files.
 */

/** Words that end with a full stop without ending a sentence (lower case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles before names: "Mr. Blinken" is one sentence
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'capt',
  'cmdr',
  'sgt',
  'st',
  'rev',
  'hon',
  'pres',
  'supt',
  'adm',
  'maj',
  'messrs',
  'mme',
  'mlle',
  'sr',
  'jr',
  // months and days as news wires abbreviate them ("Feb. 24")
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  // others that precede more words
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'est',
  'dept',
  'univ',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'ave',
  'blvd',
  'rd',
  'mt',
  'ft',
  'fig',
  'al',
  'cf',
  'gov',
  'govt',
]);

/**
 * Abbreviations that usually end a sentence when a capitalised word follows ("… the company Inc.
 * It said"), because they close a name rather than open one. "Mr." never does; "Inc." often does.
 */
export const ABBREVIATIONS_THAT_MAY_END: ReadonlySet<string> = new Set([
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'jr',
  'sr',
]);

/**
 * Function words left out of the terms that facts and the summary compare: they are shared by
 * any two English sentences and say nothing about the claim. A short list (the closed classes)
 * is enough; content words decide.
 */
export const STOPWORDS: readonly string[] = (
  'a an the and or but nor so yet if then than that this these those there here of in on at to ' +
  'for from by with without about as into onto over under after before between through during ' +
  'is are was were be been being am has have had having do does did will would shall should ' +
  'can could may might must it its he him his she her hers they them their theirs we us our ' +
  'you your i me my who whom whose which what when where why how not no also just only very ' +
  'said says say told tell more most some any all each both such other own same up out off s t'
).split(' ');

/**
 * Facts find candidate sentence pairs through the postings of terms in at most this fraction of
 * the story's sentences: a pair sharing only commoner terms (idf ≤ ln 6) cannot reach the
 * similarity thresholds, and skipping their long postings keeps the join near-linear.
 */
export const COMMON_TERM_FRACTION = 0.2;
/** …unless the story is so small that this many sentences is more (every term counts there). */
export const COMMON_TERM_MIN_POSTING = 8;

export interface FactOptions {
  /**
   * Two sentences of different articles state the same claim when the Dice coefficient of their
   * content terms reaches this. 0.5 joins edited copies and close paraphrases ("Blinken arrived
   * in Astana on Tuesday" / "Blinken arrived Tuesday in Astana, Kazakhstan") and keeps apart
   * sentences that only share the story's names (those reach 0.2–0.35 on the seeds).
   */
  similarity: number;
  /**
   * The lower Dice that suffices when the two sentences lie in passages an alignment pairs
   * (verbatim, edited or translated copies): the alignment already says they are the same text,
   * the terms only confirm which sentence of the passage matches which. Back-translated
   * sentences of the seeds share 0.25–0.5 of their terms.
   */
  alignedSimilarity: number;
  /**
   * A term is rare in a story when at most this many sentences per article contain it (1: a
   * particular a report states once, such as "sovereignty", while names recur in every paragraph).
   */
  rarePerArticle: number;
  /**
   * Two sentences sharing at least this many rare terms state the same claim when their weighted
   * Dice also reaches rareSimilarity: independent reports word the same claim differently but
   * keep its particulars (the seeds' sovereignty statement shares 4 such terms across Reuters
   * and AP; unrelated sentences of the seeds share at most 2).
   */
  rareShared: number;
  /** See rareShared: the weighted Dice that must come with the shared rare terms. */
  rareSimilarity: number;
  /** Sentences with fewer words than this (datelines, "Please read on.") make no fact. */
  minWords: number;
}

export const FACT_DEFAULTS: FactOptions = {
  similarity: 0.5,
  alignedSimilarity: 0.2,
  rarePerArticle: 1,
  rareShared: 4,
  rareSimilarity: 0.25,
  minWords: 5,
};

/**
 * Summary tunables. The weights were tuned on NeuS train (700 events, ROUGE against AllSides
 * roundups; bench/src/eval/summaries) and are reported on val. Measured with Porter stemming:
 * the title score mattered most (R1 39.4 → 39.9 from weight 0 to 8), support ×4 a little
 * (+0.05), lead and centrality weights barely moved it (±0.1), and sentences under 15 words
 * lost (+0.3 R1 when left out). Then without stemming (as the reference figures): concept
 * coverage ×3 +0.1, maxWords 60 → 80 +0.05; lengths 60–95 words and every other weight tried
 * stayed within ±0.3 of R1 38.4 on train: the choice is limited by the few candidate sentences
 * (three excerpts of about 70 words), not by these weights. Later (val R1/R2 38.45/17.34 →
 * 38.85/18.32): maxShare 0.6 and alternatePenalty 0.9 helped; bigram concepts beside the terms
 * (Gillick & Favre), rule-based compression (attributions, datelines, connectives, asides,
 * appositives, relative clauses) and a ridge-fitted sentence scorer each moved train R1 by
 * under 0.1 (the scorer +0.3 on held-out train, 0 on val), so none is in.
 */
export interface SummaryOptions {
  /** Target length in words (the CLI's --summary-words): sentences are added until it is reached. */
  words: number;
  /**
   * A sentence that would pass the target by more than this many words is skipped for a
   * shorter one; 10 lets a summary end near the target instead of one long sentence short.
   */
  overshoot: number;
  /**
   * Weights of the features a fact's score sums (summary.ts SUMMARY_FEATURES, each in [0, 1]):
   * support (independent reports stating it), centrality (how many reports use its terms),
   * lead and first (position in the articles), title and titleTerms (words the titles use),
   * length. A ridge fit on greedy-oracle labels of NeuS train (bench/src/eval/summaries/
   * fit-weights.ts: 1,200 events, scored on 700 others) gave R1 38.17 against 38.23 for these
   * hand-tuned weights, so these stay; first, titleTerms and length are 0 for that reason.
   */
  featureWeights: Readonly<
    Record<'support' | 'centrality' | 'lead' | 'first' | 'title' | 'titleTerms' | 'length', number>
  >;
  /**
   * A fact whose best sentence cannot stand alone ("He said…", "The minister…") has its score
   * multiplied by this; 0.3 keeps it only when nothing else of substance is left.
   */
  danglingPenalty: number;
  /**
   * A fact whose best sentence is mostly a quotation or a question has its score multiplied by
   * this: summaries report what was said rather than quote it.
   */
  quotePenalty: number;
  /**
   * A fact whose best sentence has no closing full stop (a cut excerpt, "… particularly the p")
   * has its score multiplied by this: it cannot stand alone.
   */
  unfinishedPenalty: number;
  /**
   * Weight of concept coverage in the greedy choice: the summed weight of the terms a sentence
   * would newly cover (each term weighs the number of other reports using it, plus titleConcept
   * when a title uses it), over its length to the power coverageExponent. Rewards sentences that
   * bring what several reports say and the summary does not hold yet (Gillick & Favre 2009).
   */
  coverageWeight: number;
  /**
   * The summary holds at most this share of the words of the story's articles (when that is
   * fewer than `words`): a story of three short excerpts gets a shorter summary, and a story
   * of full articles is never cut by it. On NeuS train (three excerpts of about 60 words),
   * 0.6 raised R1 by 0.2–0.4 over no cap; 0.5 and 0.7 did less; the editors' roundups are
   * shorter when the excerpts are (correlation 0.5).
   */
  maxShare: number;
  /**
   * Score multiplier of a fact's sentences other than its best one (0: only the best is a
   * candidate). Independent reports word one claim differently, each with its own particulars;
   * 0.9 lets a second wording in when it passes the redundancy cut and its new terms outweigh
   * the other facts (NeuS train R2 +0.4, R1 ±0; 0.7 gained less).
   */
  alternatePenalty: number;
  /** See coverageWeight: 1 divides coverage by the sentence's words, 0 ignores length. */
  coverageExponent: number;
  /** See coverageWeight: the bonus of a term that an article's title uses. */
  titleConcept: number;
  /** A fact whose terms overlap a chosen sentence's by this weighted Dice or more is redundant. */
  redundancy: number;
  /**
   * Sentences shorter than this many words are chosen only when no longer one is left (fragments,
   * datelines, one-line quotes): short sentences carry little of the story (6 → 15 raised R1 on NeuS train by 0.3).
   */
  minWords: number;
  /**
   * Sentences longer than this many words are not chosen (run-on paragraphs without stops):
   * longer than the summary itself is no sentence a reader wants.
   */
  maxWords: number;
  /**
   * Called with the candidate sentences and their features before the choice, for fitting
   * featureWeights on labelled data (bench/src/eval/summaries/fit-weights.ts); not a tunable.
   */
  onCandidates?: (candidates: { unit: SentenceUnit; features: Readonly<Record<string, number>> }[]) => void;
}

export const SUMMARY_DEFAULTS: SummaryOptions = {
  words: 75,
  overshoot: 10,
  featureWeights: { support: 4, centrality: 1, lead: 1, first: 0, title: 8, titleTerms: 0, length: 0 },
  danglingPenalty: 0.3,
  quotePenalty: 0.5,
  unfinishedPenalty: 0.2,
  redundancy: 0.35,
  coverageWeight: 3,
  coverageExponent: 0.5,
  maxShare: 0.6,
  alternatePenalty: 0.9,
  titleConcept: 1,
  minWords: 15,
  maxWords: 80,
};
