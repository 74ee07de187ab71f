/**
 * URL normalisation for identity: two spellings of one feed (or article) URL map to one string.
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

/** A feed's URL as the store keys it (see `normaliseUrl`); undefined when it is not a URL. */
export function normaliseFeedUrl(url: string): string | undefined {
  return normaliseUrl(url);
}
