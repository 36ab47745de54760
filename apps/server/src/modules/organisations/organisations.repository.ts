import type { OrganisationKind } from '@ctip/contracts';
import { sql } from 'kysely';
import type { DialectHelpers } from '../../db/dialect';
import type { OrganisationsTable } from '../../db/schema';
import type { Executor } from '../../services';

/** An organisation row with the number of its users. */
export type OrganisationRow = OrganisationsTable & { user_count: number };

/** Filters of the organisation directory. */
export interface OrganisationFilters {
  search?: string | undefined;
  kind?: OrganisationKind | undefined;
  status?: 'active' | 'inactive' | undefined;
}

function baseQuery(db: Executor) {
  return db
    .selectFrom('organisations')
    .selectAll('organisations')
    .select((select) => select.selectFrom('users').select(sql<number>`count(*)`.as('n')).whereRef('users.organisation_id', '=', 'organisations.id').as('user_count'));
}

/** One organisation by id. */
export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const row = await baseQuery(db).where('organisations.id', '=', id).executeTakeFirst();
  return row ? { ...row, user_count: Number(row.user_count ?? 0) } : undefined;
}

/** A page of the directory, sorted by English name, with the total count. */
export async function listOrganisations(
  db: Executor,
  dialect: DialectHelpers,
  filters: OrganisationFilters,
  page: { page: number; pageSize: number },
): Promise<{ rows: OrganisationRow[]; total: number }> {
  let query = db.selectFrom('organisations');
  if (filters.search) {
    const search = filters.search;
    query = query.where((where) => where.or([dialect.containsInsensitive('organisations.name_en', search), dialect.containsInsensitive('organisations.name_km', search)]));
  }
  if (filters.kind) query = query.where('organisations.kind', '=', filters.kind);
  if (filters.status) query = query.where('organisations.status', '=', filters.status);
  const { total } = await query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow();
  const ids = await query
    .select('organisations.id')
    .orderBy('organisations.name_en')
    .orderBy('organisations.id')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  if (ids.length === 0) return { rows: [], total: Number(total) };
  const rows = await baseQuery(db).where('organisations.id', 'in', ids.map((row) => row.id)).orderBy('organisations.name_en').orderBy('organisations.id').execute();
  return { rows: rows.map((row) => ({ ...row, user_count: Number(row.user_count ?? 0) })), total: Number(total) };
}

/** Inserts an organisation. */
export async function insertOrganisation(db: Executor, row: OrganisationsTable): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

/** Updates fields of an organisation. */
export async function updateOrganisation(db: Executor, id: string, changes: Partial<OrganisationsTable>): Promise<void> {
  await db.updateTable('organisations').set(changes).where('id', '=', id).execute();
}
