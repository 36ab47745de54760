import { findLinkageRun, startLinkageRun, systemAuditContext } from '@ctip/server';
import { parseOptions, UsageError, type Command } from '../command';
import { createProgressBar } from '../progress-bar';
import { configFrom, println, withServices } from '../server-context';

/** `ctip link`: deduplicates every person across organisations into the review queue. */
export const linkCommand: Command = {
  name: ['link'],
  summary: 'Find the same person across organisations (fills the review queue)',
  usage: `Usage: ctip link [--reuse-model] [--threads N]

Deduplicates every person on the platform across organisations and scripts with the record
linkage engine: trains a model without labels (or, with --reuse-model, uses the newest stored
one), scores every blocked pair, and puts likely matches that nobody has decided yet into the
review queue (Administration → Record linkage). Shows a progress bar; the last line is a JSON
summary. Exit 0 when the run completes, 1 when it fails.`,
  async run(args, io) {
    const { values } = parseOptions(args, { 'reuse-model': { type: 'boolean' }, threads: { type: 'string' } });
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) throw new UsageError('--threads must be a whole number from 1 to 64');
    return withServices(configFrom(io), async ({ services }) => {
      const { runId, finished } = await startLinkageRun(services, { train: !values['reuse-model'], startedBy: null, ...(threads === undefined ? {} : { threads }) }, systemAuditContext('cli:link'));
      const bar = createProgressBar(io.stderr);
      let done = false;
      void finished.then(() => (done = true));
      while (!done) {
        const run = await findLinkageRun(services.db, runId);
        if (run) bar.update(run.phase ?? '', run.done, run.total);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      bar.finish();
      const run = (await findLinkageRun(services.db, runId))!;
      if (run.status !== 'completed') {
        io.stderr.write(`ctip link: the run failed: ${run.error ?? 'unknown error'}\n`);
        println(io.stdout, JSON.stringify({ runId, status: run.status }));
        return 1;
      }
      println(io.stdout, `${run.persons} persons compared, ${run.scored_pairs} pairs scored, ${run.candidates} new likely matches to review.`);
      println(io.stdout, JSON.stringify({ runId, status: run.status, persons: run.persons, scoredPairs: run.scored_pairs, candidates: run.candidates }));
      return 0;
    });
  },
};
