/**
 * Tunables of HTML extraction, in one place. Each says what it controls and why it has that value.
 */

/**
 * Pages with more elements than this (outside page furniture, counted by page-index.ts) skip
 * Readability and are read by visible text. Readability's own maxElemsToParse count finds no
 * element on linkedom, so this is the only bound; hostile pages with hundreds of thousands of
 * elements make Readability's repeated scoring passes take seconds, and no real article page
 * comes near this (the largest of Readability's 130 test pages has 9,876).
 */
export const READABILITY_MAX_ELEMENTS = 60_000;

/**
 * Readability keeps retrying with looser rules until its content has this many characters (its
 * own default is 500). Kept at Readability's default so its reviewed test outputs stay comparable.
 */
export const READABILITY_CHAR_THRESHOLD = 500;

/** Years outside this range in a date field are treated as garbage (0001-01-01, 9999-12-31 placeholders). */
export const MIN_PUBLISHED_YEAR = 1900;
export const MAX_PUBLISHED_YEAR = 2200;

/**
 * Pages whose elements nest deeper than this skip Readability and are read by visible text.
 * Readability's cost grows worse than quadratically with depth (150 nested divs: about 0.2 s,
 * 1,000: seconds); none of Readability's 130 test pages nests deeper than 40, so 100 leaves room
 * for real pages while keeping hostile ones to tens of milliseconds.
 */
export const READABILITY_MAX_DEPTH = 100;

/**
 * A trailing title part of at most this many words, after a spaced separator, is taken for the
 * site's name ("… – Bondy Blog", "… | Hummeln") and dropped (title-affix.ts). Site names are
 * rarely longer than 3 words; subtitles after " - " usually are (4 also cut real subtitles on the
 * Readability pages; 0–3 measured the same on both datasets).
 */
export const AFFIX_MAX_WORDS = 3;

/**
 * A short trailing part is dropped only when the rest keeps at least this many words: Readability
 * uses the same bound so that "Home - Site" or "About | Site" stay whole.
 */
export const TITLE_MIN_KEPT_WORDS = 3;

/**
 * Elements removed before Readability scores the page: page footers, whose links and notices
 * Readability sometimes keeps at the end of an article. Measured on both datasets: trafilatura
 * snippet F1 0.8895 → 0.8906, Readability-page token F1 unchanged (1.0000). <nav> gained a
 * little more on trafilatura but lost text on a Readability page; <aside>, <header> and <form>
 * lost article text (pull quotes, article headers, sites that wrap the whole page in a form).
 */
export const PAGE_FURNITURE_ELEMENTS: readonly string[] = ['footer'];

/**
 * Attributes kept on start tags before parsing (thin-attributes.ts); all others are removed
 * except on media elements. These are every attribute Readability.js 0.6 reads outside media
 * elements (class, id, style, role, hidden, aria-hidden, aria-modal, href, rel, itemprop, type,
 * name, property, content, lang, dir, src, srcset, poster, and the data-table cues summary,
 * datatable, rowspan, colspan) and those our metadata and block text read (xml:lang, datetime,
 * pubdate). A missing name here would silently change what Readability sees, so the list errs on
 * the side of keeping (charset, http-equiv, itemtype, itemscope, headers, scope cost little).
 */
export const KEPT_ATTRIBUTES: readonly string[] = [
  'class',
  'id',
  'style',
  'role',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'href',
  'rel',
  'itemprop',
  'itemtype',
  'itemscope',
  'type',
  'name',
  'property',
  'content',
  'lang',
  'xml:lang',
  'dir',
  'src',
  'srcset',
  'poster',
  'summary',
  'datatable',
  'rowspan',
  'colspan',
  'headers',
  'scope',
  'datetime',
  'pubdate',
  'charset',
  'http-equiv',
];
