import { describe, expect, it } from 'vitest';
import { ApiFailure, errorMessage, readResponse } from './api.js';

function failure(run: () => unknown): ApiFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}

describe('readResponse', () => {
  it('returns the JSON body of a 2xx answer, and null for an empty one', () => {
    expect(readResponse<{ a: number }>(200, 'OK', '{"a":1}')).toEqual({ a: 1 });
    expect(readResponse(204, 'No Content', '')).toBeNull();
  });
  it("turns the API's error body into a failure with its message and code", () => {
    const error = failure(() =>
      readResponse(
        400,
        'Bad Request',
        '{"error":{"code":"bad_request","message":"only http and https feeds"}}',
      ),
    );
    expect(error.message).toBe('only http and https feeds');
    expect(error.code).toBe('bad_request');
    expect(error.status).toBe(400);
    expect(errorMessage(error)).toBe('only http and https feeds');
  });
  it('names the status when the body is not the error shape', () => {
    expect(failure(() => readResponse(502, 'Bad Gateway', '<html>proxy</html>')).message).toBe(
      'The server answered 502 Bad Gateway',
    );
    expect(failure(() => readResponse(500, '', '{"error":"x"}')).message).toBe('The server answered 500');
  });
});
