import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, SheltersTable, ShelterStaysTable } from '../../db/schema';
import type { Executor } from '../../services';

/** How many people are in a shelter now: its stays that have not ended. */
function occupancyOf(where: ExpressionBuilder<Database, 'shelters'>) {
  return where.selectFrom('shelter_stays').select(sql<number>`count(*)`.as('occupied')).whereRef('shelter_stays.shelter_id', '=', 'shelters.id').where('shelter_stays.left_on', 'is', null);
}

/** Filters of the shelter list. */
export interface ShelterFilters {
  province?: string | undefined;
  organisationId?: string | undefined;
  hasSpace?: boolean | undefined;
  includeClosed: boolean;
}

/** A page of shelters with their keeper's name and current occupancy, by province and name. */
export async function listShelterRows(db: Executor, filters: ShelterFilters, page: { page: number; pageSize: number }) {
  let query = db.selectFrom('shelters');
  if (filters.province) query = query.where('shelters.province_code', '=', filters.province);
  if (filters.organisationId) query = query.where('shelters.organisation_id', '=', filters.organisationId);
  if (!filters.includeClosed || filters.hasSpace) query = query.where('shelters.status', '=', 'open');
  if (filters.hasSpace !== undefined) query = query.where((where) => where(occupancyOf(where), filters.hasSpace ? '<' : '>=', where.ref('shelters.capacity')));
  const { total } = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .innerJoin('organisations', 'organisations.id', 'shelters.organisation_id')
    .selectAll('shelters')
    .select((select) => [occupancyOf(select).as('occupancy'), 'organisations.name_en as organisation_name_en', 'organisations.name_km as organisation_name_km'])
    .orderBy('shelters.province_code')
    .orderBy('shelters.name')
    .orderBy('shelters.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows: rows.map((row) => ({ ...row, occupancy: Number(row.occupancy) })), total: Number(total) };
}

/** A shelter with its keeper's name and occupancy, or undefined. */
export async function findShelterWithOccupancy(db: Executor, id: string) {
  const row = await db
    .selectFrom('shelters')
    .innerJoin('organisations', 'organisations.id', 'shelters.organisation_id')
    .selectAll('shelters')
    .select((select) => [occupancyOf(select).as('occupancy'), 'organisations.name_en as organisation_name_en', 'organisations.name_km as organisation_name_km'])
    .where('shelters.id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, occupancy: Number(row.occupancy) } : undefined;
}

/** A shelter as listed. */
export type ShelterListRow = NonNullable<Awaited<ReturnType<typeof findShelterWithOccupancy>>>;

/** Inserts a shelter. */
export async function insertShelter(db: Executor, row: SheltersTable): Promise<void> {
  await db.insertInto('shelters').values(row).execute();
}

/**
 * Changes a shelter's columns (and its updated_at). Inside an admission's transaction this is
 * also what serialises admissions to one shelter: PostgreSQL holds the row lock until commit,
 * so two admissions cannot both take the last place.
 */
export async function updateShelterRow(db: Executor, id: string, values: Partial<Omit<SheltersTable, 'id' | 'organisation_id' | 'created_at' | 'is_demo'>> & { updated_at: string }): Promise<void> {
  await db.updateTable('shelters').set(values).where('id', '=', id).execute();
}

/** How many people a shelter holds now. */
export async function countOccupants(db: Executor, shelterId: string): Promise<number> {
  const row = await db.selectFrom('shelter_stays').select(sql<number>`count(*)`.as('occupied')).where('shelter_id', '=', shelterId).where('left_on', 'is', null).executeTakeFirstOrThrow();
  return Number(row.occupied);
}

/** Every stay of a person, through any of their cases. */
export async function staysOfPerson(db: Executor, personId: string) {
  return db
    .selectFrom('shelter_stays')
    .innerJoin('cases', 'cases.id', 'shelter_stays.case_id')
    .select(['shelter_stays.id', 'shelter_stays.admitted_on', 'shelter_stays.left_on'])
    .where('cases.person_id', '=', personId)
    .execute();
}

/** Inserts a stay. */
export async function insertStay(db: Executor, row: ShelterStaysTable): Promise<void> {
  await db.insertInto('shelter_stays').values(row).execute();
}

/** A stay of a case, or undefined. */
export async function findStay(db: Executor, caseId: string, stayId: string) {
  return db.selectFrom('shelter_stays').selectAll().where('id', '=', stayId).where('case_id', '=', caseId).executeTakeFirst();
}

/** Records that a stay ended, only if it had not; resolves to whether it had not. */
export async function endStayRow(db: Executor, id: string, leftOn: string, reason: string): Promise<boolean> {
  const result = await db.updateTable('shelter_stays').set({ left_on: leftOn, leaving_reason: reason }).where('id', '=', id).where('left_on', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The stays of a case, latest first, with the shelter and who recorded each. */
export async function listStaysOfCase(db: Executor, caseId: string) {
  return db
    .selectFrom('shelter_stays')
    .innerJoin('shelters', 'shelters.id', 'shelter_stays.shelter_id')
    .innerJoin('users', 'users.id', 'shelter_stays.created_by')
    .selectAll('shelter_stays')
    .select(['shelters.name as shelter_name', 'shelters.province_code as shelter_province_code', 'shelters.organisation_id as shelter_organisation_id', 'users.display_name as created_by_name'])
    .where('shelter_stays.case_id', '=', caseId)
    .orderBy('shelter_stays.admitted_on', 'desc')
    .orderBy('shelter_stays.created_at', 'desc')
    .orderBy('shelter_stays.id')
    .execute();
}

/** A stay as listed. */
export type StayListRow = Awaited<ReturnType<typeof listStaysOfCase>>[number];

/** Marks a case as changed now; inside an admission it also serialises admissions of one case. */
export async function touchCase(db: Executor, caseId: string, now: string): Promise<void> {
  await db.updateTable('cases').set({ updated_at: now }).where('id', '=', caseId).execute();
}
