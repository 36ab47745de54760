import { z } from 'zod';

/**
 * The closed set of error codes the API answers with. The server maps each to one HTTP status
 * (apps/server/src/errors.ts); the web app maps each to a translated message.
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_request',
  'unauthenticated',
  'second_factor_required',
  'password_change_required',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field-level problem: where (dotted path into the request), what, and a stable code. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
});

/** A field-level problem. */
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Body of every error response (`application/problem+json`, RFC 9457). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(ERROR_CODES),
  detail: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  requestId: z.string().optional(),
});

/** An error response body. */
export type Problem = z.infer<typeof problemSchema>;
