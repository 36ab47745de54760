import { ERROR_CODES, type ErrorCode, type FieldError } from '@ctip/contracts';

/** What went wrong, as the web app sees it: an API error code, or the network or an unexpected answer. */
export type ApiErrorCode = ErrorCode | 'network' | 'unexpected_response';

/**
 * An error answered by the API (`application/problem+json`, RFC 9457) or met on the way to it.
 * Pages translate it by `code`; forms place `fieldErrors` on their fields.
 */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    /** The server's English detail, when it gave one beyond the title. */
    readonly detail: string | null = null,
    readonly fieldErrors: FieldError[] = [],
    readonly requestId: string | null = null,
  ) {
    super(detail ?? code);
  }
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** The code to assume when an error body is missing or unreadable: one derived from the status. */
function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'malformed_request';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  if (status === 503 || status === 502 || status === 504) return 'unavailable';
  return 'internal';
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): FieldError[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path, message, code } = entry as Record<string, unknown>;
    if (typeof path !== 'string') return [];
    return [{ path, message: typeof message === 'string' ? message : '', code: typeof code === 'string' ? code : 'invalid' }];
  });
}

/**
 * Turns an error response into an {@link ApiError}. Reads problem+json (and plain JSON) bodies
 * defensively: a proxy's HTML error page or a truncated body still yields a code from the status.
 * Never throws.
 */
export function parseProblem(status: number, contentType: string | null, bodyText: string): ApiError {
  const isJson = contentType !== null && /[/+]json\b/i.test(contentType);
  if (!isJson || bodyText.trim() === '') return new ApiError(status, codeForStatus(status));
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return new ApiError(status, codeForStatus(status));
  }
  if (typeof body !== 'object' || body === null) return new ApiError(status, codeForStatus(status));
  const record = body as Record<string, unknown>;
  const code = typeof record.code === 'string' && KNOWN_CODES.has(record.code) ? (record.code as ErrorCode) : codeForStatus(status);
  return new ApiError(
    status,
    code,
    typeof record.detail === 'string' ? record.detail : null,
    readFieldErrors(record.errors),
    typeof record.requestId === 'string' ? record.requestId : null,
  );
}

/** Whether an error is an {@link ApiError} with one of the codes. */
export function isApiError(error: unknown, ...codes: ApiErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
