/**
 * isFullText: whether a feed item's own content looks like the whole article, so that fetching
 * the article's page can be skipped (or its extraction compared against the feed's content).
 *
 * Rule: the longer of contentHtml and summary must have at least FULL_TEXT_MIN_CHARS characters
 * of text in at least FULL_TEXT_MIN_PARAGRAPHS paragraphs, and its last FULL_TEXT_TAIL_CHARS
 * characters must not hold a truncation marker ("Read more…", "Continue reading", "[…]", "(more…)",
 * a trailing ellipsis). Reference: the heuristics feed readers use to decide on fetching the page
 * (Miniflux's "fetch original content", FreshRSS's "article is truncated"), with thresholds from
 * defaults.ts. Invariants: pure; a longer, complete content never judges worse than a shorter one
 * with the same ending. Cost: O(length of the content).
 */
import {
  FULL_TEXT_MIN_CHARS,
  FULL_TEXT_MIN_PARAGRAPHS,
  FULL_TEXT_PARAGRAPH_MIN_CHARS,
  FULL_TEXT_TAIL_CHARS,
} from './defaults.js';
import { htmlToText } from './html-text.js';
import type { FeedItem } from './parsed-feed.js';

export interface FullTextJudgement {
  readonly fullText: boolean;
  /** Why, in words: "1,204 characters, 6 paragraphs" or "ends with “Read more”". */
  readonly reason: string;
  readonly chars: number;
  readonly paragraphs: number;
}

/** Markers that a feed's content is an excerpt, searched in the tail of its text (lower-cased). */
const TRUNCATION_MARKERS: readonly RegExp[] = [
  /\bread (?:the )?(?:more|full|rest|whole)\b/,
  /\bcontinue(?:s)? reading\b/,
  /\bkeep reading\b/,
  /\bweiterlesen\b|\bmehr lesen\b|\blire la suite\b|\bleia mais\b|\bleer más\b|\bcontinua a leggere\b/,
  /\[\s*(?:…|\.\.\.|&hellip;)\s*\]/,
  /\(\s*more\s*(?:…|\.\.\.)?\s*\)/,
  /(?:…|\.\.\.)\s*$/,
];

/**
 * Paragraphs of prose: blocks of the text (split at <p>, <div>, <br>, <li>, headings…) with at
 * least FULL_TEXT_PARAGRAPH_MIN_CHARS characters. Counting blocks of text rather than <p> tags
 * reads every markup style alike (Blogger writes <div> and <br>, Medium <p>, others bare text).
 */
function countParagraphs(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (line.length >= FULL_TEXT_PARAGRAPH_MIN_CHARS) count++;
  return count;
}

/** The judgement with its reason, for logs and the feed's detail view. */
export function judgeFullText(item: Pick<FeedItem, 'contentHtml' | 'summary'>): FullTextJudgement {
  const candidates = [item.contentHtml, item.summary].filter((html): html is string => html !== null);
  let best = '';
  for (const html of candidates) {
    const text = htmlToText(html, true);
    if (text.length > best.length) best = text;
  }
  const chars = best.length;
  const paragraphs = countParagraphs(best);
  const tail = best.slice(-FULL_TEXT_TAIL_CHARS).toLowerCase();
  const marker = TRUNCATION_MARKERS.find((pattern) => pattern.test(tail));
  const size = `${chars.toLocaleString('en')} characters, ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`;
  if (chars === 0) return { fullText: false, reason: 'no content in the feed', chars, paragraphs };
  if (marker !== undefined) {
    const found = marker.exec(tail)?.[0]?.trim() ?? '';
    return { fullText: false, reason: `ends with “${found}” (${size})`, chars, paragraphs };
  }
  if (chars < FULL_TEXT_MIN_CHARS)
    return { fullText: false, reason: `too short: ${size}`, chars, paragraphs };
  if (paragraphs < FULL_TEXT_MIN_PARAGRAPHS) {
    return { fullText: false, reason: `too few paragraphs: ${size}`, chars, paragraphs };
  }
  return { fullText: true, reason: size, chars, paragraphs };
}

/** Whether the item's own content looks like the whole article. */
export function isFullText(item: Pick<FeedItem, 'contentHtml' | 'summary'>): boolean {
  return judgeFullText(item).fullText;
}
