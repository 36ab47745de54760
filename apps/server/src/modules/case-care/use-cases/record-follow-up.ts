import { randomUUID } from 'node:crypto';
import type { FollowUp } from '@ctip/contracts';
import type { AuditContext } from '../../../audit/audit-events';
import { decryptOptional, encryptField } from '../../../crypto/field-cipher';
import { AppError, notFound } from '../../../errors';
import type { Actor } from '../../../policy/actor';
import { audit, inTransaction, type Services } from '../../../services';
import { checkNotFuture, checkOrder, todayOf } from '../../../validation/dates';
import { FieldProblems } from '../../../validation/field-problems';
import { refreshNextFollowUp } from '../../cases/follow-up-schedule';
import type { CaseRow } from '../../cases/use-cases/load-case';
import { completeFollowUpRow, findFollowUp, insertFollowUp, listFollowUps, touchCase } from '../case-care.repository';
import { presentFollowUp } from '../case-care.presenter';

const notesLocation = (id: string) => ({ table: 'follow_ups', column: 'notes', rowId: id });

/** What a visit found. */
export interface FollowUpVisit {
  completedOn: string;
  method: string;
  outcome: string;
  notes: string;
}

/** The visits of a case by due date, their notes decrypted. */
export async function listCaseFollowUps(services: Services, row: CaseRow): Promise<FollowUp[]> {
  const today = todayOf(services.now());
  const rows = await listFollowUps(services.db, row.id);
  return rows.map((visit) => presentFollowUp(visit, decryptOptional(services.keyRing, notesLocation(visit.id), visit.notes), today, row.stage === 'closed'));
}

/**
 * Records a visit as made: when, how, what it found, and notes (encrypted). The case's next due
 * visit moves on.
 * @throws AppError not_found (no such visit on this case), conflict (already recorded),
 *   validation_failed (a date in the future or before the case opened).
 */
export async function completeFollowUp(services: Services, actor: Actor, row: CaseRow, followUpId: string, visit: FollowUpVisit, context: AuditContext): Promise<void> {
  const existing = await findFollowUp(services.db, row.id, followUpId);
  if (!existing) throw notFound();
  if (existing.completed_on !== null) throw new AppError('conflict', 'This visit was already recorded.');
  const problems = new FieldProblems();
  checkNotFuture(problems, 'completedOn', visit.completedOn, todayOf(services.now()));
  checkOrder(problems, 'completedOn', row.opened_on, visit.completedOn, 'A visit cannot be made before the case was opened.');
  problems.throwIfAny();
  await inTransaction(services, async (trx) => {
    const recorded = await completeFollowUpRow(trx, existing.id, {
      completed_on: visit.completedOn,
      method: visit.method,
      outcome: visit.outcome,
      notes: encryptField(services.keyRing, notesLocation(existing.id), visit.notes),
      completed_by: actor.userId,
    });
    if (!recorded) throw new AppError('conflict', 'This visit was already recorded.');
    await refreshNextFollowUp(trx, row.id);
    await touchCase(trx, row.id, services.now().toISOString());
    await audit(services, trx, context, { action: 'follow_up.completed', resourceType: 'case', resourceId: row.id, details: { outcome: visit.outcome } });
  });
}

/**
 * Schedules an extra visit beyond the regular ones. The case's next due visit is kept current.
 * @throws AppError validation_failed (due before the case opened).
 */
export async function addFollowUp(services: Services, row: CaseRow, dueOn: string, context: AuditContext): Promise<string> {
  const problems = new FieldProblems();
  checkOrder(problems, 'dueOn', row.opened_on, dueOn, 'A visit cannot be due before the case was opened.');
  problems.throwIfAny();
  const id = randomUUID();
  await inTransaction(services, async (trx) => {
    await insertFollowUp(trx, { id, case_id: row.id, due_on: dueOn, completed_on: null, method: null, outcome: null, notes: null, completed_by: null, created_at: services.now().toISOString() });
    await refreshNextFollowUp(trx, row.id);
    await touchCase(trx, row.id, services.now().toISOString());
    await audit(services, trx, context, { action: 'follow_up.added', resourceType: 'case', resourceId: row.id, details: {} });
  });
  return id;
}
