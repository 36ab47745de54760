import type { SelectQueryBuilder } from 'kysely';
import type { CaseSection } from '@ctip/contracts';
import type { CaseEntriesTable, Database, FollowUpsTable } from '../../db/schema';
import type { Executor } from '../../services';

// ---------------------------------------------------------------- case entries

/** Inserts a case entry row (its data already encrypted). */
export async function insertEntry(db: Executor, row: CaseEntriesTable): Promise<void> {
  await db.insertInto('case_entries').values(row).execute();
}

/** Replaces an entry's date and (encrypted) data. */
export async function replaceEntry(db: Executor, id: string, values: { occurred_on: string; data: string; updated_at: string }): Promise<void> {
  await db.updateTable('case_entries').set(values).where('id', '=', id).execute();
}

/** An entry of a case, or undefined (also when it belongs to another case). */
export async function findEntry(db: Executor, caseId: string, entryId: string) {
  return db.selectFrom('case_entries').selectAll().where('id', '=', entryId).where('case_id', '=', caseId).executeTakeFirst();
}

/** A case entry row. */
export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

/** Entries of a case in the given sections (optionally of one kind), newest first, with who recorded them. */
export async function listEntries(db: Executor, caseId: string, sections: readonly CaseSection[], kind?: string) {
  if (sections.length === 0) return [];
  let query = db
    .selectFrom('case_entries')
    .innerJoin('users', 'users.id', 'case_entries.created_by')
    .selectAll('case_entries')
    .select('users.display_name as created_by_name')
    .where('case_entries.case_id', '=', caseId)
    .where('case_entries.section', 'in', sections);
  if (kind) query = query.where('case_entries.kind', '=', kind);
  return query.orderBy('case_entries.occurred_on', 'desc').orderBy('case_entries.created_at', 'desc').orderBy('case_entries.id').execute();
}

/** An entry row with its author's name. */
export type EntryListRow = Awaited<ReturnType<typeof listEntries>>[number];

/** Whether an organisation exists (active or not: a service may have been given by one since closed). */
export async function organisationExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether the reference data holds a law or agreement with this id. */
export async function agreementExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('reference_items').select('id').where('kind', '=', 'law').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Marks a case as changed now (lists sort by it). */
export async function touchCase(db: Executor, caseId: string, now: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
}

// ---------------------------------------------------------------- follow-up visits

/** The follow-up visits of a case by due date, with who made each. */
export async function listFollowUps(db: Executor, caseId: string) {
  return db
    .selectFrom('follow_ups')
    .leftJoin('users', 'users.id', 'follow_ups.completed_by')
    .selectAll('follow_ups')
    .select('users.display_name as completed_by_name')
    .where('follow_ups.case_id', '=', caseId)
    .orderBy('follow_ups.due_on')
    .orderBy('follow_ups.created_at')
    .orderBy('follow_ups.id')
    .execute();
}

/** A follow-up row with its maker's name. */
export type FollowUpListRow = Awaited<ReturnType<typeof listFollowUps>>[number];

/** A visit of a case, or undefined. */
export async function findFollowUp(db: Executor, caseId: string, id: string) {
  return db.selectFrom('follow_ups').selectAll().where('id', '=', id).where('case_id', '=', caseId).executeTakeFirst();
}

/** Inserts a visit. */
export async function insertFollowUp(db: Executor, row: FollowUpsTable): Promise<void> {
  await db.insertInto('follow_ups').values(row).execute();
}

/**
 * Records a visit as made, only if it was still pending; resolves to whether it was (a visit
 * recorded twice at once must not be overwritten).
 */
export async function completeFollowUpRow(db: Executor, id: string, values: Pick<FollowUpsTable, 'completed_on' | 'method' | 'outcome' | 'notes' | 'completed_by'>): Promise<boolean> {
  const result = await db.updateTable('follow_ups').set(values).where('id', '=', id).where('completed_on', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Most overdue visits one list shows; the oldest come first. */
export const OVERDUE_LIST_LIMIT = 500;

/**
 * Pending visits due before today on open cases among the given cases (a subquery of case ids:
 * the caller decides which cases the actor may see), oldest first, with the case's number,
 * stage and assignee.
 */
export async function listOverdueFollowUpRows(db: Executor, caseIds: SelectQueryBuilder<Database, 'cases', { id: string }>, today: string, assignedUserId: string | null) {
  let query = db
    .selectFrom('follow_ups')
    .innerJoin('cases', 'cases.id', 'follow_ups.case_id')
    .leftJoin('users', 'users.id', 'cases.assigned_user_id')
    .select(['follow_ups.id', 'follow_ups.case_id', 'follow_ups.due_on', 'cases.case_number', 'cases.stage', 'cases.owner_organisation_id', 'cases.assigned_user_id', 'users.display_name as assigned_name'])
    .where('follow_ups.completed_on', 'is', null)
    .where('follow_ups.due_on', '<', today)
    .where('cases.stage', '!=', 'closed')
    .where('follow_ups.case_id', 'in', caseIds);
  if (assignedUserId) query = query.where('cases.assigned_user_id', '=', assignedUserId);
  return query.orderBy('follow_ups.due_on').orderBy('cases.case_number').orderBy('follow_ups.id').limit(OVERDUE_LIST_LIMIT).execute();
}
