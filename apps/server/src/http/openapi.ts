import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * The OpenAPI document, generated from the routes' own zod schemas so it cannot drift from
 * what the server validates, at /api/openapi.json, and a rendered reference at /api/docs
 * (served from the package's local files; the external validator badge is turned off).
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'ctip API',
        version,
        description:
          'The Counter-Trafficking Information Platform. Every action of the web app is available here. ' +
          'Authenticate with POST /api/auth/sign-in (a session cookie), then send the CSRF token from ' +
          'GET /api/auth/session in the X-CSRF-Token header of every state-changing request. Errors are ' +
          'application/problem+json with a stable `code` and field-level `errors`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: '__Host-ctip_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // The same policy as the rest of ctip: nothing from other origins, no inline script.
    staticCSP: "default-src 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    uiConfig: { validatorUrl: null, docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
