/**
 * Tunables of feed parsing, full-text judgement and discovery, in one place. Each says what it
 * controls and why it has that value.
 */

/**
 * A feed's own content (content:encoded, Atom content, JSON content_html, or the description)
 * counts as the whole article only with at least this many characters of text. News articles run
 * 2,000–6,000 characters; teasers and excerpts stay under 600 (heise's Atom summaries: 150–300,
 * FeedBurner blog excerpts: about 500). 1,000 sits clear of both, so a short but complete news
 * brief (≈170 words) still counts.
 */
export const FULL_TEXT_MIN_CHARS = 1_000;

/**
 * ... and with at least this many paragraphs of prose. A teaser is one paragraph, sometimes two
 * (a lead and a standfirst); a whole article has several.
 */
export const FULL_TEXT_MIN_PARAGRAPHS = 3;

/**
 * A block of text counts as a paragraph of prose from this many characters: one full sentence
 * (English sentences in news average 100–130 characters). Shorter blocks are captions, bylines,
 * list items and "Paperback: 154 pages" lines, which say nothing about completeness.
 */
export const FULL_TEXT_PARAGRAPH_MIN_CHARS = 80;

/**
 * How many characters at the end of the content's text are searched for a truncation marker
 * ("Read more…", "[…]", "Continue reading"). Markers sit in the last line; 160 characters covers
 * "Continue reading <title of the article> →" without reaching back into the article itself.
 */
export const FULL_TEXT_TAIL_CHARS = 160;

/** Text shown of a document's start in a "not a feed" message, so the user can see what came back. */
export const FEED_ERROR_SNIPPET_CHARS = 60;

/** At most this many discovered feed links are named in the "this is an HTML page" message. */
export const FEED_ERROR_MAX_LINKS = 3;

/**
 * Hex digits of the SHA-256 kept in the key of an item that has neither GUID nor usable link.
 * 32 digits (128 bits): collisions within one feed are out of reach, and keys stay short.
 */
export const ITEM_HASH_HEX_DIGITS = 32;
