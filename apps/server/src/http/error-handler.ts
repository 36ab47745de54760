import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldError, Problem } from '@ctip/contracts';
import { AppError, STATUS_BY_CODE, TITLE_BY_CODE } from '../errors';

/** Fastify's own error codes that mean "the client sent something we cannot read". */
const CLIENT_ERROR_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_request',
  FST_ERR_BAD_URL: 'malformed_request',
  FST_ERR_ASYNC_CONSTRAINT: 'malformed_request',
  FST_ERR_CTP_INVALID_TYPE: 'malformed_request',
  FST_ERR_INVALID_URL: 'malformed_request',
};

/** Sends an error as `application/problem+json` (RFC 9457). */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, detail?: string, errors?: FieldError[]): FastifyReply {
  const status = STATUS_BY_CODE[code];
  const body: Problem = {
    type: `urn:ctip:problem:${code}`,
    title: TITLE_BY_CODE[code],
    status,
    code,
    ...(detail && detail !== TITLE_BY_CODE[code] ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
    requestId: request.id,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

function validationErrors(error: { validation: Array<{ instancePath: string; message?: string; keyword?: string }>; validationContext?: string }): FieldError[] {
  return error.validation.map((issue) => {
    const where = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const context = error.validationContext ?? 'body';
    return {
      path: where ? (context === 'body' ? where : `${context}.${where}`) : context,
      message: issue.message ?? 'invalid',
      code: issue.keyword ?? 'invalid',
    };
  });
}

/**
 * One exit for every error: AppErrors answer with their code; schema validation with 400 and
 * the fields; Fastify's parsing errors with their 4xx; anything else with a generic 500 that
 * reveals nothing, logged with its request id (and without the error's data, which can hold
 * record content).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
      return sendProblem(reply, request, error.code, error.message, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, request, 'validation_failed', undefined, validationErrors(error));
    }
    if (error.validation) {
      return sendProblem(reply, request, 'validation_failed', undefined, validationErrors(error as never));
    }
    const clientCode = error.code ? CLIENT_ERROR_CODES[error.code] : undefined;
    if (clientCode) return sendProblem(reply, request, clientCode);
    if (error.statusCode === 429) return sendProblem(reply, request, 'rate_limited');
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, request, error.statusCode === 413 ? 'payload_too_large' : error.statusCode === 415 ? 'unsupported_media_type' : 'malformed_request');
    }
    request.log.error(
      { err: { type: error.name, code: error.code, stack: error.stack }, responseSchema: isResponseSerializationError(error) },
      'unhandled error',
    );
    return sendProblem(reply, request, 'internal');
  });
}
