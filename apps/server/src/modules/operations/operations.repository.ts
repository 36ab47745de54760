import type { OperationsTable } from '../../db/schema';
import { decryptField, encryptField } from '../../crypto/field-cipher';
import type { KeyRing } from '../../crypto/key-ring';
import type { Executor } from '../../services';

const evidenceLocation = (id: string) => ({ table: 'operations', column: 'evidence_notes', rowId: id });

/** The evidence notes of an operation, encrypted for its row. */
export function encryptEvidence(keyRing: KeyRing, id: string, notes: string): string {
  return encryptField(keyRing, evidenceLocation(id), notes);
}

/** The evidence notes of an operation, decrypted. */
export function decryptEvidence(keyRing: KeyRing, row: OperationsTable): string {
  return decryptField(keyRing, evidenceLocation(row.id), row.evidence_notes);
}

/** Inserts an operation with its parties, counts and linked reports. */
export async function insertOperation(
  db: Executor,
  row: OperationsTable,
  related: { parties: Array<{ organisationId: string; role: string }>; rescued: Array<{ nationality: string | null; sex: string; ageGroup: string; count: number }>; arrests: Array<{ nationality: string; count: number }>; reportIds: readonly string[] },
): Promise<void> {
  await db.insertInto('operations').values(row).execute();
  const parties = new Map(related.parties.map((party) => [`${party.organisationId}|${party.role}`, { operation_id: row.id, organisation_id: party.organisationId, role: party.role }]));
  await db.insertInto('operation_parties').values([...parties.values()]).execute();
  if (related.rescued.length > 0) await db.insertInto('operation_rescued_counts').values(related.rescued.map((cell, position) => ({ operation_id: row.id, position, nationality: cell.nationality, sex: cell.sex, age_group: cell.ageGroup, count: cell.count }))).execute();
  if (related.arrests.length > 0) await db.insertInto('operation_arrest_counts').values(related.arrests.map((entry) => ({ operation_id: row.id, nationality: entry.nationality, count: entry.count }))).execute();
  if (related.reportIds.length > 0) await db.insertInto('operation_reports').values([...new Set(related.reportIds)].map((reportId) => ({ operation_id: row.id, report_id: reportId }))).execute();
}

/** Records an individual rescued: the person and the case opened for them. */
export async function insertRescuedPerson(db: Executor, entry: { operationId: string; personId: string; caseId: string; position: number }): Promise<void> {
  await db.insertInto('operation_rescued_persons').values({ operation_id: entry.operationId, person_id: entry.personId, case_id: entry.caseId, position: entry.position }).execute();
}

/** An operation row, or undefined. */
export async function findOperationRow(db: Executor, id: string): Promise<OperationsTable | undefined> {
  return db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisations that took part in an operation, with their roles. */
export async function loadOperationParties(db: Executor, operationIds: readonly string[]) {
  if (operationIds.length === 0) return [];
  return db.selectFrom('operation_parties').selectAll().where('operation_id', 'in', [...new Set(operationIds)]).execute();
}

/** The rescue counts and arrests of an operation. */
export async function loadOperationCounts(db: Executor, operationId: string) {
  const [rescued, arrests] = await Promise.all([
    db.selectFrom('operation_rescued_counts').selectAll().where('operation_id', '=', operationId).orderBy('position').execute(),
    db.selectFrom('operation_arrest_counts').selectAll().where('operation_id', '=', operationId).orderBy('nationality').execute(),
  ]);
  return { rescued, arrests };
}

/** The survivors' cases an operation opened that an organisation owns now, in the order listed. */
export async function loadRescuedCasesOwnedBy(db: Executor, operationId: string, organisationId: string) {
  return db
    .selectFrom('operation_rescued_persons')
    .innerJoin('cases', 'cases.id', 'operation_rescued_persons.case_id')
    .select(['cases.id as caseId', 'cases.case_number as caseNumber', 'operation_rescued_persons.person_id as personId'])
    .where('operation_rescued_persons.operation_id', '=', operationId)
    .where('cases.owner_organisation_id', '=', organisationId)
    .orderBy('operation_rescued_persons.position')
    .execute();
}

/** How many individuals an operation recorded. */
export async function countRescuedPersons(db: Executor, operationId: string): Promise<number> {
  const row = await db.selectFrom('operation_rescued_persons').select((select) => select.fn.countAll<number>().as('count')).where('operation_id', '=', operationId).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The reports an operation acted on. */
export async function loadOperationReportIds(db: Executor, operationId: string): Promise<string[]> {
  return (await db.selectFrom('operation_reports').select('report_id').where('operation_id', '=', operationId).execute()).map((row) => row.report_id);
}

/** A page of the operations an organisation took part in, latest first. */
export async function listOperationRows(db: Executor, organisationId: string, filters: { siteId?: string | undefined; kind?: string | undefined }, page: { page: number; pageSize: number }): Promise<{ rows: OperationsTable[]; total: number }> {
  let query = db.selectFrom('operations').where('operations.id', 'in', (select) => select.selectFrom('operation_parties').select('operation_id').where('organisation_id', '=', organisationId));
  if (filters.siteId) query = query.where('operations.site_id', '=', filters.siteId);
  if (filters.kind) query = query.where('operations.kind', '=', filters.kind);
  const { total } = await query.select((select) => select.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll('operations').orderBy('operations.occurred_on', 'desc').orderBy('operations.id').limit(page.pageSize).offset((page.page - 1) * page.pageSize).execute();
  return { rows, total: Number(total) };
}

/** Whether an organisation has an active case worker (it can take rescued people in). */
export async function hasActiveCaseWorker(db: Executor, organisationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.organisation_id', '=', organisationId)
    .where('users.status', '=', 'active')
    .where('user_roles.role', '=', 'case_worker')
    .executeTakeFirst();
  return row !== undefined;
}
