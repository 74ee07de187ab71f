/**
 * URLs in feeds: `resolveUrl` makes a link absolute against its base (xml:base, the feed URL, the
 * page URL). The one spelling of a feed URL that subscriptions are de-duplicated by is the store's
 * `normaliseFeedUrl`.
 *
 * Reference: WHATWG URL (the `URL` class does parsing, IDNA and dot segments). Invariants: returns
 * an absolute http(s) URL or null, never throws. Cost: one URL parse.
 */

const HTTP = new Set(['http:', 'https:']);

/** `href` made absolute against `base`; null when empty, unparsable, or not http(s). */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (href === null || href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed.length === 0) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return HTTP.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The base for links inside an element: its xml:base resolved against the outer base. */
export function resolveBase(xmlBase: string | null | undefined, outer: string): string {
  if (xmlBase === null || xmlBase === undefined || xmlBase.trim().length === 0) return outer;
  try {
    return new URL(xmlBase.trim(), outer).href;
  } catch {
    return outer;
  }
}
