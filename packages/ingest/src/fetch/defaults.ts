/**
 * Tunables of fetching feeds and pages over HTTP, in one place. Each says what it controls and why
 * it has that value.
 */

/** Storyfold's version as it appears in the User-Agent; kept equal to the packages' version. */
export const STORYFOLD_VERSION = '0.1.0';

/**
 * Where a site owner who sees Storyfold in their logs can read what it is and how to reach us.
 * A placeholder until the project has a public home; set the real address here then.
 */
export const PROJECT_URL = 'https://github.com/storyfold/storyfold';

/**
 * The User-Agent sent with every request: the product and version, and a URL to learn more, as
 * RFC 9110 §10.1.5 and common crawler etiquette ask. No browser impersonation.
 */
export const USER_AGENT = `Storyfold/${STORYFOLD_VERSION} (+${PROJECT_URL})`;

/**
 * Accept header for feeds: the feed media types first, generic XML and JSON (which many servers
 * use for feeds) a little lower, anything else last so that a misconfigured server still answers.
 */
export const ACCEPT_FEED =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.1';

/** Accept header for article pages: what a browser asks for, without images. */
export const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Compressions we accept; Node's fetch (undici) decodes all three itself. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Time allowed for the whole exchange (redirects, headers and body). 10 s is generous for a feed
 * (usually < 1 s) yet keeps one dead server from holding a polling round; browsers' 30–300 s
 * defaults are meant for a person waiting, not for a batch.
 */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Largest body accepted (after decompression, so that a small gzip bomb is caught too). 5 MB is
 * three times the largest real feed we have seen (a 1.6 MB podcast feed) and five times the largest
 * of Readability's article pages; anything above is almost surely not a feed or an article.
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Redirects followed before giving up. Five, as RFC 9110 §15.4 once suggested and as feed readers
 * (Miniflux, NetNewsWire) do: real chains are one or two hops (http→https, old path → new path).
 */
export const MAX_REDIRECTS = 5;

/**
 * Requests in flight to one host at once. Two keeps us polite to a single site (RFC 9112 §9.4
 * advises a client to limit its connections to a server; two was HTTP/1.1's original limit)
 * while a site with many feeds still refreshes in parallel.
 */
export const DEFAULT_PER_HOST_CONCURRENCY = 2;

/**
 * Requests in flight in total. 16 keeps one process's sockets and memory small (each body is up
 * to DEFAULT_MAX_BYTES) while hundreds of hosts still refresh quickly: with 200 ms per request
 * that is 80 feeds/s.
 */
export const DEFAULT_TOTAL_CONCURRENCY = 16;

/**
 * Whether fetches may reach this computer and private networks when the caller does not say.
 * True: the CLI is a local tool that fetches what its own user typed (a feed on the user's
 * intranet or a local test server is legitimate), and polling code written before the SSRF guard
 * keeps working. Anything that fetches URLs given by others — the server's API — passes
 * allowPrivate: false (see FetchOptions.allowPrivate).
 */
export const DEFAULT_ALLOW_PRIVATE = true;
