import type { AuditContext } from '../../../audit/audit-events';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { FieldProblems } from '../../../validation/field-problems';
import type { CaseRow } from './load-case';

/**
 * Narrows a case to named users (or lifts the restriction). The actor is always among them, so
 * nobody locks themselves out; named users must be active members of the owning organisation or
 * of one the case is shared with.
 * @throws AppError validation_failed naming unknown users.
 */
export async function restrictCase(services: Services, actor: Actor, row: CaseRow, input: { restricted: boolean; userIds: string[] }, context: AuditContext): Promise<void> {
  const userIds = input.restricted ? [...new Set([actor.userId, ...input.userIds])] : [];
  if (userIds.length > 0) {
    const grants = await services.db.selectFrom('case_grants').select('organisation_id').where('case_id', '=', row.id).where('revoked_at', 'is', null).execute();
    const organisations = [row.owner_organisation_id, ...grants.map((grant) => grant.organisation_id)];
    const known = new Set((await services.db.selectFrom('users').select('id').where('id', 'in', userIds).where('status', '=', 'active').where('organisation_id', 'in', organisations).execute()).map((user) => user.id));
    const problems = new FieldProblems();
    input.userIds.forEach((userId, index) => {
      if (!known.has(userId)) problems.add(`userIds.${index}`, 'Name active users of an organisation that works on this case.', 'unknown_user');
    });
    problems.throwIfAny();
  }
  await inTransaction(services, async (trx) => {
    await trx.deleteFrom('case_restricted_users').where('case_id', '=', row.id).execute();
    if (userIds.length > 0) await trx.insertInto('case_restricted_users').values(userIds.map((userId) => ({ case_id: row.id, user_id: userId }))).execute();
    await trx.updateTable('cases').set({ restricted: input.restricted ? 1 : 0, updated_at: services.now().toISOString() }).where('id', '=', row.id).execute();
    await audit(services, trx, context, { action: 'case.restriction_changed', resourceType: 'case', resourceId: row.id, changedFields: ['restricted'], details: { restricted: input.restricted, users: userIds.length } });
  });
}

/** The users a restricted case is narrowed to. */
export async function restrictedUsersOf(services: Services, caseId: string) {
  return services.db.selectFrom('case_restricted_users').innerJoin('users', 'users.id', 'case_restricted_users.user_id').select(['users.id', 'users.display_name', 'users.organisation_id']).where('case_id', '=', caseId).orderBy('users.display_name').execute();
}
