import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { pendingMigrations } from '../../db/migrator';
import { AppError } from '../../errors';
import type { Services } from '../../services';

/** Liveness and readiness, for process supervisors and load balancers. */
export async function registerSystemRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/healthz', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'The process is alive', security: [], response: { 200: z.object({ status: z.literal('ok') }) } },
  }, async () => ({ status: 'ok' as const }));

  routes.get('/readyz', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'The database answers and its schema is current', security: [], response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }) } },
  }, async () => {
    try {
      await sql`select 1`.execute(services.db);
      if ((await pendingMigrations(services.db)).length > 0) throw new Error('migrations pending');
    } catch {
      throw new AppError('unavailable', 'The database is not ready.');
    }
    return { status: 'ready' as const, database: services.dialect.name };
  });
}
