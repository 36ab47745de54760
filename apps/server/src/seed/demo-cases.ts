import type { Role } from '@ctip/contracts';
import { systemAuditContext } from '../audit/audit-events';
import { buildSurvivorCases, type CaseOrganisationKey } from '../factories/survivor-case-factory';
import { createRandom } from '../factories/random';
import { writeSurvivorCases } from '../factories/write-survivor-cases';
import type { Actor } from '../policy/actor';
import type { Services } from '../services';
import { todayOf } from '../validation/dates';

/** How many synthetic cases the demo holds: enough for lists, filters and statistics to mean something. */
export const DEMO_CASE_COUNT = 300;
/** The seed of the demo's cases: every demo installation holds the same set (relative to its first start). */
const DEMO_CASE_SEED = 20_261_121;

/** The demo account that acts for each organisation that keeps or receives cases. */
const ACTING_ACCOUNTS: Record<Extract<CaseOrganisationKey, 'shelter' | 'social' | 'embassy'>, { email: string; role: Role }> = {
  shelter: { email: 'caseworker@demo.ctip.invalid', role: 'case_worker' },
  social: { email: 'social@demo.ctip.invalid', role: 'case_worker' },
  embassy: { email: 'liaison@demo.ctip.invalid', role: 'partner_liaison' },
};

/**
 * Loads the demo's survivor cases: a few hundred synthetic, consistent case histories built by
 * the same factories the tests use (scam compounds in Preah Sihanouk, fishing in Thailand,
 * forced marriage in China, begging in Vietnam, sexual exploitation in Phnom Penh and Siem Reap),
 * owned by the demo shelter and social affairs department, with referrals between them and to
 * the embassy. Every person and case is flagged as demo data; organisation names carry [Demo].
 * Records are written as of their story's dates (audit events included), in batches.
 * Resolves to the number of cases written.
 */
export async function seedDemoCases(services: Services, organisationIds: Record<string, string>): Promise<number> {
  const actors = new Map<string, Actor>();
  for (const [key, account] of Object.entries(ACTING_ACCOUNTS)) {
    const user = await services.db.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', account.email).executeTakeFirstOrThrow();
    actors.set(key, { userId: user.id, organisationId: user.organisation_id, roles: [account.role], isPlatformOperator: false });
  }
  const organisationOf = (key: CaseOrganisationKey) => {
    const id = organisationIds[key];
    if (!id) throw new Error(`no demo organisation ${key}`);
    return id;
  };
  const today = todayOf(services.now());
  const graphs = buildSurvivorCases(DEMO_CASE_SEED, DEMO_CASE_COUNT, { today });
  const actorOf = (key: CaseOrganisationKey) => {
    const actor = actors.get(key);
    if (!actor) throw new Error(`no demo account acts for ${key}`);
    return actor;
  };
  const written = await writeSurvivorCases(services, graphs, { organisationIdOf: organisationOf, actorOf }, { context: systemAuditContext('seed-demo'), isDemo: true, today, random: createRandom(DEMO_CASE_SEED + 1), batchSize: 50 });
  return written.length;
}
