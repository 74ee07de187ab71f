/**
 * URL normalisation for identity: two spellings of one feed (or article) URL map to one string.
 * For feeds (`normaliseFeedUrl`, RFC 3986 §6.2.2 syntax-based normalisation): only what a server
 * cannot tell apart changes — scheme and host case, default port, fragment, a trailing dot of the
 * host, percent-encoded unreserved characters, the feed:// pseudo-scheme, a missing scheme; never
 * http against https, "/feed" against "/feed/", or the query's order. It is idempotent.
 * For article URLs (`normaliseUrl`):
 * Lower-cases scheme and host (the WHATWG URL parser does, and punycodes IDNs), drops the default
 * port, the fragment, and the trailing slash of a bare root ("https://a.org/" → "https://a.org");
 * keeps the path's case, any other trailing slash and the query as given (servers may distinguish
 * them). Cost: one URL parse.
 */

/** The normalised URL, or undefined when `url` is not an absolute http(s), file or other URL. */
export function normaliseUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  parsed.hash = '';
  // The parser already drops a default port (":80" on http, ":443" on https) and lower-cases.
  const root = parsed.pathname === '/' && parsed.search === '';
  const text = parsed.href;
  return root && text.endsWith('/') ? text.slice(0, -1) : text;
}

const HTTP = new Set(['http:', 'https:']);
/** Escapes of letters, digits, "-", "_" and "~" (not ".": decoding %2E could create ".." segments). */
const UNRESERVED_ESCAPE = /%(2[Dd]|3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|5[Ff]|7[Ee])/g;

/**
 * The normalised spelling of a feed URL, or undefined when it is not an http(s) URL. "feed://x" and
 * "feed:https://x" become http(s); a URL without a scheme ("example.com/rss") gets http://.
 */
export function normaliseFeedUrl(input: string): string | undefined {
  let text = input.trim();
  if (text.length === 0 || /\s/.test(text)) return undefined;
  if (/^feed:\/\//i.test(text)) text = `http://${text.slice(7)}`;
  else if (/^feed:/i.test(text)) text = text.slice(5);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `http://${text.replace(/^\/\//, '')}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!HTTP.has(url.protocol) || url.hostname.length === 0) return undefined;
  url.hash = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  const decode = (part: string): string =>
    part.replace(UNRESERVED_ESCAPE, (code) => String.fromCharCode(Number.parseInt(code.slice(1), 16)));
  url.pathname = decode(url.pathname);
  if (url.search === '' && url.href.endsWith('?')) url.search = '';
  return url.href;
}
