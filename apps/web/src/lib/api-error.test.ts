import { describe, expect, it } from 'vitest';
import { ApiError, isApiError, parseProblem } from './api-error';

const PROBLEM = 'application/problem+json; charset=utf-8';

describe('parseProblem', () => {
  it('reads the code, detail, field errors and request id of a problem+json body', () => {
    const error = parseProblem(400, PROBLEM, JSON.stringify({
      type: 'urn:ctip:problem:validation_failed',
      title: 'The request has invalid fields',
      status: 400,
      code: 'validation_failed',
      detail: 'An account with this email already exists.',
      errors: [{ path: 'email', message: 'An account with this email already exists.', code: 'taken' }],
      requestId: 'req-1',
    }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.detail).toBe('An account with this email already exists.');
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'An account with this email already exists.', code: 'taken' }]);
    expect(error.requestId).toBe('req-1');
  });

  it('derives the code from the status when the body is not JSON (a proxy error page)', () => {
    expect(parseProblem(502, 'text/html', '<h1>Bad gateway</h1>').code).toBe('unavailable');
    expect(parseProblem(401, null, '').code).toBe('unauthenticated');
    expect(parseProblem(404, 'application/json', '{truncated').code).toBe('not_found');
    expect(parseProblem(500, 'application/json', '"just a string"').code).toBe('internal');
  });

  it('does not trust an unknown code or malformed field errors', () => {
    const error = parseProblem(409, PROBLEM, JSON.stringify({ code: 'made_up', errors: [{ path: 'a' }, 'nonsense', { message: 'no path' }] }));
    expect(error.code).toBe('conflict');
    expect(error.fieldErrors).toEqual([{ path: 'a', message: '', code: 'invalid' }]);
  });

  it('tells API errors apart by code', () => {
    const error = new ApiError(401, 'unauthenticated');
    expect(isApiError(error)).toBe(true);
    expect(isApiError(error, 'unauthenticated', 'forbidden')).toBe(true);
    expect(isApiError(error, 'forbidden')).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});
