/**
 * Tunables of the HTML sanitiser, in one place. Each says what it controls and why it has that value.
 */

/**
 * An image whose declared width or height is at most this many pixels is a tracking pixel (a
 * beacon that tells the sender who read the article, when and where) and is dropped even when
 * images are allowed. 1: real 1×1 and 0×0 beacons, never a picture anyone reads; 2 px spacers
 * are rare and harmless.
 */
export const TRACKING_PIXEL_MAX_PX = 1;

/**
 * Elements nested deeper than this are dropped (their text is kept). Real articles nest fewer than
 * 40 levels (page furniture included); a limit bounds the parser's stack and the browser's layout
 * work on hostile input without touching readable pages.
 */
export const NESTING_LIMIT = 100;

/** URL schemes a link may have: the web and e-mail addresses; nothing that runs or embeds. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];

/**
 * URL schemes an image may have. Web addresses only: a data: image cannot run script inside
 * <img>, but it is how pages inline lazy-loading placeholders and blobs of any size, so none is
 * kept (a real picture always has a web address).
 */
export const IMAGE_SCHEMES: readonly string[] = ['http', 'https'];
