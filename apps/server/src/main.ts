import { ConfigError, loadConfig } from './config';
import { startServer } from './server';

/**
 * Entry point when the server is run directly (`tsx apps/server/src/main.ts`); the usual way
 * is `ctip serve`. A bad configuration exits with code 2 and says what is wrong.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer(config);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
