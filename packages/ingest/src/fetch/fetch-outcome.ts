/**
 * What fetching a feed or a page can end in: the document, "not modified" (our copy is current),
 * or a failure told in words a user understands. Never an exception for the network's or the
 * server's faults.
 */

/** Validators from the last successful response, sent back for a conditional GET. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

/** One hop of a redirect chain. */
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

interface OutcomeBase {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL that gave the final answer (after redirects). */
  url: string;
  redirects: Redirect[];
  /**
   * Set when at least one redirect was followed and every one was permanent (301 or 308): the
   * caller should store this URL for the feed from now on. A 302/303/307 anywhere leaves it unset.
   */
  permanentUrl?: string;
  /** Milliseconds from the first request to the end of the body. */
  elapsedMs: number;
}

export interface FetchedOutcome extends OutcomeBase {
  kind: 'fetched';
  status: number;
  /** The body after content decoding (gzip, deflate, br). */
  body: Uint8Array;
  /** The body decoded by its charset: BOM, HTTP charset, XML/HTML declaration, else UTF-8. */
  text(): string;
  /** The whole Content-Type header, e.g. 'application/rss+xml; charset=utf-8'. */
  contentType: string | undefined;
  /** The media type alone, lower-cased, e.g. 'application/rss+xml'. */
  mediaType: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  /** Cache-Control max-age (or Expires − Date): how long the server says the body stays fresh. */
  maxAgeSeconds: number | undefined;
}

export interface NotModifiedOutcome extends OutcomeBase {
  kind: 'not-modified';
  status: 304;
  /** Validators to keep: the 304's own when it sends them, else the ones we sent. */
  etag: string | undefined;
  lastModified: string | undefined;
  maxAgeSeconds: number | undefined;
}

/** Why a fetch failed, for code that branches on it; `reason` is the text for people. */
export type FailureKind =
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'network'
  | 'redirect'
  | 'invalid-url'
  | 'aborted'
  /** The SSRF guard refused the host or its address (a private network, this computer …). */
  | 'refused';

export interface FailedOutcome extends OutcomeBase {
  kind: 'failed';
  failure: FailureKind;
  /** The HTTP status when the server answered with an error. */
  status?: number;
  /** What the server's Retry-After asked for (on 429, 503 or any error status that sends one). */
  retryAfterSeconds?: number;
  /** What went wrong, in words a user understands, e.g. "no answer within 10 s". */
  reason: string;
}

export type FetchOutcome = FetchedOutcome | NotModifiedOutcome | FailedOutcome;
