import { seedDemoData, syncReferenceData } from '@ctip/server';
import { parseOptions, UsageError, type Command } from '../command';
import { configFrom, println, withServices } from '../server-context';

/** `ctip seed --demo`: loads reference data, and the demo data set when asked. */
export const seedCommand: Command = {
  name: ['seed'],
  summary: 'Load reference data, and with --demo the demo data set',
  usage: `Usage: ctip seed [--demo]

Loads Cambodia's reference data from the country pack (idempotent). With --demo, also loads
the demo data set (synthetic, labelled [Demo]) unless it was loaded before.`,
  async run(args, io) {
    const { values } = parseOptions(args, { demo: { type: 'boolean' } });
    if (args.length > 0 && !values.demo) throw new UsageError('unknown arguments');
    const config = configFrom(io);
    await withServices(config, async ({ services }) => {
      await syncReferenceData(services);
      println(io.stdout, 'Reference data is loaded.');
      if (values.demo) {
        const loaded = await seedDemoData(services);
        println(io.stdout, loaded ? 'The demo data set was loaded.' : 'The demo data set was already loaded; nothing changed.');
      }
    });
    return 0;
  },
};
