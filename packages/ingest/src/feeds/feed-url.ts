/**
 * URLs in feeds: `resolveUrl` makes a link absolute against its base (xml:base, the feed URL, the
 * page URL); `normaliseFeedUrl` gives the one spelling of a feed URL that subscriptions are
 * de-duplicated by.
 *
 * Reference: WHATWG URL (the `URL` class does parsing, IDNA and dot segments); RFC 3986 §6.2.2
 * (syntax-based normalisation) for what `normaliseFeedUrl` changes. Invariants: both return an
 * absolute http(s) URL or null, never throw; `normaliseFeedUrl` is idempotent and keeps the URL
 * fetchable (it changes nothing a server could tell apart: scheme and host case, default port,
 * fragment, percent-encoded unreserved characters, the feed:// pseudo-scheme). It does NOT merge
 * http with https, "/feed" with "/feed/", or reorder the query: servers may answer those
 * differently. Cost: one URL parse each.
 */

const HTTP = new Set(['http:', 'https:']);
/** Escapes of letters, digits, "-", "_" and "~" (not ".": decoding %2E could create ".." segments). */
const UNRESERVED_ESCAPE = /%(2[Dd]|3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|5[Ff]|7[Ee])/g;

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

/**
 * The normalised spelling of a feed URL, or null when it is not an http(s) URL. "feed://x" and
 * "feed:https://x" become http(s); a URL without a scheme ("example.com/rss") gets http://.
 */
export function normaliseFeedUrl(input: string): string | null {
  let text = input.trim();
  if (text.length === 0 || /\s/.test(text)) return null;
  if (/^feed:\/\//i.test(text)) text = `http://${text.slice(7)}`;
  else if (/^feed:/i.test(text)) text = text.slice(5);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `http://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!HTTP.has(url.protocol) || url.hostname.length === 0) return null;
  url.hash = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  const decode = (part: string): string =>
    part.replace(UNRESERVED_ESCAPE, (code) => String.fromCharCode(Number.parseInt(code.slice(1), 16)));
  url.pathname = decode(url.pathname);
  if (url.search === '' && url.href.endsWith('?')) url.search = '';
  return url.href;
}
