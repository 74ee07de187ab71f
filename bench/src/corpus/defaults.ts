/** Tunables of the speed corpus. Each says what it controls and why that value. */

/** Article text length in characters, drawn uniformly: news articles average about 4 KB. */
export const ARTICLE_CHARS: [number, number] = [3500, 4500];

/** Share of articles that are copies of an earlier article (wire stories re-run by other sources). */
export const COPY_SHARE = 0.3;

/** A copy reproduces one of this many most recent non-copy articles (copies follow their original closely). */
export const COPY_WINDOW = 500;

/** The most frequent words of the real text are kept as they are (function words, common verbs): they carry the text's grammar. */
export const KEPT_WORDS = 150;

/** Articles published per day: the corpus spans n / ARTICLES_PER_DAY days, like a busy aggregator. */
export const ARTICLES_PER_DAY = 2000;

/** Distinct non-copy sources and copying outlets. */
export const SOURCES = 500;
export const OUTLETS = 100;
