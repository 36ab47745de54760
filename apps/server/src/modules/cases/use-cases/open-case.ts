import { randomUUID } from 'node:crypto';
import { VICTIM_RIGHT_CODES, type CaseStage } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { encryptField } from '../../../crypto/field-cipher';
import { AppError, invalidField } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, type Executor, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { ageOn } from '../../persons/person-record';
import type { PersonRecord } from '../../persons/persons.repository';
import { nextCaseNumber } from '../cases.repository';

/** What opening a case needs: the person, and the screening it opens from (null: screening pending). */
export interface OpenCaseInput {
  person: PersonRecord;
  screening: { id: string; screenedOn: string; isChild: boolean; forcedCriminality: boolean; outcome: string } | null;
  openedOn: string;
  exploitationTypes: string[];
  sectors: string[];
  assignedUserId?: string | null | undefined;
}

/** Writes the exploitation types and sectors of a case (replacing any). */
export async function writeExploitation(db: Executor, caseId: string, types: readonly string[], sectors: readonly string[]): Promise<void> {
  await db.deleteFrom('case_exploitation').where('case_id', '=', caseId).execute();
  const rows = [...new Set(types)].map((code) => ({ case_id: caseId, kind: 'type', code })).concat([...new Set(sectors)].map((code) => ({ case_id: caseId, kind: 'sector', code })));
  if (rows.length > 0) await db.insertInto('case_exploitation').values(rows).execute();
}

/** Records one move in a case's stage history (the reason is encrypted: it can tell a story). */
export async function writeStageMove(services: Services, db: Executor, caseId: string, move: { from: CaseStage | null; to: CaseStage; reason: string; closureReason: string | null; by: string }): Promise<void> {
  const id = randomUUID();
  const last = await db.selectFrom('case_stage_history').select('sequence').where('case_id', '=', caseId).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
  await db
    .insertInto('case_stage_history')
    .values({ id, case_id: caseId, sequence: (last?.sequence ?? 0) + 1, from_stage: move.from, to_stage: move.to, reason: encryptField(services.keyRing, { table: 'case_stage_history', column: 'reason', rowId: id }, move.reason), closure_reason: move.closureReason, moved_by: move.by, moved_at: services.now().toISOString() })
    .execute();
}

/** Checks that a user may be assigned a case of an organisation: active, a case worker, of that organisation. */
export async function checkAssignee(db: Executor, problems: FieldProblems, userId: string | null | undefined, organisationId: string): Promise<void> {
  if (!userId) return;
  const user = await db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id').select('users.id').where('users.id', '=', userId).where('users.organisation_id', '=', organisationId).where('users.status', '=', 'active').where('user_roles.role', '=', 'case_worker').executeTakeFirst();
  if (!user) problems.add('assignedUserId', 'Assign an active case worker of the organisation that owns the case.', 'unknown_assignee');
}

/**
 * Opens a survivor case for a person, from a screening or with screening pending: stage
 * "identified", a case number, the person's non-identifying facts copied for lists, and the
 * first line of the stage history. Runs entirely in the caller's transaction (the caller has
 * already authorised the actor on the person).
 * @throws AppError conflict (the screening already has a case), validation_failed (the screening
 *   indicated no trafficking; dates).
 */
export async function openCase(services: Services, trx: Executor, actor: Actor, input: OpenCaseInput, context: AuditContext, options: { isDemo?: boolean } = {}): Promise<{ id: string; caseNumber: string }> {
  const { person, screening } = input;
  if (screening && (await trx.selectFrom('cases').select('id').where('screening_id', '=', screening.id).executeTakeFirst())) throw new AppError('conflict', 'A case was already opened from this screening.');
  if (screening?.outcome === 'not_indicated') throw invalidField('screeningId', 'This screening did not indicate trafficking; screen again before opening a case.', 'not_indicated');

  const problems = new FieldProblems();
  checkNotFuture(problems, 'openedOn', input.openedOn, todayOf(services.now()));
  if (screening) checkOrder(problems, 'openedOn', screening.screenedOn, input.openedOn, 'A case cannot open before its screening.');
  await checkAssignee(trx, problems, input.assignedUserId, actor.organisationId);
  problems.throwIfAny();

  const id = randomUUID();
  const caseNumber = await nextCaseNumber(trx, Number(input.openedOn.slice(0, 4)));
  const now = services.now().toISOString();
  const ageAtIdentification = ageOn(person.birth, input.openedOn);
  await trx
    .insertInto('cases')
    .values({
      id,
      case_number: caseNumber,
      person_id: person.id,
      screening_id: screening?.id ?? null,
      owner_organisation_id: actor.organisationId,
      assigned_user_id: input.assignedUserId ?? null,
      stage: 'identified',
      opened_on: input.openedOn,
      closed_on: null,
      closure_reason: null,
      is_child: screening?.isChild || (ageAtIdentification !== null && ageAtIdentification < 18) ? 1 : 0,
      age_at_identification: ageAtIdentification,
      sex: person.sex,
      nationality: person.nationalities[0] ?? null,
      province_code: person.home.provinceCode,
      restricted: 0,
      identification_status: 'presumptive',
      identification_authority: null,
      identification_date: null,
      non_punishment: screening?.forcedCriminality ? 1 : 0,
      mosvy_case_number: null,
      primero_id: null,
      oscar_id: null,
      recruitment: null,
      guardian: null,
      best_interest: null,
      victim_rights: JSON.stringify(Object.fromEntries(VICTIM_RIGHT_CODES.map((code) => [code, false]))),
      next_follow_up_due: null,
      is_demo: options.isDemo ? 1 : 0,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await writeExploitation(trx, id, input.exploitationTypes, input.sectors);
  await writeStageMove(services, trx, id, { from: null, to: 'identified', reason: screening ? 'Case opened from screening' : 'Case opened; screening pending', closureReason: null, by: actor.userId });
  await audit(services, trx, context, { action: 'case.opened', resourceType: 'case', resourceId: id, details: { caseNumber } });
  return { id, caseNumber };
}
