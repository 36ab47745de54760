import { verifyAuditChain } from '@ctip/server';
import { parseOptions, type Command } from '../command';
import { configFrom, println, withServices } from '../server-context';

/** `ctip audit verify`: exit 0 when the chain is whole, 1 naming the first broken link. */
export const auditVerifyCommand: Command = {
  name: ['audit', 'verify'],
  summary: 'Verify the tamper-evident audit trail',
  usage: `Usage: ctip audit verify [--json]

Walks the whole audit trail and checks its keyed hash chain. Exits 0 when intact, 1 when an
event was altered, removed, reordered or the newest events were cut off, naming the first
broken link.`,
  async run(args, io) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    return withServices(configFrom(io), async ({ services }) => {
      const result = await verifyAuditChain(services.db, services.keyRing);
      if (values.json) println(io.stdout, JSON.stringify(result));
      else if (result.ok) println(io.stdout, `The audit trail is intact: ${result.checked} events checked.`);
      else println(io.stdout, `The audit trail is BROKEN at event ${result.firstBrokenSeq}: ${result.reason} (${result.checked} events verified before it).`);
      return result.ok ? 0 : 1;
    });
  },
};
