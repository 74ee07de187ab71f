/**
 * Tunables of the clean stage, in one place. Each says what it controls and why it has its value.
 */

export interface CleanOptions {
  /** Lines longer than this (in UTF-16 code units) are never matched against boilerplate patterns. */
  maxPatternLineLength: number;
  /** A headline has at least this many words; shorter lines before the body are navigation. */
  titleMinWords: number;
  /** A headline has at most this many characters. */
  titleMaxLength: number;
  /** Datelines are looked for only in this many first body paragraphs. */
  datelineParagraphs: number;
}

/** Menus, prompts and credits are short; 300 characters covers long "See also" headlines and captions. */
export const MAX_PATTERN_LINE_LENGTH = 300;
/** Four words: "Start reading", "World News" are menus; almost every headline has four words or more. */
export const TITLE_MIN_WORDS = 4;
/** Headlines rarely pass 200 characters; a longer line without a final period is a paragraph. */
export const TITLE_MAX_LENGTH = 200;
/** A dateline opens the first paragraph; two allows for a dek or summary placed above it. */
export const DATELINE_PARAGRAPHS = 2;

/** Prompts have at most this many words; longer lines are tested against PROMPTS only when they lack a final period. */
export const PROMPT_MAX_WORDS = 20;
/** A prompt that ends a sentence has at most this many words ("Read news from 100's of titles, curated for you."). */
export const PROMPT_SENTENCE_MAX_WORDS = 12;
/** A weak prompt counts on a sentence-ending line only up to this many words ("Register now."). */
export const WEAK_PROMPT_SENTENCE_WORDS = 4;
/** Captions with a photo credit are at most this long; a longer paragraph is news whatever it ends with. */
export const CAPTION_MAX_LENGTH = 400;
/** A caption marked "(left)"/"(right)" is one short sentence: 160 characters (a longer line is reporting). */
export const MARKER_CAPTION_MAX_LENGTH = 160;
/** With a single "(left)" marker, a caption is at most 100 characters; longer single-marker lines are reporting. */
export const SINGLE_MARKER_CAPTION_MAX_LENGTH = 100;
/** A dateline's place without an agency has at most four words ("WEST PALM BEACH, Fla."); more is a headline. */
export const PLACE_MAX_WORDS = 4;
/** Date lines are at most this long ("Updated 3:15 PM EST, Tue February 28, 2023"). */
export const DATE_LINE_MAX_LENGTH = 100;

export const DEFAULT_CLEAN_OPTIONS: Readonly<CleanOptions> = Object.freeze({
  maxPatternLineLength: MAX_PATTERN_LINE_LENGTH,
  titleMinWords: TITLE_MIN_WORDS,
  titleMaxLength: TITLE_MAX_LENGTH,
  datelineParagraphs: DATELINE_PARAGRAPHS,
});

export interface FurnitureOptions {
  /** A line is furniture only when it recurs in at least this many articles of its source. */
  minArticles: number;
  /** …and in at least this share of that source's observed articles. */
  minShare: number;
  /** Only lines up to this many characters are counted: furniture is short, news paragraphs are long. */
  maxLineLength: number;
  /** Lossy counting's error bound ε: lines seen in fewer than ε of articles may be forgotten. */
  errorBound: number;
  /** Hard cap on remembered line hashes per source (8 bytes of key and count each, plus map overhead). */
  maxLinesPerSource: number;
}

/** Five articles: below that a shared line may be coincidence (two reprints of one wire story). */
export const FURNITURE_MIN_ARTICLES = 5;
/**
 * 30 %: menus and prompts appear on nearly every page of a source, while a news sentence that
 * recurs (a boilerplate disclaimer inside a running story) rarely reaches a third of all articles.
 */
export const FURNITURE_MIN_SHARE = 0.3;
/** 160 characters: longer than any menu or prompt line, shorter than most news paragraphs. */
export const FURNITURE_MAX_LINE_LENGTH = 160;
/** ε = 1 %: far below the 30 % share that matters, so no furniture line is ever forgotten. */
export const FURNITURE_ERROR_BOUND = 0.01;
/** 20,000 hashes ≈ 1 MB per source at worst; lossy counting keeps far fewer in practice. */
export const FURNITURE_MAX_LINES_PER_SOURCE = 20_000;

export const DEFAULT_FURNITURE_OPTIONS: Readonly<FurnitureOptions> = Object.freeze({
  minArticles: FURNITURE_MIN_ARTICLES,
  minShare: FURNITURE_MIN_SHARE,
  maxLineLength: FURNITURE_MAX_LINE_LENGTH,
  errorBound: FURNITURE_ERROR_BOUND,
  maxLinesPerSource: FURNITURE_MAX_LINES_PER_SOURCE,
});
