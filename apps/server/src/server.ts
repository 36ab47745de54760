import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { boot } from './boot';
import type { Config } from './config';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seedDemoData } from './seed/demo-data';
import { ensurePlatformOperator } from './seed/platform-operator';
import { syncReferenceData } from './seed/reference-data';

/** The built web app, when `npm run build:web` has produced it. */
export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts ctip: opens and migrates the database, loads reference data, loads the demo data set
 * on the first start in demo mode, and listens. Prints where to sign in (never a secret other
 * than the published demo password).
 */
export async function startServer(config: Config, options: { webRoot?: string | null; print?: (line: string) => void } = {}): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => console.log(line));
  const booted = await boot(config);
  try {
    await syncReferenceData(booted.services);
    await ensurePlatformOperator(booted.services);
    const seeded = config.demoMode ? await seedDemoData(booted.services) : false;
    const app = await buildApp({ services: booted.services, webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot });
    await app.listen({ port: config.port, host: config.host });
    // The port actually bound (a test may ask for port 0, any free port).
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
    print(`ctip is running at ${url} (database: ${booted.services.dialect.name}${booted.database.sqlitePath ? `, ${booted.database.sqlitePath}` : ''})`);
    if (config.demoMode) {
      print(`Demo mode${seeded ? ': the demo data set was loaded' : ''}. Sign in as ${DEMO_ADMIN_EMAIL} with password ${DEMO_PASSWORD}`);
      print('All demo records are synthetic and labelled [Demo]. Do not enter real people in a demo installation.');
    } else {
      const users = await booted.services.db.selectFrom('users').select('id').limit(1).execute();
      if (users.length === 0) print('No accounts yet. Create the first administrator: npx ctip user add --email you@example.org --name "Your Name" --role administrator');
    }
    return {
      app,
      url,
      close: async () => {
        await app.close();
        await booted.close();
      },
    };
  } catch (error) {
    await booted.close();
    throw error;
  }
}
