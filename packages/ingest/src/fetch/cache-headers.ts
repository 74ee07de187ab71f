/**
 * Reads the HTTP response headers that tell a poller how long to wait: Cache-Control max-age (or
 * Expires minus Date when there is no max-age) and Retry-After (delay-seconds or an HTTP date).
 *
 * Reference: RFC 9111 §5.2.2.1 (max-age), §5.3 (Expires), §4.2.1 (max-age wins over Expires);
 * RFC 9110 §10.2.3 (Retry-After), §5.6.7 (HTTP dates).
 * Invariants: results are whole seconds ≥ 0 or undefined when the header is absent or unreadable;
 * `no-store` / `no-cache` give 0 (no freshness promised). Cost: O(header length).
 */

function parseHttpDate(value: string | undefined | null): number | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Seconds the response may be considered fresh, or undefined when the server says nothing.
 * `dateHeader` is the response's Date (the server's clock); `now` is used when it is missing.
 */
export function freshnessSeconds(
  cacheControl: string | null | undefined,
  expires: string | null | undefined,
  dateHeader: string | null | undefined,
  now: number,
): number | undefined {
  if (cacheControl) {
    const directives = cacheControl.toLowerCase();
    const maxAge = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/.exec(directives);
    if (maxAge?.[1] !== undefined) return Number.parseInt(maxAge[1], 10);
    if (/(?:^|[,\s])(?:no-store|no-cache)\b/.test(directives)) return 0;
  }
  const expiresAt = parseHttpDate(expires);
  if (expires !== undefined && expires !== null && expires.trim() !== '') {
    // An invalid Expires (often "0" or "-1") means "already expired" (RFC 9111 §5.3).
    if (expiresAt === undefined) return 0;
    const base = parseHttpDate(dateHeader) ?? now;
    return Math.max(0, Math.round((expiresAt - base) / 1000));
  }
  return undefined;
}

/** Seconds a Retry-After header asks us to wait, or undefined when absent or unreadable. */
export function retryAfterSeconds(
  value: string | null | undefined,
  dateHeader: string | null | undefined,
  now: number,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10);
  const at = parseHttpDate(trimmed);
  if (at === undefined) return undefined;
  const base = parseHttpDate(dateHeader) ?? now;
  return Math.max(0, Math.ceil((at - base) / 1000));
}
