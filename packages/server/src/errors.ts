/**
 * The one error shape at the HTTP boundary: every failure answers `{ error: { code, message } }`.
 * Routes throw `HttpError(status, code, message)` for what the user did wrong (unknown id, bad
 * URL, ...); Fastify's own client errors (validation, malformed JSON, body too large, unsupported
 * media type) are mapped to the same shape with a readable message; anything else is logged with
 * its stack and answered with a plain 500, so nothing internal leaks.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from './api/types.js';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(what: string): HttpError {
  return new HttpError(404, 'not_found', `${what} does not exist`);
}

export function badRequest(message: string): HttpError {
  return new HttpError(400, 'bad_request', message);
}

/** Codes for Fastify's client errors, by status. */
const CODES: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

export function errorBody(code: string, message: string): ApiError {
  return { error: { code, message } };
}

/** Installs the error and not-found handlers (the not-found handler for the API only; see web.ts). */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return send(reply, error.status, error.code, error.message);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return send(reply, status, CODES[status] ?? 'bad_request', clientMessage(error));
    request.log.error({ err: error }, 'request failed');
    return send(reply, 500, 'internal_error', 'Something went wrong on the server; the log says more.');
  });
}

/** The JSON 404 for an unknown API path. */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 404, 'not_found', `no endpoint ${request.method} ${request.url.split('?')[0]}`);
}

function send(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}

function clientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the request body is not valid JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'the request body is larger than this server accepts';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `this endpoint does not accept the content type ${error.message.match(/'([^']*)'/)?.[1] ?? 'sent'}`;
    default:
      if (error.validation) return validationMessage(error);
      // Fastify's JSON parser throws a SyntaxError with status 400 for malformed bodies.
      if (error instanceof SyntaxError) return 'the request body is not valid JSON';
      return error.message;
  }
}

/** "querystring/limit must be <= 200" → "limit (query) must be <= 200". */
function validationMessage(error: FastifyError): string {
  const where = error.validationContext;
  const parts = (error.validation ?? []).map((issue) => {
    const field = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const missing = issue.keyword === 'required' ? String(issue.params.missingProperty ?? '') : '';
    const name = [field, missing].filter((part) => part !== '').join('.');
    const place =
      where === 'querystring' ? 'query parameter' : where === 'params' ? 'path parameter' : 'field';
    if (issue.keyword === 'required') return `${place} "${name}" is required`;
    if (issue.keyword === 'additionalProperties')
      return `${place} "${String(issue.params.additionalProperty)}" is not allowed here`;
    return name === ''
      ? `the ${where ?? 'request'} ${issue.message ?? 'is invalid'}`
      : `${place} "${name}" ${issue.message ?? 'is invalid'}`;
  });
  return parts.length > 0 ? parts.join('; ') : error.message;
}
