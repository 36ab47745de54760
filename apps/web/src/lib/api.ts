import type { z } from 'zod';
import { ApiError, parseProblem } from './api-error';
import { buildQueryString, type QueryValue } from './query-string';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

// The CSRF token of the current session, in memory only. It changes at every sign-in step,
// so it is set each time GET /api/auth/session is read.
let csrfToken: string | null = null;
let unauthenticatedHandler: ((error: ApiError) => void) | null = null;

/** Sets (or forgets, with null) the CSRF token sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Registers what happens when the API answers 401 to a request made with a session: the app
 * forgets every cached record and returns to sign-in. Returns a function that unregisters it.
 */
export function onUnauthenticated(handler: (error: ApiError) => void): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

/** Options of one API request. */
export interface ApiRequestOptions<Schema extends z.ZodType | undefined> {
  query?: Record<string, QueryValue>;
  /** Sent as JSON, or as multipart/form-data when it is a FormData (uploads). */
  body?: unknown;
  /** Validates the answer; without it the body is returned as it is (or undefined for 204). */
  schema?: Schema;
  signal?: AbortSignal;
  /**
   * A 401 is an expected answer here (signing in with a wrong password, reading the session
   * while signed out), so it must not send the user back to sign-in.
   */
  isUnauthenticatedExpected?: boolean;
}

type Answer<Schema> = Schema extends z.ZodType ? z.output<Schema> : unknown;

/**
 * Calls the ctip API on the same origin. Sends the session cookie and, on every non-GET
 * request, the `X-CSRF-Token` header; parses problem+json errors into {@link ApiError}.
 * @throws ApiError for every error answer, a network failure (`network`) or an answer that
 *   does not match the schema (`unexpected_response`).
 */
export async function apiRequest<Schema extends z.ZodType | undefined = undefined>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: ApiRequestOptions<Schema> = {},
): Promise<Answer<Schema>> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  // A FormData body (a file upload) is sent as multipart/form-data with the boundary the
  // browser chooses; anything else is JSON.
  const isMultipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isMultipart) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${path}${buildQueryString(options.query)}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : isMultipart ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'error',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }

  if (!response.ok) {
    const error = parseProblem(response.status, response.headers.get('content-type'), await response.text().catch(() => ''));
    if (response.status === 401 && !options.isUnauthenticatedExpected) unauthenticatedHandler?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as Answer<Schema>;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'unexpected_response');
  }
  if (!options.schema) return body as Answer<Schema>;
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'unexpected_response');
  return parsed.data as Answer<Schema>;
}
