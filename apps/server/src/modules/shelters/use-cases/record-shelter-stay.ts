import { randomUUID } from 'node:crypto';
import type { ShelterLeavingReason, ShelterStay } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { AppError, notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import type { CaseAccess } from '../../../policy/case-access';
import { audit, inTransaction, type Executor, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import type { CaseRow } from '../../cases/use-cases/load-case';
import { countOccupants, endStayRow, findShelterWithOccupancy, findStay, insertStay, listStaysOfCase, staysOfPerson, touchCase, updateShelterRow } from '../shelters.repository';
import { presentStay } from '../shelters.presenter';

const SEX_RULE: Record<string, string> = { female: 'This shelter takes in women and girls only.', male: 'This shelter takes in men and boys only.' };

/**
 * Whether the person's earlier stays allow an admission on a date: none still open, none ended
 * after it (stays of one person never overlap). Adds the problems found.
 */
async function checkPersonFree(db: Executor, problems: FieldProblems, personId: string, admittedOn: string): Promise<void> {
  const stays = await staysOfPerson(db, personId);
  if (stays.some((stay) => stay.left_on === null)) {
    problems.add('shelterId', 'This person is still staying in a shelter; record that they left before admitting them again.', 'already_in_shelter');
    return;
  }
  const latestEnd = stays.map((stay) => stay.left_on!).sort().at(-1);
  if (latestEnd && latestEnd > admittedOn) problems.add('admittedOn', `This person was in a shelter until ${latestEnd}; a new stay cannot start before that.`, 'overlapping_stay');
}

/**
 * Admits a case's person to a shelter. Refused, with every reason at once and nothing written,
 * when the date is in the future or overlaps an earlier stay, when the shelter is unknown,
 * closed, full, or does not take in the person's sex or a child, when the person is already in
 * a shelter, or when an organisation working on a referred case names a shelter not its own.
 * Capacity and the person's open stay are checked again inside the transaction, under locks.
 * @throws AppError validation_failed.
 */
export async function admitToShelter(services: Services, actor: Actor, row: CaseRow, access: CaseAccess, input: { shelterId: string; admittedOn: string }, context: AuditContext): Promise<string> {
  const problems = new FieldProblems();
  checkNotFuture(problems, 'admittedOn', input.admittedOn, todayOf(services.now()));
  const shelter = await findShelterWithOccupancy(services.db, input.shelterId);
  if (!shelter) problems.add('shelterId', 'No such shelter.', 'unknown_shelter');
  else {
    if (shelter.status !== 'open') problems.add('shelterId', 'This shelter is closed.', 'shelter_closed');
    if (access.relation !== 'owner' && shelter.organisation_id !== actor.organisationId) problems.add('shelterId', 'On a case referred to your organisation, record stays in your own shelters.', 'not_own_shelter');
    if (shelter.accepts_sex !== 'any' && shelter.accepts_sex !== row.sex) problems.add('shelterId', SEX_RULE[shelter.accepts_sex] ?? 'This shelter does not take in this person.', 'sex_not_accepted');
    if (row.is_child === 1 && shelter.accepts_children !== 1) problems.add('shelterId', 'This shelter does not take in children.', 'children_not_accepted');
    if (shelter.occupancy >= shelter.capacity) problems.add('shelterId', `This shelter is full: ${shelter.occupancy} of ${shelter.capacity} places are taken.`, 'shelter_full');
  }
  await checkPersonFree(services.db, problems, row.person_id, input.admittedOn);
  problems.throwIfAny();

  const id = randomUUID();
  const now = services.now().toISOString();
  await inTransaction(services, async (trx) => {
    // Lock the shelter and the case first (see updateShelterRow), then check again what a
    // concurrent admission could have changed.
    await updateShelterRow(trx, shelter!.id, { updated_at: now });
    await touchCase(trx, row.id, now);
    const again = new FieldProblems();
    if ((await countOccupants(trx, shelter!.id)) >= shelter!.capacity) again.add('shelterId', 'This shelter has just become full.', 'shelter_full');
    await checkPersonFree(trx, again, row.person_id, input.admittedOn);
    again.throwIfAny();
    await insertStay(trx, { id, case_id: row.id, shelter_id: shelter!.id, admitted_on: input.admittedOn, left_on: null, leaving_reason: null, created_by: actor.userId, created_at: now });
    await audit(services, trx, context, { action: 'shelter.admitted', resourceType: 'case', resourceId: row.id, details: { shelterId: shelter!.id } });
  });
  return id;
}

/**
 * Records that the person left a shelter: when and why. An organisation working on a referred
 * case records leaving only from its own shelters.
 * @throws AppError not_found (no such stay on this case), forbidden (another's shelter),
 *   conflict (already left), validation_failed (a date in the future or before admission).
 */
export async function recordLeaving(services: Services, actor: Actor, row: CaseRow, access: CaseAccess, stayId: string, input: { leftOn: string; reason: ShelterLeavingReason }, context: AuditContext): Promise<void> {
  const stay = await findStay(services.db, row.id, stayId);
  if (!stay) throw notFound();
  const shelter = (await findShelterWithOccupancy(services.db, stay.shelter_id))!;
  if (access.relation !== 'owner' && shelter.organisation_id !== actor.organisationId) throw new AppError('forbidden', 'Only the organisation keeping the shelter, or the one owning the case, records who left it.');
  if (stay.left_on !== null) throw new AppError('conflict', 'This stay has already ended.');
  const problems = new FieldProblems();
  checkNotFuture(problems, 'leftOn', input.leftOn, todayOf(services.now()));
  checkOrder(problems, 'leftOn', stay.admitted_on, input.leftOn, 'A person cannot leave a shelter before they were admitted.');
  problems.throwIfAny();
  await inTransaction(services, async (trx) => {
    if (!(await endStayRow(trx, stay.id, input.leftOn, input.reason))) throw new AppError('conflict', 'This stay has already ended.');
    await touchCase(trx, row.id, services.now().toISOString());
    await audit(services, trx, context, { action: 'shelter.left', resourceType: 'case', resourceId: row.id, details: { shelterId: stay.shelter_id, reason: input.reason } });
  });
}

/** The stays of a case, latest first. */
export async function listCaseStays(services: Services, caseId: string): Promise<ShelterStay[]> {
  return (await listStaysOfCase(services.db, caseId)).map(presentStay);
}
