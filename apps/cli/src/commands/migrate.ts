import { parseOptions, type Command } from '../command';
import { configFrom, println, withServices } from '../server-context';

/** `ctip migrate`: brings the schema up to date. */
export const migrateCommand: Command = {
  name: ['migrate'],
  summary: 'Apply database migrations',
  usage: `Usage: ctip migrate

Applies every pending migration to the configured database. The server also does this on
start; run it yourself before starting several server processes at once.`,
  async run(args, io) {
    parseOptions(args, {});
    const config = configFrom(io);
    await withServices(config, async (booted) => {
      println(io.stdout, `The ${booted.services.dialect.name} database is up to date.`);
    });
    return 0;
  },
};
