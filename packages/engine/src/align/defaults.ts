/**
 * Tunables of the align stage. Each value says what it controls and why it is set so.
 * Prepare-time values are fixed in each AlignText; align-time values are AlignOptions.
 */

/**
 * Words per seed (word n-gram shared by both articles). An edit every ten words leaves exact
 * runs of about nine words, which hold six 4-word seeds, so edited copies are still seeded
 * densely; 3-word seeds ("the United States") are shared by unrelated articles far more often,
 * and 5-word seeds miss runs between edits six words apart. passim (Smith, Cordell & Mullen
 * 2015) uses 5-grams on noisy OCR; clean news text affords 4.
 */
export const DEFAULT_SEED_WORDS = 4;

/**
 * Characters kept of a content word to form its stem (prefix truncation). Truncating English
 * words to their first five characters retrieves about as well as the Porter stemmer
 * (Mayfield & McNamee 2003, "Single n-gram stemming"), needs no language rules, and folds
 * "Kazakh"/"Kazakhstan", "supports"/"supported", which machine translation often swaps.
 */
export const STEM_PREFIX = 5;

/** Shortest word (in folded characters) that counts as a content word; shorter ones are mostly function words. */
export const MIN_CONTENT_WORD_LENGTH = 3;

export interface AlignOptions {
  /**
   * A seed that occurs more often than this in either article is skipped ("in the region" in a
   * long article): frequent seeds multiply hits without adding runs, since the maximal runs they
   * belong to are also reached from rarer seeds. 4 keeps repeated phrases usable while bounding
   * the hits per seed at 16.
   */
  maxSeedFrequency: number;
  /**
   * Gap filling: two exact runs that follow each other in both articles merge into one passage
   * when at most this many unmatched words separate them on each side. An edit is usually one
   * to three words; 10 also bridges a rewritten clause, but not an inserted sentence (about 25
   * words), which is a genuine addition of the copy.
   */
  maxGapWords: number;
  /**
   * A passage found by seeds must hold at least this many matched words. Independent reports of
   * one event share runs of up to six words ("Kazakh President Kassym-Jomart Tokayev", "of
   * Russia's invasion of Ukraine"); eight is above those and below a copied sentence.
   */
  minPassageWords: number;
  /** Whether to run the sentence-level pass (for translated and heavily edited copies) over what seeds left. */
  sentencePass: boolean;
  /**
   * A sentence is open to the sentence-level pass when less than this share of its words is
   * already in a passage (the rest of a sentence that a passage only touches).
   */
  maxSentenceCovered: number;
  /**
   * A sentence pair must share at least this many distinct content-word stems. Two sentences of
   * independent reports on one event commonly share three or four names; copied sentences of
   * twenty words share eight or more even after translation.
   */
  minSentenceShared: number;
  /**
   * …of which at least this many are not proper nouns or numbers: the shared names of an event
   * ("Blinken", "Kazakhstan", "Tokayev") are not evidence of copying; shared ordinary words are.
   */
  minSentenceCommon: number;
  /**
   * Lowest weighted Dice similarity of the two sentences' content-word stems (each stem weighted
   * by its inverse sentence frequency within its article, so an article's recurring names count
   * little). Back-translated sentences measure 0.5–0.9 on the seeds; different sentences on the
   * same event 0.1–0.35.
   */
  minSentenceDice: number;
  /**
   * A sentence pair with a weighted Dice below this is kept only when another aligned sentence
   * pair or passage lies within supportSentences sentences of it on both sides: copies are
   * translated sentence after sentence, while independent reports of one event match at most a
   * sentence here and there (a lead restating the same facts). Above 0.55 a pair stands alone:
   * on the seeds, no two sentences of different reports score that high.
   */
  strongSentenceDice: number;
  /** How near (in sentences, on each side) a supporting pair or passage must be; see strongSentenceDice. */
  supportSentences: number;
  /**
   * A sentence pair whose word-trigram Dice is at least this is 'edited' (a lightly edited
   * sentence the seeds missed because its runs were short), else 'translated'.
   */
  editedTrigramDice: number;
}

export const ALIGN_DEFAULTS: AlignOptions = {
  maxSeedFrequency: 4,
  maxGapWords: 10,
  minPassageWords: 8,
  sentencePass: true,
  maxSentenceCovered: 0.5,
  minSentenceShared: 4,
  minSentenceCommon: 2,
  minSentenceDice: 0.4,
  strongSentenceDice: 0.55,
  supportSentences: 2,
  editedTrigramDice: 0.5,
};
