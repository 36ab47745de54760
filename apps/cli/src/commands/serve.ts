import { startServer } from '@ctip/server';
import { parseOptions, type Command } from '../command';
import { configFrom, println } from '../server-context';

/** `ctip serve`: runs the server until interrupted. */
export const serveCommand: Command = {
  name: ['serve'],
  summary: 'Start the web server (migrates the database and loads reference data first)',
  usage: `Usage: ctip serve [--demo] [--port N] [--host ADDRESS]

Starts ctip on the configured database (SQLite under CTIP_DATA_DIR, or PostgreSQL when
DATABASE_URL is set). With --demo (or CTIP_DEMO=true) the demo data set is loaded on the
first start and second factors are optional. Stops cleanly on Ctrl-C or SIGTERM.`,
  async run(args, io) {
    const { values } = parseOptions(args, { demo: { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } });
    const overrides: Record<string, string> = {};
    if (values.demo) overrides.CTIP_DEMO = 'true';
    if (values.port !== undefined) overrides.PORT = values.port;
    if (values.host !== undefined) overrides.HOST = values.host;
    const config = configFrom(io, overrides);
    const server = await startServer(config, { print: (line) => println(io.stdout, line) });
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    println(io.stdout, 'Stopping…');
    await server.close();
    return 0;
  },
};
