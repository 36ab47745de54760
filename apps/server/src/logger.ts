import type { FastifyServerOptions } from 'fastify';

/**
 * Paths redacted from every log line. Logs carry ids, never content (STYLE.md 10): request
 * bodies are not logged at all, and these catch anything that still reaches a log object.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.code',
  '*.recoveryCode',
  '*.secret',
  '*.token',
];

/**
 * Options for Fastify's logger (pino). Requests are logged as method, route pattern, status and
 * timing: the URL is logged without its query string, since search terms can be names.
 */
export function loggerOptions(level: string, destination?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: { method: string; url: string; id: string; routeOptions?: { url?: string } }) {
        return { id: request.id, method: request.method, route: request.routeOptions?.url ?? request.url.split('?')[0] };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
    ...(destination ? { stream: destination } : {}),
  } as FastifyServerOptions['logger'];
}
