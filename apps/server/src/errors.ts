import type { ErrorCode, FieldError } from '@ctip/contracts';

/** The one HTTP status for each error code. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_request: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  password_change_required: 403,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** English titles; the web app translates by code. */
export const TITLE_BY_CODE: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields',
  malformed_request: 'The request could not be read',
  unauthenticated: 'Sign in first',
  second_factor_required: 'Finish signing in with your second factor',
  password_change_required: 'Change your password first',
  forbidden: 'You may not do this',
  csrf_failed: 'The request was not confirmed as coming from ctip',
  not_found: 'Not found',
  conflict: 'This conflicts with the current state',
  payload_too_large: 'The request is too large',
  unsupported_media_type: 'This content type is not accepted',
  rate_limited: 'Too many attempts; wait and try again',
  unavailable: 'Not ready',
  internal: 'Something went wrong on the server',
};

/**
 * The one error type of the application. Everything a use case or handler refuses is an
 * AppError with a code from the closed list; anything else becomes a generic 500.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly fieldErrors: FieldError[] = [],
    /** Extra response headers, e.g. Retry-After for rate limits. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLE_BY_CODE[code]);
    this.status = STATUS_BY_CODE[code];
  }
}

/** A 400 naming one field; the common case of a business rule on one input. */
export function invalidField(path: string, message: string, code = 'invalid'): AppError {
  return new AppError('validation_failed', message, [{ path, message, code }]);
}

/** The answer for records the caller may not see: 404, so that existence does not leak. */
export function notFound(): AppError {
  return new AppError('not_found');
}
