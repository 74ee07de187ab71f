/**
 * Failure reasons in words a user understands: an HTTP error status with its name and any wait
 * the server asks for, a network error code turned into a phrase, a timeout, a size limit.
 * Pure functions; the texts are what ends up recorded on a feed.
 */
import { STATUS_CODES } from 'node:http';
import { formatBytes } from '../files/format-bytes.js';
import { describeDuration } from './describe-duration.js';

/** "the server answered 503 Service Unavailable; it asks us to wait 2 min" */
export function statusReason(status: number, retryAfterSeconds: number | undefined): string {
  const name = STATUS_CODES[status];
  const answered = `the server answered ${status}${name === undefined ? '' : ` ${name}`}`;
  if (retryAfterSeconds === undefined) return answered;
  return `${answered}; it asks us to wait ${describeDuration(retryAfterSeconds)}`;
}

export function timeoutReason(timeoutMs: number, gotHeaders: boolean): string {
  const limit = timeoutMs % 1000 === 0 ? describeDuration(timeoutMs / 1000) : `${timeoutMs} ms`;
  return gotHeaders ? `the document did not finish arriving within ${limit}` : `no answer within ${limit}`;
}

export function tooLargeReason(maxBytes: number, declaredBytes?: number): string {
  const size = declaredBytes === undefined ? '' : ` (${formatBytes(declaredBytes)})`;
  return `the document${size} is larger than ${formatBytes(maxBytes)}`;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host (DNS lookup failed)',
  EAI_AGAIN: 'DNS lookup failed temporarily',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the connection closed unexpectedly',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  UND_ERR_CLOSED: 'the connection closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'the server sent no headers in time',
  UND_ERR_BODY_TIMEOUT: 'the server stopped sending the document',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the document was cut off before its announced length',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is not trusted (self-signed chain)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another name',
};

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The innermost error code or message of an error thrown by fetch() or a body read. */
function innermost(error: unknown): { code?: string; message?: string } {
  let current: unknown = error;
  let found: { code?: string; message?: string } = {};
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as ErrorLike;
    if (typeof e.code === 'string') found = { code: e.code, message: found.message };
    if (typeof e.message === 'string' && e.message !== 'fetch failed' && e.message !== 'terminated')
      found = { code: found.code, message: e.message };
    current = e.cause;
  }
  return found;
}

/** "could not reach example.com: connection refused" */
export function networkReason(host: string, error: unknown, duringBody: boolean): string {
  const { code, message } = innermost(error);
  const words =
    (code === undefined ? undefined : NETWORK_CODES[code]) ??
    (message !== undefined && message.length > 0 ? message : 'the connection failed');
  return duringBody
    ? `the connection to ${host} broke while the document was arriving: ${words}`
    : `could not reach ${host}: ${words}`;
}
